package vn.cnnt.funding;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;

/**
 * V3 on rows written before it: envelopes become allocations (those opened from a plan and never drawn on are frozen),
 * commitments become the money side of projects, and the ledger still reconciles. Run in a schema of its own, migrated
 * to V2, filled as the old code wrote, then migrated on.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class MigrationV3Test {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldTurnEnvelopesAndCommitmentsIntoAllocationsAndProjects() throws Exception {
        String schema = "v3_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:db/migration")
                .target("2")
                .load()
                .migrate();
        UUID beneficiary = UUID.randomUUID();
        UUID decided = UUID.randomUUID();
        UUID fromPlan = UUID.randomUUID();
        UUID proposed = UUID.randomUUID();
        UUID paying = UUID.randomUUID();
        UUID settled = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + schema + ", public");
            s.execute(
                    "INSERT INTO beneficiary VALUES ('%s', 0, 'COOPERATIVE', 'HTX', NULL, '04', '04', NULL, NULL, 'htx', now(), 't')"
                            .formatted(beneficiary));
            s.execute("""
                    INSERT INTO envelope (id, version, province_code, current_province_code, plan_id, fiscal_year, source,
                        budget_vnd, committed_vnd, disbursed_vnd, frozen, decision_number, created_at, created_by)
                    VALUES ('%s', 0, '04', '04', NULL, 2024, 'LOCAL', 1000000000, 0, 0, false, '12/QĐ-UBND', now(), 'approver-04'),
                           ('%s', 0, '04', '04', gen_random_uuid(), 2024, 'NATIONAL', 2760000000, 0, 0, false, '1/KH-UBND', now(), 'plans-service')""".formatted(decided, fromPlan));
            s.execute("INSERT INTO journal_entry (envelope_id, kind, budget_delta, at, actor) VALUES "
                    + "('%s', 'BUDGET_OPENED', 1000000000, now(), 't'), ('%s', 'BUDGET_OPENED', 2760000000, now(), 't')"
                            .formatted(decided, fromPlan));
            String commitment = """
                    INSERT INTO commitment (id, version, envelope_id, current_province_code, beneficiary_id, activity_type,
                        title, eligible_cost_vnd, support_vnd, disbursed_vnd, settled_vnd, status, decision_number, decision_date,
                        created_at, created_by, search_text)
                    VALUES ('%s', 1, '%s', '04', '%s', 'CONSULTING_AND_TRAINING', 'Tập huấn', 200000000, %d, %d, %s, '%s', %s,
                        %s, now(), 't', 'tap huan')""";
            s.execute(commitment.formatted(
                    proposed, decided, beneficiary, 100_000_000L, 0L, "NULL", "PROPOSED", "NULL", "NULL"));
            s.execute(commitment.formatted(
                    paying,
                    decided,
                    beneficiary,
                    100_000_000L,
                    40_000_000L,
                    "NULL",
                    "APPROVED",
                    "'1/QĐ'",
                    "'2024-03-01'"));
            s.execute(commitment.formatted(
                    settled,
                    decided,
                    beneficiary,
                    100_000_000L,
                    70_000_000L,
                    "70000000",
                    "SETTLED",
                    "'2/QĐ'",
                    "'2024-03-01'"));
            s.execute(commitment.formatted(
                    cancelled, decided, beneficiary, 100_000_000L, 0L, "NULL", "CANCELLED", "'3/QĐ'", "'2024-03-01'"));
            s.execute("UPDATE envelope SET committed_vnd = 170000000, disbursed_vnd = 110000000 WHERE id = '%s'"
                    .formatted(decided));
            s.execute(
                    ("INSERT INTO journal_entry (envelope_id, commitment_id, kind, committed_delta, disbursed_delta, at, actor) VALUES "
                                    + "('%1$s', '%2$s', 'COMMITTED', 100000000, 0, now(), 't'), ('%1$s', '%2$s', 'DISBURSED', 0, 40000000, now(), 't'),"
                                    + "('%1$s', '%3$s', 'COMMITTED', 100000000, 0, now(), 't'), ('%1$s', '%3$s', 'DISBURSED', 0, 70000000, now(), 't'),"
                                    + "('%1$s', '%3$s', 'SETTLEMENT_RELEASED', -30000000, 0, now(), 't'),"
                                    + "('%1$s', '%4$s', 'COMMITTED', 100000000, 0, now(), 't'), ('%1$s', '%4$s', 'COMMITMENT_RELEASED', -100000000, 0, now(), 't')")
                            .formatted(decided, paying, settled, cancelled));
        }

        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + schema + ", public");
            List<String> projects = new ArrayList<>();
            try (ResultSet r = s.executeQuery("""
                    SELECT id, status, source, fiscal_year, counterpart_vnd, total_cost_vnd, accepted_vnd,
                           allocation_id IS NULL FROM project ORDER BY status""")) {
                while (r.next()) {
                    projects.add(r.getString(2) + " " + r.getString(3) + " " + r.getInt(4) + " " + r.getLong(5) + " "
                            + r.getLong(6) + " " + r.getLong(7) + " " + r.getBoolean(8));
                }
            }
            assertThat(projects)
                    .containsExactly(
                            "CANCELLED LOCAL 2024 100000000 200000000 0 false",
                            "IN_PROGRESS LOCAL 2024 100000000 200000000 0 false",
                            "REGISTERED LOCAL 2024 100000000 200000000 0 true",
                            "SETTLED LOCAL 2024 100000000 200000000 70000000 false");
            try (ResultSet r = s.executeQuery("SELECT origin, frozen, decided_by FROM allocation ORDER BY origin")) {
                r.next();
                assertThat(r.getString(1) + " " + r.getBoolean(2) + " " + r.getString(3))
                        .isEqualTo("DECISION false PROVINCE");
                r.next();
                assertThat(r.getString(1) + " " + r.getBoolean(2) + " " + r.getString(3))
                        .isEqualTo("PLAN_LEGACY true MINISTRY");
            }
            try (ResultSet r = s.executeQuery("""
                    SELECT a.committed_vnd = SUM(j.committed_delta), a.disbursed_vnd = SUM(j.disbursed_delta),
                           SUM(j.accepted_delta), SUM(j.settled_delta)
                    FROM allocation a JOIN journal_entry j ON j.allocation_id = a.id WHERE a.id = '%s'
                    GROUP BY a.id""".formatted(decided))) {
                r.next();
                assertThat(r.getBoolean(1)).isTrue();
                assertThat(r.getBoolean(2)).isTrue();
                assertThat(r.getLong(3)).isEqualTo(70_000_000L);
                assertThat(r.getLong(4)).isEqualTo(70_000_000L);
            }
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
