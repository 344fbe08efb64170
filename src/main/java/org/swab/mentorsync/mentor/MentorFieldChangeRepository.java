package org.swab.mentorsync.mentor;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MentorFieldChangeRepository extends JpaRepository<MentorFieldChange, Long> {

    List<MentorFieldChange> findByMnIdOrderByChangedAtDesc(String mnId);
}
