package org.swab.mentorsync.jotform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Jotform paging and the signup form's field names (stable, unlike question ids). Timeouts and retries are in
 * {@code mentorsync.http}; the base URL and key are in sync_config.
 */
@ConfigurationProperties("mentorsync.jotform")
public record JotformProperties(
        @DefaultValue("1000") int pageSize,
        @DefaultValue("200") int maxPages,
        @DefaultValue SignupFieldNames signupFields) {

    /** Jotform field name → column of raw_mn_signups. */
    public record SignupFieldNames(
            @DefaultValue("fullName") String fullName,
            @DefaultValue("mnPhone") String phone,
            @DefaultValue("ugaEmail") String ugaEmail,
            @DefaultValue("personalEmail") String personalEmail,
            @DefaultValue("mnid") String mnId,
            @DefaultValue("ugaClass") String ugaClass,
            @DefaultValue("shirtSize") String shirtSize,
            @DefaultValue("gender") String gender,
            @DefaultValue("shiftPreference") String shiftPreference,
            @DefaultValue("partnerPreference") String partnerPreference) {}
}
