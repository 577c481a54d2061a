package vn.cnnt.bare;

import io.agroal.api.AgroalDataSource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ceiling for "REST + JSON + PostgreSQL" on this machine: one plan row by primary key, and a page of plan rows by
 * the same index plans-service's list uses, read with plain JDBC and answered as JSON. No security, no ORM, no
 * transaction. Benchmarks only; never deployed.
 */
@Path("/plans")
@Produces(MediaType.APPLICATION_JSON)
public class BarePlans {

    private static final String COLUMNS = "id, version, kind, title, province_code, current_province_code, "
            + "document_number, issued_on, period_from, period_to, status";

    private final AgroalDataSource db;

    BarePlans(AgroalDataSource db) {
        this.db = db;
    }

    @GET
    @Path("{id}")
    public Map<String, Object> one(@PathParam("id") UUID id) throws SQLException {
        List<Map<String, Object>> rows = query("SELECT " + COLUMNS + " FROM plan WHERE id = ?", id, null);
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        return rows.get(0);
    }

    @GET
    public List<Map<String, Object>> page(@QueryParam("province") String province, @QueryParam("pageSize") int size)
            throws SQLException {
        return query(
                "SELECT " + COLUMNS + " FROM plan WHERE current_province_code = ? ORDER BY issued_on DESC, id DESC"
                        + " LIMIT ?",
                province,
                size <= 0 ? 20 : size);
    }

    private List<Map<String, Object>> query(String sql, Object key, Integer limit) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, key);
            if (limit != null) {
                s.setInt(2, limit);
            }
            try (ResultSet r = s.executeQuery()) {
                ResultSetMetaData meta = r.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (r.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object v = r.getObject(i);
                        row.put(
                                meta.getColumnLabel(i),
                                v instanceof java.sql.Date d ? d.toLocalDate().toString() : v);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
