package org.swab.mentorsync.conflict;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MnErrorRepository extends JpaRepository<MnError, Long> {

    long countByResolvedFalse();

    List<MnError> findByErrorTypeOrderByCreatedAtDescIdDesc(ErrorType errorType);
}
