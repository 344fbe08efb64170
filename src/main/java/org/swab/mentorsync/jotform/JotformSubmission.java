package org.swab.mentorsync.jotform;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A form submission: {@code createdAt}/{@code updatedAt} as Jotform sends them (account time zone, no offset),
 * answers keyed by question id, and the whole submission as received.
 */
public record JotformSubmission(
        String id,
        String formId,
        String createdAt,
        String updatedAt,
        String status,
        Map<String, JotformAnswer> answers,
        JsonNode raw) {

    public Optional<JotformAnswer> byName(String name) {
        return answers.values().stream()
                .filter(answer -> name.equals(answer.name()))
                .findFirst();
    }

    public Collection<JotformAnswer> allAnswers() {
        return answers.values();
    }
}
