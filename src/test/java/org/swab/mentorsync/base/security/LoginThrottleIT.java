package org.swab.mentorsync.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.swab.mentorsync.support.IntegrationTest;

/** HTTP Basic against the throttle, with an account of its own so the shared admin is never locked out. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleIT {

    static final String PASSWORD = "the-right-password";
    static final String WRONG_PASSWORD = "a-wrong-guess";

    @LocalServerPort
    int port;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder passwordEncoder;

    final HttpClient http = HttpClient.newHttpClient();
    final String username = "throttle-" + UUID.randomUUID();

    @BeforeEach
    void createAccount() {
        users.save(new AppUser(username, passwordEncoder.encode(PASSWORD), Instant.now()));
    }

    @AfterEach
    void deleteAccount() {
        users.findByUsername(username).ifPresent(users::delete);
    }

    @Test
    void ten_failed_sign_ins_refuse_that_name_and_address_with_429_even_with_the_right_password(CapturedOutput log)
            throws Exception {
        for (int attempt = 1; attempt <= LoginThrottle.MAX_FAILURES; attempt++) {
            assertThat(signIn(username, WRONG_PASSWORD).statusCode())
                    .as("attempt " + attempt)
                    .isEqualTo(401);
        }

        HttpResponse<String> refused = signIn(username, PASSWORD);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 300L));
        assertThat(refused.body())
                .isEqualTo("{\"error\":\"too_many_failed_logins\","
                        + "\"message\":\"Too many failed sign-ins; try again in 5 minutes.\"}");
        assertThat(signIn(IntegrationTest.ADMIN_USERNAME, IntegrationTest.ADMIN_PASSWORD)
                        .statusCode())
                .as("another user name from the same address")
                .isEqualTo(200);
        assertThat(log.getOut())
                .contains("WARN")
                .contains("user name '" + username + "' from ")
                .doesNotContain(WRONG_PASSWORD)
                .doesNotContain(PASSWORD);
    }

    @Test
    void a_successful_sign_in_clears_the_failures_before_it() throws Exception {
        for (int attempt = 1; attempt < LoginThrottle.MAX_FAILURES; attempt++) {
            signIn(username, WRONG_PASSWORD);
        }
        assertThat(signIn(username, PASSWORD).statusCode()).isEqualTo(200);

        for (int attempt = 1; attempt < LoginThrottle.MAX_FAILURES; attempt++) {
            assertThat(signIn(username, WRONG_PASSWORD).statusCode()).isEqualTo(401);
        }
        assertThat(signIn(username, PASSWORD).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> signIn(String user, String password) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sync/config"))
                        .header("Authorization", ApiSecurityIT.basic(user, password))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
