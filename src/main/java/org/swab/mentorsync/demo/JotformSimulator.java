package org.swab.mentorsync.demo;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jotform's REST API as the app calls it: the key in the {@code APIKEY} header or the {@code apiKey} parameter, every
 * answer in the envelope (errors too), submissions paged by offset and limit (at most 1000) with the optional
 * {@code filter}, the daily call limit counted down in {@code limit-left}.
 */
@RestController
@Profile("demo")
@RequestMapping("/demo-api/jotform")
class JotformSimulator {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DemoWorld world;
    private final SimulatorLimits limits;

    JotformSimulator(DemoWorld world, SimulatorLimits limits) {
        this.world = world;
        this.limits = limits;
    }

    @GetMapping("/user")
    ResponseEntity<Map<String, Object>> user(
            @RequestHeader(name = "APIKEY", required = false) String header,
            @RequestParam(name = "apiKey", required = false) String param,
            HttpServletRequest request) {
        return answer(header, param, request, limitLeft -> {
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("username", "swab-demo");
            user.put("name", "SWAB (demo)");
            user.put("email", "demo@swab.example");
            user.put("account_type", "https://api.jotform.com/system/plan/GOLD");
            user.put("status", "ACTIVE");
            return ok(user, limitLeft, null);
        });
    }

    @GetMapping("/user/forms")
    ResponseEntity<Map<String, Object>> forms(
            @RequestHeader(name = "APIKEY", required = false) String header,
            @RequestParam(name = "apiKey", required = false) String param,
            HttpServletRequest request) {
        return answer(header, param, request, limitLeft -> {
            List<Map<String, Object>> forms = List.of(
                    form(
                            DemoPopulation.SIGNUP_FORM_ID,
                            "Mentor Sign Up 2026",
                            world.signups().size()),
                    form(
                            DemoPopulation.SETUP_FORM_ID,
                            "Givebutter Setup 2026",
                            world.setups().size()),
                    form("250612345678901", "Volunteer Interest 2025", 212));
            return ok(forms, limitLeft, null);
        });
    }

    @GetMapping("/form/{formId}/questions")
    ResponseEntity<Map<String, Object>> questions(
            @PathVariable String formId,
            @RequestHeader(name = "APIKEY", required = false) String header,
            @RequestParam(name = "apiKey", required = false) String param,
            HttpServletRequest request) {
        return answer(
                header,
                param,
                request,
                limitLeft -> knownForm(formId)
                        ? ok(DemoJson.questions(formId), limitLeft, null)
                        : error(HttpStatus.NOT_FOUND, "Form not found", ""));
    }

