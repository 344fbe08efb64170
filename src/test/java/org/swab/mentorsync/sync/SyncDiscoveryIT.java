package org.swab.mentorsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.swab.mentorsync.settings.ApiSettings;
import org.swab.mentorsync.settings.SyncConfigService;
import org.swab.mentorsync.support.ApiClient;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;
import org.swab.mentorsync.sync.fake.FakeApis;

@IntegrationTest
class SyncDiscoveryIT {

    static final FakeApis APIS = new FakeApis();

    @LocalServerPort
    int port;

    @Autowired
    SyncConfigService configService;

    @Autowired
    DatabaseCleaner cleaner;

    ApiClient api;

    @AfterAll
    static void stopFake() {
        APIS.close();
    }

    @BeforeEach
    void configured() {
        api = new ApiClient(port);
        cleaner.clean();
        APIS.reset();
        APIS.serveUser();
        APIS.serveForms();
        APIS.serveMembers(List.of());
        configService.updateApiSettings(APIS.settings());
    }

    @Test
    void test_keys_says_both_keys_work_and_whose_they_are() {
        HttpResponse<String> response = api.postJson("/api/sync/test-keys", "{}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"ok\":true")
                .contains("account swab")
                .contains("The Givebutter API key works (21 campaigns)")
                .doesNotContain("\"ok\":false");
    }

    @Test
    void a_rejected_key_is_reported_without_the_key_itself() {
        configService.updateApiSettings(new ApiSettings(
                "jf-wrong-key-123456",
                APIS.jotformBaseUrl(),
                "1",
                "2",
                null,
                APIS.givebutterBaseUrl(),
                FakeApis.CAMPAIGN_CODE,
                false,
                6));

        HttpResponse<String> response = api.postJson("/api/sync/test-keys", "{}");

        assertThat(response.body())
                .contains("\"ok\":false")
                .contains("Jotform API key was rejected")
                .doesNotContain("jf-wrong-key");
    }

    @Test
    void discovery_lists_the_jotform_forms_and_the_givebutter_campaigns_of_every_page() {
        assertThat(api.postJson("/api/sync/discover-jotform", "{}").body())
                .contains("\"id\":\"250685983663169\"")
                .contains("\"title\":\"Mentor Sign Up 2026\"");
        assertThat(api.postJson("/api/sync/discover-givebutter", "{}").body())
                .contains("\"code\":\"CQVG3W\"")
                .contains("\"code\":\"OTHER0\"");
    }

    @Test
    void discovery_without_a_stored_key_answers_400_with_what_is_missing() {
        cleaner.clean();

        HttpResponse<String> response = api.postJson("/api/sync/discover-jotform", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Store the Jotform API key first");
    }
}
