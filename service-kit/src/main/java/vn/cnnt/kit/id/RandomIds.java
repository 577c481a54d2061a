package vn.cnnt.kit.id;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random (version 4) UUIDs, as unpredictable as {@link UUID#randomUUID()}, without its lock. The JDK's method draws
 * from one shared {@code NativePRNG} whose lock every thread takes: at 64 clients funding-service's threads waited on
 * it 65 times in ten seconds, for up to 38 ms, event loops among them (request ids). Here each thread draws from a
 * {@code SecureRandom} of its own (DRBG, seeded from the system once per thread).
 */
public final class RandomIds {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(RandomIds::newRandom);

    private RandomIds() {}

    /** A new random UUID (version 4, IETF variant). */
    public static UUID next() {
        byte[] b = new byte[16];
        RANDOM.get().nextBytes(b);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (b[i] & 0xff);
            lsb = (lsb << 8) | (b[i + 8] & 0xff);
        }
        return new UUID(msb, lsb);
    }

    private static SecureRandom newRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no DRBG SecureRandom", e);
        }
    }
}
