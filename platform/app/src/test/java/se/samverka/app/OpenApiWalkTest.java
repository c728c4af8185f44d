package se.samverka.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import se.samverka.testkit.PortalTestServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's own fuzz walk over the served OpenAPI document, on the embedded default's demo data:
 * for every operation, malformed and hostile bodies (wrong types, unknown fields, nulls in arrays, huge
 * numbers, deep nesting, data after the JSON, no JSON), paths (no number, huge, negative, encoded slashes,
 * {@code ..}) and queries (bad, negative and huge sizes and pages, wrong enum values), as the platform
 * administrator, a tenant administrator, a case officer, a reader, a partner user and anonymously.
 * Nothing may answer 5xx, no answer may name Java ({@code se.samverka}, {@code java.}, {@code Exception}),
 * and every 4xx is the platform's problem+json with a {@code code}. Seeded, so a failure is reproducible;
 * bounded to a few thousand requests.
 */
class OpenApiWalkTest {

    static final long SEED = 14L;
    /** The demo tenant of an operation: one that has its module enabled (partnerships: Älmhult; the rest: Orust). */
    static String tenantOf(String template) {
        return template.contains("/partnerships") ? "almhult" : "orust";
    }

    /** Every kind of user for the tenant (Älmhult has no demo partner user: Junis of Orust, who sees nothing there). */
    static List<String> usersOf(String tenant) {
        return List.of("platform", "admin." + tenant, "officer." + tenant, "reader." + tenant, "partner.junis", "");
    }

    List<String> users = usersOf("orust");
    /** Hostile values for a path segment: none is a record anyone may see. */
    static final List<String> HOSTILE_SEGMENTS = List.of("abc", "-1", "0", "99999999999999999999999", "9223372036854775807",
            "1.5", "%2F..%2F..%2Fetc", "..", "%2e%2e", "1%00", "%20", "true", "null", "1e3");
    /** Hostile values for a query parameter. */
    static final List<String> HOSTILE_QUERIES = List.of("-1", "abc", "99999999999999999999999", "", "0000-01-01", "1.5",
            "NO_SUCH_VALUE", "%00", "2147483648", "[]");
    /** Bodies that are no JSON object, or no JSON at all. */
    static final List<String> HOSTILE_BODIES = List.of("", "null", "[]", "[null]", "\"text\"", "12", "true", "{",
            "{\"a\":1} trailing", "{} {}", "not json", "{\"unknown\":1}", "[".repeat(3000), "{\"a\":".repeat(3000),
            "{\"version\":" + "9".repeat(400) + "}", "\u0000", "{\"version\":1}\u0000");

    static PortalTestServer portal;
    static Map<String, Object> document;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Random random = new Random(SEED);
    final Map<Integer, Integer> statuses = new TreeMap<>();
    final List<String> failures = new ArrayList<>();
    int requests;

