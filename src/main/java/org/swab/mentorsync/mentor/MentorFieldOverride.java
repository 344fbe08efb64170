package org.swab.mentorsync.mentor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A value that wins over the one the ETL derives from Jotform: synced back from Givebutter, or an admin's choice in
 * a conflict review. Every ETL run applies these last.
 */
@Entity
@Table(name = "mentor_field_overrides")
@IdClass(MentorFieldOverride.Key.class)
public class MentorFieldOverride {

    public enum Source implements org.swab.mentorsync.base.CodedEnum {
        GIVEBUTTER,
        ADMIN;

        @jakarta.persistence.Converter(autoApply = true)
        public static class DatabaseConverter extends org.swab.mentorsync.base.CodedEnumConverter<Source> {
            public DatabaseConverter() {
                super(Source.class);
            }
        }
    }

    public record Key(String mnId, String field) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private String mnId;

    @Id
    @Column(nullable = false)
    private String field;

    private String value;

    @Column(nullable = false)
    private Source source;

    private String setBy;

    private Instant setAt;

    protected MentorFieldOverride() {}

    public MentorFieldOverride(
            String mnId, MentorField field, String value, Source source, String setBy, Instant setAt) {
        this.mnId = mnId;
        this.field = field.code();
        this.value = value;
        this.source = source;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    public String getMnId() {
        return mnId;
    }

    public MentorField getField() {
        return org.swab.mentorsync.base.CodedEnum.fromCode(MentorField.class, field);
    }

    public String getValue() {
        return value;
    }

    public Source getSource() {
        return source;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }

    public void change(String newValue, Source newSource, String by, Instant at) {
        this.value = newValue;
        this.source = newSource;
        this.setBy = by;
        this.setAt = at;
    }
}
