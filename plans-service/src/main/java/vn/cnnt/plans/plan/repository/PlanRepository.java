package vn.cnnt.plans.plan.repository;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.persistence.QueryFilter;
import vn.cnnt.kit.text.TextSearch;
import vn.cnnt.plans.plan.FundingLine;
import vn.cnnt.plans.plan.Plan;
import vn.cnnt.plans.plan.PlanKind;
import vn.cnnt.plans.plan.PlanStatus;
import vn.cnnt.plans.plan.PlanVersion;
import vn.cnnt.plans.plan.api.PlanSummary;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    @Inject
    AgroalDataSource database;

    /** What every read of a plan asks first: its current version, and the province that decides who may see it. */
    public record Head(long version, String currentProvinceCode) {}

    /**
     * A plan's current version and province with plain JDBC, outside any session: the least a read can ask the
     * database. It tells whether the answer rendered for a version is still the plan.
     */
    public Optional<Head> head(UUID id) {
        try (Connection c = database.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT version, current_province_code FROM plan WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Head(r.getLong(1), r.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading the version of plan " + id, e);
        }
    }

    /** What a list may be filtered by; nulls are no filter. */
    public record Criteria(
            boolean allProvinces,
            String currentProvinceCode,
            PlanKind kind,
            PlanStatus status,
            Integer periodFrom,
            Integer periodTo,
            String documentNumber,
            String text,
            PageRequest.DateAndId after) {}

    /**
     * A page of plans as their summaries, newest issue date first, with plain JDBC outside any session: the answer
     * copies columns, so no entity, no ORM query and no JSON column is worth its cost here. Each plan's funding total is
     * the one the database keeps on the plan.
     */
    public List<PlanSummary> search(Criteria c, int limit) {
        QueryFilter.Sql sql = QueryFilter.of()
                .when(!c.allProvinces(), "p.current_province_code = :province", "province", c.currentProvinceCode())
                .equal("p.kind", c.kind())
                .equal("p.status", c.status())
                .atLeast("p.period_to", c.periodFrom())
                .atMost("p.period_from", c.periodTo())
                .equal("p.document_key", c.documentNumber())
                .containsAll("p.search_text", TextSearch.likePatterns(c.text()))
                .before("p.issued_on", "p.id", c.after())
                .sql("""
                        SELECT p.id, p.version, p.kind, p.title, p.province_code, p.current_province_code,
                               p.document_number, p.issued_on, p.period_from, p.period_to, p.status, p.funding_total_vnd
                        FROM plan p""", "ORDER BY p.issued_on DESC, p.id DESC LIMIT ?");
        try (Connection connection = database.getConnection();
                PreparedStatement s = sql.prepare(connection, limit);
                ResultSet r = s.executeQuery()) {
            List<PlanSummary> page = new ArrayList<>(limit);
            while (r.next()) {
                page.add(new PlanSummary(
                        r.getObject(1, UUID.class),
                        r.getLong(2),
                        PlanKind.valueOf(r.getString(3)),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6),
                        r.getString(7),
                        r.getObject(8, LocalDate.class),
                        r.getInt(9),
                        r.getInt(10),
                        PlanStatus.valueOf(r.getString(11)),
                        r.getLong(12)));
            }
            return page;
        } catch (SQLException e) {
            throw new PersistenceException("Searching plans", e);
        }
    }

    /**
     * A plan with its tasks in one query, read only: for answering a read, never to be changed (no snapshot is kept for
     * dirty checking, so its JSON columns are not copied). Its funding lines come from {@link #fundingLines}: a second
     * fetched list in the same query would multiply the rows.
     */
    public Optional<Plan> readWithTasks(UUID id) {
        return getEntityManager()
                .createQuery("SELECT p FROM Plan p LEFT JOIN FETCH p.tasks WHERE p.id = :id", Plan.class)
                .setParameter("id", id)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * A plan's funding lines in their order, read only; their tasks are those {@link #readWithTasks} loaded in the same
     * session, so none is read again.
     */
    public List<FundingLine> fundingLines(UUID planId) {
        return getEntityManager()
                .createQuery("FROM FundingLine l WHERE l.plan.id = :id ORDER BY l.position", FundingLine.class)
                .setParameter("id", planId)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    public boolean documentNumberTaken(
            String provinceCode, String issuer, int year, String type, int seq, UUID exceptId) {
        return count(
                        "provinceCode = ?1 and documentIssuer = ?2 and documentYear = ?3 and documentType = ?4 "
                                + "and documentSeq = ?5 and id <> ?6",
                        provinceCode,
                        issuer,
                        year,
                        type,
                        seq,
                        exceptId == null ? new UUID(0, 0) : exceptId)
                > 0;
    }

    public List<PlanVersion> versions(UUID planId) {
        return getEntityManager()
                .createQuery("FROM PlanVersion v WHERE v.planId = :id ORDER BY v.number", PlanVersion.class)
                .setParameter("id", planId)
                .getResultList();
    }

    public void persistVersion(PlanVersion version) {
        getEntityManager().persist(version);
    }

    public void flush() {
        getEntityManager().flush();
    }
}
