package org.swab.mentorsync.jotform;

import tools.jackson.databind.JsonNode;

/** One answered (or unanswered) question: its stable field name, control type and the answer as sent. */
public record JotformAnswer(String name, String type, String text, JsonNode answer, String prettyFormat) {}
