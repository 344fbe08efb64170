package org.swab.mentorsync.intake;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RawSetupSubmissionRepository extends JpaRepository<RawSetupSubmission, String> {
}
