package org.swab.mentorsync.intake;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.swab.mentorsync.mentor.EmailAddresses;
import org.swab.mentorsync.mentor.PhoneNumbers;

/** A signup with its phone in E.164 (null when unparseable), its emails lower-cased and its mentor-id digits. */
record Signup(SignupRow row, String phone, Set<String> emails, Optional<String> idDigits) {

    /** Most recent first: by submission time, then by submission id. */
    static final Comparator<Signup> MOST_RECENT_FIRST = Comparator.comparing(
                    (Signup s) -> s.row().submittedAt(),
                    Comparator.nullsFirst(Comparator.<LocalDateTime>naturalOrder()))
            .thenComparing(s -> s.row().submissionId())
            .reversed();

    static Signup of(SignupRow row) {
        Set<String> emails = new LinkedHashSet<>();
        Optional.ofNullable(EmailAddresses.clean(row.answers().personalEmail())).ifPresent(emails::add);
        Optional.ofNullable(EmailAddresses.clean(row.answers().ugaEmail())).ifPresent(emails::add);
        return new Signup(
                row,
                PhoneNumbers.toE164(row.answers().phone()).orElse(null),
                Set.copyOf(emails),
                MentorIds.digits(row.answers().mnIdAnswer()));
    }

    String id() {
        return row.submissionId();
    }

    String displayName() {
        String full = Names.full(row.answers().firstName(), null, row.answers().lastName());
        return full == null ? "no name" : full;
    }

    boolean samePersonAs(Signup other) {
        return emails.stream().anyMatch(other.emails::contains)
                || Names.samePerson(
                        row.answers().firstName(),
                        row.answers().lastName(),
                        other.row.answers().firstName(),
                        other.row.answers().lastName());
    }
}
