package org.swab.mentorsync.demo;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * /demo-api before every other chain: the simulators' own endpoints check their demo API keys themselves, as Jotform
 * and Givebutter do, so they are open to the app's clients; the admin's endpoints need the admin's HTTP Basic login
 * like /api (stateless, no challenge a browser would remember, JSON errors).
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoSecurityConfiguration {

    static final String[] ADMIN_PATHS = {
        "/demo-api/settings", "/demo-api/givebutter/export.csv", "/demo-api/givebutter/import", "/demo-api/restart"
    };

    @Bean
    @Order(0)
    SecurityFilterChain demoApiFilterChain(HttpSecurity http, AuthenticationManager authenticationManager)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, exception) ->
                json(response, HttpStatus.UNAUTHORIZED, "Log in with an admin account (HTTP Basic).");
        http.securityMatcher("/demo-api/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth.requestMatchers(ADMIN_PATHS)
                        .hasRole("ADMIN")
                        .requestMatchers("/demo-api/jotform/**", "/demo-api/givebutter/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** A JSON 404 for a /demo-api path nothing maps, instead of Vaadin's page (the app's own /api has the same). */
    @Bean
    SimpleUrlHandlerMapping unknownDemoApiPathMapping() {
        HttpRequestHandler notFound =
                (request, response) -> json(response, HttpStatus.NOT_FOUND, "There is no such demo endpoint.");
        return new SimpleUrlHandlerMapping(Map.of("/demo-api/**", notFound), Ordered.LOWEST_PRECEDENCE - 3);
    }

    private static void json(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String message)
            throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"message\":\"" + message.replace("\"", "\\\"") + "\"}");
    }
}
