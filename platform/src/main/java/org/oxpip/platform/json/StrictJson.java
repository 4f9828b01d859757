package org.oxpip.platform.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON is read as written, never quietly converted (Jackson converts all of these by default):
 * {@code "given": 1} is not consent, a score sent as {@code "2"} is not a number, {@code "comments": 123}
 * is not text, {@code 2.5} is not a whole number and {@code 0} is not an enum constant. A client that
 * sends them has a bug it should hear about. A misspelt field is refused too (it would be lost data),
 * and so is anything after the JSON value. A {@code Number} field still takes {@code 2.0}: the domain
 * decides whether that is whole.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        refuse(
                mapper,
                LogicalType.Boolean,
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.String);
        refuse(
                mapper,
                LogicalType.Textual,
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** After Quarkus's own settings (quarkus.jackson.*), so a service's configuration cannot loosen these. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }
}
