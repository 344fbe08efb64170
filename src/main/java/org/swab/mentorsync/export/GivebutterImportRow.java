package org.swab.mentorsync.export;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.swab.mentorsync.mentor.GivebutterContactField;

/**
 * A mentor's row of the Givebutter contact import: the contact id when known, the template's fields by catalogue
 * field, and the custom-field columns by their exact header.
 */
public final class GivebutterImportRow {

    private final String mnId;
    private String givebutterContactId;
    private final Map<GivebutterContactField, String> fields = new EnumMap<>(GivebutterContactField.class);
    private final Map<String, String> customFields = new LinkedHashMap<>();

    public GivebutterImportRow(String mnId) {
        this.mnId = mnId;
    }

    public String mnId() {
        return mnId;
    }

    public String givebutterContactId() {
        return givebutterContactId;
    }

    void setGivebutterContactId(String givebutterContactId) {
        this.givebutterContactId = givebutterContactId;
    }

    public String get(GivebutterContactField field) {
        return fields.get(field);
    }

    void put(GivebutterContactField field, String value) {
        if (field.importHeader() == null) {
            throw new IllegalArgumentException(field + " is not a column of the contact import");
        }
        fields.put(field, value);
    }

    public Map<String, String> customFields() {
        return customFields;
    }

    /** The value under the import template's column {@code index} ({@link GivebutterContactField#IMPORT_TEMPLATE}). */
    String templateValue(int index) {
        GivebutterContactField field = GivebutterContactField.IMPORT_TEMPLATE.get(index);
        if (field != null) {
            return fields.get(field);
        }
        return index == 0 ? givebutterContactId : null;
    }
}
