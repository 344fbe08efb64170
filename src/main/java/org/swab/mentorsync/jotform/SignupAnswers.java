package org.swab.mentorsync.jotform;

/** The signup form's answers by column of raw_mn_signups, read through the configured field names. */
public record SignupAnswers(
        String mnIdAnswer,
        String prefix,
        String firstName,
        String middleName,
        String lastName,
        String suffix,
        String phone,
        String ugaEmail,
        String personalEmail,
        String ugaClass,
        String shirtSize,
        String gender,
        String shiftPreference,
        String partnerPreference) {}
