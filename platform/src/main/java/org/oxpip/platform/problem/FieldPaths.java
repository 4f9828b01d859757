package org.oxpip.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Names a bad field the way the client wrote it: a JSON path such as {@code parents[0].nhsNumber}. */
public final class FieldPaths {

    private FieldPaths() {}

    /**
     * "create.request.parents[0].nhsNumber" becomes "parents[0].nhsNumber"; a constrained query
     * parameter keeps its own name ("list.size" becomes "size").
     */
    public static String of(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        if (!nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD) {
            nodes.remove(0);
        }
        if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
            nodes.remove(0);
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            // Hibernate Validator puts a list index on the node after the list.
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }

    /** The path Jackson was reading when it failed: field names and array indexes. */
    public static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What a field expects, in a client's words; only our own types and constants, never the value sent. */
    public static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        return type.getSimpleName().toLowerCase(Locale.ROOT);
    }
}
