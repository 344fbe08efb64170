package org.swab.mentorsync.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.swab.mentorsync.base.crypto.SecretCipher;
import org.swab.mentorsync.support.ApiClient;
import org.swab.mentorsync.support.DatabaseCleaner;
import org.swab.mentorsync.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Stored keys this master key cannot open: a readable 409 at runtime, a refused start at startup. */
@IntegrationTest
class UnreadableKeysIT {

    @LocalServerPort
    int port;

    @Autowired
    SyncConfigService configService;

    @Autowired
    SyncConfigRepository configs;

    @Autowired
    SecretCipher cipher;

    @Autowired
    DatabaseCleaner cleaner;

    @Autowired
    JdbcTemplate jdbc;

    final JsonMapper json = JsonMapper.builder().build();
    ApiClient api;

    @BeforeEach
    void keysStored() {
        api = new ApiClient(port);
        cleaner.clean();
        configService.updateApiSettings(new ApiSettings(
                "jf-key-0123456789abcdef",
                "https://api.jotform.com",
                "1",
                "2",
                "gb-key-0123456789abcdef",
                "https://api.givebutter.com/v1",
                "CQVG3W",
                false,
                6));
    }

    @AfterEach
    void noUnreadableKeysLeftForTheNextStart() {
        cleaner.clean();
    }

    @Test
    void test_keys_answers_409_with_a_message_when_a_stored_key_is_garbage() {
        jdbc.update("update sync_config set jotform_api_key = 'garbage'");

        HttpResponse<String> response = api.postJson("/api/sync/test-keys", "{}");

        assertThat(response.statusCode()).isEqualTo(409);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("error").asString()).isEqualTo("key_unreadable");
        assertThat(body.path("message").asString())
                .isEqualTo("The stored Jotform API key is not in the encrypted "
                        + "form Mentor Sync writes. Enter the key again in Settings to replace it.");
    }

    @Test
    void discovery_answers_409_when_a_stored_key_was_encrypted_with_another_master_key() {
        jdbc.update(
                "update sync_config set givebutter_api_key = ?",
                SecretCipher.withMasterKey("another master key").encrypt("gb-key-0123456789abcdef"));

        HttpResponse<String> response = api.postJson("/api/sync/discover-givebutter", "{}");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json.readTree(response.body()).path("message").asString())
                .startsWith("The stored Givebutter API key cannot be decrypted with the master key in the key file")
                .doesNotContain("gb-key");
    }

    @Test
    void the_start_is_refused_when_the_master_key_that_stored_the_keys_is_not_there() {
        StoredKeysCheck withAnotherMasterKey =
                new StoredKeysCheck(jdbc, SecretCipher.withMasterKey("a new key, the old one removed"));

        assertThatThrownBy(withAnotherMasterKey::afterSingletonsInstantiated)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Mentor Sync did not start: The stored Jotform API key cannot be decrypted with this "
                        + "master key (was MENTORSYNC_SECRET_KEY or the key file changed?).");
    }

    @Test
    void the_start_goes_on_when_the_stored_keys_decrypt() {
        assertThatCode(new StoredKeysCheck(jdbc, cipher)::afterSingletonsInstantiated)
                .doesNotThrowAnyException();
    }
}
