package org.swab.mentorsync.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.util.WebUtils;

/**
 * Leaves the body of a multipart request unread until the request is logged in, and to the endpoint it is for.
 * Tomcat spools a multipart body to disk the first time anyone asks for a parameter, and the security chain asks
 * before and after it logs the request in (the CSRF filter for {@code _csrf}, the login filter for the user name,
 * Vaadin's request matchers for {@code v-r}). Such a request shows only its query-string parameters; its parts and
 * its stream are there once it is logged in.
 */
final class MultipartAfterLoginFilter extends HttpFilter {

    /**
     * The security chains' own holder (a bean), not the static {@code SecurityContextHolder}: the static one is the
     * last started application's, which in a JVM with two (tests) is not this one's.
     */
    private final transient SecurityContextHolderStrategy securityContexts;

    MultipartAfterLoginFilter(SecurityContextHolderStrategy securityContexts) {
        this.securityContexts = securityContexts;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean multipart = request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/");
        if (multipart && WebUtils.getNativeRequest(request, BodyAfterLoginRequest.class) == null) {
            chain.doFilter(new BodyAfterLoginRequest(request, securityContexts), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class BodyAfterLoginRequest extends HttpServletRequestWrapper {

        private final SecurityContextHolderStrategy securityContexts;

        private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

        private Map<String, String[]> queryParameters;

        BodyAfterLoginRequest(HttpServletRequest request, SecurityContextHolderStrategy securityContexts) {
            super(request);
            this.securityContexts = securityContexts;
        }

        @Override
        public String getParameter(String name) {
            String[] values = queryParameters().get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return queryParameters();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(queryParameters().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = queryParameters().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Collection<Part> getParts() throws IOException, ServletException {
            requireLogin();
            return super.getParts();
        }

        @Override
        public Part getPart(String name) throws IOException, ServletException {
            requireLogin();
            return super.getPart(name);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (!loggedIn()) {
                throw new IOException("A multipart body is read only after login");
            }
            return super.getInputStream();
        }

        private void requireLogin() throws ServletException {
            if (!loggedIn()) {
                throw new ServletException("A multipart body is read only after login");
            }
        }

        private boolean loggedIn() {
            return TRUST.isAuthenticated(securityContexts.getContext().getAuthentication());
        }

        private Map<String, String[]> queryParameters() {
            if (queryParameters == null) {
                queryParameters = parse(getQueryString());
            }
            return queryParameters;
        }

        private static Map<String, String[]> parse(String query) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            if (query != null) {
                for (String pair : query.split("&")) {
                    int equals = pair.indexOf('=');
                    String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                    String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                    if (name != null && !name.isEmpty() && value != null) {
                        values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
                    }
                }
            }
            Map<String, String[]> parameters = new LinkedHashMap<>();
            values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
            return Collections.unmodifiableMap(parameters);
        }

        /** Null for a malformed escape, which Tomcat skips too. */
        private static String decode(String text) {
            try {
                return URLDecoder.decode(text, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
    }
}
