package org.swab.mentorsync.importing.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.swab.mentorsync.mentor.GivebutterContactField;

/**
 * One contact of the export. {@code values} holds each {@link GivebutterContactField}'s cell by ordinal: a String, a
 * List&lt;String&gt; for list columns, or null when empty or absent. Custom fields keep their exact header.
 */
public record ContactRow(long line, long contactId, Object[] values, Map<String, String> customFields) {

    public String text(GivebutterContactField column) {
        return (String) values[column.ordinal()];
    }

    @SuppressWarnings("unchecked")
    public List<String> list(GivebutterContactField column) {
        Object value = values[column.ordinal()];
        return value == null ? List.of() : (List<String>) value;
    }

    /** Primary phone first, then the additional ones. */
    public List<String> phones() {
        return withPrimary(text(GivebutterContactField.PRIMARY_PHONE), list(GivebutterContactField.ADDITIONAL_PHONES));
    }

    /** Primary email first, then the additional ones. */
    public List<String> emails() {
        return withPrimary(text(GivebutterContactField.PRIMARY_EMAIL), list(GivebutterContactField.ADDITIONAL_EMAILS));
    }

    static List<String> withPrimary(String primary, List<String> additional) {
        List<String> all = new ArrayList<>(additional.size() + 1);
        if (primary != null) {
            all.add(primary);
        }
        all.addAll(additional);
        return all;
    }
}
