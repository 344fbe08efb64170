package org.swab.mentorsync.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.swab.mentorsync.support.IntegrationTest;

@IntegrationTest
class BrowserHeadersIT {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pages_carry_the_content_security_policy_and_referrer_policy() throws Exception {
        HttpResponse<String> response = send(login());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                        + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                        + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; "
                        + "object-src 'none'");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void over_plain_http_the_session_cookie_is_lax_and_http_only_but_not_secure_and_there_is_no_hsts()
            throws Exception {
        HttpResponse<String> response = send(login());

        assertThat(sessionCookie(response))
                .contains("; HttpOnly")
                .contains("; SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_secure_and_hsts_is_sent() throws Exception {
        HttpResponse<String> response =
                send(login().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "mentors.example.org"));

        assertThat(sessionCookie(response))
                .contains("; Secure")
                .contains("; HttpOnly")
                .contains("; SameSite=Lax");
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age="));
    }

    @Test
    void the_api_carries_the_same_headers() throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sync/config")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    private HttpRequest.Builder login() {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie in " + response.headers().map()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
