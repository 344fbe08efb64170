package org.swab.mentorsync.sync;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RawSignupRepository extends JpaRepository<RawSignup, String> {
}
