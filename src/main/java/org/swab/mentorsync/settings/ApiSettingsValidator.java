package org.swab.mentorsync.settings;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks submitted API settings before they are stored. Pure code. A base URL names the vendor's own API host over
 * https, or one of the configured extra hosts (local test servers) over http or https: the stored key is sent there.
 */
final class ApiSettingsValidator {

    static final List<String> JOTFORM_HOSTS = List.of("api.jotform.com", "eu-api.jotform.com", "hipaa-api.jotform.com");
    static final List<String> GIVEBUTTER_HOSTS = List.of("api.givebutter.com");

    private static final Pattern FORM_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern CAMPAIGN_CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private ApiSettingsValidator() {}

    static Map<String, String> validate(ApiSettings settings, Set<String> extraHosts) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkUrl(errors, "jotform_base_url", settings.jotformBaseUrl(), "Jotform", JOTFORM_HOSTS, extraHosts);
        checkUrl(
                errors,
                "givebutter_base_url",
                settings.givebutterBaseUrl(),
                "Givebutter",
                GIVEBUTTER_HOSTS,
                extraHosts);
        checkOptional(
                errors,
                "jotform_signup_form_id",
                settings.jotformSignupFormId(),
                FORM_ID,
                "A Jotform form id is a number, e.g. 250685983663169");
        checkOptional(
                errors,
                "jotform_setup_form_id",
                settings.jotformSetupFormId(),
                FORM_ID,
                "A Jotform form id is a number, e.g. 250754977634066");
        checkOptional(
                errors,
                "givebutter_campaign_code",
                settings.givebutterCampaignCode(),
                CAMPAIGN_CODE,
                "The campaign code is the short code in the campaign URL, e.g. CQVG3W");
        checkKey(errors, "jotform_api_key", settings.jotformApiKey());
        checkKey(errors, "givebutter_api_key", settings.givebutterApiKey());
        if (settings.syncIntervalHours() < ScheduleSettings.MIN_INTERVAL_HOURS
                || settings.syncIntervalHours() > ScheduleSettings.MAX_INTERVAL_HOURS) {
            errors.put("sync_interval_hours", "Between 1 and 168 hours");
        }
        return errors;
    }

    private static void checkUrl(
            Map<String, String> errors,
            String field,
            String value,
            String system,
            List<String> vendorHosts,
            Set<String> extraHosts) {
        if (value == null || value.isBlank()) {
            errors.put(field, "A base URL is required");
            return;
        }
        URI uri = ApiBaseUrls.parse(value);
        String scheme = uri == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri == null
                || !("https".equals(scheme) || "http".equals(scheme))
                || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            errors.put(field, "Must be an http(s) URL");
            return;
        }
        String host = ApiBaseUrls.normalizeHost(uri.getHost());
        String vendorUrls =
                vendorHosts.stream().map(vendorHost -> "https://" + vendorHost).collect(Collectors.joining(", "));
        if (vendorHosts.contains(host)) {
            if (!"https".equals(scheme) || ApiBaseUrls.port(uri) != 443) {
                errors.put(field, system + " is called over https only: " + vendorUrls);
            }
        } else if (!extraHosts.contains(host)) {
            errors.put(field, host + " is not a " + system + " API host: use " + vendorUrls);
        }
    }

    private static void checkOptional(
            Map<String, String> errors, String field, String value, Pattern pattern, String message) {
        if (value != null && !value.isBlank() && !pattern.matcher(value.trim()).matches()) {
            errors.put(field, message);
        }
    }

    private static void checkKey(Map<String, String> errors, String field, String value) {
        if (value != null
                && !value.isBlank()
                && (value.trim().length() < 8 || value.trim().contains(" "))) {
            errors.put(field, "This does not look like an API key");
        }
    }
}
