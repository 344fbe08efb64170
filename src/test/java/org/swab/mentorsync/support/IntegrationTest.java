package org.swab.mentorsync.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring context of the integration tests: the whole app on a random port against real PostgreSQL.
 * Every *IT uses exactly this, so the context is built once per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "mentorsync.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
            "logging.level.io.zonky=warn",
            // the upload ITs measure what the app writes to its temp directory; the warm-up would write there too
            "mentorsync.warm-up=false",
            // sync fault tests: short timeouts and back-off, so a 429 storm or a dead server fails in well under a
            // second
            "mentorsync.http.read-timeout=1s",
            "mentorsync.http.connect-timeout=1s",
            "mentorsync.http.max-retries=2",
            "mentorsync.http.initial-delay=10ms",
            "mentorsync.http.max-delay=40ms",
            "mentorsync.http.max-retry-after=100ms",
            // the fake APIs listen on loopback over http; 127.0.0.2 plays "another host" in the key-safety tests
            "mentorsync.api.extra-hosts=localhost,127.0.0.1,127.0.0.2"
        })
public @interface IntegrationTest {

    String ADMIN_USERNAME = "admin";
    String ADMIN_PASSWORD = "test-admin-password";
}
