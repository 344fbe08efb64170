package org.swab.mentorsync.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of a contacts upload.
 *
 * @param maxFileSize      larger files are refused before reading (Givebutter's 40k-contact export is ~20 MB)
 * @param partialThreshold a file with fewer contacts than this share of the last completed upload asks for
 *                         confirmation first (edge case 6: a filtered export)
 */
@ConfigurationProperties("mentorsync.csv-import")
public record CsvImportProperties(
        @DefaultValue("200MB") DataSize maxFileSize,
        @DefaultValue("0.5") double partialThreshold) {}
