package org.swab.mentorsync.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.swab.mentorsync.support.ApiClient;
import org.swab.mentorsync.support.IntegrationTest;

/** Without the demo profile nothing under /demo-api answers, not even to the logged-in admin. */
@IntegrationTest
class DemoApiAbsentIT {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/demo-api/settings",
                "/demo-api/givebutter/export.csv",
                "/demo-api/jotform/user",
                "/demo-api/givebutter/campaigns"
            })
    void a_logged_in_admin_gets_404_for_a_demo_path(String path) {
        ApiClient api = new ApiClient(port);

        assertThat(api.get(path).statusCode()).isEqualTo(404);
        assertThat(api.send(api.request(path)
                                .header("APIKEY", DemoApiServers.JOTFORM_KEY)
                                .header("Authorization", "Bearer " + DemoApiServers.GIVEBUTTER_KEY)
                                .build())
                        .statusCode())
                .isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/demo-api/restart", "/demo-api/givebutter/import"})
    void a_demo_post_gets_404_too(String path) {
        ApiClient api = new ApiClient(port);

        assertThat(api.send(api.request(path)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build())
                        .statusCode())
                .isEqualTo(404);
        assertThat(URI.create(path).getPath()).startsWith("/demo-api/");
    }
}
