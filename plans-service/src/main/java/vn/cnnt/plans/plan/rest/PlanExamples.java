package vn.cnnt.plans.plan.rest;

/**
 * Request and response examples of the OpenAPI document, from the seed texts as written: Thừa Thiên Huế's
 * 26/KH-UBND (22/01/2024, signer, legal bases with their dates), Bình Dương's "Chương trình Khuyến công tỉnh Bình
 * Dương đến năm 2020" (1877/QĐ-UBND, 20/07/2016) and Cao Bằng's 2021–2025 estimate (18,246 tỷ = 13,800 tỷ national +
 * 4,446 tỷ local, no yearly split). Cao Bằng's number, date and signer are not in its seed: that example says its
 * number and date are illustrative and names no signer. Ids, timestamps and users are illustrative.
 */
final class PlanExamples {

    static final String PLAN_REQUEST = """
            {"kind": "PLAN",
             "title": "Kế hoạch triển khai thực hiện Đề án phát triển công nghiệp nông thôn tỉnh Thừa Thiên Huế năm 2024",
             "provinceCode": "46", "documentNumber": "26/KH-UBND", "issuingAuthority": "UBND tỉnh Thừa Thiên Huế",
             "signer": "Phan Quý Phương", "issuedOn": "2024-01-22", "effectiveOn": "2024-01-22",
             "periodFrom": 2024, "periodTo": 2024,
             "legalBases": [{"documentNumber": "597/QĐ-UBND", "issuedOn": "2019-03-12",
                             "title": "Phê duyệt đề án phát triển CNNT tỉnh Thừa Thiên Huế đến năm 2025"},
                            {"documentNumber": "3000/QĐ-UBND", "issuedOn": "2023-12-19",
                             "title": "Ban hành Chương trình công tác năm 2024 của UBND tỉnh Thừa Thiên Huế"}],
             "implementingUnit": null, "parentPlanId": "3c9e1b2a-7d4f-4e8a-9b1c-2d3e4f5a6b70",
             "purposes": "Tiếp tục triển khai thực hiện các nội dung, nhiệm vụ của đề án phát triển CNNT tỉnh năm 2024",
             "tasks": [], "fundingLines": []}""";

    static final String PROGRAMME_REQUEST = """
            {"kind": "PROGRAMME", "title": "Chương trình Khuyến công tỉnh Bình Dương đến năm 2020", "provinceCode": "74",
             "documentNumber": "1877/QĐ-UBND", "issuingAuthority": "UBND tỉnh Bình Dương", "signer": null,
             "issuedOn": "2016-07-20", "effectiveOn": null, "periodFrom": 2016, "periodTo": 2020, "legalBases": [],
             "implementingUnit": "Trung tâm Khuyến công – Tư vấn phát triển công nghiệp", "parentPlanId": null,
             "purposes": "Huy động mọi nguồn lực của tỉnh để đẩy mạnh công nghiệp hóa, hiện đại hóa đến năm 2020",
             "tasks": [{"code": "1", "title": "Tổ chức và hướng dẫn thực hiện các hoạt động khuyến công",
                        "description": null, "category": "OTHER", "leadAgency": "Sở Công Thương",
                        "implementingUnit": "Trung tâm Khuyến công – Tư vấn phát triển công nghiệp",
                        "coordinatingAgencies": ["Sở Tài chính"], "legalBases": [], "targets": []}],
             "fundingLines": []}""";

    static final String WHOLE_PERIOD_REQUEST = """
            {"kind": "PLAN", "title": "Kế hoạch khuyến công tỉnh Cao Bằng giai đoạn từ năm 2021 đến năm 2025",
             "provinceCode": "04", "documentNumber": "1/KH-UBND", "issuingAuthority": "UBND tỉnh Cao Bằng",
             "signer": null, "issuedOn": "2020-05-22", "periodFrom": 2021, "periodTo": 2025,
             "purposes": "Số và ngày của văn bản là minh họa (không có trong nguồn); kinh phí đúng như nguồn: 18,246 tỷ đồng",
             "tasks": [],
             "fundingLines": [{"year": null, "source": "NATIONAL", "taskCode": null, "amountVnd": 13800000000},
                              {"year": null, "source": "LOCAL", "taskCode": null, "amountVnd": 4446000000}]}""";

