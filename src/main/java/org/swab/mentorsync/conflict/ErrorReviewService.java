package org.swab.mentorsync.conflict;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The error log as admins review it: filtered lists, and marking a cause resolved (or open again) by hand. */
@Service
public class ErrorReviewService {

    private final MnErrorRepository errors;
    private final Clock clock;

    ErrorReviewService(MnErrorRepository errors, Clock clock) {
        this.errors = errors;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MnError> list(ErrorFilter filter, Pageable pageable) {
        Pageable newestFirst = pageable.getSort().isSorted()
                ? pageable
                : org.springframework.data.domain.PageRequest.of(
                        pageable.getPageNumber(),
                        pageable.getPageSize(),
                        Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
        return errors.findAll(matching(filter), newestFirst).getContent();
    }

    @Transactional(readOnly = true)
    public long count(ErrorFilter filter) {
        return errors.count(matching(filter));
    }

    /** The open causes logged for one mentor, newest first. */
    @Transactional(readOnly = true)
    public List<MnError> openFor(String mnId) {
        return errors.findByMnIdAndResolvedFalseOrderByUpdatedAtDescIdDesc(mnId);
    }

    @Transactional(readOnly = true)
    public Optional<MnError> find(long errorId) {
        return errors.findById(errorId);
    }

    /**
     * Closes a cause by hand, recording who and when; an already closed cause keeps its first who and when. Logging
     * the same situation again keeps it closed (ErrorLogService).
     */
    @Transactional
    public MnError markResolved(long errorId, String admin) {
        MnError error = errors.findById(errorId).orElseThrow(() -> new UnknownErrorException(errorId));
        if (!error.isResolved()) {
            error.setResolved(true);
            error.setResolvedAt(clock.instant());
            error.setResolvedBy(admin);
            error.setNeedsManualReview(false);
            error.setUpdatedAt(clock.instant());
        }
        return error;
    }

    @Transactional
    public void reopen(long errorId) {
        MnError error = errors.findById(errorId).orElseThrow();
        error.setResolved(false);
        error.setResolvedAt(null);
        error.setResolvedBy(null);
        error.setUpdatedAt(clock.instant());
    }

    private static Specification<MnError> matching(ErrorFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (filter.type() != null) {
                conditions.add(cb.equal(root.get("errorType"), filter.type()));
            }
            if (filter.severity() != null) {
                conditions.add(cb.equal(root.get("severity"), filter.severity()));
            }
            if (filter.unresolvedOnly()) {
                conditions.add(cb.isFalse(root.get("resolved")));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }
}
