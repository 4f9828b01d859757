package org.oxpip.platform.openapi;

import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

/**
 * Which properties of a schema can never be null, because the Java type behind them is a primitive
 * ({@code int}, {@code long}, {@code boolean}...). The services write every field, so such a property is
 * always there with a value, and the document can say so ({@code required}) without anyone annotating it.
 *
 * <p>A schema is matched to its class by the name SmallRye gives it ({@code @Schema(name = ...)} on the
 * class, else its simple name); when two classes could carry the name, the one whose fields cover every
 * property of the schema is taken, and if that is still not one class, nothing is inferred. A class that
 * leaves default values out of its JSON ({@code @JsonInclude(NON_DEFAULT)}) is skipped: its zeros are
 * not written.
 */
final class NeverNull {

    private static final DotName SCHEMA =
            DotName.createSimple("org.eclipse.microprofile.openapi.annotations.media.Schema");
    private static final DotName JSON_PROPERTY = DotName.createSimple("com.fasterxml.jackson.annotation.JsonProperty");
    private static final DotName JSON_INCLUDE = DotName.createSimple("com.fasterxml.jackson.annotation.JsonInclude");

    /** Schema name → the classes that could be behind it, each as property name → whether it is primitive. */
    private final Map<String, Map<DotName, Map<String, Boolean>>> candidates;

    private NeverNull(Map<String, Map<DotName, Map<String, Boolean>>> candidates) {
        this.candidates = candidates;
    }

    static NeverNull none() {
        return new NeverNull(Map.of());
    }

    static NeverNull from(IndexView index) {
        // A composite index can list one class more than once: keyed by class name, it counts once.
        Map<String, Map<DotName, Map<String, Boolean>>> candidates = new HashMap<>();
        for (ClassInfo type : index.getKnownClasses()) {
            if (leavesOutDefaults(type)) {
                continue;
            }
            Map<String, Boolean> properties = properties(type);
            if (!properties.isEmpty()) {
                candidates
                        .computeIfAbsent(schemaName(type), name -> new HashMap<>())
                        .put(type.name(), properties);
            }
        }
        return new NeverNull(candidates);
    }

    /** The properties among {@code present} that can never be null; empty when the class is not known for sure. */
    Set<String> in(String schemaName, Set<String> present) {
        List<Map<String, Boolean>> covering = candidates.getOrDefault(schemaName, Map.of()).values().stream()
                .filter(properties -> properties.keySet().containsAll(present))
                .toList();
        if (covering.size() != 1) {
            return Set.of();
        }
        return present.stream().filter(name -> covering.get(0).get(name)).collect(Collectors.toUnmodifiableSet());
    }

    private static String schemaName(ClassInfo type) {
        AnnotationInstance schema = type.declaredAnnotation(SCHEMA);
        AnnotationValue name = schema == null ? null : schema.value("name");
        return name != null && !name.asString().isBlank() ? name.asString() : type.simpleName();
    }

    /**
     * What Jackson writes: the instance fields (a record's components are its fields too, and carry the
     * annotations Jackson reads), and the bean getters ({@code getTotal()}, {@code isStaff()}).
     */
    private static Map<String, Boolean> properties(ClassInfo type) {
        Map<String, Boolean> properties = new LinkedHashMap<>();
        for (FieldInfo field : type.fields()) {
            if (!Modifier.isStatic(field.flags())) {
                properties.put(
                        jsonName(field.declaredAnnotation(JSON_PROPERTY), field.name()), primitive(field.type()));
            }
        }
        for (MethodInfo method : type.methods()) {
            String name = getterName(method);
            if (name != null) {
                properties.putIfAbsent(
                        jsonName(method.declaredAnnotation(JSON_PROPERTY), name), primitive(method.returnType()));
            }
        }
        return properties;
    }

    private static String getterName(MethodInfo method) {
        if (Modifier.isStatic(method.flags()) || !Modifier.isPublic(method.flags()) || method.parametersCount() != 0) {
            return null;
        }
        String name = method.name();
        if (name.startsWith("get") && name.length() > 3 && !name.equals("getClass")) {
            return decapitalised(name.substring(3));
        }
        if (name.startsWith("is") && name.length() > 2 && method.returnType().kind() == Type.Kind.PRIMITIVE) {
            return decapitalised(name.substring(2));
        }
        return null;
    }

    private static String decapitalised(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean primitive(Type type) {
        return type.kind() == Type.Kind.PRIMITIVE;
    }

    private static String jsonName(AnnotationInstance renamed, String javaName) {
        AnnotationValue value = renamed == null ? null : renamed.value();
        return value != null && !value.asString().isEmpty() ? value.asString() : javaName;
    }

    private static boolean leavesOutDefaults(ClassInfo type) {
        AnnotationInstance include = type.declaredAnnotation(JSON_INCLUDE);
        AnnotationValue value = include == null ? null : include.value();
        return value != null && "NON_DEFAULT".equals(value.asEnum());
    }
}
