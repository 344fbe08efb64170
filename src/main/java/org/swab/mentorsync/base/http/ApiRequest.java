package org.swab.mentorsync.base.http;

import java.net.URI;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * One GET to an external API. {@code secret} is scrubbed from any message; {@code embeddedStatus} reads a status
 * code that an API puts in its JSON envelope (Jotform's {@code responseCode}) and that counts like the HTTP one.
 */
public record ApiRequest(
        String system,
        URI uri,
        Map<String, String> headers,
        String secret,
        Function<JsonNode, OptionalInt> embeddedStatus) {

    public ApiRequest {
        headers = Map.copyOf(headers);
        embeddedStatus = embeddedStatus == null ? body -> OptionalInt.empty() : embeddedStatus;
    }

    @Override
    public String toString() {
        return "GET " + system + " " + uri.getPath();
    }
}
