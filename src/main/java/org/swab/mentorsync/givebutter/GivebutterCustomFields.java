package org.swab.mentorsync.givebutter;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * SWAB's Givebutter custom fields, configured once: the import file writes them and the contact sync reads the
 * preferences back from them. Names change by year; a field is found by its source, never by its name. Emoji names
 * live here rather than in application.properties (read as ISO-8859-1); override the list in YAML or with \\u escapes.
 */
@ConfigurationProperties("mentorsync.givebutter")
public record GivebutterCustomFields(List<CustomField> customFields) {

    public static final String SHIFT_PREFERENCE_SOURCE = "mentor.shift_preference";
    public static final String PARTNER_PREFERENCE_SOURCE = "mentor.partner_preference";

    static final List<CustomField> DEFAULT_CUSTOM_FIELDS = List.of(
            new CustomField("📝 Sign Up Complete", "tasks.signup_done"),
            new CustomField("💸 Givebutter Page Setup", "tasks.campaign_member"),
            new CustomField("🚂 Mentor Training Complete", "tasks.training_done"),
            new CustomField("✅ Mentor Training Signed Up?", ""),
            new CustomField("📈 Fully Fundraised", "tasks.fundraised_done"),
            new CustomField("🎓 UGA Class", "mentor.uga_class"),
            new CustomField("📆 Shift Preference", SHIFT_PREFERENCE_SOURCE),
            new CustomField("👯‍♂️ Partner Preference", PARTNER_PREFERENCE_SOURCE),
            new CustomField("💰 Amount Fundraised", "tasks.amount_raised"),
            new CustomField("📱Custom Text Message 1️⃣", "text_message"));

    public GivebutterCustomFields {
        customFields =
                customFields == null || customFields.isEmpty() ? DEFAULT_CUSTOM_FIELDS : List.copyOf(customFields);
    }

    /** The default SWAB fields (tests, tools). */
    public static GivebutterCustomFields defaults() {
        return new GivebutterCustomFields(null);
    }

    public List<CustomField> all() {
        return customFields;
    }

    /** The name of the field filled from {@code source}, e.g. {@link #SHIFT_PREFERENCE_SOURCE}. */
    public Optional<String> nameFor(String source) {
        return customFields.stream()
                .filter(field -> field.source().equals(source))
                .map(CustomField::name)
                .findFirst();
    }

    /**
     * One custom-field column: {@code source} is a value name (e.g. {@code tasks.training_done},
     * {@code mentor.uga_class}, {@code text_message}), a template with {placeholders}, or empty for a blank column.
     */
    public record CustomField(String name, String source) {

        public CustomField {
            source = source == null ? "" : source;
        }
    }
}
