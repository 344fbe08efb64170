package org.swab.mentorsync.givebutter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/** Reads Givebutter's objects from JSON trees; ids come as numbers or strings. */
final class GivebutterJson {

    private GivebutterJson() {}

    static OptionalLong id(JsonNode node) {
        JsonNode id = node.path("id");
        if (id.isIntegralNumber()) {
            return OptionalLong.of(id.asLong());
        }
        if (id.isString()) {
            try {
                return OptionalLong.of(Long.parseLong(id.asString().trim()));
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    static GivebutterCampaign campaign(JsonNode node, long id) {
        return new GivebutterCampaign(id, text(node.path("code")), text(node.path("slug")), text(node.path("title")));
    }

    static GivebutterMember member(JsonNode node, long id) {
        return new GivebutterMember(
                id,
                text(node.path("first_name")),
                text(node.path("last_name")),
                text(node.path("display_name")),
                text(node.path("email")),
                text(node.path("phone")),
                text(node.path("picture")),
                decimal(node.path("raised")),
                decimal(node.path("goal")),
                integer(node.path("donors")),
                integer(node.path("items")),
                text(node.path("url")),
                instant(node.path("created_at")),
                instant(node.path("updated_at")),
                node);
    }

    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || !node.isValueNode()) {
            return null;
        }
        String value = node.asString().trim();
        return value.isEmpty() ? null : value;
    }

    private static BigDecimal decimal(JsonNode node) {
        String value = text(node);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace("$", "").replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(JsonNode node) {
        BigDecimal value = decimal(node);
        return value == null ? null : value.intValue();
    }

    private static Instant instant(JsonNode node) {
        String value = text(node);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
