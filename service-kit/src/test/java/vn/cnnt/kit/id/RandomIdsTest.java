package vn.cnnt.kit.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomIdsTest {

    @Test
    void shouldMakeVersion4UuidsOfTheIetfVariant() {
        for (int i = 0; i < 1_000; i++) {
            UUID id = RandomIds.next();
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(UUID.fromString(id.toString())).isEqualTo(id);
        }
    }

    @Test
    void shouldNeverRepeatAcrossThreads() {
        Set<UUID> seen = ConcurrentHashMap.newKeySet();

        IntStream.range(0, 200_000).parallel().forEach(i -> seen.add(RandomIds.next()));

        assertThat(seen).hasSize(200_000);
    }

    @Test
    void shouldSpreadItsRandomBitsEvenly() {
        int n = 20_000;
        int[] ones = new int[128];
        for (int i = 0; i < n; i++) {
            UUID id = RandomIds.next();
            for (int bit = 0; bit < 64; bit++) {
                ones[bit] += (int) ((id.getMostSignificantBits() >>> bit) & 1);
                ones[64 + bit] += (int) ((id.getLeastSignificantBits() >>> bit) & 1);
            }
        }
        for (int bit = 0; bit < 128; bit++) {
            boolean fixed = (bit >= 12 && bit < 16) || bit == 126 || bit == 127; // version and variant
            if (!fixed) {
                assertThat(ones[bit]).as("bit %d", bit).isBetween(n / 2 - 600, n / 2 + 600);
            }
        }
    }
}
