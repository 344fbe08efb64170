package org.swab.mentorsync.mentor;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The columns of {@link GivebutterContactField} in the mentors' contact mirror (raw_mn_gb_contacts; the
 * full-contacts snapshot has the same columns and is written by COPY). Each field is the catalogue's database column
 * in camel case; they are read and written by catalogue field, never one by one, so a new Givebutter field is one
 * catalogue line, one field here and one DDL column.
 */
@MappedSuperclass
public abstract class GivebutterContactColumns {

    private static final Map<GivebutterContactField, Field> FIELDS = fields();

    private String externalId;

    private String prefix;

    private String firstName;

    private String middleName;

    private String lastName;

    private String suffix;

    private String dateOfBirth;

    private String gender;

    private String employer;

    private String title;

    private String primaryEmail;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> additionalEmails = new ArrayList<>();

    private String primaryPhone;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> additionalPhones = new ArrayList<>();

    @Column(name = "address_line_1")
    private String addressLine1;

    @Column(name = "address_line_2")
    private String addressLine2;

    private String city;

    private String state;

    private String postalCode;

    private String country;

    private String additionalAddresses;

    private String website;

    private String twitter;

    private String linkedin;

    private String facebook;

    private String recurringContributions;

    private String totalContributions;

    private String totalSoftCredits;

    private String engageEmailSubscribed;

    private String engageSmsSubscribed;

    private String engageMailSubscribed;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> tags = new ArrayList<>();

    private String notes;

    private String householdId;

    private String household;

    private String householdPrimaryContact;

    private String dateCreatedUtc;

    private String lastModifiedUtc;

    private String contactSince;

    private String preferredFirstName;

    private String pronouns;

    private String tiktok;

    private String instagram;

    private String lastDonationAmount;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> customFields = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> raw = new LinkedHashMap<>();

    /** The field's value: a String, or a List of Strings for {@link GivebutterContactField.Kind#LIST}. */
    public Object get(GivebutterContactField field) {
        try {
            return FIELDS.get(field).get(this);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The field's value as text; a list reads as its first element. */
    public String text(GivebutterContactField field) {
        Object value = get(field);
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.valueOf(list.getFirst());
        }
        return (String) value;
    }

    @SuppressWarnings("unchecked")
    public List<String> list(GivebutterContactField field) {
        Object value = get(field);
        return value == null ? List.of() : (List<String>) value;
    }

    public void set(GivebutterContactField field, Object value) {
        Object checked = field.kind() == GivebutterContactField.Kind.LIST
                ? (value == null ? new ArrayList<String>() : new ArrayList<>((List<?>) value))
                : (String) value;
        try {
            FIELDS.get(field).set(this, checked);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    public Map<String, String> getCustomFields() {
        return customFields;
    }

    public void setCustomFields(Map<String, String> customFields) {
        this.customFields = customFields;
    }

    /** What the source had beyond the catalogue's fields (the API's other plain properties). */
    public Map<String, String> getRaw() {
        return raw;
    }

    public void setRaw(Map<String, String> raw) {
        this.raw = raw;
    }

    private static Map<GivebutterContactField, Field> fields() {
        Map<GivebutterContactField, Field> fields = new EnumMap<>(GivebutterContactField.class);
        for (GivebutterContactField field : GivebutterContactField.values()) {
            try {
                Field javaField = GivebutterContactColumns.class.getDeclaredField(camelCase(field.databaseColumn()));
                javaField.setAccessible(true);
                fields.put(field, javaField);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("GivebutterContactColumns lacks the column of " + field, e);
            }
        }
        return fields;
    }

    private static String camelCase(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
