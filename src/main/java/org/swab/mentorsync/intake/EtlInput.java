package org.swab.mentorsync.intake;

import java.util.List;
import java.util.Map;

/** Everything the planner reads: the raw rows, the placeholder ids given so far, and the stored mentors. */
record EtlInput(
        List<SignupRow> signups,
        List<SetupRow> setups,
        List<MemberRow> members,
        Map<String, String> placeholders,
        Map<String, ExistingMentor> existing) {}
