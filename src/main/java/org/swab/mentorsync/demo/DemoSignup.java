package org.swab.mentorsync.demo;

/**
 * A signup as the simulated Jotform holds it. {@code phone} is written as the person typed it; {@code oldPhoneShape}
 * sends it as {@code {"area", "phone"}} the way older forms do.
 */
record DemoSignup(
        String submissionId,
        String createdAt,
        String preferredName,
        String first,
        String middle,
        String last,
        String phone,
        boolean oldPhoneShape,
        String ugaEmail,
        String personalEmail,
        String mnId,
        String ugaClass,
        String shirtSize,
        String gender,
        String shiftPreference,
        String partnerPreference) {

    /** The mentor id the app derives: the digits of {@code MN0572}. */
    String mnIdDigits() {
        return mnId.replaceAll("\\D", "");
    }

    String phoneDigits() {
        String digits = phone.replaceAll("\\D", "");
        return digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
    }
}
