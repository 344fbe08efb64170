package org.swab.mentorsync.givebutter;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.swab.mentorsync.mentor.GivebutterContactColumns;
import org.swab.mentorsync.mentor.GivebutterContactField;
import org.swab.mentorsync.mentor.GivebutterContactField.Json;
import tools.jackson.databind.JsonNode;

/**
 * Copies a {@code GET /contacts/{id}} object (external-apis.md) into the export-shaped contact columns, field by
 * field of the catalogue, so a contact read from the API and one read from the CSV look the same to conflict
 * detection. Custom fields go by name; other plain properties are kept as raw.
 */
public final class GivebutterContactJson {

    private static final String UPDATED_AT =
            GivebutterContactField.LAST_MODIFIED_UTC.json().paths().getFirst();

    /** Top-level properties read into columns (or deliberately not kept), so they are not repeated as raw. */
    private static final Set<String> MAPPED = Stream.concat(
                    Stream.of(GivebutterContactField.values())
                            .filter(field -> field.json() != null)
                            .flatMap(field -> field.json().paths().stream())
                            .map(path -> path.split("\\.")[0]),
                    Stream.of("id", "addresses", "custom_fields"))
            .collect(Collectors.toUnmodifiableSet());

    private GivebutterContactJson() {}

    public static void copyInto(JsonNode contact, GivebutterContactColumns target) {
        GivebutterContactField previous = null;
        for (GivebutterContactField field : GivebutterContactField.values()) {
            if (field.json() != null) {
                target.set(field, read(contact, field.json(), previous == null ? null : target.text(previous)));
            }
            previous = field;
        }
        Map<String, String> customFields = new LinkedHashMap<>();
        contact.path("custom_fields").forEach(field -> {
            String name = text(field.path("name"));
            if (name != null) {
                customFields.put(name, text(field.path("value")));
            }
        });
        target.setCustomFields(customFields);
        Map<String, String> unmapped = new LinkedHashMap<>();
        contact.properties().forEach(entry -> {
            if (!MAPPED.contains(entry.getKey()) && entry.getValue().isValueNode()) {
                unmapped.put(entry.getKey(), text(entry.getValue()));
            }
        });
        target.setRaw(unmapped);
    }

    /** The contact's {@code updated_at}, when Givebutter sent a readable one. */
    public static Instant updatedAt(JsonNode contact) {
        String value = text(contact.path(UPDATED_AT));
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Object read(JsonNode contact, Json json, String previousValue) {
        return switch (json.shape()) {
            case TEXT ->
                json.paths().stream()
                        .map(path -> text(at(contact, path)))
                        .filter(value -> value != null)
                        .findFirst()
                        .orElse(null);
            case YES_NO -> yesNo(at(contact, json.paths().getFirst()));
            case VALUES -> values(at(contact, json.paths().getFirst()));
            case OTHERS_THAN_PREVIOUS ->
                values(at(contact, json.paths().getFirst())).stream()
                        .filter(value -> previousValue == null || !value.equalsIgnoreCase(previousValue))
                        .distinct()
                        .toList();
        };
    }

    private static JsonNode at(JsonNode contact, String path) {
        JsonNode node = contact;
        for (String step : path.split("\\.")) {
            node = node.path(step);
        }
        return node;
    }

    private static List<String> values(JsonNode entries) {
        List<String> values = new ArrayList<>();
        entries.forEach(entry -> {
            String value = text(entry.isObject() ? entry.path("value") : entry);
            if (value != null) {
                values.add(value);
            }
        });
        return values;
    }

    private static String yesNo(JsonNode flag) {
        return flag.isBoolean() ? (flag.booleanValue() ? "yes" : "no") : null;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainer()) {
            return null;
        }
        String value = node.asString();
        return value == null || value.isBlank() ? null : value.trim();
    }
}
