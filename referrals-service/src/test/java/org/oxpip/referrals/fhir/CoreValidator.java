package org.oxpip.referrals.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * HAPI's validator against the core R4 definitions only (offline: they ship in
 * hapi-fhir-validation-resources-r4). UK Core's profiles can't be fetched here; docs/fhir.md says which of
 * its rules the service follows and the tests check those directly. Made once: loading the definitions
 * takes tens of seconds on this machine.
 */
final class CoreValidator {

    private static FhirValidator validator;

    private CoreValidator() {}

    /** The errors (and worse) the validator finds in a resource's JSON; empty when it is valid R4. */
    static synchronized List<String> errors(String json) {
        if (validator == null) {
            FhirContext context = FhirContext.forR4Cached();
            ValidationSupportChain chain = new ValidationSupportChain(
                    new DefaultProfileValidationSupport(context),
                    new CommonCodeSystemsTerminologyService(context),
                    new InMemoryTerminologyServerValidationSupport(context),
                    new SnapshotGeneratingValidationSupport(context));
            FhirInstanceValidator module = new FhirInstanceValidator(chain);
            validator = context.newValidator().registerValidatorModule(module);
        }
        return validator.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(CoreValidator::describe)
                .toList();
    }

    private static String describe(SingleValidationMessage m) {
        return m.getSeverity() + " at " + m.getLocationString() + ": " + m.getMessage();
    }
}
