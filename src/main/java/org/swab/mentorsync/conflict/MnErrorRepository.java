package org.swab.mentorsync.conflict;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface MnErrorRepository extends JpaRepository<MnError, Long>, JpaSpecificationExecutor<MnError> {

    long countByResolvedFalse();

    Optional<MnError> findByErrorTypeAndErrorKey(ErrorType errorType, String errorKey);

    List<MnError> findByErrorTypeAndResolvedFalseOrderByUpdatedAtDesc(ErrorType errorType);

    List<MnError> findByErrorTypeOrderByCreatedAtDescIdDesc(ErrorType errorType);

    List<MnError> findByMnIdAndResolvedFalseOrderByUpdatedAtDescIdDesc(String mnId);
}
