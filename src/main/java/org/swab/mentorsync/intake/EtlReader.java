package org.swab.mentorsync.intake;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.swab.mentorsync.jotform.SignupAnswers;

/** Reads the ETL's input with plain SQL: the three raw tables, the placeholder ids and the stored mentors. */
@Component
class EtlReader {

    private final JdbcTemplate jdbc;

    EtlReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    EtlInput read() {
        List<SignupRow> signups = jdbc.query(
                """
                select submission_id, submitted_at, status, mn_id_answer, prefix, first_name, middle_name, last_name,
                       suffix, phone, uga_email, personal_email, uga_class, shirt_size, gender, shift_preference,
                       partner_preference
                  from raw_mn_signups order by submitted_at, submission_id
                """,
                (rs, i) -> new SignupRow(
                        rs.getString(1),
                        rs.getObject(2, LocalDateTime.class),
                        rs.getString(3),
                        new SignupAnswers(
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getString(9),
                                rs.getString(10),
                                rs.getString(11),
                                rs.getString(12),
                                rs.getString(13),
                                rs.getString(14),
                                rs.getString(15),
                                rs.getString(16),
                                rs.getString(17))));
        List<SetupRow> setups = jdbc.query(
                """
                select submission_id, submitted_at, status, full_name, phone, email
                  from raw_mn_funds_setup order by submitted_at, submission_id
                """,
                (rs, i) -> new SetupRow(
                        rs.getString(1),
                        rs.getObject(2, LocalDateTime.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)));
        List<MemberRow> members = jdbc.query(
                """
                select member_id, first_name, last_name, email, phone, raised, updated_at
                  from raw_gb_campaign_members order by member_id
                """,
                (rs, i) -> new MemberRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBigDecimal(6),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()));
        Map<String, String> placeholders = new HashMap<>();
        jdbc.query("select submission_id, mn_id from mn_id_placeholders", rs -> {
            placeholders.put(rs.getString(1), rs.getString(2));
        });
        Map<String, ExistingMentor> existing = new LinkedHashMap<>();
        jdbc.query("""
                select m.mn_id, m.full_name, m.phone, m.dropped, to_char(m.dropped_at at time zone 'UTC', 'YYYY-MM-DD'),
                       coalesce(t.training_done, false)
                  from mentors m left join mn_tasks t on t.mn_id = m.mn_id order by m.mn_id
                """, rs -> {
            existing.put(
                    rs.getString(1),
                    new ExistingMentor(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getBoolean(4),
                            rs.getString(5),
                            rs.getBoolean(6)));
        });
        return new EtlInput(signups, setups, members, placeholders, existing);
    }
}
