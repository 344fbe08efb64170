package org.swab.mentorsync.mentor;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MentorFieldOverrideRepository extends JpaRepository<MentorFieldOverride, MentorFieldOverride.Key> {

    List<MentorFieldOverride> findByMnId(String mnId);
}
