-- The rules of establishing and expanding a cluster are those in force on the decision's date (DOMAIN.md §4), so
-- they are data with effective dates, never code branches: a later amendment is a new row.
--   * Before 01/05/2024 (Decree 68/2017/NĐ-CP as amended by 66/2020/NĐ-CP, and Decision 105/2009/QĐ-TTg before
--     it): the thresholds of those regimes are not in the research notes, so decisions taken under them are
--     recorded as taken and not checked (checked = false). Entering a cluster established in 2019 never replays
--     Decree 32/2024's checks.
--   * Decree 32/2024/NĐ-CP from 01/05/2024: area 10–75 ha (5–75 ha mountainous or craft village); a new cluster
--     where "the area" has clusters needs their average occupancy > 50 % or their unleased industrial land
--     ≤ 100 ha, "the area" being the district (địa bàn cấp huyện) for decisions before 01/07/2025; expansion needs
--     occupancy ≥ 60 %; a craft-village cluster keeps ≥ 60 % of its industrial land for craft-village producers.
--   * From 01/07/2025 districts are abolished and the sources do not settle the successor scope (no amendment of
--     Decree 32/2024 found: research-notes.md D.1 "UNCONFIRMED"). COMMUNE (địa bàn cấp xã, to which most district
--     competences passed) is a provisional choice, marked unconfirmed; when the law settles it, add a row.
CREATE TABLE cluster_rule_set (
    code                                      text          PRIMARY KEY,
    legal_basis                               text          NOT NULL,
    effective_from                            date          NOT NULL UNIQUE,
    effective_to                              date,
    checked                                   boolean       NOT NULL,
    min_area_ha                               numeric(7, 2),
    min_area_mountainous_or_craft_village_ha  numeric(7, 2),
    max_area_ha                               numeric(7, 2),
    establishment_scope                       text          CHECK (establishment_scope IN ('DISTRICT', 'COMMUNE', 'PROVINCE')),
    establishment_average_occupancy_above_pct numeric(5, 2),
    establishment_unleased_land_at_most_ha    numeric(9, 2),
    expansion_occupancy_at_least_pct          numeric(5, 2),
    craft_village_land_at_least_pct           numeric(5, 2),
    unconfirmed                               text,
    CHECK (effective_to IS NULL OR effective_to >= effective_from),
    CHECK (NOT checked OR (min_area_ha IS NOT NULL AND min_area_mountainous_or_craft_village_ha IS NOT NULL
        AND max_area_ha IS NOT NULL AND establishment_scope IS NOT NULL
        AND establishment_average_occupancy_above_pct IS NOT NULL AND establishment_unleased_land_at_most_ha IS NOT NULL
        AND expansion_occupancy_at_least_pct IS NOT NULL AND craft_village_land_at_least_pct IS NOT NULL))
);

INSERT INTO cluster_rule_set (code, legal_basis, effective_from, effective_to, checked, min_area_ha,
        min_area_mountainous_or_craft_village_ha, max_area_ha, establishment_scope,
        establishment_average_occupancy_above_pct, establishment_unleased_land_at_most_ha,
        expansion_occupancy_at_least_pct, craft_village_land_at_least_pct, unconfirmed) VALUES
    ('BEFORE-ND-32-2024', 'Nghị định 68/2017/NĐ-CP (sửa đổi bởi 66/2020/NĐ-CP); trước đó Quyết định 105/2009/QĐ-TTg',
        DATE '1900-01-01', DATE '2024-04-30', false, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
        'The thresholds of these regimes are not in the research notes: decisions under them are recorded as taken, not checked'),
    ('ND-32-2024', 'Nghị định 32/2024/NĐ-CP', DATE '2024-05-01', DATE '2025-06-30', true, 10, 5, 75, 'DISTRICT',
        50, 100, 60, 60, NULL),
    ('ND-32-2024-TWO-TIER', 'Nghị định 32/2024/NĐ-CP, chính quyền địa phương 2 cấp', DATE '2025-07-01', NULL, true,
        10, 5, 75, 'COMMUNE', 50, 100, 60, 60,
        'Establishment scope after the abolition of districts (01/07/2025) not settled by the sources; COMMUNE is provisional');

-- Craft-village clusters (CCN làng nghề) keep at least 60 % of their industrial land for the craft villages'
-- producers (Decree 32/2024 Art. 2): the land so reserved, in hectares.
ALTER TABLE industrial_cluster ADD COLUMN craft_village_land_ha numeric(7, 2)
    CHECK (craft_village_land_ha >= 0);
ALTER TABLE industrial_cluster ADD CONSTRAINT craft_village_land_within_industrial_land
    CHECK (craft_village_land_ha IS NULL OR craft_village_land_ha <= industrial_land_ha);
ALTER TABLE industrial_cluster ADD CONSTRAINT craft_village_land_only_for_craft_villages
    CHECK (craft_village OR craft_village_land_ha IS NULL);
CREATE INDEX industrial_cluster_district ON industrial_cluster (province_code, district_code) WHERE status <> 'WITHDRAWN';
