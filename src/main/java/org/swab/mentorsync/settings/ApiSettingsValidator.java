package org.swab.mentorsync.settings;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks submitted API settings before they are stored. Pure code. */
final class ApiSettingsValidator {

    private static final Pattern FORM_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern CAMPAIGN_CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private ApiSettingsValidator() {
    }

    static Map<String, String> validate(ApiSettings settings) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkUrl(errors, "jotform_base_url", settings.jotformBaseUrl());
        checkUrl(errors, "givebutter_base_url", settings.givebutterBaseUrl());
        checkOptional(errors, "jotform_signup_form_id", settings.jotformSignupFormId(), FORM_ID,
                "A Jotform form id is a number, e.g. 250685983663169");
        checkOptional(errors, "jotform_setup_form_id", settings.jotformSetupFormId(), FORM_ID,
                "A Jotform form id is a number, e.g. 250754977634066");
        checkOptional(errors, "givebutter_campaign_code", settings.givebutterCampaignCode(), CAMPAIGN_CODE,
                "The campaign code is the short code in the campaign URL, e.g. CQVG3W");
        checkKey(errors, "jotform_api_key", settings.jotformApiKey());
        checkKey(errors, "givebutter_api_key", settings.givebutterApiKey());
        if (settings.syncIntervalHours() < ScheduleSettings.MIN_INTERVAL_HOURS
                || settings.syncIntervalHours() > ScheduleSettings.MAX_INTERVAL_HOURS) {
            errors.put("sync_interval_hours", "Between 1 and 168 hours");
        }
        return errors;
    }

    private static void checkUrl(Map<String, String> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.put(field, "A base URL is required");
            return;
        }
        try {
            URI uri = URI.create(value.trim());
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                errors.put(field, "Must be an http(s) URL");
            }
        } catch (IllegalArgumentException e) {
            errors.put(field, "Must be an http(s) URL");
        }
    }

    private static void checkOptional(Map<String, String> errors, String field, String value, Pattern pattern,
            String message) {
        if (value != null && !value.isBlank() && !pattern.matcher(value.trim()).matches()) {
            errors.put(field, message);
        }
    }

    private static void checkKey(Map<String, String> errors, String field, String value) {
        if (value != null && !value.isBlank() && (value.trim().length() < 8 || value.trim().contains(" "))) {
            errors.put(field, "This does not look like an API key");
        }
    }
}
