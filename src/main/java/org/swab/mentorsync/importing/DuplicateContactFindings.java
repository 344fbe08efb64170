package org.swab.mentorsync.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.swab.mentorsync.mentor.Mentor;
import org.swab.mentorsync.mentor.MentorFindings;

/** The open groups of Givebutter contacts sharing a mentor's phone or email, for its details. */
@Component
@Order(2)
class DuplicateContactFindings implements MentorFindings {

    private final DuplicateContactsService duplicates;

    DuplicateContactFindings(DuplicateContactsService duplicates) {
        this.duplicates = duplicates;
    }

    @Override
    public String key() {
        return "duplicates";
    }

    @Override
    public String title() {
        return "Duplicate Givebutter contacts";
    }

    @Override
    public String none() {
        return "No other Givebutter contact shares this mentor's phone or email.";
    }

    @Override
    public List<Finding> findingsFor(Mentor mentor) {
        return duplicates.groups().stream()
                .filter(group -> !group.resolved() && mentor.getMnId().equals(group.mentorId()))
                .map(group -> finding(group, mentor.getGbContactId()))
                .toList();
    }

    private static Finding finding(DuplicateGroupView group, Long linkedContactId) {
        List<Long> extra = group.contactIds().stream()
                .filter(id -> !Objects.equals(id, linkedContactId))
                .toList();
        String what = "email".equals(group.type()) ? "email" : "phone";
        String text = extra.size()
                + (extra.size() == 1 ? " extra Givebutter contact shares" : " extra Givebutter " + "contacts share")
                + " this " + what + " (" + group.identifier() + "): "
                + extra.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + ". Merge them in Givebutter, then mark the group resolved.";
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", group.type());
        json.put("identifier", group.identifier());
        json.put("contact_ids", group.contactIds());
        json.put("extra_contact_ids", extra);
        json.put("created_at", group.createdAt());
        return new Finding(text, json);
    }
}
