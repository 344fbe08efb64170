package org.swab.mentorsync.intake;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RawSignupRepository extends JpaRepository<RawSignup, String> {
}
