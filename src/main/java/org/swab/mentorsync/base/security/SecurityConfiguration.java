package org.swab.mentorsync.base.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /**
     * What the Vaadin client needs (inline and eval'd scripts, inline styles, its own origin for XHR and push) and
     * nothing from anywhere else.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /**
     * Scripts and curl: HTTP Basic, no session, no CSRF token (browsers' cross-site requests are refused instead),
     * JSON errors instead of a login page.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, AuthenticationManager authenticationManager)
            throws Exception {
        ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint();
        // /demo-api is demo mode's (package demo, its own chain ahead of this one); without demo mode it is a path
        // like any unknown /api one: the logged-in script gets a JSON 404, never the app's page
        http.securityMatcher("/api/**", "/demo-api/**")
                .authenticationManager(authenticationManager)
                .addFilterBefore(new CrossSiteApiRequestFilter(), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return withBrowserHeaders(http).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiFilterChain(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.authenticationManager(authenticationManager);
        // the error page of an /api request that failed in MVC (400, 405, 415): without this the error dispatch lands
        // here, without the stateless Basic login, and the script gets an empty 403 instead of the status
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health/**")
                .permitAll()
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                // the API description and Swagger UI: for the logged-in admin, like every page
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .hasRole("ADMIN"));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        return withBrowserHeaders(http).build();
    }

    /** Both chains' logins: the password check behind the failed sign-in throttle. */
    @Bean
    AuthenticationManager authenticationManager(
            PasswordCheck passwords, LoginThrottle throttle, AuthenticationEventPublisher events) {
        ProviderManager manager =
                new ProviderManager(new ThrottledAuthenticationProvider(passwords.provider(), throttle));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /** Ahead of the security chain and every dispatch of it, which would otherwise read refused upload bodies. */
    @Bean
    FilterRegistrationBean<MultipartAfterLoginFilter> multipartAfterLoginFilter(
            SecurityContextHolderStrategy securityContexts) {
        var registration = new FilterRegistrationBean<>(new MultipartAfterLoginFilter(securityContexts));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return registration;
    }

    @Bean
    PasswordCheck passwordCheck(
            AppUserDetailsService users,
            PasswordEncoder passwordEncoder,
            @Value("${mentorsync.admin-password:}") String configuredAdminPassword) {
        return new PasswordCheck(users, passwordEncoder, configuredAdminPassword);
    }

    /** BCrypt; a password verified a moment ago is recognised without BCrypt again (HTTP Basic scripts). */
    @Bean
    PasswordEncoder passwordEncoder(Clock clock) {
        return new RecentlyVerifiedPasswords(new BCryptPasswordEncoder(), clock);
    }

    /** Spring Security's defaults (HSTS only over https, no framing, nosniff) plus CSP and Referrer-Policy. */
    private static HttpSecurity withBrowserHeaders(HttpSecurity http) throws Exception {
        return http.headers(
                headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
    }
}
