package org.swab.mentorsync.sync;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RawSetupSubmissionRepository extends JpaRepository<RawSetupSubmission, String> {
}
