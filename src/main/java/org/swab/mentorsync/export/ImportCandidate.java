package org.swab.mentorsync.export;

import java.util.Map;

/**
 * What the import row of one active mentor is built from: its names, emails, phone and gender as the mentor table
 * has them (overrides applied), and the values its templates and custom-field sources may name.
 */
public record ImportCandidate(
        String mnId,
        String firstName,
        String middleName,
        String lastName,
        String suffix,
        String preferredName,
        String personalEmail,
        String ugaEmail,
        String phone,
        String gender,
        Map<String, String> values) {

    public ImportCandidate {
        values = Map.copyOf(values.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
