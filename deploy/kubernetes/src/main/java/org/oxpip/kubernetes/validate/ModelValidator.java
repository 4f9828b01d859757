package org.oxpip.kubernetes.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks built-in objects against the official Kubernetes model classes (io.kubernetes:client-java-api).
 * Their generated validateJsonElement refuses unknown fields and missing required fields at every level.
 * It does not catch every wrong type, because Gson then converts quietly ("2" becomes 2 for an integer,
 * 2 becomes "2" for a string, "true" becomes true), while the API server refuses them: so the object is
 * also read into the model, written back, and compared with the input by {@link TypeComparison}.
 */
public final class ModelValidator {

    /** apiVersion/kind to model: the types our manifests use. Another type is reported, so that it gets added here. */
    static final Map<String, Class<?>> MODELS = Map.of(
            "apps/v1/Deployment", V1Deployment.class,
            "apps/v1/StatefulSet", V1StatefulSet.class,
            "v1/Service", V1Service.class,
            "v1/ConfigMap", V1ConfigMap.class,
            "v1/Secret", V1Secret.class,
            "v1/Namespace", V1Namespace.class,
            "autoscaling/v2/HorizontalPodAutoscaler", V2HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", V1PodDisruptionBudget.class,
            "networking.k8s.io/v1/Ingress", V1Ingress.class,
            "networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy.class);

    private ModelValidator() {}

    public static boolean knows(String apiVersionAndKind) {
        return MODELS.containsKey(apiVersionAndKind);
    }

    /** Validates a built-in object, or a part of a custom resource that has a built-in type (e.g. resources). */
    public static List<Finding> validate(JsonNode object, Class<?> model, String resource, String path) {
        List<Finding> findings = new ArrayList<>();
        JsonElement element = JsonParser.parseString(object.toString());
        try {
            validateMethod(model).invoke(null, element);
        } catch (InvocationTargetException e) {
            findings.add(classify(e.getCause(), resource, path));
            return findings;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(model + " has no usable validateJsonElement", e);
        }
        Object parsed;
        try {
            parsed = JSON.getGson().fromJson(element, model);
        } catch (JsonParseException | NumberFormatException | IllegalStateException e) {
            findings.add(new Finding(Rule.WRONG_TYPE, resource, path + ": " + e.getMessage()));
            return findings;
        }
        JsonNode written = TypeComparison.readJson(JSON.getGson().toJson(parsed));
        TypeComparison.compare(object, written, path, resource, findings);
        return findings;
    }

    private static Method validateMethod(Class<?> model) throws NoSuchMethodException {
        return model.getMethod("validateJsonElement", JsonElement.class);
    }

    /** The generated code reports everything as IllegalArgumentException; its wording tells which kind it is. */
    private static Finding classify(Throwable error, String resource, String path) {
        String message = shorten(String.valueOf(error.getMessage()));
        // Anything else (a ClassCastException, "Expected the field ... to be ...") is a value of the wrong type.
        Rule rule = Rule.WRONG_TYPE;
        if (message.contains("is not defined in the")) {
            rule = Rule.UNKNOWN_FIELD;
        } else if (message.contains("required field")) {
            rule = Rule.MISSING_REQUIRED_FIELD;
        }
        return new Finding(rule, resource, path + ": " + message);
    }

    private static String jsonWord(String gsonClass) {
        return switch (gsonClass) {
            case "Array" -> "a list";
            case "Object" -> "an object";
            case "Primitive" -> "a scalar";
            default -> gsonClass;
        };
    }

    /** The generated messages end with the whole JSON of the object; the field and type are enough. */
    private static String shorten(String message) {
        // A ClassCastException between Gson's node classes: say it in JSON words.
        Matcher cast = Pattern.compile(
                        "class com\\.google\\.gson\\.Json(\\w+) cannot be cast to class com\\.google\\.gson\\.Json(\\w+)")
                .matcher(message);
        if (cast.find()) {
            return "expected " + jsonWord(cast.group(2)) + ", found " + jsonWord(cast.group(1));
        }
        for (String tail : List.of(" JSON: ", " in the JSON string: ", " is not found in the JSON string")) {
            int at = message.indexOf(tail);
            if (at > 0) {
                return message.substring(0, at) + (tail.contains("not found") ? " is missing" : "");
            }
        }
        return message;
    }
}
