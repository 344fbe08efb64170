package org.swab.mentorsync.base.security;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * A JSON 404 for an /api path no controller maps. Without it Vaadin's catch-all mapping answers 200 with the app's
 * HTML page, and a script calling a mistyped endpoint thinks it worked.
 */
@Configuration(proxyBeanMethods = false)
class ApiNotFoundConfiguration {

    private static final ApiErrorResponse NOT_FOUND =
            new ApiErrorResponse("not_found", "There is no such API endpoint.");

    /** After the controllers (so a known path with the wrong method still gets 405), before Vaadin and resources. */
    @Bean
    SimpleUrlHandlerMapping unknownApiPathMapping() {
        HttpRequestHandler notFound = (request, response) -> NOT_FOUND.writeTo(response, HttpStatus.NOT_FOUND);
        // /demo-api answers only in demo mode, whose own mapping of unknown demo paths comes first
        return new SimpleUrlHandlerMapping(
                Map.of("/api/**", notFound, "/demo-api/**", notFound), Ordered.LOWEST_PRECEDENCE - 2);
    }
}
