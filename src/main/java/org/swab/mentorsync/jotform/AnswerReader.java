package org.swab.mentorsync.jotform;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Turns submissions into column values: full names, the phone answer variants, plain strings. */
@Component
public class AnswerReader {

    private final JotformProperties.SignupFieldNames names;

    @Autowired
    AnswerReader(JotformProperties properties) {
        this(properties.signupFields());
    }

    AnswerReader(JotformProperties.SignupFieldNames names) {
        this.names = names;
    }

    public SignupAnswers signup(JotformSubmission submission) {
        JsonNode fullName =
                submission.byName(names.fullName()).map(JotformAnswer::answer).orElse(null);
        return new SignupAnswers(
                string(submission, names.mnId()),
                part(fullName, "prefix"),
                part(fullName, "first"),
                part(fullName, "middle"),
                part(fullName, "last"),
                part(fullName, "suffix"),
                submission.byName(names.phone()).map(AnswerReader::phone).orElse(null),
                string(submission, names.ugaEmail()),
                string(submission, names.personalEmail()),
                string(submission, names.ugaClass()),
                string(submission, names.shirtSize()),
                string(submission, names.gender()),
                string(submission, names.shiftPreference()),
                string(submission, names.partnerPreference()));
    }

    public SetupAnswers setup(JotformSubmission submission) {
        String fullName = find(submission, "control_fullname", "name")
                .map(AnswerReader::fullName)
                .orElse(null);
        String phone = find(submission, "control_phone", "phone")
                .map(AnswerReader::phone)
                .orElse(null);
        String email = find(submission, "control_email", "email")
                .map(AnswerReader::plain)
                .orElse(null);
        return new SetupAnswers(fullName, phone, email);
    }

    /** {@code full}, else area + phone, else the pretty format, else a plain string answer. */
    static String phone(JotformAnswer answer) {
        JsonNode value = answer.answer();
        if (value != null && value.isObject()) {
            String full = clean(JotformJson.text(value.path("full")));
            if (full != null) {
                return full;
            }
            String area = clean(JotformJson.text(value.path("area")));
            String number = clean(JotformJson.text(value.path("phone")));
            if (number != null) {
                return area == null ? number : area + number;
            }
            return clean(answer.prettyFormat());
        }
        String plain = plain(answer);
        return plain != null ? plain : clean(answer.prettyFormat());
    }

    static String plain(JotformAnswer answer) {
        JsonNode value = answer.answer();
        if (value == null) {
            return null;
        }
        if (value.isValueNode()) {
            return clean(value.asString());
        }
        return clean(answer.prettyFormat());
    }

    private static String fullName(JotformAnswer answer) {
        JsonNode value = answer.answer();
        if (value != null && value.isObject()) {
            String joined = String.join(" ", nonNull(part(value, "first")), nonNull(part(value, "last")))
                    .trim();
            return joined.isEmpty() ? clean(answer.prettyFormat()) : joined;
        }
        return plain(answer);
    }

    private static Optional<JotformAnswer> find(JotformSubmission submission, String type, String nameFragment) {
        Predicate<JotformAnswer> byType = answer -> type.equals(answer.type());
        Predicate<JotformAnswer> byName = answer ->
                answer.name() != null && answer.name().toLowerCase(Locale.ROOT).contains(nameFragment);
        return submission.allAnswers().stream()
                .filter(byType)
                .findFirst()
                .or(() -> submission.allAnswers().stream().filter(byName).findFirst());
    }

    private static String string(JotformSubmission submission, String name) {
        return submission.byName(name).map(AnswerReader::plain).orElse(null);
    }

    private static String part(JsonNode fullName, String part) {
        return fullName == null || !fullName.isObject() ? null : clean(JotformJson.text(fullName.path(part)));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
