package org.swab.mentorsync.mentor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one Givebutter contact model: per field, its header in the contacts export (the 2025 columns, then those 2026
 * exports add), its column in raw_gb_full_contacts and raw_mn_gb_contacts, where {@code GET /contacts/{id}} has it
 * (external-apis.md), and its header in the contact import template (usually the export's; null when the import has
 * no such column). The CSV reader, the JSON mapper, the mirror and snapshot columns and the import file iterate this.
 * {@code Givebutter Contact ID} is the key, handled apart; anything else in an export is a custom field.
 */
public enum GivebutterContactField {
    EXTERNAL_ID("Contact External ID", "external_id", Kind.TEXT, Json.text("external_id")),
    PREFIX("Prefix", "prefix", Kind.TEXT, Json.text("prefix")),
    FIRST_NAME("First Name", "first_name", Kind.TEXT, Json.text("first_name")),
    MIDDLE_NAME("Middle Name", "middle_name", Kind.TEXT, Json.text("middle_name")),
    LAST_NAME("Last Name", "last_name", Kind.TEXT, Json.text("last_name")),
    SUFFIX("Suffix", "suffix", Kind.TEXT, Json.text("suffix")),
    DATE_OF_BIRTH("Date of Birth", "date_of_birth", Kind.TEXT, Json.text("dob")),
    GENDER("Gender", "gender", Kind.TEXT, Json.text("gender")),
    EMPLOYER("Employer", "employer", Kind.TEXT, Json.text("employer")),
    TITLE("Title", "title", Kind.TEXT, Json.text("title")),
    PRIMARY_EMAIL("Primary Email", "primary_email", Kind.TEXT, Json.text("primary_email")),
    ADDITIONAL_EMAILS(
            "Additional Emails", "additional_emails", Kind.LIST, Json.othersThanPrevious("emails"), "Email Addresses"),
    PRIMARY_PHONE("Primary Phone", "primary_phone", Kind.TEXT, Json.text("primary_phone"), "Primary Phone Number"),
    ADDITIONAL_PHONES(
            "Additional Phones", "additional_phones", Kind.LIST, Json.othersThanPrevious("phones"), "Phone Numbers"),
    ADDRESS_LINE_1("Address Line 1", "address_line_1", Kind.TEXT, Json.text("primary_address.address_1")),
    ADDRESS_LINE_2("Address Line 2", "address_line_2", Kind.TEXT, Json.text("primary_address.address_2")),
    CITY("City", "city", Kind.TEXT, Json.text("primary_address.city")),
    STATE("State", "state", Kind.TEXT, Json.text("primary_address.state")),
    POSTAL_CODE(
            "Postal Code",
            "postal_code",
            Kind.TEXT,
            Json.text("primary_address.zipcode", "primary_address.postal_code"),
            "Zip Code"),
    COUNTRY("Country", "country", Kind.TEXT, Json.text("primary_address.country")),
    ADDITIONAL_ADDRESSES("Additional Addresses", "additional_addresses", Kind.TEXT, null, null),
    WEBSITE("Website", "website", Kind.TEXT, Json.text("website_url"), null),
    TWITTER("Twitter", "twitter", Kind.TEXT, Json.text("twitter_url"), "Twitter URL"),
    LINKEDIN("LinkedIn", "linkedin", Kind.TEXT, Json.text("linkedin_url"), "LinkedIn URL"),
    FACEBOOK("Facebook", "facebook", Kind.TEXT, Json.text("facebook_url"), "Facebook URL"),
    RECURRING_CONTRIBUTIONS(
            "Recurring Contributions",
            "recurring_contributions",
            Kind.TEXT,
            Json.text("stats.recurring_contributions"),
            null),
    TOTAL_CONTRIBUTIONS(
            "Total Contributions", "total_contributions", Kind.TEXT, Json.text("stats.total_contributions"), null),
    TOTAL_SOFT_CREDITS("Total Soft Credits", "total_soft_credits", Kind.TEXT, null, null),
    ENGAGE_EMAIL_SUBSCRIBED(
            "Engage Email Subscribed",
            "engage_email_subscribed",
            Kind.TEXT,
            Json.yesNo("is_email_subscribed"),
            "Email Subscription Status"),
    ENGAGE_SMS_SUBSCRIBED(
            "Engage SMS Subscribed",
            "engage_sms_subscribed",
            Kind.TEXT,
            Json.yesNo("is_phone_subscribed"),
            "Phone Subscription Status"),
    ENGAGE_MAIL_SUBSCRIBED(
            "Engage Mail Subscribed",
            "engage_mail_subscribed",
            Kind.TEXT,
            Json.yesNo("is_address_subscribed"),
            "Address Subscription Status"),
    TAGS("Tags", "tags", Kind.LIST, Json.values("tags")),
    NOTES("Notes", "notes", Kind.TEXT, Json.text("note")),
    HOUSEHOLD_ID("Household ID", "household_id", Kind.TEXT, null, null),
    HOUSEHOLD("Household", "household", Kind.TEXT, null, "Household Name"),
    HOUSEHOLD_PRIMARY_CONTACT(
            "Household Primary Contact", "household_primary_contact", Kind.TEXT, null, "Is Household Primary Contact"),
    DATE_CREATED_UTC("Date Created (UTC)", "date_created_utc", Kind.TEXT, Json.text("created_at"), null),
    LAST_MODIFIED_UTC("Last Modified (UTC)", "last_modified_utc", Kind.TEXT, Json.text("updated_at"), null),
    CONTACT_SINCE("Contact Since", "contact_since", Kind.TEXT, Json.text("contact_since")),
    PREFERRED_FIRST_NAME("Preferred First Name", "preferred_first_name", Kind.TEXT, Json.text("preferred_name")),
    PRONOUNS("Pronouns", "pronouns", Kind.TEXT, Json.text("pronouns")),
    TIKTOK("TikTok", "tiktok", Kind.TEXT, Json.text("tiktok_url"), "TikTok URL"),
    INSTAGRAM("Instagram", "instagram", Kind.TEXT, null, null),
    LAST_DONATION_AMOUNT("Last Donation Amount", "last_donation_amount", Kind.TEXT, null, null);

