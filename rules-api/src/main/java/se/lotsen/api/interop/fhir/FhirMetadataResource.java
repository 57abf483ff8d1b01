package se.lotsen.api.interop.fhir;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations;
import se.lotsen.api.publishing.ActiveEngine;
import se.lotsen.api.tenants.Tenants;

/**
 * {@code GET /fhir/metadata} without a key, as FHIR servers answer it (a client reads it before it
 * has credentials). It declares exactly what {@link FhirResource} implements: each resource type with
 * its interactions and search parameters, and $apply.
 */
@Path("/fhir/metadata")
@Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@Tag(name = "fhir")
public class FhirMetadataResource {
    /** Resource type → search parameters of type uri it answers (an empty list: search without parameters). */
    static final Map<String, List<String>> SEARCHES = Map.of("CodeSystem", List.of("url"), "ValueSet", List.of("url"),
            "Questionnaire", List.of("url"), "HealthcareService", List.of());
    static final List<String> READ_ONLY = List.of("PlanDefinition");

    private final Tenants tenants;

    public FhirMetadataResource(Tenants tenants) {
        this.tenants = tenants;
    }

    @GET
    @Operation(summary = "The FHIR R4 CapabilityStatement (fhirVersion 4.0.1); needs no key")
    public Response metadata() {
        CapabilityStatement cs = new CapabilityStatement();
        cs.setStatus(Enumerations.PublicationStatus.ACTIVE);
        cs.setDate(new Date());
        cs.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        cs.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        cs.addFormat("json");
        cs.setPublisher("Lotsen");
        cs.getSoftware().setName("Lotsen").setVersion(engine().get().ruleSet().version());
        cs.getImplementation().setDescription("Lotsen: referral pathways for Swedish family centres. Takes no personal data.");
        CapabilityStatement.CapabilityStatementRestComponent rest = cs.addRest();
        rest.setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity().setCors(false).setDescription("Authorization: Bearer KEY, a Lotsen API key with the role SYSTEM "
                + "(this statement needs none).");
        for (String type : List.of("CodeSystem", "ValueSet", "Questionnaire", "HealthcareService")) {
            CapabilityStatementRestResourceComponent resource = rest.addResource().setType(type);
            interaction(resource, TypeRestfulInteraction.READ);
            interaction(resource, TypeRestfulInteraction.SEARCHTYPE);
            SEARCHES.get(type).forEach(name -> resource.addSearchParam().setName(name).setType(Enumerations.SearchParamType.URI)
                    .setDefinition("http://hl7.org/fhir/SearchParameter/" + type + "-" + name));
        }
        for (String type : READ_ONLY) {
            CapabilityStatementRestResourceComponent resource = rest.addResource().setType(type);
            interaction(resource, TypeRestfulInteraction.READ);
            resource.addOperation().setName("apply").setDefinition("http://hl7.org/fhir/OperationDefinition/PlanDefinition-apply");
        }
        cs.setText(Narratives.of("Lotsen FHIR R4", rest.getResource().stream().map(r -> r.getType() + ": "
                + String.join(", ", r.getInteraction().stream().map(i -> i.getCode().toCode()).toList())).toList()));
        return FhirResource.fhir(200, cs);
    }

    private static void interaction(CapabilityStatementRestResourceComponent resource, TypeRestfulInteraction code) {
        resource.addInteraction(new CapabilityStatement.ResourceInteractionComponent().setCode(code));
    }

    /** The statement needs no key, so it names the version of the region's (or the single tenant's) rule set. */
    private ActiveEngine engine() {
        return tenants.first().engine();
    }
}
