package vn.cnnt.kit.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.cnnt.kit.problem.ProblemException;
import vn.cnnt.kit.problem.ProblemType;

class ETagsTest {

    @Test
    void shouldRequireIfMatch() {
        assertThatThrownBy(() -> ETags.requireMatch(null, 3))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.type())
                                .isEqualTo(ProblemType.PRECONDITION_REQUIRED));
    }

    @Test
    void shouldRefuseAStaleVersion() {
        assertThatThrownBy(() -> ETags.requireMatch("\"2\"", 3))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.type())
                                .isEqualTo(ProblemType.PRECONDITION_FAILED));
    }

    @Test
    void shouldAcceptTheCurrentVersionByStrongComparison() {
        assertThatCode(() -> ETags.requireMatch("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("\"1\", \"3\"", 3)).doesNotThrowAnyException();
    }

    @Test
    void shouldNeverMatchAWeakTag() {
        assertThatThrownBy(() -> ETags.requireMatch("W/\"3\"", 3))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.type())
                                .isEqualTo(ProblemType.PRECONDITION_FAILED));
        assertThatThrownBy(() -> ETags.requireMatch("W/\"0\"", 0)).isInstanceOf(ProblemException.class);
    }

    @Test
    void shouldRefuseTheWildcardWhereAVersionIsRequired() {
        assertThatThrownBy(() -> ETags.requireMatch("*", 3))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.type())
                                .isEqualTo(ProblemType.PRECONDITION_REQUIRED));
        assertThatThrownBy(() -> ETags.requireMatch("\"3\", *", 3)).isInstanceOf(ProblemException.class);
    }
}
