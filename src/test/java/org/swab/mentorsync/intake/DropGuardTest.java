package org.swab.mentorsync.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.swab.mentorsync.base.StepFailedException;

class DropGuardTest {

    @ParameterizedTest(name = "{1} of {0} dropped at {2} allowed")
    @CsvSource(textBlock = """
            0,    0,   0.10
            20,   0,   0.10
            20,   2,   0.10
            555,  55,  0.10
            30,   3,   0.10
            100,  29,  0.29
            7,    1,   0.15
            """)
    void drops_up_to_the_allowed_share_pass(int active, int dropping, BigDecimal share) {
        assertThatCode(() -> new DropGuard(share).check(active, dropping)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{1} of {0} dropped at {2} allowed: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            555 | 120 | 0.10 | This run would drop 120 of 555 active mentors (21.6 %), more than the 10 % allowed
            20  | 3   | 0.10 | This run would drop 3 of 20 active mentors (15 %), more than the 10 % allowed
            7   | 1   | 0.10 | This run would drop 1 of 7 active mentors (14.3 %), more than the 10 % allowed
            10  | 10  | 0.5  | This run would drop 10 of 10 active mentors (100 %), more than the 50 % allowed
            """)
    void more_drops_are_refused_with_the_counts_in_words(int active, int dropping, BigDecimal share, String says) {
        assertThatThrownBy(() -> new DropGuard(share).check(active, dropping))
                .isInstanceOfSatisfying(
                        StepFailedException.class, e -> assertThat(e.reason()).contains(EtlService.DROP_GUARD))
                .hasMessage(says + "; nothing was changed. Confirm on the Sync page if they really left.");
    }
}
