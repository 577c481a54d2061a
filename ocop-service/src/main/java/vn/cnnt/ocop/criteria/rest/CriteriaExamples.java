package vn.cnnt.ocop.criteria.rest;

/** OpenAPI examples of the criteria-set operations. */
final class CriteriaExamples {

    static final String REQUEST = """
            {"categoryCode": "05", "regimeCode": "QD-148-1489-2025", "name": "Phiếu đánh giá Đồ ăn nhanh", "illustrative": false,
             "sheet": {"parts": [
               {"code": "A", "name": "Sản phẩm và sức mạnh cộng đồng", "maxPoints": 40, "criteria": [
                 {"code": "A1", "name": "Nguồn nguyên liệu", "options": [
                   {"code": "A1.1", "text": "Chưa đáp ứng", "points": 0.00},
                   {"code": "A1.2", "text": "Nguyên liệu địa phương trên 50 %", "points": 20.00, "minimumForStars": 3},
                   {"code": "A1.3", "text": "Toàn bộ nguyên liệu địa phương", "points": 40.00}]}]},
               {"code": "B", "name": "Khả năng tiếp thị", "maxPoints": 25, "criteria": [
                 {"code": "B1", "name": "Kênh phân phối", "options": [
                   {"code": "B1.1", "text": "Trong xã", "points": 5.00}, {"code": "B1.2", "text": "Toàn quốc", "points": 25.00}]}]},
               {"code": "C", "name": "Chất lượng sản phẩm", "maxPoints": 35, "criteria": [
                 {"code": "C1", "name": "Tiêu chuẩn sản phẩm", "options": [
                   {"code": "C1.1", "text": "Chưa công bố", "points": 0.00},
                   {"code": "C1.2", "text": "Có công bố chất lượng", "points": 35.00, "minimumForStars": 3}]}]}]}}""";

    static final String SET = """
            {"id": "ea530692-6273-5dea-b28d-608e7f67f657", "categoryCode": "05", "regimeCode": "QD-148-1489-2025",
             "sheetVersion": 1,
             "name": "Phiếu minh họa (không phải phiếu chính thức của Phụ lục III) — Phiếu đánh giá Đồ ăn nhanh (148/QĐ-TTg sửa đổi bởi 1489/QĐ-TTg)",
             "illustrative": true, "retiredOn": null, "version": 0,
             "sheet": {"parts": [
               {"code": "A", "name": "Sản phẩm và sức mạnh cộng đồng", "maxPoints": 40, "criteria": [
                 {"code": "A1", "name": "Nguồn nguyên liệu", "options": [
                   {"code": "A1.1", "text": "Chưa đáp ứng", "points": 0.00, "minimumForStars": null},
                   {"code": "A1.2", "text": "Đáp ứng một phần", "points": 1.50, "minimumForStars": 3}]}]},
               {"code": "B", "name": "Khả năng tiếp thị", "maxPoints": 25, "criteria": [
                 {"code": "B1", "name": "Kênh phân phối", "options": [
                   {"code": "B1.1", "text": "Trong xã", "points": 5.00, "minimumForStars": null},
                   {"code": "B1.2", "text": "Toàn quốc", "points": 25.00, "minimumForStars": null}]}]},
               {"code": "C", "name": "Chất lượng sản phẩm", "maxPoints": 35, "criteria": [
                 {"code": "C1", "name": "Tiêu chuẩn sản phẩm", "options": [
                   {"code": "C1.1", "text": "Chưa công bố", "points": 0.00, "minimumForStars": null},
                   {"code": "C1.2", "text": "Có công bố chất lượng", "points": 35.00, "minimumForStars": 3}]}]}]}}""";

    static final String PAGE = "{\"items\": [" + SET + "], \"nextPageToken\": null}";

    static final String CATEGORIES = """
            {"items": [{"code": "05", "sectorCode": "I", "sectorName": "Thực phẩm", "groupName": "Thực phẩm chế biến",
              "setName": "Đồ ăn nhanh", "leadMinistries": ["MOIT"]}]}""";

    static final String REGIMES = """
            {"items": [{"code": "QD-148-1489-2025", "legalBasis": "148/QĐ-TTg sửa đổi bởi 1489/QĐ-TTg",
              "effectiveFrom": "2025-07-06", "effectiveTo": null, "partMaxima": {"A": 40, "B": 25, "C": 35},
              "starBands": {"1": 0.00, "2": 30.00, "3": 50.00, "4": 70.00, "5": 90.00},
              "recognition": [{"councilLevel": "PROVINCIAL", "minStars": 3, "maxStars": 4},
                              {"councilLevel": "CENTRAL", "minStars": 5, "maxStars": 5}]}]}""";

    private CriteriaExamples() {}
}
