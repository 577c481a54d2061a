package vn.cnnt.funding.ledger.rest;

/** Request and response examples of the OpenAPI document: Cao Bằng's allocations and one national technology line. */
final class LedgerExamples {

    static final String ALLOCATE = """
            {"provinceCode": "04", "planId": "0b3c2f1e-5d6a-4e1b-9a7c-2f8d4e6b1a90", "fiscalYear": 2025, "source": "NATIONAL",
             "amountVnd": 2760000000, "decisionNumber": "1520/QĐ-BCT", "decisionDate": "2024-12-20"}""";

    static final String ALLOCATION = """
            {"id": "2f6b1c7e-4d3a-4b8e-9c1f-7a2d5e8b0c31", "version": 1, "provinceCode": "04", "currentProvinceCode": "04",
             "planId": "0b3c2f1e-5d6a-4e1b-9a7c-2f8d4e6b1a90", "fiscalYear": 2025, "source": "NATIONAL", "decidedBy": "MINISTRY",
             "decisionNumber": "1520/QĐ-BCT", "decisionDate": "2024-12-20", "allocatedVnd": 2760000000,
             "committedVnd": 450000000, "disbursedVnd": 200000000, "availableVnd": 2310000000, "frozen": false,
             "origin": "DECISION"}""";

    static final String ADJUSTMENT = """
            {"deltaVnd": -260000000, "decisionNumber": "455/QĐ-BCT", "decisionDate": "2025-06-30",
             "reason": "Điều chỉnh dự toán giữa năm"}""";

    static final String REGISTER = """
            {"provinceCode": "04", "source": "NATIONAL", "fiscalYear": 2025, "registeredOn": "2024-06-12",
             "documentNumber": "85/TTr-SCT", "planId": "0b3c2f1e-5d6a-4e1b-9a7c-2f8d4e6b1a90",
             "planTaskId": "5a1f0c3e-2b4d-4c6e-8f9a-0b1c2d3e4f50", "implementingUnit": "Trung tâm Khuyến công tỉnh Cao Bằng",
             "beneficiaryId": "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b", "activityType": "TECHNOLOGY_LINE",
             "title": "Hỗ trợ dây chuyền chế biến miến dong", "content": "Dây chuyền tráng, sấy, cắt và đóng gói miến dong",
             "place": "Xã Phja Đén", "startsOn": "2025-02-01", "endsOn": "2025-10-31",
             "expectedOutputs": "01 dây chuyền 2 tấn/ngày", "supportVnd": 450000000, "counterpartVnd": 850000000,
             "otherVnd": 0, "totalCostVnd": 1300000000}""";

    static final String PROJECT = """
            {"id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", "version": 3, "status": "APPROVED", "source": "NATIONAL",
             "fiscalYear": 2025, "requestedYear": 2025, "registeredOn": "2024-06-12", "provinceCode": "04",
             "currentProvinceCode": "04", "planId": "0b3c2f1e-5d6a-4e1b-9a7c-2f8d4e6b1a90",
             "planTaskId": "5a1f0c3e-2b4d-4c6e-8f9a-0b1c2d3e4f50", "allocationId": "2f6b1c7e-4d3a-4b8e-9c1f-7a2d5e8b0c31",
             "implementingUnit": "Trung tâm Khuyến công tỉnh Cao Bằng", "beneficiaryId": "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b",
             "activityType": "TECHNOLOGY_LINE", "productId": null, "clusterId": null,
             "title": "Hỗ trợ dây chuyền chế biến miến dong", "content": "Dây chuyền tráng, sấy, cắt và đóng gói miến dong",
             "place": "Xã Phja Đén", "startsOn": "2025-02-01", "endsOn": "2025-10-31",
             "expectedOutputs": "01 dây chuyền 2 tấn/ngày", "deliveredOutputs": null,
             "budget": {"supportVnd": 450000000, "counterpartVnd": 850000000, "otherVnd": 0, "totalCostVnd": 1300000000},
             "committedVnd": 450000000, "disbursedVnd": 0, "acceptedVnd": 0, "settledVnd": null, "centrallyAppraised": true,
             "decisionNumber": "1521/QĐ-BCT", "decisionDate": "2025-01-10"}""";

    static final String STEP = """
            {"documentNumber": "112/BB-SCT", "documentDate": "2024-07-02", "note": "Đạt yêu cầu"}""";

    static final String APPROVE = """
            {"allocationId": "2f6b1c7e-4d3a-4b8e-9c1f-7a2d5e8b0c31", "documentNumber": "1521/QĐ-BCT",
             "documentDate": "2025-01-10"}""";

    static final String DISBURSE = """
            {"kind": "ADVANCE", "amountVnd": 200000000, "paidOn": "2025-03-15", "voucher": "UNC-2025-0315"}""";

    static final String DISBURSEMENT = """
            {"id": "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a", "projectId": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
             "kind": "ADVANCE", "amountVnd": 200000000, "paidOn": "2025-03-15", "voucher": "UNC-2025-0315",
             "createdAt": "2025-03-15T02:00:00Z", "createdBy": "ministry"}""";

    static final String ACCEPT = """
            {"documentNumber": "40/BB-NT", "documentDate": "2025-10-20", "acceptedVnd": 440000000,
             "deliveredOutputs": "01 dây chuyền 2 tấn/ngày đã vận hành"}""";

    static final String SETTLE = """
            {"documentNumber": "88/QĐ-SCT", "documentDate": "2025-12-05", "settledVnd": 440000000,
             "note": "Quyết toán; 10 triệu đồng hoàn dự toán"}""";

    static final String CEILING = """
            {"activityType": "DEMONSTRATION_MODEL", "source": "LOCAL", "provinceCode": "04", "maxShare": 0.3,
             "maxAmountVnd": 800000000, "amountScope": "DECISION", "minCounterpartShare": 0.5,
             "effectiveFrom": "2025-01-01", "legalBasis": "Nghị quyết (minh họa) của HĐND tỉnh Cao Bằng"}""";

    private LedgerExamples() {}
}
