package org.swab.mentorsync.communication;

import java.util.Set;
import org.swab.mentorsync.mentor.MentorStatus;

/** What the admin asks for: a campaign name, the statuses whose mentors get it, the message template. */
public record CampaignRequest(String name, Set<MentorStatus> statuses, String template) {

    public CampaignRequest {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }
}
