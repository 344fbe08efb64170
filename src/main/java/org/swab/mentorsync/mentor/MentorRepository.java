package org.swab.mentorsync.mentor;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface MentorRepository extends JpaRepository<Mentor, String> {

    /** Per status of the active mentors: the status, how many, how many with a contact id (one query). */
    @Query("select m.statusCategory, count(m), count(m.gbContactId) from Mentor m where m.dropped = false "
            + "group by m.statusCategory")
    java.util.List<Object[]> countActiveByStatus();

    /** The mentor, row-locked until the transaction ends (a sync's write against a concurrent re-link). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Mentor m where m.mnId = :mnId")
    java.util.Optional<Mentor> lockById(String mnId);

    /** The active mentors' links and statuses, without loading them as entities. */
    @Query("select new org.swab.mentorsync.mentor.ActiveMentorStatus(m.mnId, m.gbContactId, m.statusCategory,"
            + " m.statusText) from Mentor m where m.dropped = false")
    java.util.List<ActiveMentorStatus> findActiveStatuses();

    Page<Mentor> findByDroppedFalse(Pageable pageable);

    java.util.List<Mentor> findByDroppedFalseAndGbContactIdIsNotNullOrderByMnId();

    java.util.List<Mentor> findByDroppedFalseAndStatusCategoryIn(java.util.Collection<MentorStatus> statuses);
}
