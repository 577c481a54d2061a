package vn.cnnt.kit.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** An effect worth doing once: adds to a named counter and answers its new total. */
@ApplicationScoped
public class CounterService {

    public record Added(String name, long amount, long total) {}

    private final EntityManager em;

    CounterService(EntityManager em) {
        this.em = em;
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

    @Transactional
    public long total(String name) {
        Number total = (Number) em.createNativeQuery("SELECT COALESCE(SUM(total), 0) FROM test_counter WHERE name = :n")
                .setParameter("n", name)
                .getSingleResult();
        return total.longValue();
    }
}
