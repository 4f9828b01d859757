package org.oxpip.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.oxpip.stack.LocalStack;
import org.oxpip.stack.Service;

/**
 * Every answer of every service in the system tests, checked against the OpenAPI 3.1 document that service
 * publishes at /q/openapi: the operation is in the document, the status is one it documents, the media type
 * is one it documents for that status, and a JSON body validates against that status's schema. A request
 * body the test means to be valid is checked against the operation's request schema too. A mismatch fails the
 * request, and so the test that made it.
 *
 * <p>Installed once for every REST Assured request of the run ({@link RunningStack}); answers from anything
 * but the three services' {@code /api/} and {@code /fhir/} paths (Keycloak, health, the documents themselves) are
 * left alone.
 * Which requests are meant to be valid: all, except those sent with {@link #RESPONSE_ONLY} (the bad-input
 * fuzzer's mutations, forged tokens, calls that send a wrong body on purpose to reach a refusal) and those the
 * service refused for their content (400, 413, 415), which a test sends to see them refused.
 *
 * <p>Schemas are JSON Schema 2020-12 in OpenAPI 3.1's dialect, validated by networknt's json-schema-validator
 * (com.networknt:json-schema-validator, which reads that dialect). {@link #KNOWN_MISMATCHES} lists a mismatch
 * the run tolerates, with the reason it is not fixed yet: it is empty.
 */
final class ContractCheck implements OrderedFilter {

    /** A header a test adds to say "this request is wrong on purpose: check only the answer". Never sent. */
    static final String RESPONSE_ONLY = "X-OxPIP-Contract-Check-Response-Only";

    /** "service METHOD /path/{template} status" → why this mismatch is tolerated for now. */
    static final Map<String, String> KNOWN_MISMATCHES = Map.of();

    private static final Set<Integer> REFUSED_FOR_CONTENT = Set.of(400, 413, 415);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://contract.oxpip.test/";

    private final LocalStack stack;
    private final Map<Service, SchemaRegistry> registries = new EnumMap<>(Service.class);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final AtomicLong responses = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong tolerated = new AtomicLong();
    private final List<String> mismatches = java.util.Collections.synchronizedList(new ArrayList<>());

