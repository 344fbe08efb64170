package org.swab.mentorsync.givebutter;

import java.util.List;

/** Every member of a campaign; {@code skipped} counts members whose id could not be read. */
public record GivebutterMembers(GivebutterCampaign campaign, List<GivebutterMember> members, int pages, int skipped) {}
