package org.swab.mentorsync.settings;

import java.util.Map;

/** Submitted API settings that cannot be saved; one message per field (snake_case names, as the API shows them). */
public class InvalidSyncConfigException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidSyncConfigException(Map<String, String> fieldErrors) {
        super("Invalid sync configuration: " + String.join(", ", fieldErrors.keySet()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** The JSON 400 body every endpoint that saves settings answers. */
    public Map<String, Object> responseBody() {
        return Map.of(
                "error", "invalid_config", "message", "The sync configuration was not saved", "fields", fieldErrors);
    }
}
