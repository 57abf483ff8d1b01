package se.lotsen.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailuresTest {
    @Test
    void anExceptionWithoutAMessageIsNamedByItsTypeAndItsCausesFollow() {
        RuntimeException failure = new IllegalStateException(null, new NullPointerException());

        assertThat(Failures.describe(failure)).isEqualTo("IllegalStateException (caused by NullPointerException)")
                .doesNotContain("null");
        assertThat(Failures.describe(new IllegalArgumentException("no such service: X"))).isEqualTo("no such service: X");
    }
}
