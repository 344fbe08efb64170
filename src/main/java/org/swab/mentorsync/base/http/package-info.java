/**
 * What the Jotform and Givebutter clients share: GET with timeouts, classification of failures, retries with
 * exponential back-off (Spring's core RetryTemplate) and Retry-After on 429, the sliding-window rate limiter.
 */
package org.swab.mentorsync.base.http;
