package vn.cnnt.kit.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.problem.ProblemType;

/**
 * The store behind {@link Idempotent}: one row per caller and key, claimed in the transaction of the effect.
 * Idempotency-Key for POSTs that create or move money. The key row is inserted first, in the same
 * transaction as the effect: a concurrent retry waits on the row's unique index until the first request
 * commits (then replays its response) or rolls back (then runs itself). A failed request stores nothing.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    private final EntityManager em;
    private final ObjectMapper json;

    IdempotencyKeys(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * Claims {@code key} for this request, or returns the stored result of the earlier request that holds it.
     * Waits while another transaction holds the key. 422 when the key was used with another fingerprint.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String claim(String caller, String key, String operation, String fingerprint) {
        String hash = hash(fingerprint);
        int inserted = em.createNativeQuery("""
                INSERT INTO kit_idempotency (caller, idempotency_key, operation, request_hash, response_status)
                VALUES (:c, :k, :o, :h, 200) ON CONFLICT DO NOTHING
                """)
                .setParameter("c", caller)
                .setParameter("k", key)
                .setParameter("o", operation)
                .setParameter("h", hash)
                .executeUpdate();
        if (inserted == 1) {
            return null;
        }
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT request_hash, CAST(response_body AS text) FROM kit_idempotency
                WHERE caller = :c AND idempotency_key = :k
                """)
                .setParameter("c", caller)
                .setParameter("k", key)
                .getSingleResult();
        if (!hash.equals(row[0])) {
            throw ProblemType.IDEMPOTENCY_KEY_REUSED.exception(
                    "Idempotency-Key '" + key + "' was used for a different request; use a new key");
        }
        return (String) row[1];
    }

    /** Stores the result of the request that claimed {@code key}, in its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String caller, String key, String resultJson) {
        em.createNativeQuery("""
                UPDATE kit_idempotency SET response_body = CAST(:b AS jsonb)
                WHERE caller = :c AND idempotency_key = :k
                """)
                .setParameter("b", resultJson)
                .setParameter("c", caller)
                .setParameter("k", key)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Response once(String caller, String key, String operation, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalidField(HEADER, "must be 1 to 200 characters");
        }
        String hash = hash(operation + "\n" + write(request));
        int inserted = em.createNativeQuery("""
                INSERT INTO kit_idempotency (caller, idempotency_key, operation, request_hash, response_status)
                VALUES (:c, :k, :o, :h, 0) ON CONFLICT DO NOTHING
                """)
                .setParameter("c", caller)
                .setParameter("k", key)
                .setParameter("o", operation)
                .setParameter("h", hash)
                .executeUpdate();
        if (inserted == 0) {
            return replay(caller, key, hash);
        }
        Response response = action.get();
        em.createNativeQuery("""
                UPDATE kit_idempotency SET response_status = :s, response_body = CAST(:b AS jsonb), response_etag = :e,
                       response_location = :l WHERE caller = :c AND idempotency_key = :k
                """)
                .setParameter("s", response.getStatus())
                .setParameter("b", response.getEntity() == null ? null : write(response.getEntity()))
                .setParameter(
                        "e",
                        response.getEntityTag() == null
                                ? null
                                : response.getEntityTag().getValue())
                .setParameter(
                        "l",
                        response.getLocation() == null
                                ? null
                                : response.getLocation().toString())
                .setParameter("c", caller)
                .setParameter("k", key)
                .executeUpdate();
        return response;
    }

    private Response replay(String caller, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT request_hash, response_status, CAST(response_body AS text), response_etag, response_location
                FROM kit_idempotency WHERE caller = :c AND idempotency_key = :k
                """)
                .setParameter("c", caller)
                .setParameter("k", key)
                .getResultList();
        Object[] row = rows.getFirst();
        if (!hash.equals(row[0])) {
            throw ProblemType.IDEMPOTENCY_KEY_REUSED.exception(
                    "Idempotency-Key '" + key + "' was used for a different request; use a new key");
        }
        Response.ResponseBuilder replay = Response.status((Integer) row[1]).header("Idempotent-Replayed", "true");
        if (row[2] != null) {
            replay.entity(row[2]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (row[3] != null) {
            replay.tag((String) row[3]);
        }
        if (row[4] != null) {
            replay.location(URI.create((String) row[4]));
        }
        return replay.build();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
