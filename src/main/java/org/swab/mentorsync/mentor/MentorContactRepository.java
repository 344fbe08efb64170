package org.swab.mentorsync.mentor;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MentorContactRepository extends JpaRepository<MentorContact, String> {}
