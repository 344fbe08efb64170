package org.swab.mentorsync.base.http;

import java.time.Clock;
import java.time.Duration;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/** An {@link ApiCaller} with short timeouts and back-off, for client tests without Spring. */
public final class HttpTestSupport {

    private HttpTestSupport() {}

    public static ApiCaller fastCaller() {
        return new ApiCaller(
                new HttpProperties(
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(5),
                        2,
                        Duration.ofMillis(5),
                        2.0,
                        Duration.ofMillis(20),
                        Duration.ofMillis(50),
                        DataSize.ofMegabytes(20)),
                JsonMapper.builder().build(),
                Clock.systemUTC());
    }
}
