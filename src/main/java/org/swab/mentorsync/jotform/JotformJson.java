package org.swab.mentorsync.jotform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;

/** Reads Jotform's envelope and submissions from JSON trees; tolerant of the variants the API really sends. */
final class JotformJson {

    private JotformJson() {}

    /** The envelope's {@code responseCode}, which counts like the HTTP status. */
    static OptionalInt responseCode(JsonNode envelope) {
        JsonNode code = envelope.path("responseCode");
        if (code.isNumber()) {
            return OptionalInt.of(code.asInt());
        }
        if (code.isString()) {
            try {
                return OptionalInt.of(Integer.parseInt(code.asString().trim()));
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    static Integer limitLeft(JsonNode envelope) {
        JsonNode left = envelope.path("limit-left");
        return left.isNumber() || left.isString() ? toInteger(left.asString()) : null;
    }

    static List<JsonNode> content(JsonNode envelope) {
        List<JsonNode> items = new ArrayList<>();
        JsonNode content = envelope.path("content");
        if (content.isArray()) {
            content.forEach(items::add);
        }
        return items;
    }

    static JotformSubmission submission(JsonNode node) {
        Map<String, JotformAnswer> answers = new LinkedHashMap<>();
        JsonNode answersNode = node.path("answers");
        if (answersNode.isObject()) {
            for (Map.Entry<String, JsonNode> entry : answersNode.properties()) {
                JsonNode question = entry.getValue();
                answers.put(
                        entry.getKey(),
                        new JotformAnswer(
                                text(question.path("name")),
                                text(question.path("type")),
                                text(question.path("text")),
                                question.get("answer"),
                                text(question.path("prettyFormat"))));
            }
        }
        return new JotformSubmission(
                text(node.path("id")),
                text(node.path("form_id")),
                text(node.path("created_at")),
                text(node.path("updated_at")),
                text(node.path("status")),
                answers,
                node);
    }

    static JotformForm form(JsonNode node) {
        Integer count = toInteger(text(node.path("count")));
        return new JotformForm(
                text(node.path("id")),
                text(node.path("title")),
                text(node.path("status")),
                count == null ? 0 : count,
                text(node.path("created_at")),
                text(node.path("updated_at")));
    }

    /** A scalar as text; null when missing, null or not a scalar. */
    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || !node.isValueNode()) {
            return null;
        }
        return node.asString();
    }

    private static Integer toInteger(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
