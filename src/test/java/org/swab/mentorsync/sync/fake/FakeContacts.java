package org.swab.mentorsync.sync.fake;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Givebutter's GET /contacts/{id} and the paged GET /contacts list on a {@link FakeApis} server, in the real shape
 * of the shared fixture.
 */
public final class FakeContacts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FakeApis apis;

    public FakeContacts(FakeApis apis) {
        this.apis = apis;
    }

    /** The fixture contact with another id and the given identity; change it further before serving. */
    public static ObjectNode contact(long id, String first, String last, String phone, String... emails) {
        ObjectNode contact = (ObjectNode) JSON.readTree(Fixtures.read("givebutter-contact.json"));
        contact.put("id", id);
        contact.putNull("external_id");
        contact.put("first_name", first);
        contact.putNull("preferred_name");
        contact.put("last_name", last);
        contact.put("primary_phone", phone);
        ArrayNode phones = contact.putArray("phones");
        phones.addObject().put("type", "cell").put("value", phone);
        contact.put("primary_email", emails.length == 0 ? null : emails[0]);
        ArrayNode emailList = contact.putArray("emails");
        for (String email : emails) {
            emailList.addObject().put("type", "personal").put("value", email);
        }
        contact.putArray("custom_fields");
        return contact;
    }

    public static void customField(ObjectNode contact, String name, String value) {
        ((ArrayNode) contact.get("custom_fields"))
                .addObject()
                .put("id", 900)
                .put("field_id", 55)
                .put("name", name)
                .put("value", value);
    }

    public void serve(ObjectNode contact) {
        apis.server()
                .stubFor(contactCall(contact.get("id").asLong()).willReturn(FakeApis.json(200, contact.toString())));
    }

    /** Page 1 of GET /contacts holding these contacts (Givebutter's paged list shape). */
    public void serveList(ObjectNode... contacts) {
        apis.server()
                .stubFor(get(urlPathEqualTo("/v1/contacts"))
                        .withHeader("Authorization", equalTo("Bearer " + FakeApis.GIVEBUTTER_KEY))
                        .willReturn(FakeApis.json(
                                200,
                                GivebutterJsonShapes.page(List.of(contacts), "/contacts", 1, 1, 20, contacts.length)
                                        .toString())));
    }

    /** Archived, merged or deleted: Givebutter answers 404. */
    public void serveDeleted(long id) {
        apis.server().stubFor(contactCall(id).willReturn(FakeApis.json(404, "{\"message\":\"Not found\"}")));
    }

    public void serveServerError(long id) {
        apis.server().stubFor(contactCall(id).willReturn(FakeApis.json(500, "{\"message\":\"Server Error\"}")));
    }

    /** 429 with Retry-After {@code times} times, then the contact. */
    public void serveRateLimitedThen(ObjectNode contact, int times, int retryAfterSeconds) {
        long id = contact.get("id").asLong();
        String scenario = "rate-limited-" + id;
        String state = Scenario.STARTED;
        for (int i = 1; i <= times; i++) {
            String next = "attempt-" + (i + 1);
            apis.server()
                    .stubFor(contactCall(id)
                            .inScenario(scenario)
                            .whenScenarioStateIs(state)
                            .willReturn(aResponse()
                                    .withStatus(429)
                                    .withHeader("Retry-After", String.valueOf(retryAfterSeconds))
                                    .withHeader("Content-Type", "application/json")
                                    .withBody(Fixtures.read("givebutter-429.json")))
                            .willSetStateTo(next));
            state = next;
        }
        apis.server()
                .stubFor(contactCall(id)
                        .inScenario(scenario)
                        .whenScenarioStateIs(state)
                        .willReturn(FakeApis.json(200, contact.toString())));
    }

    private static com.github.tomakehurst.wiremock.client.MappingBuilder contactCall(long id) {
        return get(urlPathEqualTo("/v1/contacts/" + id))
                .withHeader("Authorization", equalTo("Bearer " + FakeApis.GIVEBUTTER_KEY));
    }
}
