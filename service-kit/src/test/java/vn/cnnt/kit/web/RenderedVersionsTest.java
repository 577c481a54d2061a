package vn.cnnt.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderedVersionsTest {

    record Answer(long version, String title) {}

    private final AtomicInteger reads = new AtomicInteger();

    private Answer read(long version, String title) {
        reads.incrementAndGet();
        return new Answer(version, title);
    }

    private static String text(RenderedVersions.Rendered r) {
        return new String(r.json(), StandardCharsets.UTF_8);
    }

    @Test
    void anUnchangedRecordIsRenderedOnce() {
        RenderedVersions<String> rendered = new RenderedVersions<>(new ObjectMapper(), 1 << 20);

        RenderedVersions.Rendered first = rendered.answer("a", 1, () -> read(1, "Kế hoạch"), Answer::version);
        RenderedVersions.Rendered again = rendered.answer("a", 1, () -> read(1, "other"), Answer::version);

        assertThat(text(first)).isEqualTo("{\"version\":1,\"title\":\"Kế hoạch\"}");
        assertThat(again).isSameAs(first);
        assertThat(reads).hasValue(1);
    }

    @Test
    void anotherVersionIsReadAgainAndNeverAnsweredFromTheKeptOne() {
        RenderedVersions<String> rendered = new RenderedVersions<>(new ObjectMapper(), 1 << 20);
        rendered.answer("a", 1, () -> read(1, "old"), Answer::version);

        RenderedVersions.Rendered newer = rendered.answer("a", 2, () -> read(2, "new"), Answer::version);
        // A replica that still reads version 1 (its database read came before the change) gets version 1, read again.
        RenderedVersions.Rendered older = rendered.answer("a", 1, () -> read(1, "old"), Answer::version);

        assertThat(text(newer)).contains("\"new\"");
        assertThat(text(older)).contains("\"old\"");
        assertThat(reads).hasValue(3);
        // The newer answer stays kept: the older one never replaces it.
        assertThat(rendered.answer("a", 2, () -> read(2, "unread"), Answer::version))
                .isSameAs(newer);
    }

    @Test
    void aRecordThatChangedDuringTheReadIsKeptUnderTheVersionItWasRenderedFrom() {
        RenderedVersions<String> rendered = new RenderedVersions<>(new ObjectMapper(), 1 << 20);

        RenderedVersions.Rendered r = rendered.answer("a", 4, () -> read(5, "changed meanwhile"), Answer::version);

        assertThat(r.version()).isEqualTo(5);
        assertThat(rendered.answer("a", 5, () -> read(5, "unread"), Answer::version))
                .isSameAs(r);
        assertThat(text(rendered.answer("a", 4, () -> read(4, "v4"), Answer::version)))
                .contains("v4");
    }

    @Test
    void keepsNoMoreThanItsBound() {
        RenderedVersions<Integer> rendered = new RenderedVersions<>(new ObjectMapper(), 10_000);
        for (int i = 0; i < 1_000; i++) {
            int n = i;
            rendered.answer(n, 1, () -> read(1, "x".repeat(100)), Answer::version);
        }
        reads.set(0);
        for (int i = 0; i < 1_000; i++) {
            rendered.answer(i, 1, () -> read(1, "x".repeat(100)), Answer::version);
        }
        // About 10 000 / (96 + 124) entries fit: most of the thousand were evicted and are read again.
        assertThat(reads.get()).isGreaterThan(900);
    }

    @Test
    void aBoundOfZeroKeepsNothing() {
        RenderedVersions<String> rendered = new RenderedVersions<>(new ObjectMapper(), 0);
        rendered.answer("a", 1, () -> read(1, "t"), Answer::version);
        rendered.answer("a", 1, () -> read(1, "t"), Answer::version);
        assertThat(reads).hasValue(2);
    }
}
