package org.swab.mentorsync.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.swab.mentorsync.conflict.ErrorReport;
import org.swab.mentorsync.conflict.ErrorType;
import org.swab.mentorsync.conflict.Severity;

/**
 * Same phone and the same person (a shared email, or the same first and last name) signing up twice: the most recent
 * signup is kept, each older one logged as duplicate_signup. Different people on one phone are all kept and the phone
 * is logged as shared_phone (info). Two kept signups giving the same mentor id: the most recent wins, the other is a
 * duplicate_signup too (the mentor id is the primary key).
 */
final class SignupDeduplicator {

    record Result(List<Signup> kept, List<ErrorReport> issues) {}

    private SignupDeduplicator() {}

    static Result dedupe(List<Signup> signups) {
        List<ErrorReport> issues = new ArrayList<>();
        List<Signup> kept = new ArrayList<>();
        List<Signup> byRecency =
                signups.stream().sorted(Signup.MOST_RECENT_FIRST).toList();
        Map<String, List<Signup>> keptByPhone = new LinkedHashMap<>();
        for (Signup signup : byRecency) {
            if (signup.phone() == null) {
                kept.add(signup);
                continue;
            }
            List<Signup> onPhone = keptByPhone.computeIfAbsent(signup.phone(), phone -> new ArrayList<>());
            Signup newer =
                    onPhone.stream().filter(signup::samePersonAs).findFirst().orElse(null);
            if (newer == null) {
                onPhone.add(signup);
                kept.add(signup);
            } else {
                issues.add(superseded(signup, newer, "the same person signed up again with the same phone"));
            }
        }
        kept = dropRepeatedMentorIds(kept, issues);
        issues.addAll(sharedPhones(kept));
        kept.sort(Signup.MOST_RECENT_FIRST.reversed());
        return new Result(List.copyOf(kept), List.copyOf(issues));
    }

    private static List<Signup> dropRepeatedMentorIds(List<Signup> kept, List<ErrorReport> issues) {
        Map<String, Signup> newestById = new LinkedHashMap<>();
        List<Signup> result = new ArrayList<>();
        for (Signup signup : kept) {
            if (signup.idDigits().isEmpty()) {
                result.add(signup);
                continue;
            }
            Signup newer = newestById.putIfAbsent(signup.idDigits().get(), signup);
            if (newer == null) {
                result.add(signup);
            } else {
                issues.add(superseded(
                        signup,
                        newer,
                        "a more recent signup gives the same mentor id "
                                + signup.idDigits().get()));
            }
        }
        return result;
    }

    private static List<ErrorReport> sharedPhones(List<Signup> kept) {
        Map<String, List<Signup>> byPhone = kept.stream()
                .filter(s -> s.phone() != null)
                .collect(Collectors.groupingBy(Signup::phone, LinkedHashMap::new, Collectors.toList()));
        List<ErrorReport> issues = new ArrayList<>();
        byPhone.forEach((phone, sharing) -> {
            if (sharing.size() > 1) {
                List<Signup> ordered = sharing.stream()
                        .sorted(Comparator.comparing(Signup::id))
                        .toList();
                String who = ordered.stream()
                        .map(s -> s.displayName() + " (signup " + s.id() + ")")
                        .collect(Collectors.joining(", "));
                issues.add(new ErrorReport(
                        ErrorType.SHARED_PHONE,
                        "phone:" + phone,
                        Severity.INFO,
                        ordered.size() + " different people share the phone " + phone + ": " + who + ". All are kept.",
                        null,
                        phone,
                        null,
                        "raw_mn_signups",
                        Map.of(
                                "submission_ids",
                                ordered.stream().map(Signup::id).toList())));
            }
        });
        return issues;
    }

    private static ErrorReport superseded(Signup older, Signup newer, String why) {
        return new ErrorReport(
                ErrorType.DUPLICATE_SIGNUP,
                "signup:" + older.id(),
                Severity.WARNING,
                "Signup " + older.id() + " (" + older.displayName() + ") is superseded by signup " + newer.id() + ": "
                        + why + ". The most recent signup is kept.",
                older.idDigits().orElse(null),
                older.phone(),
                older.emails().stream().findFirst().orElse(null),
                "raw_mn_signups",
                Map.of("superseded_submission_id", older.id(), "kept_submission_id", newer.id()));
    }
}
