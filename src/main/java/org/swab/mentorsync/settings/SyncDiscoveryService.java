package org.swab.mentorsync.settings;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.swab.mentorsync.base.crypto.SecretUnreadableException;
import org.swab.mentorsync.base.http.ApiException;
import org.swab.mentorsync.base.http.ApiFailure;
import org.swab.mentorsync.givebutter.GivebutterCampaign;
import org.swab.mentorsync.givebutter.GivebutterClient;
import org.swab.mentorsync.givebutter.GivebutterConnection;
import org.swab.mentorsync.jotform.JotformAccount;
import org.swab.mentorsync.jotform.JotformClient;
import org.swab.mentorsync.jotform.JotformConnection;
import org.swab.mentorsync.jotform.JotformForm;

/**
 * Tries the stored API keys and lists what an admin picks from: Jotform forms, Givebutter campaigns. A stored key
 * that cannot be decrypted is a {@link SecretUnreadableException} naming it.
 */
@Service
public class SyncDiscoveryService {

    static final String SIGNUP_FORM_FIELD = "mnid";

    private final SyncConfigService configService;
    private final JotformClient jotform;
    private final GivebutterClient givebutter;

    SyncDiscoveryService(SyncConfigService configService, JotformClient jotform, GivebutterClient givebutter) {
        this.configService = configService;
        this.jotform = jotform;
        this.givebutter = givebutter;
    }

    /**
     * One line per API: accepted (and whose) or exactly what is wrong: the key rejected, the API unreachable, a
     * stored form id or the campaign code not found in the account. Never throws for a key the API rejects.
     */
    public KeyCheck testKeys() {
        SyncTargets targets = configService.syncTargets();
        return new KeyCheck(
                check(targets.encryptedJotformApiKey(), "Jotform", () -> {
                    JotformAccount account = jotform.testKey(jotformConnection(targets));
                    String works = "The Jotform API key works (account " + account.username()
                            + (account.limitLeft() == null ? "" : ", " + account.limitLeft() + " calls left today")
                            + ")";
                    Set<String> formIds = jotform.listForms(jotformConnection(targets)).stream()
                            .map(JotformForm::id)
                            .collect(Collectors.toSet());
                    String missing = Stream.of(targets.jotformSignupFormId(), targets.jotformSetupFormId())
                            .filter(id -> id != null && !formIds.contains(id))
                            .collect(Collectors.joining(", "));
                    if (!missing.isEmpty()) {
                        throw new ApiException(
                                "Jotform", ApiFailure.NOT_FOUND, works + ", but the account has no form " + missing);
                    }
                    return works;
                }),
                check(targets.encryptedGivebutterApiKey(), "Givebutter", () -> {
                    List<GivebutterCampaign> campaigns = givebutter.listCampaigns(givebutterConnection(targets));
                    String works = "The Givebutter API key works (" + campaigns.size() + " campaign"
                            + (campaigns.size() == 1 ? "" : "s") + ")";
                    String code = targets.givebutterCampaignCode();
                    if (code != null
                            && campaigns.stream().noneMatch(campaign -> code.equalsIgnoreCase(campaign.code()))) {
                        throw new ApiException(
                                "Givebutter",
                                ApiFailure.NOT_FOUND,
                                works + ", but the account has no " + "campaign " + code);
                    }
                    return works;
                }));
    }

    /**
     * Why a form cannot be the signup form, or null when it can: the signup form is the one with a mentor-id
     * ({@code mnid}) field.
     */
    public String signupFormProblem(String formId) {
        SyncTargets targets = configService.syncTargets();
        requireKey(targets.encryptedJotformApiKey(), "Jotform");
        Set<String> fields = withStoredKey("Jotform", () -> jotform.formFieldNames(jotformConnection(targets), formId));
        return fields.contains(SIGNUP_FORM_FIELD)
                ? null
                : "This is not the signup form: it has no mentor-id (" + SIGNUP_FORM_FIELD + ") field";
    }

    public List<JotformForm> jotformForms() {
        SyncTargets targets = configService.syncTargets();
        requireKey(targets.encryptedJotformApiKey(), "Jotform");
        return withStoredKey("Jotform", () -> jotform.listForms(jotformConnection(targets)));
    }

    public List<GivebutterCampaign> givebutterCampaigns() {
        SyncTargets targets = configService.syncTargets();
        requireKey(targets.encryptedGivebutterApiKey(), "Givebutter");
        return withStoredKey("Givebutter", () -> givebutter.listCampaigns(givebutterConnection(targets)));
    }

    private static KeyCheck.Result check(String encryptedKey, String system, Supplier<String> call) {
        if (encryptedKey == null || encryptedKey.isBlank()) {
            return new KeyCheck.Result(false, "No " + system + " API key is stored yet");
        }
        try {
            return new KeyCheck.Result(true, withStoredKey(system, call));
        } catch (ApiException e) {
            return new KeyCheck.Result(
                    false,
                    switch (e.failure()) {
                        case KEY_REJECTED -> "Rejected: " + e.getMessage();
                        case UNAVAILABLE, RATE_LIMITED -> "Unreachable: " + e.getMessage();
                        case NOT_FOUND -> "Not found: " + e.getMessage();
                        case MALFORMED_RESPONSE, REQUEST_REJECTED -> e.getMessage();
                    });
        }
    }

    private static <T> T withStoredKey(String system, Supplier<T> call) {
        try {
            return call.get();
        } catch (SecretUnreadableException e) {
            throw e.naming(system + " API key");
        }
    }

    private static void requireKey(String encryptedKey, String system) {
        if (encryptedKey == null || encryptedKey.isBlank()) {
            throw new InvalidSyncConfigException(
                    java.util.Map.of(system.toLowerCase() + "_api_key", "Store the " + system + " API key first"));
        }
    }

    private static JotformConnection jotformConnection(SyncTargets targets) {
        return new JotformConnection(targets.jotformBaseUrl(), targets.encryptedJotformApiKey());
    }

    private static GivebutterConnection givebutterConnection(SyncTargets targets) {
        return new GivebutterConnection(targets.givebutterBaseUrl(), targets.encryptedGivebutterApiKey());
    }

    /** The outcome of trying both keys. */
    public record KeyCheck(Result jotform, Result givebutter) {

        public record Result(boolean ok, String message) {}
    }
}
