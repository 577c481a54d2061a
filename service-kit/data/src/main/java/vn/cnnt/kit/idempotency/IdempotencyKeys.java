package vn.cnnt.kit.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    /** The {@link Idempotent} call in progress on this thread, if any: its key, and the answer stored for it so far. */
    private static final ThreadLocal<Call> CALL = new ThreadLocal<>();

    static final class Call {
        final String caller;
        final String key;
        final Call outer;
        Object answered;

        Call(String caller, String key, Call outer) {
            this.caller = caller;
            this.key = key;
            this.outer = outer;
        }
    }

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

    /**
     * Stores the answer of the {@link Idempotent} call running on this thread now, in its transaction, rather than
     * after the method returns; the method then returns this same object. For a method whose last statement locks a
     * row that concurrent calls queue on (an allocation that approvals commit money on): they then wait for that
     * statement and the commit, not for this write too. A call that fails after it stores nothing, like any other
     * (the transaction rolls back). Outside a keyed call it does nothing; inside one it stores for the innermost keyed
     * call, which stores its own answer again if it returns another object.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answerNow(Object answer) {
        Call call = CALL.get();
        if (call != null) {
            complete(call, answer);
        }
    }

    Call begin(String caller, String key) {
        Call call = new Call(caller, key, CALL.get());
        CALL.set(call);
        return call;
    }

    void end(Call call) {
        if (call.outer == null) {
            CALL.remove();
        } else {
            CALL.set(call.outer);
        }
    }

    /** Stores the call's answer, unless this very object was already stored by {@link #answerNow}. */
    void completeUnlessAnswered(Call call, Object answer) {
        if (call.answered != answer) {
            complete(call, answer);
        }
    }

    private void complete(Call call, Object answer) {
        em.createNativeQuery("""
                UPDATE kit_idempotency SET response_body = CAST(:b AS jsonb)
                WHERE caller = :c AND idempotency_key = :k
                """)
                .setParameter("b", json(answer))
                .setParameter("c", call.caller)
                .setParameter("k", call.key)
                .executeUpdate();
        call.answered = answer;
    }

    String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + value.getClass(), e);
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
