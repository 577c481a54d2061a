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
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.testing.RealInfrastructure;

/** Every index of the migrated schema is one of a kind: a second identical index only costs every write. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class SchemaIndexesTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldHaveNoTwoIdenticalIndexes() throws Exception {
        List<String> duplicates = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("""
                        SELECT string_agg(i.indexrelid::regclass::text, ', ' ORDER BY i.indexrelid::regclass::text)
                        FROM pg_index i
                        JOIN pg_class t ON t.oid = i.indrelid
                        WHERE t.relnamespace = current_schema()::regnamespace
                        GROUP BY i.indrelid, i.indkey::text, i.indclass::text,
                                 coalesce(pg_get_expr(i.indexprs, i.indrelid), ''),
                                 coalesce(pg_get_expr(i.indpred, i.indrelid), '')
                        HAVING count(*) > 1""")) {
            while (r.next()) {
                duplicates.add(r.getString(1));
            }
        }
        assertThat(duplicates).isEmpty();
    }
}
