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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mentorsync.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
        "logging.level.io.zonky=warn"})
public @interface IntegrationTest {

    String ADMIN_USERNAME = "admin";
    String ADMIN_PASSWORD = "test-admin-password";
}
