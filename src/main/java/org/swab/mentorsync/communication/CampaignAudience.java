package org.swab.mentorsync.communication;

import java.util.List;
import java.util.Map;
import org.swab.mentorsync.mentor.MentorStatus;

/**
 * Who a campaign of the chosen statuses reaches: per status (every status, chosen or not) how many active mentors it
 * has and how many of them have a phone; the recipients (with a phone) and the mentors left out for want of one.
 */
public record CampaignAudience(
        Map<MentorStatus, StatusCount> byStatus, List<Recipient> recipients, List<Recipient> withoutPhone) {

    public record StatusCount(long mentors, long withPhone) {}
}
