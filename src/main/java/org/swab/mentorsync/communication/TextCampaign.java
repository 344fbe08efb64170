package org.swab.mentorsync.communication;

import java.time.Instant;
import java.util.List;
import org.swab.mentorsync.mentor.MentorStatus;

/** A generated campaign as the history keeps it (its file's bytes are kept too, read by id). */
public record TextCampaign(
        long id,
        String name,
        String template,
        List<MentorStatus> statuses,
        int recipients,
        int withoutPhone,
        String createdBy,
        Instant createdAt,
        String filename,
        String sha256) {}
