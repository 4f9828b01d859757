package org.oxpip.platform.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** The schemas one keyword's value holds: itself (items, not), a list's (allOf, prefixItems) or a map's (properties). */
final class Schemas {

    private Schemas() {}

    static Collection<Schema> within(Object value) {
        List<Schema> schemas = new ArrayList<>();
        if (value instanceof Schema schema) {
            schemas.add(schema);
        } else if (value instanceof Collection<?> values) {
            values.stream()
                    .filter(Schema.class::isInstance)
                    .map(Schema.class::cast)
                    .forEach(schemas::add);
        } else if (value instanceof Map<?, ?> values) {
            values.values().stream()
                    .filter(Schema.class::isInstance)
                    .map(Schema.class::cast)
                    .forEach(schemas::add);
        }
        return schemas;
    }
}
