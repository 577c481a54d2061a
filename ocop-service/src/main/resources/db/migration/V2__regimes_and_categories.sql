-- Legal regimes (research-notes.md §A.1–A.5): 1048/QĐ-TTg (2019), 148/QĐ-TTg (24/02/2023) and 148/QĐ-TTg as
-- amended by 1489/QĐ-TTg (from 06/07/2025, two-tier local government: no district council).
INSERT INTO ocop_regime (code, legal_basis, effective_from, effective_to, part_a_max, part_b_max, part_c_max) VALUES
    ('QD-1048-2019', '1048/QĐ-TTg', DATE '2019-08-21', DATE '2023-02-23', 35, 25, 40),
    ('QD-148-2023', '148/QĐ-TTg', DATE '2023-02-24', DATE '2025-07-05', 40, 25, 35),
    ('QD-148-1489-2025', '148/QĐ-TTg sửa đổi bởi 1489/QĐ-TTg', DATE '2025-07-06', NULL, 40, 25, 35);

-- Star bands: 1★ s < 30, 2★ 30 ≤ s < 50, 3★ 50 ≤ s < 70, 4★ 70 ≤ s < 90, 5★ 90 ≤ s ≤ 100.
INSERT INTO ocop_star_band (regime_code, stars, min_score)
SELECT r.code, b.stars, b.min_score
FROM ocop_regime r
CROSS JOIN (VALUES (1, 0.00), (2, 30.00), (3, 50.00), (4, 70.00), (5, 90.00)) AS b (stars, min_score);

-- Before 06/07/2025 the district recognises 3★, the province 4★, the centre 5★; from then the province
-- recognises 3★ and 4★ and the central council alone 5★. Scores above a level's maximum are proposed upwards.
INSERT INTO ocop_recognition_rule (regime_code, council_level, min_stars, max_stars) VALUES
    ('QD-1048-2019', 'DISTRICT', 3, 3), ('QD-1048-2019', 'PROVINCIAL', 4, 4), ('QD-1048-2019', 'CENTRAL', 5, 5),
    ('QD-148-2023', 'DISTRICT', 3, 3), ('QD-148-2023', 'PROVINCIAL', 4, 4), ('QD-148-2023', 'CENTRAL', 5, 5),
    ('QD-148-1489-2025', 'PROVINCIAL', 3, 4), ('QD-148-1489-2025', 'CENTRAL', 5, 5);

-- Annex I classification (research-notes.md §A.8); lead ministries: MAE Nông nghiệp và Môi trường, MOIT Công
-- Thương, MOH Y tế, MOCST Văn hóa, Thể thao và Du lịch.
INSERT INTO ocop_category (code, sector_code, sector_name, group_name, set_name, lead_ministries) VALUES
    ('01', 'I', 'Thực phẩm', 'Thực phẩm tươi sống', 'Rau, củ, quả, hạt tươi', 'MAE'),
    ('02', 'I', 'Thực phẩm', 'Thực phẩm tươi sống', 'Thịt, thủy sản, trứng, sữa tươi', 'MAE'),
    ('03', 'I', 'Thực phẩm', 'Thực phẩm thô, sơ chế', 'Gạo, ngũ cốc, hạt sơ chế khác', 'MAE'),
    ('04', 'I', 'Thực phẩm', 'Thực phẩm thô, sơ chế', 'Mật ong, mật khác và nông sản thực phẩm khác', 'MAE'),
    ('05', 'I', 'Thực phẩm', 'Thực phẩm chế biến', 'Đồ ăn nhanh', 'MOIT'),
    ('06', 'I', 'Thực phẩm', 'Thực phẩm chế biến', 'Chế biến từ gạo, ngũ cốc', 'MAE,MOIT'),
    ('07', 'I', 'Thực phẩm', 'Thực phẩm chế biến', 'Chế biến từ rau, củ, quả, hạt', 'MAE'),
    ('08', 'I', 'Thực phẩm', 'Thực phẩm chế biến', 'Chế biến từ thịt, trứng, sữa, thủy sản, sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác', 'MAE,MOIT'),
    ('09', 'I', 'Thực phẩm', 'Gia vị', 'Tương, nước mắm, gia vị dạng lỏng khác', 'MAE'),
    ('10', 'I', 'Thực phẩm', 'Gia vị', 'Gia vị khác (muối, hành, tỏi, tiêu…)', 'MAE'),
    ('11', 'I', 'Thực phẩm', 'Chè', 'Chè tươi, chè chế biến', 'MAE'),
    ('12', 'I', 'Thực phẩm', 'Chè', 'Sản phẩm chè/trà từ thực vật khác', 'MAE'),
    ('13', 'I', 'Thực phẩm', 'Cà phê, ca cao', NULL, 'MAE'),
    ('14', 'II', 'Đồ uống', 'Đồ uống có cồn', 'Rượu trắng', 'MOIT'),
    ('15', 'II', 'Đồ uống', 'Đồ uống có cồn', 'Đồ uống có cồn khác', 'MOIT'),
    ('16', 'II', 'Đồ uống', 'Đồ uống không cồn', 'Nước khoáng thiên nhiên, nước uống đóng chai', 'MOH'),
    ('17', 'II', 'Đồ uống', 'Đồ uống không cồn', 'Đồ uống không cồn (khác)', 'MOIT'),
    ('18', 'III', 'Dược liệu và sản phẩm từ dược liệu', 'Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền', NULL, 'MOH'),
    ('19', 'III', 'Dược liệu và sản phẩm từ dược liệu', 'Mỹ phẩm có thành phần từ dược liệu', NULL, 'MOH'),
    ('20', 'III', 'Dược liệu và sản phẩm từ dược liệu', 'Tinh dầu và dược liệu khác', NULL, 'MOH,MOIT'),
    ('21', 'IV', 'Hàng thủ công mỹ nghệ', 'Thủ công mỹ nghệ gia dụng, trang trí', NULL, 'MOIT,MAE'),
    ('22', 'IV', 'Hàng thủ công mỹ nghệ', 'Vải, may mặc', NULL, 'MOIT'),
    ('23', 'V', 'Sinh vật cảnh', 'Hoa', NULL, 'MAE'),
    ('24', 'V', 'Sinh vật cảnh', 'Cây cảnh', NULL, 'MAE'),
    ('25', 'V', 'Sinh vật cảnh', 'Động vật cảnh', NULL, 'MAE'),
    ('26', 'VI', 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', NULL, 'MOCST,MAE');
