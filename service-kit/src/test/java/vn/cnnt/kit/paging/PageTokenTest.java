package vn.cnnt.kit.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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

    @Test
    void shouldReadTheCursorOfEachKindOfKeyset() {
        UUID id = UUID.fromString("0b9a3c2e-5f1d-4c7a-9e8b-1a2b3c4d5e6f");
        assertThat(token(id.toString()).uuidCursor()).isEqualTo(id);
        assertThat(token("42").numberCursor()).isEqualTo(42);
        assertThat(token(PageRequest.DateAndId.cursor(LocalDate.of(2024, 1, 22), id))
                        .dateAndIdCursor())
                .isEqualTo(new PageRequest.DateAndId(LocalDate.of(2024, 1, 22), id));
        PageRequest first = new PageRequest(10, null);
        assertThat(first.uuidCursor()).isNull();
        assertThat(first.numberCursor()).isZero();
        assertThat(first.dateAndIdCursor()).isNull();
    }

    @Test
    void shouldRefuseAWellFormedTokenWhoseCursorIsNotThisListsKind() {
        PageRequest number = token("42");
        assertThatThrownBy(number::uuidCursor)
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("pageToken");
        assertThatThrownBy(number::dateAndIdCursor).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> token("2024-01-22").dateAndIdCursor()).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> token("b1c2").numberCursor()).isInstanceOf(ProblemException.class);
    }

    private static PageRequest token(String cursor) {
        return new PageRequest(10, PageToken.encode(cursor));
    }
}
