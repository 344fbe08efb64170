package org.swab.mentorsync.sync;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RawCampaignMemberRepository extends JpaRepository<RawCampaignMember, Long> {
}
