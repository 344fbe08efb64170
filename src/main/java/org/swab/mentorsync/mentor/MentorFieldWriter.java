package org.swab.mentorsync.mentor;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a mentor field the way the ETL will respect: the value is set, remembered as an override and written to
 * the audit trail. The ETL lays the overrides over what it derives from Jotform.
 */
@Service
public class MentorFieldWriter {

    private final MentorFieldOverrideRepository overrides;
    private final MentorFieldChangeRepository changes;
    private final Clock clock;

    MentorFieldWriter(MentorFieldOverrideRepository overrides, MentorFieldChangeRepository changes, Clock clock) {
        this.overrides = overrides;
        this.changes = changes;
        this.clock = clock;
    }

    /** Sets the field unless it already holds the value; returns whether the mentor changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean write(
            Mentor mentor,
            MentorField field,
            String value,
            MentorFieldOverride.Source source,
            String auditSource,
            String by) {
        String old = field.valueOf(mentor);
        var key = new MentorFieldOverride.Key(mentor.getMnId(), field.code());
        overrides
                .findById(key)
                .ifPresentOrElse(
                        existing -> existing.change(value, source, by, clock.instant()),
                        () -> overrides.save(
                                new MentorFieldOverride(mentor.getMnId(), field, value, source, by, clock.instant())));
        if (Objects.equals(old, value)) {
            return false;
        }
        field.set(mentor, value);
        mentor.setUpdatedAt(clock.instant());
        changes.save(new MentorFieldChange(mentor.getMnId(), field, old, value, auditSource, by, clock.instant()));
        return true;
    }

    /** Records in the audit trail that an admin kept our value over Givebutter's. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordDecision(Mentor mentor, MentorField field, String rejectedValue, String auditSource, String by) {
        changes.save(new MentorFieldChange(
                mentor.getMnId(), field, rejectedValue, field.valueOf(mentor), auditSource, by, clock.instant()));
    }

    /** Every mentor's overrides, for the ETL. */
    @Transactional(readOnly = true)
    public Map<String, List<MentorFieldOverride>> overridesByMentor() {
        Map<String, List<MentorFieldOverride>> byMentor = new HashMap<>();
        for (MentorFieldOverride override : overrides.findAll()) {
            byMentor.computeIfAbsent(override.getMnId(), id -> new java.util.ArrayList<>())
                    .add(override);
        }
        return byMentor;
    }

    @Transactional(readOnly = true)
    public List<MentorFieldChange> history(String mnId) {
        return changes.findByMnIdOrderByChangedAtDesc(mnId);
    }
}
