package vn.cnnt.plans.plan.rest;

/** Request and response examples of the OpenAPI document, from Cao Bằng's khuyến công plan 2021–2025. */
final class PlanExamples {

    static final String PLAN_REQUEST = """
            {"kind": "PLAN", "title": "Kế hoạch khuyến công tỉnh Cao Bằng giai đoạn 2021-2025", "provinceCode": "04",
             "documentNumber": "1524/KH-UBND", "issuingAuthority": "UBND tỉnh Cao Bằng", "signer": "Nguyễn Trung Thảo",
             "issuedOn": "2021-06-15", "effectiveOn": "2021-06-15", "periodFrom": 2021, "periodTo": 2025,
             "legalBases": ["45/2012/NĐ-CP", "1881/QĐ-TTg"], "parentPlanId": null,
             "purposes": "Hỗ trợ cơ sở công nghiệp nông thôn ứng dụng máy móc thiết bị tiên tiến",
             "tasks": [{"code": "II.2.a", "title": "Hỗ trợ ứng dụng máy móc thiết bị tiên tiến", "description": null,
                        "category": "TECHNOLOGY_AND_MACHINERY", "leadAgency": "Sở Công Thương",
                        "coordinatingAgencies": ["Sở Tài chính", "UBND các huyện, thành phố"],
                        "targets": [{"indicator": "Cơ sở được hỗ trợ máy móc", "unit": "cơ sở", "targetValue": 40, "year": null}]}],
             "fundingLines": [{"year": 2021, "source": "NATIONAL", "taskCode": "II.2.a", "amountVnd": 2200000000},
                              {"year": 2021, "source": "LOCAL", "taskCode": null, "amountVnd": 800000000}]}""";

    static final String PLAN = """
            {"id": "0b3c2f1e-5d6a-4e1b-9a7c-2f8d4e6b1a90", "version": 2, "kind": "PLAN",
             "title": "Kế hoạch khuyến công tỉnh Cao Bằng giai đoạn 2021-2025", "provinceCode": "04", "provinceName": "Tỉnh Cao Bằng",
             "currentProvinceCode": "04", "documentNumber": "1524/KH-UBND",
             "document": {"number": 1524, "year": null, "type": "KH", "issuer": "UBND"},
             "issuingAuthority": "UBND tỉnh Cao Bằng", "signer": "Nguyễn Trung Thảo", "issuedOn": "2021-06-15",
             "effectiveOn": "2021-06-15", "periodFrom": 2021, "periodTo": 2025, "legalBases": ["45/2012/NĐ-CP", "1881/QĐ-TTg"],
             "parentPlanId": null, "purposes": "Hỗ trợ cơ sở công nghiệp nông thôn ứng dụng máy móc thiết bị tiên tiến",
             "status": "APPROVED", "decisionNumber": "1524/QĐ-UBND", "statusNote": null, "amendmentCount": 0,
             "tasks": [{"id": "5a1f0c3e-2b4d-4c6e-8f9a-0b1c2d3e4f50", "code": "II.2.a",
                        "title": "Hỗ trợ ứng dụng máy móc thiết bị tiên tiến", "description": null,
                        "category": "TECHNOLOGY_AND_MACHINERY", "leadAgency": "Sở Công Thương",
                        "coordinatingAgencies": ["Sở Tài chính", "UBND các huyện, thành phố"],
                        "targets": [{"indicator": "Cơ sở được hỗ trợ máy móc", "unit": "cơ sở", "targetValue": 40, "year": null}]}],
             "fundingLines": [{"year": 2021, "source": "NATIONAL", "taskId": "5a1f0c3e-2b4d-4c6e-8f9a-0b1c2d3e4f50",
                               "taskCode": "II.2.a", "amountVnd": 2200000000},
                              {"year": 2021, "source": "LOCAL", "taskId": null, "taskCode": null, "amountVnd": 800000000}],
             "totals": {"totalVnd": 3000000000, "bySourceVnd": {"NATIONAL": 2200000000, "LOCAL": 800000000},
                        "byYearVnd": {"2021": 3000000000}},
             "createdAt": "2021-06-16T02:00:00Z", "createdBy": "officer-04", "updatedAt": "2021-06-20T03:30:00Z",
             "updatedBy": "approver-04"}""";

    static final String PAGE = """
            {"items": [{"id": "0b3c2f1e-5d6a-4e1b-9a7c-2f8d4e6b1a90", "version": 2, "kind": "PLAN",
                        "title": "Kế hoạch thực hiện Đề án phát triển CNNT tỉnh Bình Phước đến năm 2025", "provinceCode": "70",
                        "currentProvinceCode": "75", "documentNumber": "317/KH-UBND", "issuedOn": "2021-10-20",
                        "periodFrom": 2021, "periodTo": 2025, "status": "APPROVED", "totalVnd": 11000000000}],
             "nextPageToken": "MjAyMS0xMC0yMHwwYjNjMmYxZQ"}""";

    static final String SUBMISSION = """
            {"note": "Tờ trình số 12/TTr-SCT của Sở Công Thương"}""";

    static final String APPROVAL = """
            {"decisionNumber": "1524/QĐ-UBND", "note": "Ban hành kèm theo quyết định"}""";

    static final String COMPLETION = """
            {"note": "Báo cáo tổng kết giai đoạn 2021-2025"}""";

    static final String CANCELLATION = """
            {"reason": "Trùng nội dung với kế hoạch 26/KH-UBND", "decisionNumber": "88/QĐ-UBND"}""";

    static final String AMENDMENT = """
            {"amendingDocumentNumber": "45/KH-UBND", "amendedOn": "2023-03-01",
             "rationale": "Bổ sung kinh phí hỗ trợ máy móc năm 2023", "content": {"kind": "PLAN",
             "title": "Kế hoạch khuyến công tỉnh Cao Bằng giai đoạn 2021-2025", "provinceCode": "04",
             "documentNumber": "1524/KH-UBND", "issuingAuthority": "UBND tỉnh Cao Bằng", "issuedOn": "2021-06-15",
             "periodFrom": 2021, "periodTo": 2025, "tasks": [],
             "fundingLines": [{"year": 2023, "source": "NATIONAL", "taskCode": null, "amountVnd": 3000000000}]}}""";

    static final String VERSIONS = """
            {"items": [{"number": 1, "current": false, "amendingDocument": null, "amendedOn": null, "rationale": null,
                        "recordedAt": "2023-03-01T04:00:00Z", "recordedBy": "approver-04", "content": {"version": 2}},
                       {"number": 2, "current": true, "amendingDocument": "45/KH-UBND", "amendedOn": "2023-03-01",
                        "rationale": "Bổ sung kinh phí hỗ trợ máy móc năm 2023", "recordedAt": "2023-03-01T04:00:00Z",
                        "recordedBy": "approver-04", "content": {"version": 3}}]}""";

    static final String HISTORY = """
            {"items": [{"version": 2, "action": "APPROVED", "actor": "approver-04", "at": "2021-06-20T03:30:00Z",
                        "requestId": "5f0c2a9e", "changes": {"status": {"from": "SUBMITTED", "to": "APPROVED"},
                        "decisionNumber": {"from": null, "to": "1524/QĐ-UBND"}}}], "nextPageToken": null}""";

    private PlanExamples() {}
}
