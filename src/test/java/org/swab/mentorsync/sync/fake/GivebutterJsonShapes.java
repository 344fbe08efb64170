package org.swab.mentorsync.sync.fake;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds Givebutter JSON exactly in the shape of ../shared/fixtures/givebutter-*.json. */
public final class GivebutterJsonShapes {

    private GivebutterJsonShapes() {}

    public static ObjectNode campaign(long id, String code, String title) {
        ObjectNode campaign = JotformJsonShapes.JSON.createObjectNode();
        campaign.put("id", id)
                .put("code", code)
                .put("account_id", 1204)
                .putNull("event_id")
                .put("type", "collect")
                .put("title", title)
                .putNull("subtitle")
                .putNull("description")
                .put("slug", code.toLowerCase())
                .put("url", "https://givebutter.com/" + code.toLowerCase())
                .put("goal", 50000)
                .put("raised", 12345)
                .put("donors", 210)
                .put("currency", "USD")
                .put("status", "active")
                .put("timezone", "America/New_York")
                .putNull("end_at")
                .put("created_at", "2026-08-01T00:00:00.000000Z")
                .put("updated_at", "2026-10-14T12:00:00.000000Z");
        return campaign;
    }

    public static ObjectNode member(FakeMember m, String campaignCode) {
        ObjectNode member = JotformJsonShapes.JSON.createObjectNode();
        if (m.idAsString()) {
            member.put("id", String.valueOf(m.id()));
        } else {
            member.put("id", m.id());
        }
        member.put("first_name", m.first())
                .put("last_name", m.last())
                .put("display_name", m.first() + " " + m.last())
                .put("email", m.email());
        if (m.phone() == null) {
            member.putNull("phone");
        } else {
            member.put("phone", m.phone());
        }
        member.putNull("picture");
        if (m.raised() == Math.rint(m.raised())) {
            member.put("raised", (long) m.raised());
        } else {
            member.put("raised", m.raised());
        }
        member.put("goal", 75)
                .put("donors", 3)
                .put("items", 0)
                .put(
                        "url",
                        "https://givebutter.com/" + campaignCode + "/"
                                + m.first().toLowerCase() + m.id())
                .put("created_at", "2026-09-01T12:00:00Z")
                .put("updated_at", "2026-10-01T12:00:00Z");
        return member;
    }

    /** A paged list: {@code data}, {@code links}, {@code meta} as Givebutter sends it. */
    public static ObjectNode page(List<ObjectNode> items, String path, int page, int lastPage, int perPage, int total) {
        ObjectNode body = JotformJsonShapes.JSON.createObjectNode();
        ArrayNode data = body.putArray("data");
        items.forEach(data::add);
        String base = "https://api.givebutter.com/v1" + path;
        ObjectNode links = body.putObject("links");
        links.put("first", base + "?page=1").put("last", base + "?page=" + lastPage);
        if (page > 1) {
            links.put("prev", base + "?page=" + (page - 1));
        } else {
            links.putNull("prev");
        }
        if (page < lastPage) {
            links.put("next", base + "?page=" + (page + 1));
        } else {
            links.putNull("next");
        }
        int from = (page - 1) * perPage + 1;
        body.putObject("meta")
                .put("current_page", page)
                .put("from", from)
                .put("last_page", lastPage)
                .put("path", base)
                .put("per_page", perPage)
                .put("to", from + items.size() - 1)
                .put("total", total);
        return body;
    }
}
