package org.swab.mentorsync.mentor;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The standard columns of Givebutter's contacts export (2025 columns, then those 2026 exports add) and the
 * raw_gb_full_contacts column each goes to. {@code Givebutter Contact ID} is handled apart: it is the key.
 * Anything else in a file is a custom field.
 */
public enum GivebutterContactField {
    EXTERNAL_ID("Contact External ID", "external_id", Kind.TEXT),
    PREFIX("Prefix", "prefix", Kind.TEXT),
    FIRST_NAME("First Name", "first_name", Kind.TEXT),
    MIDDLE_NAME("Middle Name", "middle_name", Kind.TEXT),
    LAST_NAME("Last Name", "last_name", Kind.TEXT),
    SUFFIX("Suffix", "suffix", Kind.TEXT),
    DATE_OF_BIRTH("Date of Birth", "date_of_birth", Kind.TEXT),
    GENDER("Gender", "gender", Kind.TEXT),
    EMPLOYER("Employer", "employer", Kind.TEXT),
    TITLE("Title", "title", Kind.TEXT),
    PRIMARY_EMAIL("Primary Email", "primary_email", Kind.TEXT),
    ADDITIONAL_EMAILS("Additional Emails", "additional_emails", Kind.LIST),
    PRIMARY_PHONE("Primary Phone", "primary_phone", Kind.TEXT),
    ADDITIONAL_PHONES("Additional Phones", "additional_phones", Kind.LIST),
    ADDRESS_LINE_1("Address Line 1", "address_line_1", Kind.TEXT),
    ADDRESS_LINE_2("Address Line 2", "address_line_2", Kind.TEXT),
    CITY("City", "city", Kind.TEXT),
    STATE("State", "state", Kind.TEXT),
    POSTAL_CODE("Postal Code", "postal_code", Kind.TEXT),
    COUNTRY("Country", "country", Kind.TEXT),
    ADDITIONAL_ADDRESSES("Additional Addresses", "additional_addresses", Kind.TEXT),
    WEBSITE("Website", "website", Kind.TEXT),
    TWITTER("Twitter", "twitter", Kind.TEXT),
    LINKEDIN("LinkedIn", "linkedin", Kind.TEXT),
    FACEBOOK("Facebook", "facebook", Kind.TEXT),
    RECURRING_CONTRIBUTIONS("Recurring Contributions", "recurring_contributions", Kind.TEXT),
    TOTAL_CONTRIBUTIONS("Total Contributions", "total_contributions", Kind.TEXT),
    TOTAL_SOFT_CREDITS("Total Soft Credits", "total_soft_credits", Kind.TEXT),
    ENGAGE_EMAIL_SUBSCRIBED("Engage Email Subscribed", "engage_email_subscribed", Kind.TEXT),
    ENGAGE_SMS_SUBSCRIBED("Engage SMS Subscribed", "engage_sms_subscribed", Kind.TEXT),
    ENGAGE_MAIL_SUBSCRIBED("Engage Mail Subscribed", "engage_mail_subscribed", Kind.TEXT),
    TAGS("Tags", "tags", Kind.LIST),
    NOTES("Notes", "notes", Kind.TEXT),
    HOUSEHOLD_ID("Household ID", "household_id", Kind.TEXT),
    HOUSEHOLD("Household", "household", Kind.TEXT),
    HOUSEHOLD_PRIMARY_CONTACT("Household Primary Contact", "household_primary_contact", Kind.TEXT),
    DATE_CREATED_UTC("Date Created (UTC)", "date_created_utc", Kind.TEXT),
    LAST_MODIFIED_UTC("Last Modified (UTC)", "last_modified_utc", Kind.TEXT),
    CONTACT_SINCE("Contact Since", "contact_since", Kind.TEXT),
    PREFERRED_FIRST_NAME("Preferred First Name", "preferred_first_name", Kind.TEXT),
    PRONOUNS("Pronouns", "pronouns", Kind.TEXT),
    TIKTOK("TikTok", "tiktok", Kind.TEXT),
    INSTAGRAM("Instagram", "instagram", Kind.TEXT),
    LAST_DONATION_AMOUNT("Last Donation Amount", "last_donation_amount", Kind.TEXT);

    /** The key column, the only one a file must have. */
    public static final String CONTACT_ID_HEADER = "Givebutter Contact ID";

    private static final Map<String, GivebutterContactField> BY_HEADER = Arrays.stream(values())
            .collect(Collectors.toMap(column -> key(column.header), Function.identity()));

    /** How a cell becomes a database value: as it is, or split on commas into a text[]. */
    public enum Kind {
        TEXT,
        LIST
    }

    private final String header;
    private final String databaseColumn;
    private final Kind kind;

    GivebutterContactField(String header, String databaseColumn, Kind kind) {
        this.header = header;
        this.databaseColumn = databaseColumn;
        this.kind = kind;
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
