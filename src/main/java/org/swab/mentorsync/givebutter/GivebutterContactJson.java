package org.swab.mentorsync.givebutter;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.swab.mentorsync.mentor.GivebutterContactColumns;
import tools.jackson.databind.JsonNode;

/**
 * Copies a {@code GET /contacts/{id}} object (external-apis.md) into the export-shaped contact columns, so a
 * contact read from the API and one read from the CSV look the same to conflict detection.
 */
public final class GivebutterContactJson {

    private static final Set<String> MAPPED = Set.of("id", "external_id", "contact_since", "prefix", "first_name",
            "preferred_name", "middle_name", "last_name", "suffix", "gender", "pronouns", "dob", "employer", "title",
            "website_url", "twitter_url", "linkedin_url", "facebook_url", "tiktok_url", "emails", "phones",
            "primary_email", "primary_phone", "note", "addresses", "primary_address", "stats", "tags",
            "custom_fields", "is_email_subscribed", "is_phone_subscribed", "is_address_subscribed", "created_at",
            "updated_at");

    private GivebutterContactJson() {
    }

    public static void copyInto(JsonNode contact, GivebutterContactColumns target) {
        target.setExternalId(text(contact.path("external_id")));
        target.setContactSince(text(contact.path("contact_since")));
        target.setPrefix(text(contact.path("prefix")));
        target.setFirstName(text(contact.path("first_name")));
        target.setPreferredFirstName(text(contact.path("preferred_name")));
        target.setMiddleName(text(contact.path("middle_name")));
        target.setLastName(text(contact.path("last_name")));
        target.setSuffix(text(contact.path("suffix")));
        target.setGender(text(contact.path("gender")));
        target.setPronouns(text(contact.path("pronouns")));
        target.setDateOfBirth(text(contact.path("dob")));
        target.setEmployer(text(contact.path("employer")));
        target.setTitle(text(contact.path("title")));
        target.setWebsite(text(contact.path("website_url")));
        target.setTwitter(text(contact.path("twitter_url")));
        target.setLinkedin(text(contact.path("linkedin_url")));
        target.setFacebook(text(contact.path("facebook_url")));
        target.setTiktok(text(contact.path("tiktok_url")));
        target.setPrimaryEmail(text(contact.path("primary_email")));
        target.setAdditionalEmails(othersThan(target.getPrimaryEmail(), values(contact.path("emails"))));
        target.setPrimaryPhone(text(contact.path("primary_phone")));
        target.setAdditionalPhones(othersThan(target.getPrimaryPhone(), values(contact.path("phones"))));
        target.setNotes(text(contact.path("note")));
        copyAddress(contact.path("primary_address"), target);
        target.setTotalContributions(text(contact.path("stats").path("total_contributions")));
        target.setRecurringContributions(text(contact.path("stats").path("recurring_contributions")));
        target.setEngageEmailSubscribed(yesNo(contact.path("is_email_subscribed")));
        target.setEngageSmsSubscribed(yesNo(contact.path("is_phone_subscribed")));
        target.setEngageMailSubscribed(yesNo(contact.path("is_address_subscribed")));
        List<String> tags = new ArrayList<>();
        contact.path("tags").forEach(tag -> {
            String value = text(tag);
            if (value != null) {
                tags.add(value);
            }
        });
        target.setTags(tags);
        Map<String, String> customFields = new LinkedHashMap<>();
        contact.path("custom_fields").forEach(field -> {
            String name = text(field.path("name"));
            if (name != null) {
                customFields.put(name, text(field.path("value")));
            }
        });
        target.setCustomFields(customFields);
        target.setDateCreatedUtc(text(contact.path("created_at")));
        target.setLastModifiedUtc(text(contact.path("updated_at")));
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
        String value = text(contact.path("updated_at"));
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void copyAddress(JsonNode address, GivebutterContactColumns target) {
        if (!address.isObject()) {
            return;
        }
        target.setAddressLine1(text(address.path("address_1")));
        target.setAddressLine2(text(address.path("address_2")));
        target.setCity(text(address.path("city")));
        target.setState(text(address.path("state")));
        String postal = text(address.path("zipcode"));
        target.setPostalCode(postal != null ? postal : text(address.path("postal_code")));
        target.setCountry(text(address.path("country")));
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

    private static List<String> othersThan(String primary, List<String> all) {
        return all.stream().filter(value -> primary == null || !value.equalsIgnoreCase(primary)).distinct().toList();
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
