package org.swab.mentorsync.conflict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.swab.mentorsync.base.CodedEnum;
import org.swab.mentorsync.mentor.Mentor;
import org.swab.mentorsync.mentor.MentorFindings;

/** A mentor's open errors and conflicts, for its details. */
@Component
@Order(1)
class OpenErrorFindings implements MentorFindings {

    private final ErrorReviewService errors;

    OpenErrorFindings(ErrorReviewService errors) {
        this.errors = errors;
    }

    @Override
    public String key() {
        return "open_errors";
    }

    @Override
    public String title() {
        return "Open errors and conflicts";
    }

    @Override
    public String none() {
        return "No open errors or conflicts.";
    }

    @Override
    public List<Finding> findingsFor(Mentor mentor) {
        return errors.openFor(mentor.getMnId()).stream()
                .map(OpenErrorFindings::finding)
                .toList();
    }

    private static Finding finding(MnError error) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", error.getId());
        json.put("error_type", error.getErrorType().code());
        json.put("severity", error.getSeverity().code());
        json.put("message", error.getErrorMessage());
        json.put("needs_manual_review", error.isNeedsManualReview());
        json.put("created_at", error.getCreatedAt());
        json.put("updated_at", error.getUpdatedAt());
        String text = words(error.getSeverity()) + " · " + words(error.getErrorType()) + ": " + error.getErrorMessage()
                + (error.isNeedsManualReview() ? " (flagged for manual review)" : "");
        return new Finding(text, json);
    }

    /** {@code contact_data_conflict} as "Contact data conflict". */
    private static String words(CodedEnum value) {
        String words = value.code().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
