package org.swab.mentorsync.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Givebutter contact import's tags and text message, as templates with {@code {placeholders}} (the names are
 * listed on intake's EtlProperties). Custom-field columns are configured once, in GivebutterCustomFields.
 */
@ConfigurationProperties("mentorsync.export")
public record ExportProperties(
        @DefaultValue("Mentors {year}") String yearTag,
        @DefaultValue("Mentors {year} - {status_label}") String statusTag,
        @DefaultValue("{status_text}") String textMessage) {}
