package org.swab.mentorsync.mentor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a mentor's audit trail: which field changed, from what to what, by whom and why. */
@Entity
@Table(name = "mentor_field_changes")
public class MentorFieldChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String mnId;

    @Column(nullable = false)
    private String field;

    private String oldValue;

    private String newValue;

    @Column(nullable = false)
    private String source;

    private String changedBy;

    private Instant changedAt;

    protected MentorFieldChange() {}

    public MentorFieldChange(
            String mnId,
            MentorField field,
            String oldValue,
            String newValue,
            String source,
            String changedBy,
            Instant changedAt) {
        this(mnId, field.code(), oldValue, newValue, source, changedBy, changedAt);
    }

    public MentorFieldChange(
            String mnId,
            String field,
            String oldValue,
            String newValue,
            String source,
            String changedBy,
            Instant changedAt) {
        this.mnId = mnId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.source = source;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public String getMnId() {
        return mnId;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getSource() {
        return source;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
