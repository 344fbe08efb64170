package org.swab.mentorsync.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.swab.mentorsync.export.ImportCandidate;
import org.swab.mentorsync.mentor.MentorField;
import org.swab.mentorsync.mentor.MentorFieldOverride;
import org.swab.mentorsync.mentor.MentorStatus;

/** A mentor as the ETL computed it from the raw rows, with its tasks and status; applied to the stored entities. */
record PlannedMentor(
        String mnId,
        SignupRow signup,
        String phone,
        String preferredName,
        String fullName,
        Instant signupAt,
        SetupRow setup,
        Instant setupAt,
        MemberRow member,
        BigDecimal amountRaised,
        boolean fundraised,
        boolean trained,
        MentorStatus status,
        String statusText) {

    /**
     * This mentor with the values synced back from Givebutter or chosen by an admin laid over the signup's, so they
     * survive every run and reach the import file.
     */
    PlannedMentor withOverrides(List<MentorFieldOverride> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        Map<MentorField, String> values = new EnumMap<>(MentorField.class);
        overrides.stream()
                .filter(override ->
                        override.getValue() != null && !override.getValue().isBlank())
                .forEach(override -> values.put(override.getField(), override.getValue()));
        SignupRow s = signup;
        SignupRow overridden = new SignupRow(
                s.submissionId(),
                s.submittedAt(),
                s.status(),
                s.mnIdAnswer(),
                s.prefix(),
                values.getOrDefault(MentorField.FIRST_NAME, s.firstName()),
                values.getOrDefault(MentorField.MIDDLE_NAME, s.middleName()),
                values.getOrDefault(MentorField.LAST_NAME, s.lastName()),
                s.suffix(),
                s.phone(),
                values.getOrDefault(MentorField.UGA_EMAIL, s.ugaEmail()),
                values.getOrDefault(MentorField.PERSONAL_EMAIL, s.personalEmail()),
                s.ugaClass(),
                s.shirtSize(),
                s.gender(),
                values.getOrDefault(MentorField.SHIFT_PREFERENCE, s.shiftPreference()),
                values.getOrDefault(MentorField.PARTNER_PREFERENCE, s.partnerPreference()));
        boolean renamed = values.containsKey(MentorField.FIRST_NAME)
                || values.containsKey(MentorField.MIDDLE_NAME)
                || values.containsKey(MentorField.LAST_NAME);
        return new PlannedMentor(
                mnId,
                overridden,
                values.getOrDefault(MentorField.PHONE, phone),
                values.getOrDefault(MentorField.PREFERRED_NAME, preferredName),
                renamed ? Names.full(overridden.firstName(), overridden.middleName(), overridden.lastName()) : fullName,
                signupAt,
                setup,
                setupAt,
                member,
                amountRaised,
                fundraised,
                trained,
                status,
                statusText);
    }

    /** What the Givebutter import row of this mentor is built from; {@code values}: its template values. */
    public ImportCandidate importCandidate(Map<String, String> values) {
        return new ImportCandidate(
                mnId,
                signup.firstName(),
                signup.middleName(),
                signup.lastName(),
                signup.suffix(),
                preferredName,
                signup.personalEmail(),
                signup.ugaEmail(),
                phone,
                signup.gender(),
                values);
    }

    boolean setupDone() {
        return setup != null;
    }

    boolean campaignMember() {
        return member != null;
    }
}
