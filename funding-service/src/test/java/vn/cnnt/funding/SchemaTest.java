package vn.cnnt.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;

/** What the migrated schema itself guarantees, beyond what the service's code does with it. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class SchemaTest {

    @Inject
    AgroalDataSource dataSource;

    /** A second identical index only costs every write. */
    @Test
    void shouldHaveNoTwoIdenticalIndexes() throws Exception {
        assertThat(strings("""
                        SELECT string_agg(i.indexrelid::regclass::text, ', ' ORDER BY i.indexrelid::regclass::text)
                        FROM pg_index i
                        JOIN pg_class t ON t.oid = i.indrelid
                        WHERE t.relnamespace = current_schema()::regnamespace
                        GROUP BY i.indrelid, i.indkey::text, i.indclass::text,
                                 coalesce(pg_get_expr(i.indexprs, i.indrelid), ''),
                                 coalesce(pg_get_expr(i.indpred, i.indrelid), '')
                        HAVING count(*) > 1""")).isEmpty();
    }

    /** Checked at commit (V5), a reference to an allocation that does not exist is still refused, and nothing stays. */
    @Test
    void shouldRefuseAtCommitAJournalEntryNamingNoAllocation() throws Exception {
        UUID missing = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("INSERT INTO journal_entry (allocation_id, kind, budget_delta, at, actor)"
                    + " VALUES ('%s', 'BUDGET_OPENED', 1, now(), 'schema-test')".formatted(missing));
            assertThatThrownBy(c::commit)
                    .isInstanceOfSatisfying(
                            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23503"));
            c.rollback();
            c.setAutoCommit(true);
            try (ResultSet r = s.executeQuery(
                    "SELECT count(*) FROM journal_entry WHERE allocation_id = '%s'".formatted(missing))) {
                r.next();
                assertThat(r.getLong(1)).isZero();
            }
        }
    }

    /** Every reference to an allocation is checked at commit, when an approval already holds the row's own lock. */
    @Test
    void shouldCheckEveryReferenceToAnAllocationAtCommit() throws Exception {
        assertThat(strings("""
                        SELECT conrelid::regclass || '.' || conname FROM pg_constraint
                        WHERE contype = 'f' AND confrelid = 'allocation'::regclass
                          AND NOT (condeferrable AND condeferred)""")).isEmpty();
    }

    /** The first column of every row the query answers. */
    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }
}
