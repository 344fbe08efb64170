package org.swab.mentorsync.communication;

/** Published after a text campaign's file was written and saved, so the run history can record it. */
public record TextCampaignGenerated(
        String user, long campaignId, String name, int recipients, int withoutPhone, long durationMs) {}
