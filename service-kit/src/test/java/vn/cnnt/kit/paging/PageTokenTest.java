package vn.cnnt.kit.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cnnt.kit.problem.ProblemException;

class PageTokenTest {

    @Test
    void shouldRoundTripACursor() {
        assertThat(PageToken.decode(PageToken.encode("2024-01-22|b1c2"))).isEqualTo("2024-01-22|b1c2");
    }

    @Test
    void shouldRefuseATokenItDidNotIssue() {
        assertThatThrownBy(() -> PageToken.decode("not-a-token")).isInstanceOf(ProblemException.class);
    }

    @Test
    void shouldPointAfterTheLastShownRowOnlyWhenMoreExist() {
        PageRequest two = new PageRequest(2, null);
        Page<String> first = Page.of(List.of("a", "b", "c"), two, s -> s, String::toUpperCase);
        assertThat(first.items()).containsExactly("A", "B");
        assertThat(PageToken.decode(first.nextPageToken())).isEqualTo("b");
        assertThat(Page.of(List.of("c"), two, s -> s, s -> s).nextPageToken()).isNull();
    }
}
