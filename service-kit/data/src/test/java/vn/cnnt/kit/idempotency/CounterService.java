package vn.cnnt.kit.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.cnnt.kit.problem.ProblemException;

/** An effect worth doing once: adds to a named counter and answers its new total. */
@ApplicationScoped
public class CounterService {

    public record Added(String name, long amount, long total) {}

    private final EntityManager em;
    private final IdempotencyKeys keys;

    CounterService(EntityManager em, IdempotencyKeys keys) {
        this.em = em;
        this.keys = keys;
    }

    @Transactional
    @Idempotent("add-to-counter")
    public Added add(String name, @IdempotencyKey String key, long amount) {
        long total = ((Number) em.createNativeQuery("""
                        INSERT INTO test_counter (name, total) VALUES (:n, :a)
                        ON CONFLICT (name) DO UPDATE SET total = test_counter.total + :a RETURNING total
                        """)
                        .setParameter("n", name)
                        .setParameter("a", amount)
                        .getSingleResult())
                .longValue();
        return new Added(name, amount, total);
    }

    /**
     * Adds only while the total stays within {@code cap}, as an approval commits money on an allocation: the answer is
     * stored first, and the conditional write that others would queue on is the last statement.
     */
    @Transactional
    @Idempotent("add-to-capped-counter")
    public Added addCapped(String name, @IdempotencyKey String key, long amount, long cap) {
        Added answer = new Added(name, amount, total(name) + amount);
        keys.answerNow(answer);
        int written = em.createNativeQuery("""
                        INSERT INTO test_counter (name, total) SELECT :n, :a WHERE :a <= :cap
                        ON CONFLICT (name) DO UPDATE SET total = test_counter.total + :a
                        WHERE test_counter.total + :a <= :cap
                        """)
                .setParameter("n", name)
                .setParameter("a", amount)
                .setParameter("cap", cap)
                .executeUpdate();
        if (written == 0) {
            throw ProblemException.invalidField("amount", "would take the counter over " + cap);
        }
        return answer;
    }

    @Transactional
    public long total(String name) {
        Number total = (Number) em.createNativeQuery("SELECT COALESCE(SUM(total), 0) FROM test_counter WHERE name = :n")
                .setParameter("n", name)
                .getSingleResult();
        return total.longValue();
    }
}
