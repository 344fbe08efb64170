package org.swab.mentorsync.export;

/** Published after a contact import file was generated, so the run history can record it with its counts. */
public record ContactImportGenerated(
        String user, int rows, int updates, int creates, int leftOut, int fixed, long durationMs) {}
