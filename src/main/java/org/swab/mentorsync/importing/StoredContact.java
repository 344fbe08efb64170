package org.swab.mentorsync.importing;

import static org.swab.mentorsync.mentor.GivebutterContactField.ADDITIONAL_EMAILS;
import static org.swab.mentorsync.mentor.GivebutterContactField.ADDITIONAL_PHONES;
import static org.swab.mentorsync.mentor.GivebutterContactField.EXTERNAL_ID;
import static org.swab.mentorsync.mentor.GivebutterContactField.PRIMARY_EMAIL;
import static org.swab.mentorsync.mentor.GivebutterContactField.PRIMARY_PHONE;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.swab.mentorsync.matching.ContactIdentity;
import org.swab.mentorsync.mentor.GivebutterContactField;

/** The identifiers of a contact read back from raw_gb_full_contacts. */
record StoredContact(long contactId, String externalId, List<String> phones, List<String> emails) {

    /** The columns {@link #from} reads, for the query's select list. */
    static final String COLUMNS = "contact_id, "
            + Stream.of(EXTERNAL_ID, PRIMARY_PHONE, ADDITIONAL_PHONES, PRIMARY_EMAIL, ADDITIONAL_EMAILS)
                    .map(GivebutterContactField::databaseColumn)
                    .collect(Collectors.joining(", "));

    static StoredContact from(ResultSet row) throws SQLException {
        return new StoredContact(
                row.getLong("contact_id"),
                row.getString(EXTERNAL_ID.databaseColumn()),
                withPrimary(
                        row.getString(PRIMARY_PHONE.databaseColumn()),
                        row.getArray(ADDITIONAL_PHONES.databaseColumn())),
                withPrimary(
                        row.getString(PRIMARY_EMAIL.databaseColumn()),
                        row.getArray(ADDITIONAL_EMAILS.databaseColumn())));
    }

    ContactIdentity identity() {
        return ContactIdentity.fromRaw(contactId, externalId, phones, emails);
    }

    private static List<String> withPrimary(String primary, Array additional) throws SQLException {
        List<String> all = new ArrayList<>();
        if (primary != null) {
            all.add(primary);
        }
        if (additional != null) {
            for (Object value : (Object[]) additional.getArray()) {
                all.add((String) value);
            }
        }
        return all;
    }
}
