package org.swab.mentorsync.mentor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.swab.mentorsync.base.csv.SafeCsvWriter;

/**
 * The columns of Export All Mentors: ids, names, contact details, status, the Givebutter contact and its state, and
 * every task. A season's query (live or archived) selects exactly these names; {@link #write} streams its rows.
 */
public final class MentorRoster {

    public static final List<String> COLUMNS = List.of(
            "mn_id",
            "preferred_name",
            "first_name",
            "last_name",
            "phone",
            "personal_email",
            "uga_email",
            "status",
            "status_label",
            "status_text",
            "gb_contact_id",
            "gb_member_id",
            "contact_state",
            "signup_done",
            "signup_at",
            "setup_done",
            "setup_at",
            "campaign_member",
            "amount_raised",
            "fundraised_done",
            "fundraised_at",
            "training_done",
            "training_at",
            "shift_preference",
            "partner_preference",
            "uga_class",
            "shirt_size",
            "created_at",
            "updated_at");

    /** The select list over {@code m} (mentors) and {@code t} (tasks), with the contact state expression given. */
    public static String selectList(String contactState) {
        return """
                m.mn_id, m.preferred_name, m.first_name, m.last_name, m.phone, m.personal_email, m.uga_email,
                m.status_category as status, m.status_category as status_label, m.status_text, m.gb_contact_id,
                m.gb_member_id, %s as contact_state, coalesce(t.signup_done, true) as signup_done, t.signup_at,
                coalesce(t.setup_done, false) as setup_done, t.setup_at,
                coalesce(t.campaign_member, false) as campaign_member, coalesce(t.amount_raised, 0) as amount_raised,
                coalesce(t.fundraised_done, false) as fundraised_done, t.fundraised_at,
                coalesce(t.training_done, false) as training_done, t.training_at, m.shift_preference,
                m.partner_preference, m.uga_class, m.shirt_size, m.created_at, m.updated_at
                """.formatted(contactState);
    }

    private MentorRoster() {}

    /** The header, then one record per row of {@code rows} (a query of {@link #selectList}). */
    public static void write(ResultSet rows, SafeCsvWriter csv) throws SQLException {
        csv.write(COLUMNS);
        while (rows.next()) {
            List<String> cells = new ArrayList<>(COLUMNS.size());
            for (String column : COLUMNS) {
                cells.add(cell(rows, column));
            }
            csv.write(cells);
        }
    }

    private static String cell(ResultSet rows, String column) throws SQLException {
        if (column.equals("status_label")) {
            String code = rows.getString(column);
            return code == null
                    ? null
                    : MentorStatus.valueOf(code.toUpperCase(java.util.Locale.ROOT))
                            .label();
        }
        if (column.endsWith("_at")) {
            OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant().toString();
        }
        if (column.endsWith("_done") || column.equals("campaign_member")) {
            boolean value = rows.getBoolean(column);
            return rows.wasNull() ? null : value ? "yes" : "no";
        }
        return rows.getString(column);
    }
}
