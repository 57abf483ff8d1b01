package se.lotsen.api.interop.fhir;

import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's validator against the FHIR R4 schemas (the XSDs from hapi-fhir-validation-resources-r4):
 * structure, element names, types and cardinalities of every resource Lotsen emits. (The profile
 * validator, hapi-fhir-validation, is not served by the package registry this build can reach.)
 */
public final class FhirValidation {
    private static final FhirValidator VALIDATOR = validator();

    private FhirValidation() {
    }

    private static FhirValidator validator() {
        FhirValidator validator = Fhir.context().newValidator();
        validator.setValidateAgainstStandardSchema(true);
        validator.setValidateAgainstStandardSchematron(false);
        return validator;
    }

    /** The errors in a resource, as "location: message"; empty when it is valid. */
    public static List<String> errors(IBaseResource resource) {
        ValidationResult result = VALIDATOR.validateWithResult(resource);
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidation::describe).toList();
    }

    public static List<String> errors(String json) {
        return errors(Fhir.json().parseResource(json));
    }

    private static String describe(SingleValidationMessage m) {
        return m.getLocationString() + ": " + m.getMessage();
    }
}
