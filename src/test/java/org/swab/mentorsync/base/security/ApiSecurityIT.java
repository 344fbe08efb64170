package org.swab.mentorsync.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.swab.mentorsync.support.IntegrationTest;

@IntegrationTest
class ApiSecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void api_without_credentials_answers_401_json_instead_of_a_login_page() throws Exception {
        HttpResponse<String> response = http.send(get("/api/sync/config").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"error\":\"unauthorized\"");
    }

    @Test
    void api_with_a_wrong_password_answers_401() throws Exception {
        HttpResponse<String> response = http.send(get("/api/sync/config")
                .header("Authorization", basic(IntegrationTest.ADMIN_USERNAME, "wrong")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void api_with_admin_basic_auth_gets_past_security() throws Exception {
        HttpResponse<String> response = http.send(get("/api/no-such-endpoint")
                .header("Authorization", basic(IntegrationTest.ADMIN_USERNAME, IntegrationTest.ADMIN_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isNotEqualTo(401);
    }

    @Test
    void views_without_a_session_redirect_to_the_login_page() throws Exception {
        HttpResponse<String> response = http.send(get("/mentors").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void first_admin_is_stored_with_a_bcrypt_hash_of_the_configured_password() {
        String hash = jdbc.queryForObject("select password_hash from app_user where username = 'admin'", String.class);

        assertThat(hash).startsWith("$2").doesNotContain(IntegrationTest.ADMIN_PASSWORD);
        assertThat(passwordEncoder.matches(IntegrationTest.ADMIN_PASSWORD, hash)).isTrue();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
