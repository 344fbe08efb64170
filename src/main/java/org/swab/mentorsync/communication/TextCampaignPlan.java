package org.swab.mentorsync.communication;

import java.util.List;
import java.util.Set;
import org.swab.mentorsync.mentor.MentorStatus;

/** A checked campaign ready to write: not blocked, a known template, its recipients in file order, its file name. */
public record TextCampaignPlan(
        String name,
        String template,
        Set<MentorStatus> statuses,
        List<Recipient> recipients,
        int withoutPhone,
        String filename) {}
