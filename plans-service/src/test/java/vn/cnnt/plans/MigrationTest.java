package vn.cnnt.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;

/**
 * Rows written before V3/V4/V5 survive them: a plan's funding total is summed from its lines; a legal basis that was a bare number becomes {documentNumber}, in the plan
 * and in its kept versions; a stored number becomes its own comparison key; commitments become projects (funding-service
 * keeps their ids), a cancelled one committing nothing and a settled one accepted and settled at what it committed.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class MigrationTest {

    @Test
    void shouldCarryRowsOfTheFormerShapeIntoTheNewOne() throws Exception {
        String database = "migration_" + Math.abs(System.nanoTime() % 1_000_000_000);
        try (Connection admin = DriverManager.getConnection(
                        RealInfrastructure.postgresUrl("postgres"), "postgres", "postgres");
                Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        String url = RealInfrastructure.postgresUrl(database);
        Flyway.configure()
                .dataSource(url, "postgres", "postgres")
                .locations("classpath:db/migration")
                .target("2")
                .load()
                .migrate();
        UUID plan = UUID.randomUUID();
        UUID settled = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO plan (id, version, kind, title, province_code, current_province_code, document_number,
                        document_seq, document_year, document_type, document_issuer, issuing_authority, issued_on,
                        period_from, period_to, legal_bases, status, search_text, created_at, created_by, updated_at,
                        updated_by)
                    VALUES ('%s', 3, 'PLAN', 'Kế hoạch', '46', '46', '26/KH-UBND', 26, 2024, 'KH', 'UBND', 'UBND tỉnh',
                        '2024-01-22', 2024, 2024, '["597/QĐ-UBND", "3000/QĐ-UBND"]', 'APPROVED', 'ke hoach', now(), 'a',
                        now(), 'a')""".formatted(plan));
            s.execute("""
                    INSERT INTO plan_funding_line (id, plan_id, position, year, source, amount_vnd)
                    VALUES ('%s', '%s', 0, 2024, 'LOCAL', 300000000), ('%s', '%s', 1, 2024, 'NATIONAL', 1000000000)""".formatted(UUID.randomUUID(), plan, UUID.randomUUID(), plan));
            s.execute("""
                    INSERT INTO plan_version (plan_id, number, content, recorded_at, recorded_by)
                    VALUES ('%s', 1, '{"legalBases": ["597/QĐ-UBND"], "title": "Kế hoạch"}', now(), 'a')""".formatted(plan));
            s.execute("""
                    INSERT INTO plan_commitment (commitment_id, plan_id, task_id, source, year, status, committed_vnd,
                        disbursed_vnd, event_version)
                    VALUES ('%s', '%s', NULL, 'LOCAL', 2024, 'SETTLED', 300000000, 300000000, 6),
                           ('%s', '%s', NULL, 'NATIONAL', 2024, 'CANCELLED', 200000000, 0, 3)""".formatted(settled, plan, cancelled, plan));
        }

        Flyway.configure()
                .dataSource(url, "postgres", "postgres")
                .locations("classpath:db/migration")
                .load()
                .migrate();

        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement s = c.createStatement()) {
            ResultSet p = s.executeQuery(
                    "SELECT document_key, CAST(legal_bases AS text), funding_total_vnd FROM plan WHERE id = '" + plan
                            + "'");
            assertThat(p.next()).isTrue();
            assertThat(p.getString(1)).isEqualTo("26/KH-UBND");
            assertThat(p.getLong(3)).isEqualTo(1_300_000_000L);
            assertThat(p.getString(2))
                    .isEqualTo("[{\"documentNumber\": \"597/QĐ-UBND\"}, {\"documentNumber\": \"3000/QĐ-UBND\"}]");
            ResultSet v = s.executeQuery(
                    "SELECT CAST(content -> 'legalBases' AS text) FROM plan_version WHERE plan_id = '" + plan + "'");
            assertThat(v.next()).isTrue();
            assertThat(v.getString(1)).isEqualTo("[{\"documentNumber\": \"597/QĐ-UBND\"}]");
            ResultSet projects = s.executeQuery("""
                    SELECT status, committed_vnd, disbursed_vnd, accepted_vnd, settled_vnd, event_version
                    FROM plan_project WHERE plan_id = '%s' ORDER BY source""".formatted(plan));
            assertThat(projects.next()).isTrue();
            assertThat(projects.getString(1)).isEqualTo("SETTLED");
            assertThat(projects.getLong(2)).isEqualTo(300_000_000L);
            assertThat(projects.getLong(4)).isEqualTo(300_000_000L);
            assertThat(projects.getLong(5)).isEqualTo(300_000_000L);
            assertThat(projects.getLong(6)).isEqualTo(6);
            assertThat(projects.next()).isTrue();
            assertThat(projects.getString(1)).isEqualTo("CANCELLED");
            assertThat(projects.getLong(2)).isZero();
        }
    }
}
