package org.swab.mentorsync.importing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.swab.mentorsync.importing.csv.StandardColumn;
import org.swab.mentorsync.matching.MentorIdentity;

/** Reads what matching needs about mentors and campaign members, and writes the links it finds. */
@Repository
class MentorLinkStore {

    private static final String CONTACT_COLUMNS = Stream.concat(
            Stream.of(StandardColumn.values()).map(StandardColumn::databaseColumn),
            Stream.of("custom_fields", "raw")).collect(Collectors.joining(", "));

    // the API sync's copy of a contact is fresher than any export: the CSV only replaces its own rows or a new link
    private static final String UPSERT_MIRROR = """
            insert into raw_mn_gb_contacts as m (mn_id, contact_id, %1$s, source, last_synced_at, sync_status)
            select v.mn_id, c.contact_id, %2$s, 'csv_match', now(), 'synced'
              from unnest(?::text[], ?::bigint[]) as v(mn_id, contact_id)
              join raw_gb_full_contacts c on c.contact_id = v.contact_id
            on conflict (mn_id) do update set contact_id = excluded.contact_id, %3$s, source = 'csv_match',
                last_synced_at = excluded.last_synced_at, sync_status = 'synced'
            where m.source = 'csv_match' or m.contact_id <> excluded.contact_id
            """.formatted(CONTACT_COLUMNS,
            Stream.of(CONTACT_COLUMNS.split(", ")).map(column -> "c." + column).collect(Collectors.joining(", ")),
            Stream.of(CONTACT_COLUMNS.split(", ")).map(column -> column + " = excluded." + column)
                    .collect(Collectors.joining(", ")));

    private final JdbcTemplate jdbc;

    MentorLinkStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Active (not dropped) mentors with their campaign member's email and phone. */
    List<MentorIdentity> activeMentors() {
        return jdbc.query("""
                select m.mn_id, m.phone, m.personal_email, m.uga_email, gm.phone as member_phone,
                       gm.email as member_email
                  from mentors m left join raw_gb_campaign_members gm on gm.member_id = m.gb_member_id
                 where not m.dropped
                """, (row, i) -> new MentorIdentity(row.getString("mn_id"), row.getString("phone"),
                row.getString("personal_email"), row.getString("uga_email"), row.getString("member_phone"),
                row.getString("member_email")));
    }

    /** Contacts active mentors were linked to before this upload. */
    Map<Long, String> existingLinks() {
        return jdbc.query("select gb_contact_id, mn_id from mentors where not dropped and gb_contact_id is not null",
                rows -> {
                    Map<Long, String> links = new java.util.HashMap<>();
                    while (rows.next()) {
                        links.putIfAbsent(rows.getLong(1), rows.getString(2));
                    }
                    return links;
                });
    }

    List<CampaignMember> campaignMembers() {
        return jdbc.query("""
                select gm.member_id, gm.email, gm.phone,
                       (select min(m.mn_id) from mentors m where m.gb_member_id = gm.member_id) as mn_id
                  from raw_gb_campaign_members gm order by gm.member_id
                """, (row, i) -> new CampaignMember(row.getLong("member_id"), row.getString("email"),
                row.getString("phone"), row.getString("mn_id")));
    }

    /** Sets mentors.gb_contact_id and mirrors the contacts; returns how many mentors got a new or different id. */
    int link(Map<String, Long> links) {
        String[] mnIds = links.keySet().toArray(String[]::new);
        Long[] contactIds = links.values().toArray(Long[]::new);
        int changed = jdbc.update("""
                update mentors m set gb_contact_id = v.contact_id, updated_at = now(), version = m.version + 1
                  from unnest(?::text[], ?::bigint[]) as v(mn_id, contact_id)
                 where m.mn_id = v.mn_id and m.gb_contact_id is distinct from v.contact_id
                """, mnIds, contactIds);
        jdbc.update(UPSERT_MIRROR, mnIds, contactIds);
        return changed;
    }

    /**
     * A contact this upload gave to one mentor, or to none because it is ambiguous, is taken from every other mentor
     * an earlier upload had linked it to (a sibling who shared the family contact, a duplicate signup): one contact,
     * at most one mentor. Returns how many links were removed.
     */
    int unlinkOthers(Map<String, Long> links, List<Long> ambiguousContactIds) {
        Long[] wonContacts = links.values().toArray(Long[]::new);
        String[] winners = links.keySet().toArray(String[]::new);
        List<Map<String, Object>> removed = jdbc.queryForList("""
                with decided(contact_id, winner) as (
                    select * from unnest(?::bigint[], ?::text[])
                    union all
                    select unnest(?::bigint[]), null::text
                )
                update mentors m set gb_contact_id = null, updated_at = now(), version = m.version + 1
                  from decided d
                 where m.gb_contact_id = d.contact_id and m.mn_id is distinct from d.winner and not m.dropped
                returning m.mn_id, d.contact_id
                """, wonContacts, winners, ambiguousContactIds.toArray(Long[]::new));
        if (!removed.isEmpty()) {
            jdbc.update("""
                    delete from raw_mn_gb_contacts c using unnest(?::text[], ?::bigint[]) as r(mn_id, contact_id)
                     where c.mn_id = r.mn_id and c.contact_id = r.contact_id
                    """, removed.stream().map(row -> row.get("mn_id")).toArray(String[]::new),
                    removed.stream().map(row -> ((Number) row.get("contact_id")).longValue()).toArray(Long[]::new));
        }
        return removed.size();
    }

    /** A Givebutter campaign member, and the mentor linked to it if any. */
    record CampaignMember(long memberId, String email, String phone, String mnId) {
    }
}
