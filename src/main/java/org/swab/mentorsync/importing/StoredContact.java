package org.swab.mentorsync.importing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.swab.mentorsync.matching.ContactIdentity;

/** The identifiers of a contact read back from raw_gb_full_contacts. */
record StoredContact(long contactId, String externalId, List<String> phones, List<String> emails) {

    static StoredContact from(ResultSet row) throws SQLException {
        return new StoredContact(row.getLong("contact_id"), row.getString("external_id"),
                withPrimary(row.getString("primary_phone"), row.getArray("additional_phones")),
                withPrimary(row.getString("primary_email"), row.getArray("additional_emails")));
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
