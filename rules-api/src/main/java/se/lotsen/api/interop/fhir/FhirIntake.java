package se.lotsen.api.interop.fhir;

import ca.uhn.fhir.parser.DataFormatException;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
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
        return read(parse(resourceJson, field), field);
    }

    private static IBaseResource parse(String resourceJson, String field) {
        try {
            return Fhir.json().parseResource(resourceJson);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw invalid(field, "is not a FHIR resource: " + e.getMessage());
        }
    }

    private static SuggestionRequest read(IBaseResource resource, String field) {
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

    /**
     * The request in an intake as {@link #read}, or empty when the intake is a Bundle holding no
     * QuestionnaireResponse (a prefetch search that found none: the chart has no intake form).
     */
    public static Optional<SuggestionRequest> readIfAny(String resourceJson, String field) {
        IBaseResource resource = parse(resourceJson, field);
        if (resource instanceof Bundle bundle && bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .noneMatch(QuestionnaireResponse.class::isInstance)) {
            return Optional.empty();
        }
        return Optional.of(read(resource, field));
    }

    /** A step as a proposed ServiceRequest for {@code subject} (a reference such as Patient/123), in FHIR JSON. */
    public static String serviceRequest(Step step, boolean english, String subject) {
        return Fhir.toJson(PathwayCarePlan.serviceRequest(step, english, new Reference(subject)));
    }

    public static String questionnaireUrl() {
        return IntakeQuestionnaire.URL;
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(List.of(new Violation(field, message, List.of())));
    }
}
