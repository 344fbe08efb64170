package org.swab.mentorsync.base.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GETs JSON from Jotform or Givebutter through one {@link RestClient} with connect/read timeouts, and turns every
 * failure into an {@link ApiException}: 401/403 at once, 429 after waiting Retry-After, 5xx and timeouts after
 * bounded exponential back-off (Spring's core {@link RetryTemplate}). Redirects are never followed (they would carry
 * the key header elsewhere) and bodies are read up to {@link HttpProperties#maxResponseSize()}.
 */
@Component
public class ApiCaller {

    private static final Logger log = LoggerFactory.getLogger(ApiCaller.class);

    private final HttpProperties properties;
    private final JsonMapper json;
    private final RestClient restClient;
    private final Clock clock;

    ApiCaller(HttpProperties properties, JsonMapper json, Clock clock) {
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        HttpClient httpClient = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(properties.readTimeout());
        this.restClient = RestClient.builder().requestFactory(requestFactory).build();
    }

    public JsonNode getJson(ApiRequest request) {
        return getJson(request, AttemptGate.NONE);
    }

    /** As {@link #getJson(ApiRequest)}, with every attempt (retries included) passing through {@code gate}. */
    public JsonNode getJson(ApiRequest request, AttemptGate gate) {
        RetryAfterBackOff backOff = new RetryAfterBackOff(properties);
        RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
                .backOff(backOff)
                .predicate(e -> e instanceof ApiException api && api.failure().isTransient())
                .build());
        try {
            return retry.execute(() -> attempt(request, backOff, gate));
        } catch (RetryException e) {
            if (e.getLastException() instanceof ApiException api) {
                int retries = e.getExceptions().size() - 1;
                throw !api.failure().isTransient() || retries == 0 ? api : gaveUp(api, retries);
            }
            throw new ApiException(
                    request.system(),
                    ApiFailure.UNAVAILABLE,
                    request.system() + " could not be called: " + scrub(describe(e.getLastException()), request));
        }
    }

    private JsonNode attempt(ApiRequest request, RetryAfterBackOff backOff, AttemptGate gate) {
        try {
            gate.beforeAttempt();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(
                    request.system(), ApiFailure.UNAVAILABLE, "The call to " + request.system() + " was interrupted");
        }
        RawResponse response = send(request);
        int status = response.status();
        if (status >= 300 && status < 400) {
            throw redirected(request, response.location());
        }
        if (response.body() == null) {
            throw tooLarge(request);
        }
        JsonNode body = null;
        if (status >= 200 && status < 300) {
            body = parse(request, response.body());
            OptionalInt embedded = request.embeddedStatus().apply(body);
            if (embedded.isPresent()) {
                status = embedded.getAsInt();
            }
        }
        if (status >= 200 && status < 300) {
            return body;
        }
        ApiException failure = classify(request, status, response);
        log.warn("{} answered {} ({})", request, status, failure.failure());
        if (failure.retryAfter() != null) {
            backOff.serverAsked(failure.retryAfter());
            gate.rateLimited(
                    failure.retryAfter().compareTo(properties.maxRetryAfter()) > 0
                            ? properties.maxRetryAfter()
                            : failure.retryAfter());
        }
        throw failure;
    }

    private RawResponse send(ApiRequest request) {
        try {
            return restClient
                    .get()
                    .uri(request.uri())
                    .headers(headers -> request.headers().forEach(headers::set))
                    .exchange(
                            (req, res) -> new RawResponse(
                                    res.getStatusCode().value(),
                                    res.getHeaders().getFirst("Retry-After"),
                                    res.getHeaders().getFirst("Location"),
                                    readCapped(res.getBody())),
                            true);
        } catch (ResourceAccessException e) {
            boolean timeout =
                    hasCause(e, HttpTimeoutException.class) || hasCause(e, java.net.SocketTimeoutException.class);
            String what = timeout ? " did not answer in time" : " could not be reached";
            log.warn("{}{}", request, what);
            throw new ApiException(
                    request.system(),
                    ApiFailure.UNAVAILABLE,
                    request.system() + what + " (" + request.uri().getHost() + ")");
        }
    }

    /** The body as text, or null when it is larger than allowed (the rest is not read). */
    private String readCapped(InputStream body) throws IOException {
        long max = properties.maxResponseSize().toBytes();
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        return bytes.length > max ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private ApiException redirected(ApiRequest request, String location) {
        String target = "an unnamed location";
        if (location != null) {
            try {
                String host = request.uri().resolve(location.trim()).getHost();
                target = host == null ? target : host;
            } catch (IllegalArgumentException unreadable) {
                // keep "an unnamed location"
            }
        }
        log.warn("{} answered a redirect to {}", request, target);
        return new ApiException(
                request.system(),
                ApiFailure.REQUEST_REJECTED,
                request.system() + " answered a redirect to " + target + "; redirects are not followed");
    }

    private ApiException tooLarge(ApiRequest request) {
        return new ApiException(
                request.system(),
                ApiFailure.MALFORMED_RESPONSE,
                request.system()
                        + " sent more than " + readable(properties.maxResponseSize()) + " for "
                        + request.uri().getPath()
                        + "; the answer was not read");
    }

    private static String readable(DataSize size) {
        return size.toMegabytes() > 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
    }

    private JsonNode parse(ApiRequest request, String body) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || node.isMissingNode() || !node.isObject()) {
                throw malformed(request);
            }
            return node;
        } catch (JacksonException e) {
            throw malformed(request);
        }
    }

    private ApiException classify(ApiRequest request, int status, RawResponse response) {
        String system = request.system();
        if (status == 401 || status == 403) {
            return ApiException.keyRejected(system);
        }
        if (status == 429) {
            return new ApiException(
                    system,
                    ApiFailure.RATE_LIMITED,
                    system + " is rate limiting us (HTTP 429 Too Many Requests)",
                    RetryAfter.parse(response.retryAfter(), clock.instant()).orElse(null));
        }
        if (status == 404) {
            return new ApiException(
                    system,
                    ApiFailure.NOT_FOUND,
                    system + " has no " + request.uri().getPath() + " (HTTP 404)");
        }
        if (status >= 500) {
            return new ApiException(
                    system, ApiFailure.UNAVAILABLE, system + " answered HTTP " + status + " (server error)");
        }
        return new ApiException(
                system,
                ApiFailure.REQUEST_REJECTED,
                system + " refused " + request.uri().getPath() + " with HTTP " + status
                        + serverMessage(request, response.body()));
    }

    private ApiException gaveUp(ApiException last, int retries) {
        String message = last.failure() == ApiFailure.RATE_LIMITED
                ? last.system() + " kept answering HTTP 429 Too Many Requests; gave up after " + retries + " retries"
                : last.getMessage() + "; gave up after " + retries + " retries";
        return new ApiException(last.system(), last.failure(), message);
    }

    private ApiException malformed(ApiRequest request) {
        return new ApiException(
                request.system(),
                ApiFailure.MALFORMED_RESPONSE,
                request.system() + " sent a response that is not the expected JSON ("
                        + request.uri().getPath() + ")");
    }

    private String serverMessage(ApiRequest request, String body) {
        try {
            JsonNode node = json.readTree(body);
            String message = node.path("message").asString("");
            if (message.isBlank()) {
                return "";
            }
            return ": " + scrub(message.length() > 200 ? message.substring(0, 200) : message, request);
        } catch (JacksonException | IllegalArgumentException e) {
            return "";
        }
    }

    private static String scrub(String text, ApiRequest request) {
        if (text == null || request.secret() == null || request.secret().isEmpty()) {
            return text;
        }
        return text.replace(request.secret(), "[redacted]");
    }

    private static String describe(Throwable e) {
        return e == null ? "unknown error" : e.getClass().getSimpleName();
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private record RawResponse(int status, String retryAfter, String location, String body) {}
}