    ContractCheck(LocalStack stack) {
        this.stack = stack;
    }

    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE; // sees the request as sent, the answer as received
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
        boolean responseOnly = request.getHeaders().hasHeaderWithName(RESPONSE_ONLY);
        if (responseOnly) {
            request.removeHeader(RESPONSE_ONLY);
        }
        Response response = ctx.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        Optional<Service> service = serviceAt(uri.getPort());
        String path = uri.getRawPath();
        if (service.isEmpty() || path == null || !(path.startsWith("/api/") || path.startsWith("/fhir/"))) {
            return response;
        }
        List<String> problems = new ArrayList<>();
        String method = request.getMethod().toLowerCase(Locale.ROOT);
        JsonNode document = ApiDocuments.document(service.get());
        Optional<String> template = template(document, path, method);
        String where = service.get().database() + " " + method.toUpperCase(Locale.ROOT) + " " + template.orElse(path)
                + " " + response.statusCode();
        if (template.isEmpty()) {
            problems.add("no such operation in the document");
        } else {
            JsonNode operation = document.path("paths").path(template.get()).path(method);
            checkResponse(service.get(), operation, response, problems);
            if (!responseOnly && !REFUSED_FOR_CONTENT.contains(response.statusCode())) {
                checkRequest(service.get(), operation, request, problems);
            }
        }
        if (!problems.isEmpty()) {
            String reason = KNOWN_MISMATCHES.get(where);
            if (reason != null) {
                tolerated.incrementAndGet();
                return response;
            }
            String message = "Contract mismatch: " + where + " (" + uri + "): " + String.join("; ", problems);
            mismatches.add(message);
            throw new AssertionError(message + "\nbody: " + abbreviated(response.asString()));
        }
        return response;
    }

    /** What the run checked, for the test output: "N answers and M requests checked, 0 mismatches". */
    String summary() {
        return responses.get() + " answers and " + requests.get() + " request bodies checked against the services'"
                + " OpenAPI documents, " + mismatches.size() + " mismatches, " + tolerated.get()
                + " tolerated (KNOWN_MISMATCHES)";
    }

    List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    private void checkResponse(Service service, JsonNode operation, Response response, List<String> problems) {
        responses.incrementAndGet();
        String status = String.valueOf(response.statusCode());
        JsonNode documented = operation.path("responses").path(status);
        String documentedAs = status;
        if (documented.isMissingNode()) {
            documentedAs = status.charAt(0) + "XX";
            documented = operation.path("responses").path(documentedAs);
        }
        if (documented.isMissingNode()) {
            documentedAs = "default";
            documented = operation.path("responses").path("default");
        }
        if (documented.isMissingNode()) {
            problems.add("status " + status + " is not documented");
            return;
        }
        byte[] body = response.asByteArray();
        String mediaType = mediaType(response.getContentType());
        JsonNode content = documented.path("content");
        if (body.length == 0) {
            return;
        }
        if (mediaType.isEmpty() || !content.has(mediaType)) {
            problems.add("media type '" + mediaType + "' is not documented for " + status + " (documented: "
                    + fieldNames(content) + ")");
            return;
        }
        if (isJson(mediaType)) {
            String pointer = "/responses/" + documentedAs + "/content/" + mediaType;
            validate(service, content.path(mediaType).path("schema"), body, "answer", pointer, problems);
        }
    }

    private void checkRequest(
            Service service, JsonNode operation, FilterableRequestSpecification request, List<String> problems) {
        Object body = request.getBody();
        if (body == null) {
            return;
        }
        String mediaType = mediaType(request.getContentType());
        JsonNode content = operation.path("requestBody").path("content");
        if (!isJson(mediaType)) {
            return; // the spreadsheet import's CSV and workbooks are checked in referrals-service's own tests
        }
        requests.incrementAndGet();
        if (!content.has(mediaType)) {
            problems.add("request media type '" + mediaType + "' is not documented");
            return;
        }
        byte[] bytes = body instanceof byte[] raw ? raw : body.toString().getBytes(StandardCharsets.UTF_8);
        validate(service, content.path(mediaType).path("schema"), bytes, "request", "/requestBody", problems);
    }

    private void validate(
            Service service, JsonNode schemaNode, byte[] body, String what, String pointer, List<String> problems) {
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (java.io.IOException e) {
            problems.add(what + " is not JSON");
            return;
        }
        Schema schema = schemas.computeIfAbsent(
                service + " " + schemaNode, key -> registry(service).getSchema(absoluteRefs(service, schemaNode)));
        List<Error> errors = schema.validate(instance);
        if (!errors.isEmpty()) {
            problems.add(what + " does not match the schema at " + pointer + ": "
                    + errors.stream().limit(10).map(Error::toString).toList());
        }
    }

    /** The document as a schema resource, so that a schema's references into its components resolve. */
    private synchronized SchemaRegistry registry(Service service) {
        return registries.computeIfAbsent(service, s -> {
            String document = ApiDocuments.document(s).toString();
            return SchemaRegistry.withDialect(
                    Dialects.getOpenApi31(), builder -> builder.schemas(Map.of(BASE + s.database(), document)));
        });
    }

    /** A copy of a schema whose local references ("#/components/schemas/X") name the service's document. */
    private static JsonNode absoluteRefs(Service service, JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        rewrite(copy, BASE + service.database());
        return copy;
    }

    private static void rewrite(JsonNode node, String base) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
                object.set("$ref", TextNode.valueOf(base + ref.asText()));
            }
            object.forEach(child -> rewrite(child, base));
        } else if (node != null && node.isArray()) {
            node.forEach(child -> rewrite(child, base));
        }
    }

    /** The document's path template for this path: a literal segment beats a parameter ("/erasures/pending"). */
    static Optional<String> template(JsonNode document, String path, String method) {
        List<String> matching = new ArrayList<>();
        Iterator<String> templates = document.path("paths").fieldNames();
        while (templates.hasNext()) {
            String template = templates.next();
            if (document.path("paths").path(template).has(method) && matches(template, path)) {
                matching.add(template);
            }
        }
        return matching.stream()
                .min(Comparator.comparingLong(
                        t -> t.chars().filter(c -> c == '{').count()));
    }

    private static boolean matches(String template, String path) {
        String[] parts = template.split("\\{[^}/]+}", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(Pattern.quote(parts[i]));
            if (i < parts.length - 1) {
                regex.append("[^/]+");
            }
        }
        return Pattern.matches(regex.toString(), path);
    }

    private Optional<Service> serviceAt(int port) {
        for (Service service : Service.values()) {
            if (URI.create(stack.serviceUrl(service)).getPort() == port) {
                return Optional.of(service);
            }
        }
        return Optional.empty();
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }

    private static String abbreviated(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
    }
}
