package org.swab.mentorsync.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Givebutter's REST API as the app calls it: {@code Authorization: Bearer} key, lists paged with
 * {@code data}/{@code links}/{@code meta} (per_page up to 100), a bare object for {@code GET /contacts/{id}} and 404
 * for an archived one, 429 with {@code Retry-After} past the requests a minute.
 */
@RestController
@Profile("demo")
@RequestMapping("/demo-api/givebutter")
class GivebutterSimulator {

    static final String BASE = "/demo-api/givebutter";

    private final DemoWorld world;
    private final SimulatorLimits limits;

    GivebutterSimulator(DemoWorld world, SimulatorLimits limits) {
        this.world = world;
        this.limits = limits;
    }

    @GetMapping("/campaigns")
    ResponseEntity<Object> campaigns(
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "20") int perPage,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        return answer(authorization, () -> {
            List<Map<String, Object>> campaigns = new ArrayList<>();
            String[] others = {"Spring Gala", "Giving Tuesday", "Alumni Fund", "Camp Scholarships", "Holiday Drive"};
            for (int i = 0; i < 20; i++) {
                campaigns.add(DemoJson.campaign(
                        4000 + i, "OTHER" + i, others[i % others.length] + " " + (2020 + i / 5), 1000L * i));
            }
            long raised = world.members().stream()
                    .map(DemoMember::raised)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .longValue();
            campaigns.add(DemoJson.campaign(
                    DemoPopulation.CAMPAIGN_ID, DemoPopulation.CAMPAIGN_CODE, "SWAB 2026 Mentors", raised));
            return ResponseEntity.ok(page(campaigns, "/campaigns", page, perPage));
        });
    }

    @GetMapping("/campaigns/{campaignId}/members")
    ResponseEntity<Object> members(
            @PathVariable String campaignId,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "20") int perPage,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        return answer(authorization, () -> {
            List<Map<String, Object>> members =
                    String.valueOf(DemoPopulation.CAMPAIGN_ID).equals(campaignId)
                            ? world.members().stream().map(DemoJson::member).toList()
                            : List.of();
            if (members.isEmpty() && !campaignId.matches("40(0\\d|1\\d)")) {
                return notFound();
            }
            return ResponseEntity.ok(page(members, "/campaigns/" + campaignId + "/members", page, perPage));
        });
    }

    @GetMapping("/contacts")
    ResponseEntity<Object> contacts(
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "20") int perPage,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        return answer(authorization, () -> {
            int size = perPage(perPage);
            DemoWorld.Page<Map<String, Object>> contacts = world.contactsPage(Math.max(1, page), size);
            return ResponseEntity.ok(body(contacts.items(), "/contacts", Math.max(1, page), size, contacts.total()));
        });
    }

    @GetMapping("/contacts/{contactId}")
    ResponseEntity<Object> contact(
            @PathVariable String contactId,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        return answer(authorization, () -> {
            Optional<Map<String, Object>> contact;
            try {
                contact = world.contactJson(Long.parseLong(contactId));
            } catch (NumberFormatException e) {
                contact = Optional.empty();
            }
            return contact.<ResponseEntity<Object>>map(ResponseEntity::ok).orElseGet(GivebutterSimulator::notFound);
        });
    }

    private ResponseEntity<Object> answer(String authorization, Supplier<ResponseEntity<Object>> body) {
        if (authorization == null || !authorization.equals("Bearer " + DemoApiServers.GIVEBUTTER_KEY)) {
            return message(HttpStatus.UNAUTHORIZED, "Unauthenticated.");
        }
        Optional<Duration> wait = limits.givebutterCall();
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                    .body(Map.of("message", "Too Many Attempts."));
        }
        return body.get();
    }

    private static ResponseEntity<Object> notFound() {
        return message(HttpStatus.NOT_FOUND, "Not Found");
    }

    private static ResponseEntity<Object> message(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("message", message));
    }

    private static int perPage(int requested) {
        return Math.max(1, Math.min(100, requested));
    }

    private static Map<String, Object> page(List<Map<String, Object>> all, String path, int page, int perPage) {
        int size = perPage(perPage);
        int current = Math.max(1, page);
        int from = Math.min(all.size(), (current - 1) * size);
        return body(all.subList(from, Math.min(all.size(), from + size)), path, current, size, all.size());
    }

    /** Givebutter's list envelope; the links name this server, as Givebutter's name its own. */
    private static Map<String, Object> body(
            List<Map<String, Object>> items, String path, int page, int perPage, int total) {
        int lastPage = Math.max(1, (total + perPage - 1) / perPage);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(BASE + path)
                .toUriString();
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("first", base + "?page=1");
        links.put("last", base + "?page=" + lastPage);
        links.put("prev", page > 1 ? base + "?page=" + (page - 1) : null);
        links.put("next", page < lastPage ? base + "?page=" + (page + 1) : null);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("current_page", page);
        meta.put("from", items.isEmpty() ? null : (page - 1) * perPage + 1);
        meta.put("last_page", lastPage);
        meta.put("path", base);
        meta.put("per_page", perPage);
        meta.put("to", items.isEmpty() ? null : (page - 1) * perPage + items.size());
        meta.put("total", total);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", items);
        body.put("links", links);
        body.put("meta", meta);
        return body;
    }
}
