package org.swab.mentorsync.sync.givebutter;

/** A campaign as GET /campaigns lists it. */
public record GivebutterCampaign(long id, String code, String slug, String title) {
}
