package org.oxpip.platform.testing.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's validator with the core R4 definitions (hapi-fhir-validation-resources-r4), offline: a resource
 * "passes" when it has no message of severity error or fatal. Resources the service itself publishes (its
 * Questionnaires, its Measure) can be added, so that answers are checked against them too.
 */
public final class FhirValidation {

    private final FhirValidator validator;

    private FhirValidation(FhirValidator validator) {
        this.validator = validator;
    }

    /** A validator for R4 that also knows the given conformance resources (Questionnaire, Measure, CodeSystem). */
    public static FhirValidation r4(FhirContext context, List<? extends IBaseResource> known) {
        PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(context);
        known.forEach(ours::addResource);
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                ours);
        FhirInstanceValidator instance = new FhirInstanceValidator(chain);
        FhirValidator validator = context.newValidator();
        validator.registerValidatorModule(instance);
        return new FhirValidation(validator);
    }

    /** The messages of severity error or fatal: empty when the resource passes. */
    public List<String> errors(IBaseResource resource) {
        return errors(validator.validateWithResult(resource));
    }

    /** The same for a resource as JSON text, as a client receives it. */
    public List<String> errors(String json) {
        return errors(validator.validateWithResult(json));
    }

    private static List<String> errors(ValidationResult result) {
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidation::describe)
                .toList();
    }

    private static String describe(SingleValidationMessage m) {
        return m.getLocationString() + ": " + m.getMessage();
    }
}
