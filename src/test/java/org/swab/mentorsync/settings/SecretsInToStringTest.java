package org.swab.mentorsync.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.swab.mentorsync.base.crypto.CryptoProperties;
import org.swab.mentorsync.givebutter.GivebutterConnection;
import org.swab.mentorsync.jotform.JotformConnection;

class SecretsInToStringTest {

    static final String KEY = "jf-plain-key-0123456789";
    static final String ENCRYPTED = "v1:c2VjcmV0LWNpcGhlcnRleHQ=";

    @Test
    void no_settings_record_prints_a_key_or_an_encrypted_key() {
        assertThat(new ApiSettings(
                                KEY,
                                "https://api.jotform.com",
                                "1",
                                "2",
                                KEY,
                                "https://api.givebutter.com/v1",
                                "CQVG3W",
                                false,
                                6)
                        .toString())
                .doesNotContain(KEY)
                .contains("https://api.jotform.com");
        assertThat(new SyncTargets(
                                "https://api.jotform.com",
                                ENCRYPTED,
                                "1",
                                "2",
                                "https://api.givebutter.com/v1",
                                ENCRYPTED,
                                "CQVG3W")
                        .toString())
                .doesNotContain(ENCRYPTED)
                .contains("keys hidden");
        assertThat(new JotformConnection("https://api.jotform.com", ENCRYPTED).toString())
                .doesNotContain(ENCRYPTED);
        assertThat(new GivebutterConnection("https://api.givebutter.com/v1", ENCRYPTED).toString())
                .doesNotContain(ENCRYPTED);
        assertThat(new CryptoProperties(KEY, Path.of("data/secret.key")).toString())
                .doesNotContain(KEY);
    }
}
