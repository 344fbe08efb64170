package org.swab.mentorsync.intake;

/**
 * What an ETL run did: active mentors processed, new ones inserted, existing ones changed, mentors newly marked
 * dropped, mn_gb_import rows written, mn_errors rows added and causes logged (new or known).
 */
public record EtlResult(
        int processed, int inserted, int updated, int dropped, int importRows, int newErrors, int causes) {}
