package org.swab.mentorsync.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.swab.mentorsync.base.Templates;
import org.swab.mentorsync.givebutter.GivebutterCustomFields;
import org.swab.mentorsync.mentor.EmailAddresses;

/**
 * Builds a mentor's mn_gb_import row by Givebutter's import rules: the contact id when known, else the mentor id as
 * external id (a second contact with the same external id would fail the import); Primary Email = personal, else
 * UGA, the UGA email also in Email Addresses; tags; custom fields from configuration (≤ 255 characters each).
 */
public final class ImportRowFactory {

    private static final Pattern VALUE_NAME = Pattern.compile("[a-z_]+(\\.[a-z_]+)?");
    private static final int CUSTOM_FIELD_LIMIT = 255;

    private final ExportProperties config;
    private final GivebutterCustomFields customFields;

    public ImportRowFactory(ExportProperties config, GivebutterCustomFields customFields) {
        this.config = config;
        this.customFields = customFields;
    }

    public GivebutterImportRow row(ImportCandidate mentor, Long contactId) {
        return row(mentor, contactId, List.of());
    }

    /** {@code givebutterTags}: the tags the linked contact already has; ours are added to them, none dropped. */
    public GivebutterImportRow row(ImportCandidate mentor, Long contactId, List<String> givebutterTags) {
        Map<String, String> values = new java.util.HashMap<>(mentor.values());
        String textMessage = Templates.render(config.textMessage(), values);
        values.put("text_message", textMessage);
        String personal = EmailAddresses.clean(mentor.personalEmail());
        String uga = EmailAddresses.clean(mentor.ugaEmail());

        GivebutterImportRow row = new GivebutterImportRow();
        row.setMnId(mentor.mnId());
        if (contactId != null) {
            row.setGivebutterContactId(String.valueOf(contactId));
        } else {
            row.setContactExternalId(mentor.mnId());
        }
        row.setFirstName(mentor.firstName());
        // SWAB's signup form uses the prefix slot for the preferred name (design: "Prefix" = preferred_name)
        row.setPrefix(mentor.preferredName());
        row.setPreferredFirstName(mentor.preferredName());
        row.setMiddleName(mentor.middleName());
        row.setLastName(mentor.lastName());
        row.setSuffix(mentor.suffix());
        row.setPrimaryEmail(personal != null ? personal : uga);
        row.setEmailAddresses(personal != null && uga != null && !uga.equals(personal) ? uga : null);
        row.setPrimaryPhoneNumber(mentor.phone());
        row.setGender(mentor.gender());
        row.setTags(String.join(", ", mergedTags(givebutterTags, tags(values))));
        row.setEmailSubscriptionStatus(row.getPrimaryEmail() != null ? "yes" : null);
        row.setPhoneSubscriptionStatus(mentor.phone() != null ? "yes" : null);
        row.setCustomFields(customFields(values));
        return row;
    }

    private static List<String> mergedTags(List<String> theirs, List<String> ours) {
        List<String> merged = new ArrayList<>(theirs);
        ours.stream().filter(tag -> merged.stream().noneMatch(tag::equalsIgnoreCase)).forEach(merged::add);
        return merged;
    }

    private List<String> tags(Map<String, String> values) {
        List<String> tags = new ArrayList<>();
        tags.add(Templates.render(config.yearTag(), values));
        tags.add(Templates.render(config.statusTag(), values));
        return tags.stream().filter(tag -> !tag.isBlank()).distinct().toList();
    }

    private Map<String, String> customFields(Map<String, String> values) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (GivebutterCustomFields.CustomField field : customFields.all()) {
            String value = resolve(field.source(), values);
            if (value != null && value.length() > CUSTOM_FIELD_LIMIT) {
                value = value.substring(0, CUSTOM_FIELD_LIMIT);
            }
            fields.put(field.name(), value == null ? "" : value);
        }
        return fields;
    }

    /** A bare value name gives that value; anything else is a template (or a literal). */
    public static String resolve(String source, Map<String, String> values) {
        if (source.isBlank()) {
            return "";
        }
        String trimmed = source.trim();
        if (VALUE_NAME.matcher(trimmed).matches() && values.containsKey(trimmed)) {
            return values.get(trimmed);
        }
        return Templates.render(source, values);
    }
}
