package org.swab.mentorsync.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyncConfigRequestTest {

    @Test
    void the_request_never_prints_its_keys() {
        SyncConfigRequest request = new SyncConfigRequest(
                "jf-plain-key-0123456789",
                "https://api.jotform.com",
                null,
                null,
                "gb-plain-key-9876543210",
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(request.toString()).doesNotContain("jf-plain-key").doesNotContain("gb-plain-key");
    }
}
