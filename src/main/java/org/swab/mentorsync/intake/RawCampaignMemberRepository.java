package org.swab.mentorsync.intake;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RawCampaignMemberRepository extends JpaRepository<RawCampaignMember, Long> {
}
