package vn.cnnt.kit.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
import vn.cnnt.kit.paging.Page;
import vn.cnnt.kit.paging.PageRequest;
import vn.cnnt.kit.persistence.SqlValues;
import vn.cnnt.kit.web.RequestIds;

/**
 * The history of every mutable resource, written in the transaction of the change. A change is stored
 * as the difference between two snapshots (any JSON-serialisable views of the resource).
 */
@ApplicationScoped
public class History {

    private final EntityManager em;
    private final ObjectMapper json;

    History(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** @param before the resource before the change, or null when it was created */
    public void record(
            String aggregateType,
            Object aggregateId,
            long version,
            String action,
            String actor,
            Object before,
            Object after) {
        ObjectNode changes =
                diff(before == null ? json.createObjectNode() : json.valueToTree(before), json.valueToTree(after));
        em.createNativeQuery("""
                INSERT INTO kit_history (aggregate_type, aggregate_id, version, action, actor, request_id, at, changes)
                VALUES (:t, :id, :v, :a, :actor, :r, :at, CAST(:c AS jsonb))
                """)
                .setParameter("t", aggregateType)
                .setParameter("id", aggregateId.toString())
                .setParameter("v", version)
                .setParameter("a", action)
                .setParameter("actor", actor)
                .setParameter("r", RequestIds.current())
                .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("c", changes.toString())
                .executeUpdate();
    }

    /** Oldest first, paginated by entry id. */
    public Page<HistoryEntry> of(String aggregateType, Object aggregateId, PageRequest page) {
        String cursor = page.cursor();
        long after = cursor == null ? 0 : parse(cursor);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, version, action, actor, at, request_id, CAST(changes AS text) FROM kit_history
                WHERE aggregate_type = :t AND aggregate_id = :id AND id > :after ORDER BY id LIMIT :n
                """)
                .setParameter("t", aggregateType)
                .setParameter("id", aggregateId.toString())
                .setParameter("after", after)
                .setParameter("n", page.size() + 1)
                .getResultList();
        return Page.of(
                rows,
                page,
                r -> r[0].toString(),
                r -> new HistoryEntry(
                        ((Number) r[1]).longValue(),
                        (String) r[2],
                        (String) r[3],
                        SqlValues.instant(r[4]),
                        (String) r[5],
                        read((String) r[6])));
    }

    private ObjectNode diff(JsonNode before, JsonNode after) {
        ObjectNode changes = json.createObjectNode();
        TreeSet<String> fields = new TreeSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            JsonNode from = before.path(field).isMissingNode() ? NullNode.getInstance() : before.get(field);
            JsonNode to = after.path(field).isMissingNode() ? NullNode.getInstance() : after.get(field);
            if (!from.equals(to)) {
                changes.set(
                        field,
                        json.createObjectNode().<ObjectNode>set("from", from).set("to", to));
            }
        }
        return changes;
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            return json.getNodeFactory().textNode(text);
        }
    }

    private static long parse(String cursor) {
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw vn.cnnt.kit.problem.ProblemException.invalidField(
                    "pageToken", "is not a token returned by this list");
        }
    }
}
