package org.swab.mentorsync.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiSettingsValidatorTest {

    static final Set<String> EXTRA_HOSTS = Set.of("localhost", "127.0.0.1");

    static Map<String, String> errors(String jotformBaseUrl, String givebutterBaseUrl) {
        return ApiSettingsValidator.validate(
                new ApiSettings(null, jotformBaseUrl, null, null, null, givebutterBaseUrl, null, false, 6),
                EXTRA_HOSTS);
    }

    @ParameterizedTest
    @CsvSource({
        "https://api.jotform.com, https://api.givebutter.com/v1",
        "https://eu-api.jotform.com/, https://API.givebutter.com/v1",
        "https://hipaa-api.jotform.com:443, https://api.givebutter.com:443/v1",
        "http://localhost:8089, http://127.0.0.1:8089/v1",
        "https://localhost, https://127.0.0.1/v1"
    })
    void the_vendors_hosts_over_https_and_the_extra_hosts_over_either_are_accepted(String jotform, String givebutter) {
        assertThat(errors(jotform, givebutter)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://anything.invalid | anything.invalid is not a Jotform API host: use https://api.jotform.com, "
                        + "https://eu-api.jotform.com, https://hipaa-api.jotform.com",
                "https://api.jotform.com.evil.example | api.jotform.com.evil.example is not a Jotform API host: use "
                        + "https://api.jotform.com, https://eu-api.jotform.com, https://hipaa-api.jotform.com",
                "http://api.jotform.com | Jotform is called over https only: https://api.jotform.com, "
                        + "https://eu-api.jotform.com, https://hipaa-api.jotform.com",
                "https://api.jotform.com:8443 | Jotform is called over https only: https://api.jotform.com, "
                        + "https://eu-api.jotform.com, https://hipaa-api.jotform.com",
                "https://user@api.jotform.com | Must be an http(s) URL",
                "https://api.jotform.com?next=x | Must be an http(s) URL",
                "ftp://localhost | Must be an http(s) URL",
                "api.jotform.com | Must be an http(s) URL"
            })
    void any_other_jotform_base_url_is_refused_with_a_reason(String url, String message) {
        assertThat(errors(url, "https://api.givebutter.com/v1"))
                .containsExactly(Map.entry("jotform_base_url", message));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "http://api.givebutter.com/v1 | Givebutter is called over https only: https://api.givebutter.com",
                "https://api.jotform.com | api.jotform.com is not a Givebutter API host: "
                        + "use https://api.givebutter.com",
                "https://10.0.0.5/v1 | 10.0.0.5 is not a Givebutter API host: use https://api.givebutter.com"
            })
    void a_givebutter_base_url_must_name_givebutter_or_an_extra_host(String url, String message) {
        assertThat(errors("https://api.jotform.com", url)).containsExactly(Map.entry("givebutter_base_url", message));
    }
}
