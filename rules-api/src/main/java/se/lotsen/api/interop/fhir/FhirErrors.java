package se.lotsen.api.interop.fhir;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import se.lotsen.api.errors.ApiError;

/**
 * Every error under /fhir is an OperationOutcome, as FHIR clients expect: what the rest of Lotsen
 * answers as its JSON error (no key, wrong role, an address that does not exist, a wrong method or
 * type) is turned into one here, with the same message and field.
 */
public final class FhirErrors implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath().replaceAll("^/+", "");
        if (!(path.equals("fhir") || path.startsWith("fhir/")) || !(response.getEntity() instanceof ApiError error)) {
            return;
        }
        OperationOutcome outcome = new OperationOutcome();
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(type(response.getStatus())).setDiagnostics(error.code() + ": " + error.message());
        if (error.field() != null && !error.field().isBlank()) {
            issue.addExpression(error.field());
        }
        outcome.setText(Narratives.of(error.message(), List.of()));
        response.getHeaders().putSingle("Content-Type", Fhir.MEDIA_TYPE + ";charset=utf-8");
        response.setEntity(Fhir.toJson(outcome));
    }

    private static IssueType type(int status) {
        return switch (status) {
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404 -> IssueType.NOTFOUND;
            case 405, 406, 415 -> IssueType.NOTSUPPORTED;
            case 413 -> IssueType.TOOCOSTLY;
            case 429 -> IssueType.THROTTLED;
            case 400 -> IssueType.STRUCTURE;
            case 422 -> IssueType.INVALID;
            default -> IssueType.EXCEPTION;
        };
    }
}
