package org.oxpip.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oxpip.stack.Service;

/**
 * The endpoints of every service, read from the OpenAPI document each running service publishes at
 * /q/openapi: the tests that must cover "every endpoint" walk this list, so a new endpoint is never forgotten.
 */
final class ApiDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static volatile List<Endpoint> endpoints;
    private static final Map<Service, JsonNode> DOCUMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** One operation of one service. */
    record Endpoint(Service service, String method, String path, JsonNode operation, JsonNode document) {

        /** e.g. "referrals POST /api/v1/referrals/{id}/transitions" */
        String key() {
            return service.database() + " " + method + " " + path;
        }

        boolean takesBody() {
            return operation.has("requestBody");
        }

        /** The roles named at the start of the description ("Roles: a (why), b or c. ..."). */
        Set<String> documentedRoles() {
            String description = operation.path("description").asText("");
            String withoutAsides = description.replaceAll("\\([^()]*\\)", "");
            Matcher m = Pattern.compile("^Roles?:\\s*([^.]*)\\.").matcher(withoutAsides);
            Set<String> roles = new LinkedHashSet<>();
            if (m.find()) {
                for (String role : m.group(1).split(",| or | and ")) {
                    if (!role.isBlank()) {
                        roles.add(role.trim());
                    }
                }
            }
            return roles;
        }

        /** The request body's JSON schema with every $ref resolved (null when there is no body). */
        JsonNode requestSchema() {
            JsonNode schema = operation
                    .path("requestBody")
                    .path("content")
                    .path("application/json")
                    .path("schema");
            return schema.isMissingNode() ? null : resolve(schema);
        }

        /** The schema node itself, or the one its $ref names (merged: the referring node's own keys win). */
        JsonNode resolve(JsonNode schema) {
            JsonNode node = schema;
            while (node.has("$ref")) {
                String ref = node.get("$ref").asText();
                JsonNode target = document.at(ref.substring(1));
                com.fasterxml.jackson.databind.node.ObjectNode merged = target.deepCopy();
                for (Map.Entry<String, JsonNode> own : node.properties()) {
                    if (!own.getKey().equals("$ref")) {
                        merged.set(own.getKey(), own.getValue());
                    }
                }
                node = merged;
            }
            return node;
        }

        @Override
        public String toString() {
            return key();
        }
    }

    private ApiDocuments() {}

    static List<Endpoint> all() {
        if (endpoints == null) {
            List<Endpoint> list = new ArrayList<>();
            for (Service service : Service.values()) {
                JsonNode doc = document(service);
                doc.path("paths")
                        .properties()
                        .forEach(path -> path.getValue().properties().forEach(op -> {
                            if (METHODS.contains(op.getKey())) {
                                list.add(new Endpoint(
                                        service,
                                        op.getKey().toUpperCase(Locale.ROOT),
                                        path.getKey(),
                                        op.getValue(),
                                        doc));
                            }
                        }));
            }
            endpoints = List.copyOf(list);
        }
        return endpoints;
    }

    static List<Endpoint> withBodies() {
        // JSON bodies: the mutations are JSON's. The spreadsheet import takes CSV or a workbook, tested in its service.
        return all().stream()
                .filter(Endpoint::takesBody)
                .filter(e -> e.operation().path("requestBody").path("content").has("application/json"))
                .toList();
    }

    /** The document a running service publishes, read once per run. */
    static JsonNode document(Service service) {
        return DOCUMENTS.computeIfAbsent(service, ApiDocuments::fetch);
    }

    private static JsonNode fetch(Service service) {
        String url = RunningStack.stack().serviceUrl(service) + "/q/openapi?format=json";
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
