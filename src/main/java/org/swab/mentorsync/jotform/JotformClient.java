package org.swab.mentorsync.jotform;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.swab.mentorsync.base.crypto.SecretCipher;
import org.swab.mentorsync.base.http.ApiCaller;
import org.swab.mentorsync.base.http.ApiException;
import org.swab.mentorsync.base.http.ApiFailure;
import org.swab.mentorsync.base.http.ApiRequest;
import tools.jackson.databind.JsonNode;

/** Jotform's REST API: key in the APIKEY header (never in URLs), envelope checked, submissions paged to the end. */
@Component
public class JotformClient {

    static final String SYSTEM = "Jotform";
    private static final Logger log = LoggerFactory.getLogger(JotformClient.class);

    private final ApiCaller caller;
    private final SecretCipher cipher;
    private final JotformProperties properties;

    JotformClient(ApiCaller caller, SecretCipher cipher, JotformProperties properties) {
        this.caller = caller;
        this.cipher = cipher;
        this.properties = properties;
    }

    /** GET /user: proves the key works and says whose it is. */
    public JotformAccount testKey(JotformConnection connection) {
        JsonNode envelope = get(connection, "/user", Map.of());
        JsonNode user = envelope.path("content");
        return new JotformAccount(
                JotformJson.text(user.path("username")),
                JotformJson.text(user.path("name")),
                JotformJson.text(user.path("email")),
                JotformJson.limitLeft(envelope));
    }

    /** GET /user/forms: the account's forms, for picking the signup and setup forms. */
    public List<JotformForm> listForms(JotformConnection connection) {
        JsonNode envelope = get(connection, "/user/forms", Map.of("limit", String.valueOf(properties.pageSize())));
        return JotformJson.content(envelope).stream().map(JotformJson::form).toList();
    }

    /** GET /form/{id}/questions: the field names of a form (e.g. {@code mnid}), to tell the signup form apart. */
    public Set<String> formFieldNames(JotformConnection connection, String formId) {
        JsonNode content =
                get(connection, "/form/" + formId + "/questions", Map.of()).path("content");
        Set<String> names = new LinkedHashSet<>();
        if (content.isObject()) {
            content.properties().forEach(question -> {
                String name = JotformJson.text(question.getValue().path("name"));
                if (name != null) {
                    names.add(name);
                }
            });
        }
        return names;
    }

    /** Every submission of a form, oldest first, paged with offset/limit until a page comes back short. */
    public JotformSubmissions fetchSubmissions(JotformConnection connection, String formId) {
        List<JotformSubmission> submissions = new ArrayList<>();
        int limit = properties.pageSize();
        Integer limitLeft = null;
        int pages = 0;
        while (true) {
            if (pages >= properties.maxPages()) {
                throw new ApiException(
                        SYSTEM,
                        ApiFailure.MALFORMED_RESPONSE,
                        "Jotform kept sending full pages " + "of form " + formId + " beyond " + properties.maxPages()
                                + " pages; stopped");
            }
            JsonNode envelope = get(
                    connection,
                    "/form/" + formId + "/submissions",
                    Map.of(
                            "offset",
                            String.valueOf(pages * limit),
                            "limit",
                            String.valueOf(limit),
                            "orderby",
                            "created_at",
                            "direction",
                            "ASC"));
            pages++;
            if (!envelope.path("content").isArray()) {
                throw new ApiException(
                        SYSTEM,
                        ApiFailure.MALFORMED_RESPONSE,
                        "Jotform's answer for form " + formId + " has no list of submissions");
            }
            List<JsonNode> page = JotformJson.content(envelope);
            page.stream().map(JotformJson::submission).forEach(submissions::add);
            limitLeft = JotformJson.limitLeft(envelope);
            if (page.size() < limit) {
                break;
            }
        }
        log.info(
                "Jotform form {}: {} submissions in {} page(s), limit-left {}",
                formId,
                submissions.size(),
                pages,
                limitLeft);
        return new JotformSubmissions(List.copyOf(submissions), pages, limitLeft);
    }

    private JsonNode get(JotformConnection connection, String path, Map<String, String> query) {
        String key = cipher.decrypt(connection.encryptedApiKey());
        UriComponentsBuilder uri =
                UriComponentsBuilder.fromUriString(connection.baseUrl()).path(path);
        query.forEach(uri::queryParam);
        URI target = uri.build().encode().toUri();
        return caller.getJson(new ApiRequest(
                SYSTEM, target, Map.of("APIKEY", key, "Accept", "application/json"), key, JotformJson::responseCode));
    }
}
