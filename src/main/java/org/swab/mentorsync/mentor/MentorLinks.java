package org.swab.mentorsync.mentor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The links between mentors and Givebutter contacts that a contacts CSV upload decides: who is linked, which pairs an
 * admin refused, and writing the upload's links with the linked contacts' mirror rows.
 */
@Service
public class MentorLinks {

    private static final String CONTACT_COLUMNS = Stream.concat(
                    Stream.of(GivebutterContactField.values()).map(GivebutterContactField::databaseColumn),
                    Stream.of("custom_fields", "raw"))
            .collect(Collectors.joining(", "));

    // the mirror row is copied from the upload's snapshot; the API sync's copy of a contact is fresher than any
    // export, so the CSV only replaces its own rows (when the export shows them differently) or a new link
    private static final String UPSERT_MIRROR = """
            insert into raw_mn_gb_contacts as m (mn_id, contact_id, %1$s, source, last_synced_at, sync_status)
            select v.mn_id, c.contact_id, %2$s, 'csv_match', now(), 'synced'
              from unnest(?::text[], ?::bigint[]) as v(mn_id, contact_id)
              join raw_gb_full_contacts c on c.contact_id = v.contact_id
            on conflict (mn_id) do update set contact_id = excluded.contact_id, %3$s, source = 'csv_match',
                last_synced_at = excluded.last_synced_at, sync_status = 'synced'
            where m.contact_id <> excluded.contact_id
               or (m.source = 'csv_match' and (m.sync_status is distinct from 'synced' or (%4$s) is distinct from (%5$s)))
            """.formatted(
                    CONTACT_COLUMNS,
                    columns("c."),
                    Stream.of(CONTACT_COLUMNS.split(", "))
                            .map(column -> column + " = excluded." + column)
                            .collect(Collectors.joining(", ")),
                    columns("m."),
                    columns("excluded."));

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    MentorLinks(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Active (not dropped) mentors with what identifies them and their campaign member id. */
    @Transactional(readOnly = true)
    public List<LinkableMentor> activeMentors() {
        return jdbc.query(
                "select mn_id, phone, personal_email, uga_email, gb_member_id from mentors where not dropped",
                (row, i) -> new LinkableMentor(
                        row.getString("mn_id"),
                        row.getString("phone"),
                        row.getString("personal_email"),
                        row.getString("uga_email"),
                        (Long) row.getObject("gb_member_id")));
    }

    /** Contacts active mentors are linked to now. */
    @Transactional(readOnly = true)
    public Map<Long, String> existingLinks() {
        return jdbc.query(
                "select gb_contact_id, mn_id from mentors where not dropped and gb_contact_id is not null", rows -> {
                    Map<Long, String> links = new HashMap<>();
                    while (rows.next()) {
                        links.putIfAbsent(rows.getLong(1), rows.getString(2));
                    }
                    return links;
                });
    }

    /** The mentor (lowest id) holding each campaign member. */
    @Transactional(readOnly = true)
    public Map<Long, String> mentorByMember() {
        return jdbc.query(
                "select gb_member_id, min(mn_id) from mentors where gb_member_id is not null "
                        + "group by gb_member_id",
                rows -> {
                    Map<Long, String> owners = new HashMap<>();
                    while (rows.next()) {
                        owners.put(rows.getLong(1), rows.getString(2));
                    }
                    return owners;
                });
    }

    /** The contacts an admin unlinked from each mentor: no upload links such a pair again. */
    @Transactional(readOnly = true)
    public Map<String, Set<Long>> refusedContacts() {
        Map<String, Set<Long>> refused = new HashMap<>();
        jdbc.query("select mn_id, contact_id from mn_contact_unlinks", row -> {
            refused.computeIfAbsent(row.getString(1), id -> new HashSet<>()).add(row.getLong(2));
        });
        return refused;
    }

    /**
     * Writes what an upload decided, inside its transaction: a contact given to one mentor ({@code links}), or to
     * none because it is ambiguous, is taken from every other mentor an earlier upload had linked it to (one contact,
     * at most one mentor); then the links are set and their contacts mirrored.
     *
     * @return how many mentors got a new or different contact id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int applyUpload(Map<String, Long> links, List<Long> ambiguousContactIds) {
        int taken = takeFromOthers(links, ambiguousContactIds);
        String[] mnIds = links.keySet().toArray(String[]::new);
        Long[] contactIds = links.values().toArray(Long[]::new);
        int changed = jdbc.update("""
                update mentors m set gb_contact_id = v.contact_id, updated_at = now(), version = m.version + 1
                  from unnest(?::text[], ?::bigint[]) as v(mn_id, contact_id)
                 where m.mn_id = v.mn_id and m.gb_contact_id is distinct from v.contact_id
                """, mnIds, contactIds);
        int mirrored = jdbc.update(UPSERT_MIRROR, mnIds, contactIds);
        if (taken + changed + mirrored > 0) {
            // the staged import follows links and mirrored contacts; an upload that changed neither leaves it true
            events.publishEvent(new MentorDataChanged("contacts CSV upload"));
        }
        return changed;
    }

    /** Unlinks the contacts decided here from the other mentors holding them; returns how many were unlinked. */
    private int takeFromOthers(Map<String, Long> links, List<Long> ambiguousContactIds) {
        List<Map<String, Object>> removed = jdbc.queryForList(
                """
                with decided(contact_id, winner) as (
                    select * from unnest(?::bigint[], ?::text[])
                    union all
                    select unnest(?::bigint[]), null::text
                )
                update mentors m set gb_contact_id = null, updated_at = now(), version = m.version + 1
                  from decided d
                 where m.gb_contact_id = d.contact_id and m.mn_id is distinct from d.winner and not m.dropped
                returning m.mn_id, d.contact_id
                """,
                links.values().toArray(Long[]::new),
                links.keySet().toArray(String[]::new),
                ambiguousContactIds.toArray(Long[]::new));
        if (!removed.isEmpty()) {
            jdbc.update(
                    """
                    delete from raw_mn_gb_contacts c using unnest(?::text[], ?::bigint[]) as r(mn_id, contact_id)
                     where c.mn_id = r.mn_id and c.contact_id = r.contact_id
                    """,
                    removed.stream().map(row -> row.get("mn_id")).toArray(String[]::new),
                    removed.stream()
                            .map(row -> ((Number) row.get("contact_id")).longValue())
                            .toArray(Long[]::new));
        }
        return removed.size();
    }

    private static String columns(String alias) {
        return Stream.of(CONTACT_COLUMNS.split(", "))
                .map(column -> alias + column)
                .collect(Collectors.joining(", "));
    }

    /** What matching needs to know about one active mentor. */
    public record LinkableMentor(String mnId, String phone, String personalEmail, String ugaEmail, Long gbMemberId) {}
}