    static final String PLAN = """
            {"id": "0b3c2f1e-5d6a-4e1b-9a7c-2f8d4e6b1a90", "version": 2, "kind": "PLAN",
             "title": "Kế hoạch triển khai thực hiện Đề án phát triển công nghiệp nông thôn tỉnh Thừa Thiên Huế năm 2024",
             "provinceCode": "46", "provinceName": "Tỉnh Thừa Thiên Huế", "currentProvinceCode": "46",
             "documentNumber": "26/KH-UBND", "document": {"number": 26, "year": null, "type": "KH", "issuer": "UBND"},
             "issuingAuthority": "UBND tỉnh Thừa Thiên Huế", "signer": "Phan Quý Phương", "issuedOn": "2024-01-22",
             "effectiveOn": "2024-01-22", "periodFrom": 2024, "periodTo": 2024,
             "legalBases": [{"documentNumber": "597/QĐ-UBND", "issuedOn": "2019-03-12",
                             "title": "Phê duyệt đề án phát triển CNNT tỉnh Thừa Thiên Huế đến năm 2025"},
                            {"documentNumber": "3000/QĐ-UBND", "issuedOn": "2023-12-19",
                             "title": "Ban hành Chương trình công tác năm 2024 của UBND tỉnh Thừa Thiên Huế"}],
             "implementingUnit": null, "parentPlanId": "3c9e1b2a-7d4f-4e8a-9b1c-2d3e4f5a6b70",
             "purposes": "Tiếp tục triển khai thực hiện các nội dung, nhiệm vụ của đề án phát triển CNNT tỉnh năm 2024",
             "status": "APPROVED", "decisionNumber": null, "statusNote": null, "amendmentCount": 0, "supersededBy": null,
             "tasks": [], "fundingLines": [],
             "totals": {"totalVnd": 0, "bySourceVnd": {}, "byYearVnd": {}, "wholePeriodVnd": 0},
             "createdAt": "2024-01-23T02:00:00Z", "createdBy": "officer-46", "updatedAt": "2024-01-23T03:30:00Z",
             "updatedBy": "approver-46"}""";

    static final String PAGE = """
            {"items": [{"id": "0b3c2f1e-5d6a-4e1b-9a7c-2f8d4e6b1a90", "version": 2, "kind": "PLAN",
                        "title": "Kế hoạch triển khai thực hiện đề án Phát triển công nghiệp nông thôn tỉnh Bình Phước đến năm 2025",
                        "provinceCode": "70", "currentProvinceCode": "75", "documentNumber": "317/KH-UBND",
                        "issuedOn": "2021-10-20", "periodFrom": 2021, "periodTo": 2025, "status": "APPROVED",
                        "totalVnd": 0}],
             "nextPageToken": "MjAyMS0xMC0yMHwwYjNjMmYxZQ"}""";

    static final String SUBMISSION = """
            {"note": "Tờ trình của Sở Công Thương"}""";

    static final String APPROVAL = """
            {"decisionNumber": "1877/QĐ-UBND", "note": "Phê duyệt Chương trình Khuyến công tỉnh Bình Dương đến năm 2020"}""";

    static final String COMPLETION = """
            {"note": "Báo cáo tổng kết"}""";

    static final String CANCELLATION = """
            {"reason": "Không còn phù hợp (minh họa)", "decisionNumber": null}""";

    static final String SUPERSESSION = """
            {"supersedingDocumentNumber": "08/KH-UBND", "supersededOn": "2024-06-03",
             "supersedingPlanId": null, "note": "Văn bản thay thế (minh họa)"}""";

    static final String AMENDMENT = """
            {"amendingDocumentNumber": "08/KH-UBND", "amendedOn": "2024-06-03",
             "rationale": "Bổ sung căn cứ và nhiệm vụ (minh họa)", "content": {"kind": "PLAN",
             "title": "Kế hoạch triển khai thực hiện Đề án phát triển công nghiệp nông thôn tỉnh Thừa Thiên Huế năm 2024",
             "provinceCode": "46", "documentNumber": "26/KH-UBND", "issuingAuthority": "UBND tỉnh Thừa Thiên Huế",
             "signer": "Phan Quý Phương", "issuedOn": "2024-01-22", "periodFrom": 2024, "periodTo": 2024,
             "legalBases": [{"documentNumber": "597/QĐ-UBND", "issuedOn": "2019-03-12", "title": null}],
             "tasks": [], "fundingLines": []}}""";

    static final String VERSIONS = """
            {"items": [{"number": 1, "current": false, "amendingDocument": null, "amendedOn": null, "rationale": null,
                        "recordedAt": "2024-06-03T04:00:00Z", "recordedBy": "approver-46", "content": {"version": 2}},
                       {"number": 2, "current": true, "amendingDocument": "08/KH-UBND", "amendedOn": "2024-06-03",
                        "rationale": "Bổ sung căn cứ và nhiệm vụ (minh họa)", "recordedAt": "2024-06-03T04:00:00Z",
                        "recordedBy": "approver-46", "content": {"version": 3}}]}""";

    static final String HISTORY = """
            {"items": [{"version": 2, "action": "APPROVED", "actor": "approver-74", "at": "2016-07-20T03:30:00Z",
                        "requestId": "5f0c2a9e", "changes": {"status": {"from": "SUBMITTED", "to": "APPROVED"},
                        "decisionNumber": {"from": null, "to": "1877/QĐ-UBND"}}}], "nextPageToken": null}""";

    private PlanExamples() {}
}
