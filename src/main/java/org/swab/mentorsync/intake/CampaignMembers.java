package org.swab.mentorsync.intake;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Givebutter campaign members as the last fetch stored them (raw_gb_campaign_members), for other features. */
@Service
public class CampaignMembers {

    private final JdbcTemplate jdbc;

    CampaignMembers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<CampaignMember> all() {
        return jdbc.query(
                "select member_id, email, phone from raw_gb_campaign_members order by member_id",
                (row, i) ->
                        new CampaignMember(row.getLong("member_id"), row.getString("email"), row.getString("phone")));
    }

    /** One member's id and the email and phone Givebutter has for it. */
    public record CampaignMember(long memberId, String email, String phone) {}
}
