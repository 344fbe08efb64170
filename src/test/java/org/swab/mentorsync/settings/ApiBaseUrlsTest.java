package org.swab.mentorsync.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiBaseUrlsTest {

    @ParameterizedTest
    @CsvSource({
        "https://api.jotform.com, https://api.jotform.com/, true",
        "https://api.givebutter.com/v1, https://API.givebutter.com:443/v2, true",
        "http://localhost:8089, http://localhost:8089/v1, true",
        "https://api.jotform.com, https://eu-api.jotform.com, false",
        "https://localhost, http://localhost, false",
        "http://localhost:8089, http://localhost:8090, false",
        "http://localhost, http://127.0.0.1, false",
        "https://api.jotform.com, not a url, false"
    })
    void the_origin_is_scheme_host_and_port_and_nothing_else(String first, String second, boolean same) {
        assertThat(ApiBaseUrls.sameOrigin(first, second)).isEqualTo(same);
    }
}
