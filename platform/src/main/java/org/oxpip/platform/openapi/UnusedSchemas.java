package org.oxpip.platform.openapi;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Takes out every component schema that no operation reaches, directly or through other schemas.
 * SmallRye puts every class with a named {@code @Schema} in the document, so a service that publishes
 * one of the change feeds also carried the other feed's items from the shared feed contract, and the
 * UUID schema only those used. SmallRye's own unused-schema filter stops after one round; this follows
 * the references to the end.
 */
final class UnusedSchemas {

    private static final String COMPONENT_PREFIX = "#/components/schemas/";

    private final Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final Set<String> used = new HashSet<>();
    private final Deque<Schema> toVisit = new ArrayDeque<>();

    private UnusedSchemas() {}

    static void removeFrom(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        UnusedSchemas walk = new UnusedSchemas();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(walk::pathItem);
        }
        if (openAPI.getWebhooks() != null) {
            openAPI.getWebhooks().values().forEach(walk::pathItem);
        }
        walk.components(components);
        walk.follow(components.getSchemas());
        components.getSchemas().keySet().stream()
                .filter(name -> !walk.used.contains(name))
                .toList()
                .forEach(components::removeSchema);
    }

    private void components(Components components) {
        values(components.getResponses()).forEach(this::response);
        values(components.getParameters()).forEach(this::parameter);
        values(components.getRequestBodies()).forEach(this::requestBody);
        values(components.getHeaders()).forEach(this::header);
        values(components.getPathItems()).forEach(this::pathItem);
    }

    private void pathItem(PathItem path) {
        if (path == null) {
            return;
        }
        values(path.getParameters()).forEach(this::parameter);
        path.getOperations().values().forEach(this::operation);
    }

    private void operation(Operation operation) {
        values(operation.getParameters()).forEach(this::parameter);
        requestBody(operation.getRequestBody());
        if (operation.getResponses() != null) {
            values(operation.getResponses().getAPIResponses()).forEach(this::response);
        }
        if (operation.getCallbacks() != null) {
            operation
                    .getCallbacks()
                    .values()
                    .forEach(callback -> values(callback.getPathItems()).forEach(this::pathItem));
        }
    }

    private void parameter(Parameter parameter) {
        if (parameter != null) {
            schema(parameter.getSchema());
            content(parameter.getContent());
        }
    }

    private void requestBody(RequestBody body) {
        if (body != null) {
            content(body.getContent());
        }
    }

    private void response(APIResponse response) {
        if (response != null) {
            content(response.getContent());
            values(response.getHeaders()).forEach(this::header);
        }
    }

    private void header(Header header) {
        if (header != null) {
            schema(header.getSchema());
            content(header.getContent());
        }
    }

    private void content(Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> schema(media.getSchema()));
        }
    }

    private void schema(Schema schema) {
        if (schema != null) {
            toVisit.add(schema);
        }
    }

    /** Every schema reached, and through its references the components they name, to the end. */
    private void follow(Map<String, Schema> componentSchemas) {
        while (!toVisit.isEmpty()) {
            Schema schema = toVisit.pop();
            if (!seen.add(schema)) {
                continue;
            }
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(COMPONENT_PREFIX)) {
                String name = ref.substring(COMPONENT_PREFIX.length());
                if (used.add(name) && componentSchemas.containsKey(name)) {
                    toVisit.add(componentSchemas.get(name));
                }
            }
            schema.getAll().values().forEach(value -> toVisit.addAll(Schemas.within(value)));
        }
    }

    private static <T> Collection<T> values(Map<String, T> map) {
        return map == null ? List.of() : map.values();
    }

    private static <T> Collection<T> values(List<T> list) {
        return list == null ? List.of() : list;
    }
}