    /** The key column, the only one a file must have. */
    public static final String CONTACT_ID_HEADER = "Givebutter Contact ID";

    private static final Map<String, GivebutterContactField> BY_HEADER =
            Arrays.stream(values()).collect(Collectors.toMap(column -> key(column.header), Function.identity()));

    /** The import template's header for the one column that is not a contact field of the export. */
    public static final String HOUSEHOLD_ENVELOPE_NAME_HEADER = "Household Envelope Name";

    /**
     * The contact import template's columns in Givebutter's order: the key, then the fields by import header (null
     * entries are the key and {@link #HOUSEHOLD_ENVELOPE_NAME_HEADER}, which the app never fills).
     */
    public static final List<GivebutterContactField> IMPORT_TEMPLATE = Arrays.asList(
            null,
            EXTERNAL_ID,
            CONTACT_SINCE,
            PREFIX,
            FIRST_NAME,
            PREFERRED_FIRST_NAME,
            MIDDLE_NAME,
            LAST_NAME,
            SUFFIX,
            PRIMARY_EMAIL,
            PRIMARY_PHONE,
            ADDRESS_LINE_1,
            ADDRESS_LINE_2,
            CITY,
            STATE,
            POSTAL_CODE,
            COUNTRY,
            GENDER,
            PRONOUNS,
            HOUSEHOLD,
            null,
            HOUSEHOLD_PRIMARY_CONTACT,
            ADDITIONAL_EMAILS,
            ADDITIONAL_PHONES,
            DATE_OF_BIRTH,
            EMPLOYER,
            TITLE,
            TWITTER,
            LINKEDIN,
            FACEBOOK,
            TIKTOK,
            TAGS,
            NOTES,
            ENGAGE_EMAIL_SUBSCRIBED,
            ENGAGE_SMS_SUBSCRIBED,
            ENGAGE_MAIL_SUBSCRIBED);

    /** How a cell becomes a database value: as it is, or split on commas into a text[]. */
    public enum Kind {
        TEXT,
        LIST
    }

    /**
     * Where a {@code GET /contacts/{id}} object holds the field: dotted paths (the first with a value wins) read as
     * text, as a yes/no flag, or as a list of strings or {@code {"value": …}} objects — optionally without the value
     * of the field declared just before (the primary email or phone).
     */
    public record Json(List<String> paths, Shape shape) {

        public enum Shape {
            TEXT,
            YES_NO,
            VALUES,
            OTHERS_THAN_PREVIOUS
        }

        static Json text(String... paths) {
            return new Json(List.of(paths), Shape.TEXT);
        }

        static Json yesNo(String path) {
            return new Json(List.of(path), Shape.YES_NO);
        }

        static Json values(String path) {
            return new Json(List.of(path), Shape.VALUES);
        }

        static Json othersThanPrevious(String path) {
            return new Json(List.of(path), Shape.OTHERS_THAN_PREVIOUS);
        }
    }

    private final String header;
    private final String databaseColumn;
    private final Kind kind;
    private final Json json;
    private final String importHeader;

    /** A field the import template names like the export. */
    GivebutterContactField(String header, String databaseColumn, Kind kind, Json json) {
        this(header, databaseColumn, kind, json, header);
    }

    GivebutterContactField(String header, String databaseColumn, Kind kind, Json json, String importHeader) {
        this.header = header;
        this.databaseColumn = databaseColumn;
        this.kind = kind;
        this.json = json;
        this.importHeader = importHeader;
    }

    /** Where the API has it, or null when {@code GET /contacts/{id}} does not say. */
    public Json json() {
        return json;
    }

    /** Its header in the contact import template, or null when the import has no such column. */
    public String importHeader() {
        return importHeader;
    }

    /** The import template's header at {@code index} of {@link #IMPORT_TEMPLATE}. */
    public static String importTemplateHeader(int index) {
        GivebutterContactField field = IMPORT_TEMPLATE.get(index);
        if (field != null) {
            return field.importHeader;
        }
        return index == 0 ? CONTACT_ID_HEADER : HOUSEHOLD_ENVELOPE_NAME_HEADER;
    }

    public String header() {
        return header;
    }

    public String databaseColumn() {
        return databaseColumn;
    }

    public Kind kind() {
        return kind;
    }

    /** Header names are matched ignoring case and surrounding spaces, never by position. */
    public static Optional<GivebutterContactField> byHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(key(header)));
    }

    public static boolean isContactIdHeader(String header) {
        return key(header).equals(key(CONTACT_ID_HEADER));
    }

    private static String key(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }
}
