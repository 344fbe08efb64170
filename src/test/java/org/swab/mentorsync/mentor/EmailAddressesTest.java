package org.swab.mentorsync.mentor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    @Test
    void emails_are_lower_cased_and_trimmed() {
        assertThat(EmailAddresses.normalize("  Ann.Lee@UGA.edu \t")).contains("ann.lee@uga.edu");
    }

    @Test
    void text_without_an_at_sign_is_not_an_email() {
        assertThat(EmailAddresses.normalize("n/a")).isEmpty();
        assertThat(EmailAddresses.normalize(null)).isEmpty();
        assertThat(EmailAddresses.normalize("@x.org")).isEmpty();
    }
}