    @GetMapping("/form/{formId}/submissions")
    ResponseEntity<Map<String, Object>> submissions(
            @PathVariable String formId,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "20") int limit,
            @RequestParam(defaultValue = "created_at") String orderby,
            @RequestParam(defaultValue = "DESC") String direction,
            @RequestParam(required = false) String filter,
            @RequestHeader(name = "APIKEY", required = false) String header,
            @RequestParam(name = "apiKey", required = false) String param,
            HttpServletRequest request) {
        return answer(header, param, request, limitLeft -> {
            if (!knownForm(formId)) {
                return error(HttpStatus.NOT_FOUND, "Form not found", "");
            }
            List<Map<String, Object>> all = DemoPopulation.SIGNUP_FORM_ID.equals(formId)
                    ? world.signups().stream().map(DemoJson::signup).toList()
                    : world.setups().stream().map(DemoJson::setup).toList();
            List<Map<String, Object>> matching;
            try {
                matching = all.stream().filter(filter(filter)).toList();
            } catch (JacksonException e) {
                return error(HttpStatus.BAD_REQUEST, "filter is not valid JSON", "");
            }
            String key = "updated_at".equals(orderby) ? "updated_at" : "created_at";
            Comparator<Map<String, Object>> order = Comparator.comparing(s -> (String) s.get(key));
            order = order.thenComparing(s -> (String) s.get("id"));
            List<Map<String, Object>> sorted = matching.stream()
                    .sorted("ASC".equalsIgnoreCase(direction) ? order : order.reversed())
                    .toList();
            int pageSize = Math.max(1, Math.min(1000, limit));
            int from = Math.min(sorted.size(), Math.max(0, offset));
            List<Map<String, Object>> page = sorted.subList(from, Math.min(sorted.size(), from + pageSize));
            Map<String, Object> resultSet = new LinkedHashMap<>();
            resultSet.put("offset", from);
            resultSet.put("limit", pageSize);
            resultSet.put("orderby", key);
            resultSet.put("count", page.size());
            return ok(page, limitLeft, resultSet);
        });
    }

    private ResponseEntity<Map<String, Object>> answer(
            String header,
            String param,
            HttpServletRequest request,
            Function<Integer, ResponseEntity<Map<String, Object>>> body) {
        String key = header != null ? header : param;
        String path = request.getRequestURI().substring("/demo-api/jotform".length());
        if (!DemoApiServers.JOTFORM_KEY.equals(key)) {
            return error(HttpStatus.UNAUTHORIZED, "You're not authorized to use (" + path + ") ", "");
        }
        int limitLeft = limits.jotformCall();
        if (limitLeft < 0) {
            return error(HttpStatus.TOO_MANY_REQUESTS, "You reached your daily limit", "");
        }
        return body.apply(limitLeft);
    }

    /** The {@code created_at:gt}-style conditions Jotform's filter takes (times as "2026-08-01 00:00:00"). */
    private static java.util.function.Predicate<Map<String, Object>> filter(String filter) {
        if (filter == null || filter.isBlank()) {
            return submission -> true;
        }
        JsonNode conditions = JSON.readTree(filter);
        java.util.function.Predicate<Map<String, Object>> all = submission -> true;
        for (Map.Entry<String, JsonNode> condition : conditions.properties()) {
            String[] parts = condition.getKey().split(":");
            String field = parts[0];
            String operator = parts.length > 1 ? parts[1] : "eq";
            String value = condition.getValue().asString();
            all = all.and(submission -> {
                Object actual = submission.get(field);
                if (!(actual instanceof String text)) {
                    return false;
                }
                int compared = text.compareTo(value);
                return switch (operator) {
                    case "gt" -> compared > 0;
                    case "gte" -> compared >= 0;
                    case "lt" -> compared < 0;
                    case "lte" -> compared <= 0;
                    default -> compared == 0;
                };
            });
        }
        return all;
    }

    private static boolean knownForm(String formId) {
        return DemoPopulation.SIGNUP_FORM_ID.equals(formId) || DemoPopulation.SETUP_FORM_ID.equals(formId);
    }

    private static Map<String, Object> form(String id, String title, int count) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("id", id);
        form.put("username", "swab-demo");
        form.put("title", title);
        form.put("height", "539");
        form.put("status", "ENABLED");
        form.put("created_at", "2026-07-01 09:12:44");
        form.put("updated_at", "2026-10-02 17:03:10");
        form.put("new", "0");
        form.put("count", String.valueOf(count));
        form.put("type", "LEGACY");
        form.put("url", "https://form.jotform.com/" + id);
        return form;
    }

    private static ResponseEntity<Map<String, Object>> ok(
            Object content, int limitLeft, Map<String, Object> resultSet) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("responseCode", 200);
        envelope.put("message", "success");
        envelope.put("content", content);
        envelope.put("duration", "12ms");
        envelope.put("limit-left", limitLeft);
        if (resultSet != null) {
            envelope.put("resultSet", resultSet);
        }
        return ResponseEntity.ok(envelope);
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message, Object content) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("responseCode", status.value());
        envelope.put("message", message);
        envelope.put("content", content);
        envelope.put("duration", "3ms");
        return ResponseEntity.status(status).body(envelope);
    }
}
