package org.swab.mentorsync.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailNormalizerTest {

    @Test
    void emails_are_lower_cased_and_trimmed() {
        assertThat(EmailNormalizer.normalize("  Ann.Lee@UGA.edu \t")).contains("ann.lee@uga.edu");
    }

    @Test
    void text_without_an_at_sign_is_not_an_email() {
        assertThat(EmailNormalizer.normalize("n/a")).isEmpty();
        assertThat(EmailNormalizer.normalize(null)).isEmpty();
        assertThat(EmailNormalizer.normalize("@x.org")).isEmpty();
    }
}
