package org.swab.mentorsync.givebutter;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.swab.mentorsync.base.crypto.SecretCipher;
import org.swab.mentorsync.base.http.ApiException;
import org.swab.mentorsync.base.http.ApiFailure;
import org.swab.mentorsync.base.http.HttpTestSupport;
import org.swab.mentorsync.sync.fake.FakeApis;
import org.swab.mentorsync.sync.fake.FakeMember;
import org.swab.mentorsync.sync.fake.Fixtures;
import tools.jackson.databind.json.JsonMapper;

class GivebutterClientTest {

    final FakeApis apis = new FakeApis();
    final SecretCipher cipher = SecretCipher.withMasterKey("test master key");
    final GivebutterClient client =
            new GivebutterClient(HttpTestSupport.fastCaller(), cipher, new GivebutterProperties(100, 500));

    @AfterEach
    void stop() {
        apis.close();
    }

    GivebutterConnection connection(String key) {
        return new GivebutterConnection(apis.givebutterBaseUrl(), cipher.encrypt(key));
    }

    @Test
    void the_campaign_is_found_by_its_code_on_the_second_page() {
        apis.serveMembers(List.of());

        GivebutterCampaign campaign = client.findCampaign(connection(FakeApis.GIVEBUTTER_KEY), "cqvg3w");

        assertThat(campaign.id()).isEqualTo(4821);
        assertThat(campaign.code()).isEqualTo("CQVG3W");
        apis.server()
                .verify(getRequestedFor(urlPathEqualTo("/v1/campaigns"))
                        .withQueryParam("page", equalTo("2"))
                        .withHeader("Authorization", equalTo("Bearer " + FakeApis.GIVEBUTTER_KEY)));
    }

    @Test
    void members_are_read_to_the_last_page_with_ids_as_numbers_or_strings() {
        List<FakeMember> members = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            members.add(new FakeMember(
                    880000 + i,
                    "Ruby",
                    "Nguyen",
                    "r" + i + "@x.org",
                    "+1770523" + (1000 + i),
                    i % 3 == 0 ? 80 : 12.5,
                    i % 2 == 0));
        }
        apis.serveMembers(members);

        GivebutterMembers result = client.fetchMembers(connection(FakeApis.GIVEBUTTER_KEY), "CQVG3W");

        assertThat(result.members()).hasSize(250);
        assertThat(result.pages()).isEqualTo(3);
        assertThat(result.skipped()).isZero();
        assertThat(result.members()).extracting(GivebutterMember::id).contains(880000L, 880001L, 880249L);
        assertThat(result.members().get(1).raised()).isEqualByComparingTo(new BigDecimal("12.5"));
    }

    @Test
    void the_fixture_page_with_string_and_number_ids_parses() {
        var page = JsonMapper.builder().build().readTree(Fixtures.read("givebutter-members-page1.json"));
        List<Long> ids = new ArrayList<>();
        page.path("data").forEach(node -> ids.add(GivebutterJson.id(node).orElseThrow()));

        assertThat(ids).containsExactly(880022L, 880028L, 880049L);
    }

    @Test
    void an_unknown_campaign_code_says_so() {
        apis.serveMembers(List.of());

        assertThatThrownBy(() -> client.fetchMembers(connection(FakeApis.GIVEBUTTER_KEY), "NOPE"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ApiFailure.NOT_FOUND);
                    assertThat(e.getMessage()).contains("no campaign with the code NOPE");
                });
    }

    @Test
    void a_wrong_key_is_rejected_with_a_clear_message() {
        apis.serveMembers(List.of());

        assertThatThrownBy(() -> client.fetchMembers(connection("bad-key-000000"), "CQVG3W"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.getMessage())
                                .isEqualTo("The Givebutter API key was rejected. Check it in Settings."));
    }
}
