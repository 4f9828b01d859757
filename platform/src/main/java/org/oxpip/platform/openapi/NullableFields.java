package org.oxpip.platform.openapi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The nullability rule of every OxPIP API: the services write every field of an answer, and write
 * {@code null} where there is no value, so a property of a response schema that is not {@code required}
 * is declared as allowing null; a {@code required} property is always there and never null. Properties
 * held by a Java primitive are made required ({@link NeverNull}); others become required by
 * {@code @Schema(required = true)} or a bean-validation constraint such as {@code @NotNull}.
 *
 * <p>OpenAPI 3.1 forms, as client generators (openapi-generator, openapi-typescript) read them: a typed
 * property gains {@code "null"} in its type array ({@code ["string","null"]}; an enum also lists
 * {@code null} among its values); a reference or a composition is wrapped as
 * {@code anyOf: [<the schema>, {"type": "null"}]}, its description and examples kept outside. A
 * property that already allows null is left as it is (its enum gains {@code null} if it lacked it), so
 * running this twice changes nothing. Schemas reached only from request bodies are not touched: what a
 * client may send is the service's validation's business.
 */
final class NullableFields {

    /** Keywords that describe a property rather than constrain it: they stay outside the anyOf. */
    private static final Set<String> ANNOTATIONS = Set.of(
            "description",
            "title",
            "examples",
            "example",
            "default",
            "deprecated",
            "readOnly",
            "writeOnly",
            "externalDocs");

    private static final String COMPONENT_PREFIX = "#/components/schemas/";

    private final NeverNull neverNull;
    private final Map<String, Schema> components;
    private final Set<String> componentsSeen = new HashSet<>();
    private final Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private NullableFields(NeverNull neverNull, Map<String, Schema> components) {
        this.neverNull = neverNull;
        this.components = components;
    }

    static void apply(OpenAPI openAPI, NeverNull neverNull) {
        Map<String, Schema> components =
                openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                        ? Map.of()
                        : openAPI.getComponents().getSchemas();
        NullableFields rule = new NullableFields(neverNull, components);
        for (APIResponse response : responses(openAPI)) {
            rule.visitContent(response.getContent());
        }
    }

    private static List<APIResponse> responses(OpenAPI openAPI) {
        List<APIResponse> all = new ArrayList<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths()
                    .getPathItems()
                    .values()
                    .forEach(path -> path.getOperations().values().forEach(operation -> {
                        if (operation.getResponses() != null
                                && operation.getResponses().getAPIResponses() != null) {
                            all.addAll(
                                    operation.getResponses().getAPIResponses().values());
                        }
                    }));
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getResponses() != null) {
            all.addAll(openAPI.getComponents().getResponses().values());
        }
        return all;
    }

    private void visitContent(Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> visit(media.getSchema(), null));
        }
    }

    private void visit(Schema schema, String componentName) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        String referenced = referencedComponent(schema);
        if (referenced != null && componentsSeen.add(referenced)) {
            visit(components.get(referenced), referenced);
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null && !properties.isEmpty()) {
            Set<String> required = required(schema, componentName, properties.keySet());
            Map<String, Schema> rewritten = new LinkedHashMap<>();
            properties.forEach((name, property) -> {
                visit(property, null);
                rewritten.put(name, required.contains(name) ? property : nullable(property));
            });
            schema.setProperties(rewritten);
        }
        schema.getAll().forEach((keyword, value) -> {
            if (!"properties".equals(keyword)) {
                Schemas.within(value).forEach(child -> visit(child, null));
            }
        });
    }

    /** The schema's required list, with the primitives of its class added, in the properties' order. */
    private Set<String> required(Schema schema, String componentName, Set<String> properties) {
        Set<String> declared = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        Set<String> inferred = componentName == null ? Set.of() : neverNull.in(componentName, properties);
        if (!declared.containsAll(inferred)) {
            List<String> ordered = new ArrayList<>();
            properties.stream()
                    .filter(name -> declared.contains(name) || inferred.contains(name))
                    .forEach(ordered::add);
            declared.stream().filter(name -> !ordered.contains(name)).forEach(ordered::add);
            schema.setRequired(ordered);
            return new LinkedHashSet<>(ordered);
        }
        return declared;
    }

    /** The property as one that may be null; the same schema when it already may. */
    static Schema nullable(Schema property) {
        if (allowsNull(property)) {
            Schema result = property;
            if (typedBesideANullAlternative(property)) {
                // SmallRye's own @Schema(nullable = true) on a reference writes "type": "object" beside
                // anyOf [ref, null]: the type outside refuses the null the alternatives allow.
                result = copy(property);
                result.setType(null);
            }
            return result.getEnumeration() != null && !result.getEnumeration().contains(null)
                    ? withNullValue(result == property ? copy(property) : result)
                    : result;
        }
        if (property.getRef() == null && !composed(property)) {
            Schema typed = copy(property);
            typed.addType(SchemaType.NULL);
            return typed.getEnumeration() != null ? withNullValue(typed) : typed;
        }
        Schema inner = OASFactory.createSchema();
        Schema outer = OASFactory.createSchema();
        property.getAll()
                .forEach((keyword, value) -> (ANNOTATIONS.contains(keyword) ? outer : inner).set(keyword, value));
        return outer.addAnyOf(inner).addAnyOf(nullType());
    }

    /**
     * Null is already a valid value: "null" is among its types, or one of its anyOf/oneOf is the null
     * type, or it constrains nothing at all (a free-form value).
     */
    static boolean allowsNull(Schema schema) {
        if (schema.getType() != null && schema.getType().contains(SchemaType.NULL)) {
            return true;
        }
        if (isNullMember(schema.getAnyOf()) || isNullMember(schema.getOneOf())) {
            return true;
        }
        return (schema.getType() == null || schema.getType().isEmpty())
                && schema.getRef() == null
                && !composed(schema)
                && schema.getEnumeration() == null
                && schema.get("const") == null;
    }

    /** A type outside the alternatives that does not itself allow null, while one alternative is null. */
    private static boolean typedBesideANullAlternative(Schema schema) {
        return (isNullMember(schema.getAnyOf()) || isNullMember(schema.getOneOf()))
                && schema.getType() != null
                && !schema.getType().isEmpty()
                && !schema.getType().contains(SchemaType.NULL);
    }

    private static boolean isNullMember(List<Schema> members) {
        return members != null
                && members.stream().anyMatch(member -> List.of(SchemaType.NULL).equals(member.getType()));
    }

    private static boolean composed(Schema schema) {
        return schema.getAllOf() != null || schema.getAnyOf() != null || schema.getOneOf() != null;
    }

    /** An enum that allows null lists it among its values (SmallRye's addEnumeration skips a null). */
    private static Schema withNullValue(Schema schema) {
        List<Object> values = new ArrayList<>(schema.getEnumeration());
        values.add(null);
        schema.setEnumeration(values);
        return schema;
    }

    private static Schema nullType() {
        return OASFactory.createSchema().addType(SchemaType.NULL);
    }

    private static Schema copy(Schema schema) {
        Schema copy = OASFactory.createSchema();
        schema.getAll().forEach(copy::set);
        if (schema.getType() != null) {
            copy.setType(new ArrayList<>(schema.getType()));
        }
        return copy;
    }

    private static String referencedComponent(Schema schema) {
        String ref = schema.getRef();
        return ref != null && ref.startsWith(COMPONENT_PREFIX) ? ref.substring(COMPONENT_PREFIX.length()) : null;
    }
}
