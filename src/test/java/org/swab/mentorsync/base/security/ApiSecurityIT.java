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
    void api_without_credentials_answers_401_json_in_utf8_without_a_basic_challenge() throws Exception {
        HttpResponse<String> response = send(get("/api/sync/config"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(response.body())
                .isEqualTo("{\"error\":\"unauthorized\",\"message\":\"Log in with an admin account (HTTP Basic).\"}");
    }

    @Test
    void api_with_a_wrong_password_answers_401_without_a_basic_challenge() throws Exception {
        HttpResponse<String> response =
                send(get("/api/sync/config").header("Authorization", basic(IntegrationTest.ADMIN_USERNAME, "wrong")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(response.body()).contains("\"error\":\"unauthorized\"");
    }

    @Test
    void api_with_admin_basic_auth_reaches_the_endpoint() throws Exception {
        HttpResponse<String> response = send(asAdmin("/api/sync/config"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void an_unknown_api_path_answers_a_json_404_for_any_method_instead_of_the_app_page() throws Exception {
        for (String method : new String[] {"GET", "POST", "PUT", "DELETE"}) {
            HttpResponse<String> response = send(
                    asAdmin("/api/sync/no-such-endpoint").method(method, HttpRequest.BodyPublishers.ofString("{}")));

            assertThat(response.statusCode()).as(method).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(method)
                    .hasValue("application/json;charset=UTF-8");
            assertThat(response.body())
                    .as(method)
                    .isEqualTo("{\"error\":\"not_found\",\"message\":\"There is no such API endpoint.\"}");
        }
    }

    @Test
    void a_known_api_path_with_the_wrong_method_answers_405_json() throws Exception {
        HttpResponse<String> response = send(asAdmin("/api/sync/config").DELETE());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).contains("\"status\":405");
    }

    @Test
    void a_malformed_json_body_answers_400_not_an_empty_403() throws Exception {
        HttpResponse<String> response = send(asAdmin("/api/sync/config")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{not json")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"status\":400");
    }

    @Test
    void a_cross_site_browser_request_is_refused_with_403_even_with_the_right_credential() throws Exception {
        HttpResponse<String> response = send(asAdmin("/api/sync/config").header("Sec-Fetch-Site", "cross-site"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        assertThat(response.body()).contains("\"error\":\"cross_site_request\"");
    }

    @Test
    void a_request_from_a_foreign_origin_is_refused_with_403_before_the_credential_is_checked() throws Exception {
        for (String origin : new String[] {
            "https://evil.example", "http://localhost:" + (port + 1), "https://localhost:" + port, "null"
        }) {
            HttpResponse<String> withCredential =
                    send(asAdmin("/api/sync/config").header("Origin", origin));
            HttpResponse<String> withoutCredential =
                    send(get("/api/sync/config").header("Origin", origin));

            assertThat(withCredential.statusCode()).as(origin).isEqualTo(403);
            assertThat(withoutCredential.statusCode()).as(origin).isEqualTo(403);
            assertThat(withCredential.body()).as(origin).contains("\"error\":\"cross_site_request\"");
        }
    }

    @Test
    void the_apps_own_pages_and_typed_urls_may_call_the_api() throws Exception {
        HttpResponse<String> sameOrigin = send(asAdmin("/api/sync/config")
                .header("Sec-Fetch-Site", "same-origin")
                .header("Origin", "http://localhost:" + port));
        HttpResponse<String> typedUrl = send(asAdmin("/api/sync/config").header("Sec-Fetch-Site", "none"));

        assertThat(sameOrigin.statusCode()).isEqualTo(200);
        assertThat(typedUrl.statusCode()).isEqualTo(200);
    }

    @Test
    void behind_a_tls_proxy_the_own_origin_is_the_forwarded_one() throws Exception {
        HttpResponse<String> proxiedOrigin = send(asAdmin("/api/sync/config")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "mentors.example.org")
                .header("Origin", "https://mentors.example.org"));
        HttpResponse<String> innerOrigin = send(asAdmin("/api/sync/config")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "mentors.example.org")
                .header("Origin", "http://localhost:" + port));

        assertThat(proxiedOrigin.statusCode()).isEqualTo(200);
        assertThat(innerOrigin.statusCode()).isEqualTo(403);
    }

    @Test
    void views_without_a_session_redirect_to_the_login_page() throws Exception {
        HttpResponse<String> response = send(get("/mentors"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void first_admin_is_stored_with_a_bcrypt_hash_of_the_configured_password() {
        String hash = jdbc.queryForObject("select password_hash from app_user where username = 'admin'", String.class);

        assertThat(hash).startsWith("$2").doesNotContain(IntegrationTest.ADMIN_PASSWORD);
        assertThat(passwordEncoder.matches(IntegrationTest.ADMIN_PASSWORD, hash))
                .isTrue();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
    }

    private HttpRequest.Builder asAdmin(String path) {
        return get(path).header("Authorization", basic(IntegrationTest.ADMIN_USERNAME, IntegrationTest.ADMIN_PASSWORD));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
