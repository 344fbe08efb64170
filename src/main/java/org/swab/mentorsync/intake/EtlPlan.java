package org.swab.mentorsync.intake;

import java.util.List;
import java.util.Map;
import org.swab.mentorsync.conflict.ErrorReport;

/**
 * What one ETL run will write: the mentors, the mentor ids to mark dropped, new placeholder ids
 * (submission id → 999xxx) and the causes to log.
 */
record EtlPlan(
        List<PlannedMentor> mentors,
        List<String> newlyDropped,
        Map<String, String> newPlaceholders,
        List<ErrorReport> issues) {}
