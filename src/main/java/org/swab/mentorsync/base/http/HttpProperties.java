package org.swab.mentorsync.base.http;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Timeouts and retries of the Jotform and Givebutter clients. Retries cover 429 (waiting Retry-After, at most
 * {@code maxRetryAfter}), 5xx and timeouts (exponential back-off from {@code initialDelay} to {@code maxDelay}).
 * A response body larger than {@code maxResponseSize} is refused, never read whole.
 */
@ConfigurationProperties("mentorsync.http")
public record HttpProperties(
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("4") int maxRetries,
        @DefaultValue("500ms") Duration initialDelay,
        @DefaultValue("2.0") double multiplier,
        @DefaultValue("8s") Duration maxDelay,
        @DefaultValue("60s") Duration maxRetryAfter,
        @DefaultValue("20MB") DataSize maxResponseSize) {}