    @BeforeAll
    static void start() throws Exception {
        portal = PortalTestServer.start(PortalTestServer.repositoryTenants(), Map.of());
        HttpResponse<String> yaml = http.send(HttpRequest.newBuilder(URI.create(portal.uri() + "/api/openapi/samverka-api.yml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(yaml.statusCode()).isEqualTo(200);
        document = new Yaml(new LoaderOptions()).load(yaml.body());
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void noRequestOfAnyRoleAnswers5xxOrJavaNamesAndEvery4xxIsTheProblemFormat() {
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        assertThat(paths).as("the served document lists the modules' operations").hasSizeGreaterThan(30);
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (Map.Entry<String, Object> operation : path.getValue().entrySet()) {
                String method = operation.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                walk(method, path.getKey(), (Map<String, Object>) operation.getValue());
            }
        }
        System.out.printf("OpenAPI walk (seed %d): %d requests, statuses %s%n", SEED, requests, statuses);
        assertThat(failures).as("%d of %d requests failed; statuses %s", failures.size(), requests, statuses).isEmpty();
        assertThat(requests).isBetween(1000, 10000);
    }

    @SuppressWarnings("unchecked")
    void walk(String method, String template, Map<String, Object> operation) {
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
        List<String> pathParameters = parameters.stream().filter(p -> "path".equals(p.get("in"))).map(p -> (String) p.get("name")).toList();
        List<Map<String, Object>> queries = parameters.stream().filter(p -> "query".equals(p.get("in"))).toList();
        Map<String, Object> schema = bodySchema(operation);
        boolean multipart = isMultipart(operation);

        // the path with plausible values, then each segment hostile in turn
        users = usersOf(tenantOf(template));
        String plausible = fill(template, pathParameters, null, null);
        for (String user : users) {
            send(user, method, plausible, body(schema, multipart));
        }
        for (String parameter : pathParameters) {
            if (parameter.equals("tenant")) {
                send(user(), method, fill(template, pathParameters, parameter, "no-such-tenant"), body(schema, multipart));
                continue;
            }
            for (String hostile : HOSTILE_SEGMENTS) {
                send(user(), method, fill(template, pathParameters, parameter, hostile), body(schema, multipart));
            }
        }
        // the queries, each hostile in turn, and paging out of range
        for (Map<String, Object> query : queries) {
            for (String hostile : HOSTILE_QUERIES) {
                send(user(), method, plausible + "?" + query.get("name") + "=" + hostile, body(schema, multipart));
            }
        }
        if (!queries.isEmpty()) {
            send(user(), method, plausible + "?page=-1&size=-1", body(schema, multipart));
            send(user(), method, plausible + "?page=2147483647&size=2147483647", body(schema, multipart));
            send(user(), method, plausible + "?sort=" + "x".repeat(2000), body(schema, multipart));
        }
        // hostile bodies for operations that take one
        if (!"GET".equals(method) && !"DELETE".equals(method) && !multipart) {
            for (String hostile : HOSTILE_BODIES) {
                send(user(), method, plausible, hostile);
            }
            if (schema != null) {
                for (String mutated : mutations(schema)) {
                    send(user(), method, plausible, mutated);
                }
            }
        }
    }

    String user() {
        return users.get(random.nextInt(users.size()));
    }

    static String fill(String template, List<String> parameters, String hostileParameter, String hostileValue) {
        String path = template;
        for (String parameter : parameters) {
            String value = parameter.equals(hostileParameter) ? hostileValue : parameter.equals("tenant") ? tenantOf(template)
                    : parameter.equals("module") ? "agreements" : "1";
            path = path.replace("{" + parameter + "}", value);
        }
        return path;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> bodySchema(Map<String, Object> operation) {
        Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
        if (body == null) {
            return null;
        }
        Map<String, Object> content = (Map<String, Object>) body.getOrDefault("content", Map.of());
        Map<String, Object> json = (Map<String, Object>) content.get("application/json");
        return json == null ? null : resolve((Map<String, Object>) json.get("schema"));
    }

    @SuppressWarnings("unchecked")
    static boolean isMultipart(Map<String, Object> operation) {
        Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
        return body != null && ((Map<String, Object>) body.getOrDefault("content", Map.of())).containsKey("multipart/form-data");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema == null) {
            return null;
        }
        Object ref = schema.get("$ref");
        if (ref instanceof String name && name.startsWith("#/components/schemas/")) {
            Map<String, Object> components = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
            return resolve((Map<String, Object>) components.get(name.substring("#/components/schemas/".length())));
        }
        if (schema.get("allOf") instanceof List<?> all && !all.isEmpty()) {
            return resolve((Map<String, Object>) all.get(0));
        }
        return schema;
    }

    /** A plausible value for a schema (depth-bounded), for bodies the walk then breaks one field at a time. */
    @SuppressWarnings("unchecked")
    static Object plausible(Map<String, Object> schema, int depth) {
        schema = resolve(schema);
        if (schema == null || depth > 6) {
            return null;
        }
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        String type = String.valueOf(schema.get("type"));
        return switch (type) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                properties.forEach((name, property) -> object.put(name, plausible((Map<String, Object>) property, depth + 1)));
                yield object;
            }
            case "array" -> {
                Object item = plausible((Map<String, Object>) schema.get("items"), depth + 1);
                yield item == null ? List.of() : List.of(item);
            }
            case "integer" -> 1;
            case "number" -> 1.5;
            case "boolean" -> true;
            case "string" -> "date".equals(schema.get("format")) ? "2026-01-01" : "date-time".equals(schema.get("format"))
                    ? "2026-01-01T00:00:00Z" : "text";
            default -> null;
        };
    }

    String body(Map<String, Object> schema, boolean multipart) {
        return schema == null || multipart ? null : json(plausible(schema, 0));
    }

    /** The plausible body with one property (at any depth) replaced by a hostile value, and with an unknown field. */
    @SuppressWarnings("unchecked")
    List<String> mutations(Map<String, Object> schema) {
        Object base = plausible(schema, 0);
        List<String> bodies = new ArrayList<>();
        if (!(base instanceof Map<?, ?>)) {
            return bodies;
        }
        List<Object> hostile = List.of(true, 1.5, "yes", new ArrayList<>(java.util.Collections.singletonList(null)),
                Map.of("x", 1), new java.math.BigInteger("99999999999999999999999"), -9223372036854775807L,
                "0000-01-01", "9999-12-31", "x".repeat(100_000), "\u202Eevil\u0000");
        List<List<String>> fieldPaths = new ArrayList<>();
        collect((Map<String, Object>) base, new ArrayList<>(), fieldPaths);
        for (List<String> field : fieldPaths) {
            Object value = hostile.get(random.nextInt(hostile.size()));
            bodies.add(json(replaced(base, field, 0, value)));
            bodies.add(json(replaced(base, field, 0, null)));
        }
        Map<String, Object> unknown = new LinkedHashMap<>((Map<String, Object>) base);
        unknown.put("unknownField", 1);
        bodies.add(json(unknown));
        return bodies;
    }

    @SuppressWarnings("unchecked")
    static void collect(Map<String, Object> object, List<String> prefix, List<List<String>> into) {
        for (Map.Entry<String, Object> entry : object.entrySet()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(entry.getKey());
            into.add(path);
            if (entry.getValue() instanceof Map<?, ?> nested) {
                collect((Map<String, Object>) nested, path, into);
            } else if (entry.getValue() instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> item) {
                List<String> itemPath = new ArrayList<>(path);
                itemPath.add("0");
                collect((Map<String, Object>) item, itemPath, into);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Object replaced(Object node, List<String> path, int at, Object value) {
        if (at == path.size()) {
            return value;
        }
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
            copy.put(path.get(at), replaced(copy.get(path.get(at)), path, at + 1, value));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list);
            copy.set(0, replaced(copy.get(0), path, at + 1, value));
            return copy;
        }
        return node;
    }

    static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> quoted.append("\\\"");
                    case '\\' -> quoted.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            quoted.append(String.format("\\u%04x", (int) c));
                        } else {
                            quoted.append(c);
                        }
                    }
                }
            }
            return quoted.append('"').toString();
        }
        if (value instanceof Map<?, ?> map) {
            List<String> members = new ArrayList<>();
            map.forEach((k, v) -> members.add(json(String.valueOf(k)) + ":" + json(v)));
            return "{" + String.join(",", members) + "}";
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(",", list.stream().map(OpenApiWalkTest::json).toList()) + "]";
        }
        return String.valueOf(value);
    }

    void send(String user, String method, String path, String body) {
        requests++;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.uri() + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept-Language", random.nextBoolean() ? "sv" : "en")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (!user.isEmpty()) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
            }
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            statuses.merge(response.statusCode(), 1, Integer::sum);
            check(user, method, path, body, response);
        } catch (IllegalArgumentException unsendable) {
            // a path java.net.URI refuses (e.g. a raw "..") never reaches a server: not a request of the walk
            requests--;
        } catch (IOException e) {
            failures.add(method + " " + path + " as " + user + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void check(String user, String method, String path, String body, HttpResponse<String> response) {
        int status = response.statusCode();
        String answer = response.body();
        String request = method + " " + path + " as " + (user.isEmpty() ? "anonymous" : user)
                + (body == null ? "" : " body " + abbreviated(body));
        if (status >= 500) {
            failures.add(status + " " + request + " -> " + abbreviated(answer));
            return;
        }
        for (String leak : List.of("se.samverka", "java.", "Exception")) {
            if (answer.contains(leak)) {
                failures.add("names Java (" + leak + ") " + request + " -> " + abbreviated(answer));
            }
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json") || !answer.contains("\"code\":")) {
                failures.add(status + " not the problem format (" + type + ") " + request + " -> " + abbreviated(answer));
            }
        }
    }

    static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
