package org.swab.mentorsync.importing.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.swab.mentorsync.mentor.GivebutterContactField;

/** Where each column of one file is: the key, the standard columns found, and the rest (custom fields). */
public final class CsvHeader {

    private final int fieldCount;
    private final int contactIdIndex;
    private final int[] standardIndex = new int[GivebutterContactField.values().length];
    private final List<Integer> customIndexes = new ArrayList<>();
    private final List<String> customNames = new ArrayList<>();

    private CsvHeader(String[] names) {
        fieldCount = names.length;
        int idIndex = -1;
        java.util.Arrays.fill(standardIndex, -1);
        Set<String> customSeen = new HashSet<>();
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip();
            if (GivebutterContactField.isContactIdHeader(name)) {
                idIndex = idIndex < 0 ? i : idIndex;
                continue;
            }
            var standard = GivebutterContactField.byHeader(name);
            if (standard.isPresent() && standardIndex[standard.get().ordinal()] < 0) {
                standardIndex[standard.get().ordinal()] = i;
            } else if (!name.isEmpty()) {
                // a repeated or unnamed column keeps its place so nothing in the file is lost
                String key = customSeen.add(name) ? name : name + " (column " + (i + 1) + ")";
                customSeen.add(key);
                customIndexes.add(i);
                customNames.add(key);
            }
        }
        contactIdIndex = idIndex;
    }

    static CsvHeader of(String[] names) {
        CsvHeader header = new CsvHeader(names);
        if (header.contactIdIndex < 0) {
            if (names.length < 2) {
                throw new CsvRejectedException(
                        CsvRejection.NOT_CSV,
                        1,
                        "this does not look like a CSV export: the first line has no comma-separated column names");
            }
            throw new CsvRejectedException(
                    CsvRejection.MISSING_CONTACT_ID_COLUMN,
                    1,
                    "the column \"" + GivebutterContactField.CONTACT_ID_HEADER
                            + "\" is missing. Upload the full contacts "
                            + "export from Givebutter (Contacts → Export).");
        }
        return header;
    }

    public int fieldCount() {
        return fieldCount;
    }

    int contactIdIndex() {
        return contactIdIndex;
    }

    /** The field index of a standard column, or -1 when this file does not have it. */
    int indexOf(GivebutterContactField column) {
        return standardIndex[column.ordinal()];
    }

    List<Integer> customIndexes() {
        return customIndexes;
    }

    /** The custom-field columns by exact header (emoji included), in file order. */
    public List<String> customNames() {
        return customNames;
    }
}
