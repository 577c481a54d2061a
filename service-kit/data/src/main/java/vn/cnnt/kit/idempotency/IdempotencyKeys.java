package vn.cnnt.kit.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.cnnt.kit.problem.ProblemType;

/**
 * The store behind {@link Idempotent}: one row per caller and key, claimed in the transaction of the effect. The key row is inserted first, in the same
 * transaction as the effect: a concurrent retry waits on the row's unique index until the first request
 * commits (then replays its response) or rolls back (then runs itself). A failed request stores nothing.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    private final EntityManager em;

    IdempotencyKeys(EntityManager em) {
        this.em = em;
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

    private static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
