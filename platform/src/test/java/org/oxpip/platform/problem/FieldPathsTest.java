package org.oxpip.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class FieldPathsTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    public record Parent(@NotBlank String nhsNumber) {}

    public record Intake(List<@Valid Parent> parents) {}

    public static class Resource {
        public void create(@Valid Intake request) {}

        public void list(@Max(100) int size) {}
    }

    @Test
    void aBodyFieldShouldBeNamedAsTheClientWroteIt() throws Exception {
        Method create = Resource.class.getMethod("create", Intake.class);
        Set<ConstraintViolation<Resource>> violations = VALIDATOR
                .forExecutables()
                .validateParameters(new Resource(), create, new Object[] {
                    new Intake(List.of(new Parent("4857773456"), new Parent(" ")))
                });
        assertEquals("parents[1].nhsNumber", FieldPaths.of(violations.iterator().next()));
    }

    @Test
    void aQueryParameterShouldKeepItsOwnName() throws Exception {
        Method list = Resource.class.getMethod("list", int.class);
        Set<ConstraintViolation<Resource>> violations =
                VALIDATOR.forExecutables().validateParameters(new Resource(), list, new Object[] {1000});
        assertEquals("size", FieldPaths.of(violations.iterator().next()));
    }

    public record Body(List<Parent> parents) {}

    @Test
    void aJsonPathShouldHoldFieldsAndIndexes() {
        JsonMappingException e = assertThrows(
                JsonMappingException.class,
                () -> new ObjectMapper()
                        .readValue("{\"parents\": [{\"nhsNumber\": \"1\"}, {\"nhsNumber\": []}]}", Body.class));
        assertEquals("parents[1].nhsNumber", FieldPaths.of(e));
    }

    enum Colour {
        RED,
        GREEN
    }

    @Test
    void whatAFieldExpectsShouldBeInTheClientsWords() {
        assertEquals("one of [RED, GREEN]", FieldPaths.expected(Colour.class));
        assertEquals("a date YYYY-MM-DD", FieldPaths.expected(LocalDate.class));
        assertEquals("a UUID", FieldPaths.expected(UUID.class));
        assertEquals("integer", FieldPaths.expected(Integer.class));
    }
}
