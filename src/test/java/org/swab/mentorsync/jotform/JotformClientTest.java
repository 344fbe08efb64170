package org.swab.mentorsync.jotform;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.swab.mentorsync.base.crypto.SecretCipher;
import org.swab.mentorsync.base.http.ApiException;
import org.swab.mentorsync.base.http.ApiFailure;
import org.swab.mentorsync.base.http.HttpTestSupport;
import org.swab.mentorsync.sync.fake.FakeApis;
import org.swab.mentorsync.sync.fake.FakeSignup;
import org.swab.mentorsync.sync.fake.JotformJsonShapes;

class JotformClientTest {

    final FakeApis apis = new FakeApis();
    final SecretCipher cipher = SecretCipher.withMasterKey("test master key");
    final JotformProperties properties = new JotformProperties(
            1000,
            200,
            new JotformProperties.SignupFieldNames(
                    "fullName",
                    "mnPhone",
                    "ugaEmail",
                    "personalEmail",
                    "mnid",
                    "ugaClass",
                    "shirtSize",
                    "gender",
                    "shiftPreference",
                    "partnerPreference"));
    final JotformClient client = new JotformClient(HttpTestSupport.fastCaller(), cipher, properties);

    @AfterEach
    void stop() {
        apis.close();
    }

    JotformConnection connection(String key) {
        return new JotformConnection(apis.jotformBaseUrl(), cipher.encrypt(key));
    }

    @Test
    void submissions_are_paged_by_offset_until_a_short_page() {
        List<FakeSignup> signups = new ArrayList<>();
        for (int i = 0; i < 2345; i++) {
            signups.add(FakeSignup.of(
                    String.valueOf(250000000000000L + i),
                    "2026-08-01 10:00:00",
                    "Emma",
                    "Garcia",
                    "(404) 863-" + String.format("%04d", i),
                    "MN" + i));
        }
        apis.serveSignups(signups);

        JotformSubmissions result =
                client.fetchSubmissions(connection(FakeApis.JOTFORM_KEY), JotformJsonShapes.SIGNUP_FORM);

        assertThat(result.submissions()).hasSize(2345);
        assertThat(result.pages()).isEqualTo(3);
        assertThat(result.limitLeft()).isEqualTo(9978);
        assertThat(result.submissions().getLast().id()).isEqualTo("250000000002344");
        apis.server()
                .verify(
                        3,
                        getRequestedFor(urlPathEqualTo("/form/" + JotformJsonShapes.SIGNUP_FORM + "/submissions"))
                                .withHeader("APIKEY", equalTo(FakeApis.JOTFORM_KEY))
                                .withQueryParam("limit", equalTo("1000"))
                                .withQueryParam("apiKey", absent()));
    }

    @Test
    void an_exact_multiple_of_the_page_size_ends_on_the_empty_page_after_it() {
        List<FakeSignup> signups = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            signups.add(FakeSignup.of(
                    String.valueOf(250000000000000L + i),
                    "2026-08-01 10:00:00",
                    "Mia",
                    "Smith",
                    "(770) 354-" + String.format("%04d", i),
                    "MN" + i));
        }
        apis.serveSignups(signups);

        JotformSubmissions result =
                client.fetchSubmissions(connection(FakeApis.JOTFORM_KEY), JotformJsonShapes.SIGNUP_FORM);

        assertThat(result.submissions()).hasSize(1000);
        assertThat(result.pages()).isEqualTo(2);
    }

    @Test
    void a_wrong_key_is_rejected_with_a_clear_message() {
        apis.serveSignups(List.of());

        assertThatThrownBy(() -> client.fetchSubmissions(connection("wrong-key-123456"), "1"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.failure()).isEqualTo(ApiFailure.KEY_REJECTED);
                    assertThat(e.getMessage()).isEqualTo("The Jotform API key was rejected. Check it in Settings.");
                });
    }

    @Test
    void the_key_test_and_form_discovery_read_the_real_shapes() {
        apis.serveUser();
        apis.server()
                .stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/user/forms"))
                        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                                org.swab.mentorsync.sync.fake.Fixtures.read("jotform-user-forms.json"))));

        assertThat(client.testKey(connection(FakeApis.JOTFORM_KEY)).username()).isEqualTo("swab");
        assertThat(client.listForms(connection(FakeApis.JOTFORM_KEY)))
                .extracting(JotformForm::id, JotformForm::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("250685983663169", 1183),
                        org.assertj.core.groups.Tuple.tuple("250754977634066", 860));
    }
}
