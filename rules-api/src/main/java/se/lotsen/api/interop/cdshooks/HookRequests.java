package se.lotsen.api.interop.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import se.lotsen.api.errors.ApiError;

/**
 * What a hook call must carry before Lotsen reads it (CDS Hooks 2.0, "Calling a CDS Service" and the
 * patient-view hook): the hook the service declares, a hookInstance, and context.patientId (a FHIR id,
 * echoed in the suggestions' subject and never stored). Anything else is a 400 naming the field.
 */
final class HookRequests {
    /** A FHIR resource id: what may follow "Patient/". */
    private static final String FHIR_ID = "[A-Za-z0-9\\-.]{1,64}";

    private HookRequests() {
    }

    static Optional<Response> problem(CdsHooks.Request request) {
        if (request == null) {
            return bad("request_required", "send the hook call as JSON: {hook, hookInstance, context, prefetch}", "", List.of());
        }
        if (!CdsHooksResource.HOOK.equals(request.hook())) {
            return bad("hook_not_offered", "this service answers the hook " + CdsHooksResource.HOOK + " only (see GET /cds-services)",
                    "hook", List.of(CdsHooksResource.HOOK));
        }
        if (request.hookInstance() == null || request.hookInstance().isBlank() || request.hookInstance().length() > 100) {
            return bad("hook_instance_required", "hookInstance is required: a UUID for this hook call", "hookInstance", List.of());
        }
        JsonNode context = request.context();
        JsonNode patient = context == null || !context.isObject() ? null : context.get("patientId");
        if (patient == null || !patient.isTextual() || !patient.asText().matches(FHIR_ID)) {
            return bad("patient_id_required", "context.patientId is required for " + CdsHooksResource.HOOK
                    + ": the FHIR id of the patient in context", "context.patientId", List.of());
        }
        return Optional.empty();
    }

    private static Optional<Response> bad(String code, String message, String field, List<String> allowed) {
        return Optional.of(Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(code, message, field, allowed, List.of())).build());
    }
}
