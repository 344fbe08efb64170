package org.swab.mentorsync.givebutter;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.swab.mentorsync.base.crypto.SecretCipher;
import org.swab.mentorsync.base.http.ApiCaller;
import org.swab.mentorsync.base.http.ApiException;
import org.swab.mentorsync.base.http.ApiFailure;
import org.swab.mentorsync.base.http.ApiRequest;
import org.swab.mentorsync.base.http.AttemptGate;
import tools.jackson.databind.JsonNode;

/** Givebutter's REST API: Bearer key, lists followed page by page to {@code meta.last_page}. */
@Component
public class GivebutterClient {

    static final String SYSTEM = "Givebutter";
    private static final Logger log = LoggerFactory.getLogger(GivebutterClient.class);

    private final ApiCaller caller;
    private final SecretCipher cipher;
    private final GivebutterProperties properties;

    GivebutterClient(ApiCaller caller, SecretCipher cipher, GivebutterProperties properties) {
        this.caller = caller;
        this.cipher = cipher;
        this.properties = properties;
    }

    /** The campaign whose code (or slug) is {@code code}, searched across every page of GET /campaigns. */
    public GivebutterCampaign findCampaign(GivebutterConnection connection, String code) {
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        List<GivebutterCampaign> found = new ArrayList<>();
        eachItem(
                connection,
                "/campaigns",
                node -> {
                    OptionalLong id = GivebutterJson.id(node);
                    if (id.isPresent()
                            && found.isEmpty()
                            && (matches(node.path("code"), wanted) || matches(node.path("slug"), wanted))) {
                        found.add(GivebutterJson.campaign(node, id.getAsLong()));
                    }
                },
                () -> !found.isEmpty());
        return found.stream()
                .findFirst()
                .orElseThrow(() -> new ApiException(
                        SYSTEM,
                        ApiFailure.NOT_FOUND,
                        "Givebutter has no campaign with the code " + code.trim() + " for this API key"));
    }

    /** Every campaign of the account (all pages), for picking the campaign code; also proves the key works. */
    public List<GivebutterCampaign> listCampaigns(GivebutterConnection connection) {
        List<GivebutterCampaign> campaigns = new ArrayList<>();
        eachItem(
                connection,
                "/campaigns",
                node -> GivebutterJson.id(node).ifPresent(id -> campaigns.add(GivebutterJson.campaign(node, id))),
                () -> false);
        return campaigns;
    }

    /** Every member of the campaign with that code. */
    public GivebutterMembers fetchMembers(GivebutterConnection connection, String campaignCode) {
        GivebutterCampaign campaign = findCampaign(connection, campaignCode);
        List<GivebutterMember> members = new ArrayList<>();
        int[] skipped = {0};
        int pages = eachItem(
                connection,
                "/campaigns/" + campaign.id() + "/members",
                node -> {
                    OptionalLong id = GivebutterJson.id(node);
                    if (id.isPresent()) {
                        members.add(GivebutterJson.member(node, id.getAsLong()));
                    } else {
                        skipped[0]++;
                    }
                },
                () -> false);
        log.info(
                "Givebutter campaign {} ({}): {} members in {} page(s), {} without a readable id",
                campaign.code(),
                campaign.id(),
                members.size(),
                pages,
                skipped[0]);
        return new GivebutterMembers(campaign, List.copyOf(members), pages, skipped[0]);
    }

    /**
     * {@code GET /contacts/{id}}: the bare contact object, or empty when Givebutter answers 404 (the contact was
     * archived, merged or deleted). Every attempt passes through {@code gate} (rate limiting).
     */
    public Optional<JsonNode> fetchContact(GivebutterConnection connection, long contactId, AttemptGate gate) {
        String key = cipher.decrypt(connection.encryptedApiKey());
        URI uri = UriComponentsBuilder.fromUriString(connection.baseUrl())
                .path("/contacts/{id}")
                .buildAndExpand(contactId)
                .encode()
                .toUri();
        try {
            JsonNode contact = caller.getJson(
                    new ApiRequest(
                            SYSTEM,
                            uri,
                            Map.of("Authorization", "Bearer " + key, "Accept", "application/json"),
                            key,
                            null),
                    gate);
            if (GivebutterJson.id(contact).isEmpty()) {
                throw new ApiException(
                        SYSTEM, ApiFailure.MALFORMED_RESPONSE, "Givebutter's contact " + contactId + " has no id");
            }
            return Optional.of(contact);
        } catch (ApiException e) {
            if (e.failure() == ApiFailure.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * {@code GET /contacts?page=1&per_page=1}: returns when the base URL and key reach the contact list, the cheap
     * proof that a 404 for one contact means that contact is gone. Throws {@link ApiException} otherwise
     * ({@link ApiFailure#NOT_FOUND} for a wrong base path).
     */
    public void checkContactList(GivebutterConnection connection, AttemptGate gate) {
        String key = cipher.decrypt(connection.encryptedApiKey());
        URI uri = UriComponentsBuilder.fromUriString(connection.baseUrl())
                .path("/contacts")
                .queryParam("page", 1)
                .queryParam("per_page", 1)
                .build()
                .encode()
                .toUri();
        JsonNode body = caller.getJson(
                new ApiRequest(
                        SYSTEM, uri, Map.of("Authorization", "Bearer " + key, "Accept", "application/json"), key, null),
                gate);
        if (!body.path("data").isArray()) {
            throw new ApiException(
                    SYSTEM, ApiFailure.MALFORMED_RESPONSE, "Givebutter's answer for /contacts has no data list");
        }
    }

    /** Calls page 1, 2, … up to meta.last_page (or until {@code done}); returns the number of pages read. */
    private int eachItem(GivebutterConnection connection, String path, Consumer<JsonNode> item, BooleanSupplier done) {
        int page = 1;
        while (true) {
            JsonNode body = get(connection, path, page);
            JsonNode data = body.path("data");
            if (!data.isArray()) {
                throw new ApiException(
                        SYSTEM, ApiFailure.MALFORMED_RESPONSE, "Givebutter's answer for " + path + " has no data list");
            }
            data.forEach(item);
            int lastPage = Optional.of(body.path("meta").path("last_page"))
                    .filter(JsonNode::isNumber)
                    .map(JsonNode::asInt)
                    .orElse(page);
            if (done.getAsBoolean() || page >= lastPage || data.isEmpty()) {
                return page;
            }
            if (page >= properties.maxPages()) {
                throw new ApiException(
                        SYSTEM,
                        ApiFailure.MALFORMED_RESPONSE,
                        "Givebutter announced more than " + properties.maxPages() + " pages for " + path + "; stopped");
            }
            page++;
        }
    }

    private JsonNode get(GivebutterConnection connection, String path, int page) {
        String key = cipher.decrypt(connection.encryptedApiKey());
        URI uri = UriComponentsBuilder.fromUriString(connection.baseUrl())
                .path(path)
                .queryParam("page", page)
                .queryParam("per_page", properties.perPage())
                .build()
                .encode()
                .toUri();
        return caller.getJson(new ApiRequest(
                SYSTEM, uri, Map.of("Authorization", "Bearer " + key, "Accept", "application/json"), key, null));
    }

    private static boolean matches(JsonNode value, String wanted) {
        String text = GivebutterJson.text(value);
        return text != null && text.toLowerCase(Locale.ROOT).equals(wanted);
    }
}
