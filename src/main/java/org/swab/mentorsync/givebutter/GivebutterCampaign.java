package org.swab.mentorsync.givebutter;

/** A campaign as GET /campaigns lists it. */
public record GivebutterCampaign(long id, String code, String slug, String title) {}
