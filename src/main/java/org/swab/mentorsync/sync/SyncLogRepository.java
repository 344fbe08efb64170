package org.swab.mentorsync.sync;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface SyncLogRepository extends JpaRepository<SyncLog, Long>, JpaSpecificationExecutor<SyncLog> {

    Optional<SyncLog> findFirstBySyncTypeInOrderByStartedAtDesc(Collection<SyncType> types);

    Page<SyncLog> findAllByOrderByStartedAtDesc(Pageable pageable);

    boolean existsByStatus(SyncRunStatus status);

    List<SyncLog> findByStatus(SyncRunStatus status);
}
