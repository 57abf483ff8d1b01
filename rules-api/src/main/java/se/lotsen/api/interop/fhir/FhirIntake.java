package se.lotsen.api.interop.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.Step;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.Violation;

/** What other interop (CDS Hooks) takes from the FHIR side: reading an intake, writing a step as a ServiceRequest. */
public final class FhirIntake {
    private FhirIntake() {
    }

    /**
     * The request in a QuestionnaireResponse to lotsen-intake, given as FHIR JSON on its own or in a
     * Bundle (a prefetched search); only the form's items are read.
     */
    public static SuggestionRequest read(String resourceJson, String field) {
        IBaseResource resource;
        try {
            resource = Fhir.json().parseResource(resourceJson);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw invalid(field, "is not a FHIR resource: " + e.getMessage());
        }
        if (resource instanceof QuestionnaireResponse response) {
            return IntakeReader.read(response);
        }
        if (resource instanceof Bundle bundle) {
            return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                    .filter(QuestionnaireResponse.class::isInstance).map(QuestionnaireResponse.class::cast).findFirst()
                    .map(IntakeReader::read)
                    .orElseThrow(() -> invalid(field, "holds no QuestionnaireResponse to " + IntakeQuestionnaire.URL));
        }
        throw invalid(field, "must be a QuestionnaireResponse to " + IntakeQuestionnaire.URL + " or a Bundle holding one");
    }

    /** A step as a proposed ServiceRequest, in FHIR JSON. */
    public static String serviceRequest(Step step, boolean english) {
        return Fhir.toJson(PathwayCarePlan.serviceRequest(step, english));
    }

    public static String questionnaireUrl() {
        return IntakeQuestionnaire.URL;
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(List.of(new Violation(field, message, List.of())));
    }
}
