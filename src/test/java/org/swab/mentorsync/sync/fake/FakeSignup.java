package org.swab.mentorsync.sync.fake;

/**
 * A person's signup as the fake Jotform serves it. {@code phone} goes out as {@code {"full": …}}, or as
 * {@code {"area","phone"}} when {@code oldPhoneShape}; a null {@code mnid} leaves the question unanswered.
 */
public record FakeSignup(
        String submissionId,
        String createdAt,
        String prefix,
        String first,
        String middle,
        String last,
        String phone,
        boolean oldPhoneShape,
        String ugaEmail,
        String personalEmail,
        String mnid,
        String ugaClass,
        String status) {

    public static FakeSignup of(
            String submissionId, String createdAt, String first, String last, String phone, String mnid) {
        String login = (first.charAt(0) + last).toLowerCase();
        return new FakeSignup(
                submissionId,
                createdAt,
                "",
                first,
                "",
                last,
                phone,
                false,
                login + submissionId.substring(submissionId.length() - 4) + "@uga.edu",
                (first + "." + last).toLowerCase() + submissionId.substring(submissionId.length() - 4) + "@gmail.com",
                mnid,
                "Freshman",
                "ACTIVE");
    }

    public FakeSignup withPrefix(String preferred) {
        return new FakeSignup(
                submissionId,
                createdAt,
                preferred,
                first,
                middle,
                last,
                phone,
                oldPhoneShape,
                ugaEmail,
                personalEmail,
                mnid,
                ugaClass,
                status);
    }

    public FakeSignup withPhone(String newPhone) {
        return new FakeSignup(
                submissionId,
                createdAt,
                prefix,
                first,
                middle,
                last,
                newPhone,
                oldPhoneShape,
                ugaEmail,
                personalEmail,
                mnid,
                ugaClass,
                status);
    }

    public FakeSignup withOldPhoneShape() {
        return new FakeSignup(
                submissionId,
                createdAt,
                prefix,
                first,
                middle,
                last,
                phone,
                true,
                ugaEmail,
                personalEmail,
                mnid,
                ugaClass,
                status);
    }

    public FakeSignup withEmails(String uga, String personal) {
        return new FakeSignup(
                submissionId,
                createdAt,
                prefix,
                first,
                middle,
                last,
                phone,
                oldPhoneShape,
                uga,
                personal,
                mnid,
                ugaClass,
                status);
    }

    public FakeSignup withMnid(String newMnid) {
        return new FakeSignup(
                submissionId,
                createdAt,
                prefix,
                first,
                middle,
                last,
                phone,
                oldPhoneShape,
                ugaEmail,
                personalEmail,
                newMnid,
                ugaClass,
                status);
    }

    public FakeSignup withSubmission(String newId, String newCreatedAt) {
        return new FakeSignup(
                newId,
                newCreatedAt,
                prefix,
                first,
                middle,
                last,
                phone,
                oldPhoneShape,
                ugaEmail,
                personalEmail,
                mnid,
                ugaClass,
                status);
    }
}
