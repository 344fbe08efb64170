package org.swab.mentorsync.conflict;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MnErrorRepository extends JpaRepository<MnError, Long> {

    long countByResolvedFalse();
}
