package vn.cnnt.funding.ledger.rest;

/** Request and response examples of the OpenAPI document: Cao Bằng's 2024 envelopes and one machinery support decision. */
final class LedgerExamples {

    static final String OPEN_ENVELOPE = """
            {"provinceCode": "04", "planId": "0b3c2f1e-5d6a-4e1b-9a7c-2f8d4e6b1a90", "fiscalYear": 2024, "source": "LOCAL",
             "budgetVnd": 889200000, "decisionNumber": "1877/QĐ-UBND"}""";

    static final String ENVELOPE = """
            {"id": "9d2e4c1a-7b3f-4a5e-8c6d-1e2f3a4b5c6d", "version": 3, "provinceCode": "04", "currentProvinceCode": "04",
             "planId": "0b3c2f1e-5d6a-4e1b-9a7c-2f8d4e6b1a90", "fiscalYear": 2024, "source": "LOCAL", "budgetVnd": 889200000,
             "committedVnd": 300000000, "disbursedVnd": 150000000, "availableVnd": 589200000, "frozen": false,
             "decisionNumber": "1877/QĐ-UBND"}""";

    static final String ADJUSTMENT = """
            {"deltaVnd": -200000000, "decisionNumber": "30/QĐ-UBND", "reason": "Điều chỉnh dự toán giữa năm"}""";

    static final String PROPOSE = """
            {"envelopeId": "9d2e4c1a-7b3f-4a5e-8c6d-1e2f3a4b5c6d", "planTaskId": "5a1f0c3e-2b4d-4c6e-8f9a-0b1c2d3e4f50",
             "beneficiaryId": "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b", "activityType": "MACHINERY_AND_TECHNOLOGY_TRANSFER",
             "title": "Hỗ trợ máy sấy nông sản", "eligibleCostVnd": 800000000, "supportVnd": 300000000}""";

    static final String COMMITMENT = """
            {"id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", "version": 2, "envelopeId": "9d2e4c1a-7b3f-4a5e-8c6d-1e2f3a4b5c6d",
             "planId": "0b3c2f1e-5d6a-4e1b-9a7c-2f8d4e6b1a90", "planTaskId": "5a1f0c3e-2b4d-4c6e-8f9a-0b1c2d3e4f50",
             "beneficiaryId": "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b", "activityType": "MACHINERY_AND_TECHNOLOGY_TRANSFER",
             "productId": null, "clusterId": null, "title": "Hỗ trợ máy sấy nông sản", "eligibleCostVnd": 800000000,
             "supportVnd": 300000000, "disbursedVnd": 0, "settledVnd": null, "status": "APPROVED", "decisionNumber": "215/QĐ-SCT",
             "decisionDate": "2024-04-01", "source": "LOCAL", "fiscalYear": 2024}""";

    static final String APPROVE = """
            {"decisionNumber": "215/QĐ-SCT", "decisionDate": "2024-04-01"}""";

    static final String DISBURSE = """
            {"kind": "ADVANCE", "amountVnd": 150000000, "paidOn": "2024-05-02", "voucher": "UNC-2024-0315"}""";

    static final String DISBURSEMENT = """
            {"id": "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b", "commitmentId": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", "kind": "ADVANCE",
             "amountVnd": 150000000, "paidOn": "2024-05-02", "voucher": "UNC-2024-0315", "createdAt": "2024-05-02T03:15:00Z",
             "createdBy": "ke-toan-sct-04"}""";

    static final String SETTLE = """
            {"settledVnd": 150000000, "note": "Biên bản thanh lý hợp đồng số 12/BB"}""";

    static final String CANCEL = """
            {"reason": "Cơ sở không triển khai dự án"}""";

    static final String RECONCILIATION = """
            {"envelopeId": "9d2e4c1a-7b3f-4a5e-8c6d-1e2f3a4b5c6d",
             "balances": {"budgetVnd": 889200000, "committedVnd": 300000000, "disbursedVnd": 150000000},
             "journal": {"budgetVnd": 889200000, "committedVnd": 300000000, "disbursedVnd": 150000000},
             "commitments": {"budgetVnd": null, "committedVnd": 300000000, "disbursedVnd": 150000000}, "reconciled": true}""";

    static final String SUMMARY = """
            {"province": "04", "year": null, "planId": "0b3c2f1e-5d6a-4e1b-9a7c-2f8d4e6b1a90",
             "total": {"budgetVnd": 18246000000, "committedVnd": 300000000, "disbursedVnd": 150000000, "availableVnd": 17946000000},
             "bySource": [
               {"source": "LOCAL", "money": {"budgetVnd": 4446000000, "committedVnd": 300000000, "disbursedVnd": 150000000, "availableVnd": 4146000000}},
               {"source": "NATIONAL", "money": {"budgetVnd": 13800000000, "committedVnd": 0, "disbursedVnd": 0, "availableVnd": 13800000000}}],
             "byActivityType": [{"activityType": "MACHINERY_AND_TECHNOLOGY_TRANSFER", "committedVnd": 300000000, "disbursedVnd": 150000000}]}""";

    private LedgerExamples() {}
}
