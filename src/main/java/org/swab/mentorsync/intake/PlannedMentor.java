package org.swab.mentorsync.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.swab.mentorsync.export.ImportCandidate;
import org.swab.mentorsync.jotform.SignupAnswers;
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
        SignupAnswers a = signup.answers();
        SignupAnswers overriddenAnswers = new SignupAnswers(
                a.mnIdAnswer(),
                a.prefix(),
                values.getOrDefault(MentorField.FIRST_NAME, a.firstName()),
                values.getOrDefault(MentorField.MIDDLE_NAME, a.middleName()),
                values.getOrDefault(MentorField.LAST_NAME, a.lastName()),
                a.suffix(),
                a.phone(),
                values.getOrDefault(MentorField.UGA_EMAIL, a.ugaEmail()),
                values.getOrDefault(MentorField.PERSONAL_EMAIL, a.personalEmail()),
                a.ugaClass(),
                a.shirtSize(),
                a.gender(),
                values.getOrDefault(MentorField.SHIFT_PREFERENCE, a.shiftPreference()),
                values.getOrDefault(MentorField.PARTNER_PREFERENCE, a.partnerPreference()));
        SignupRow overridden =
                new SignupRow(signup.submissionId(), signup.submittedAt(), signup.status(), overriddenAnswers);
        boolean renamed = values.containsKey(MentorField.FIRST_NAME)
                || values.containsKey(MentorField.MIDDLE_NAME)
                || values.containsKey(MentorField.LAST_NAME);
        return new PlannedMentor(
                mnId,
                overridden,
                values.getOrDefault(MentorField.PHONE, phone),
                values.getOrDefault(MentorField.PREFERRED_NAME, preferredName),
                renamed
                        ? Names.full(
                                overriddenAnswers.firstName(),
                                overriddenAnswers.middleName(),
                                overriddenAnswers.lastName())
                        : fullName,
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
                signup.answers().firstName(),
                signup.answers().middleName(),
                signup.answers().lastName(),
                signup.answers().suffix(),
                preferredName,
                signup.answers().personalEmail(),
                signup.answers().ugaEmail(),
                phone,
                signup.answers().gender(),
                values);
    }

    boolean setupDone() {
        return setup != null;
    }

    boolean campaignMember() {
        return member != null;
    }
}
