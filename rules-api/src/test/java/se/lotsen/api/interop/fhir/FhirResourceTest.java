package se.lotsen.api.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.RequestGroup;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.lotsen.api.SharedApp;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;

@ExtendWith(SharedApp.class)
class FhirResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Path EXAMPLES = Path.of(System.getProperty("lotsen.examples", "../examples"));

    private static <T> T read(HttpResponse<String> response, Class<T> type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/fhir+json");
        assertThat(FhirValidation.errors(response.body())).as("schema errors").isEmpty();
        FhirInvariants.Result invariants = FhirInvariants.check(response.body());
        assertThat(invariants.broken()).as("base-profile invariants").isEmpty();
        assertThat(invariants.evaluated()).isPositive();
        return type.cast(Fhir.json().parseResource(response.body()));
    }

    private static HttpResponse<String> apply(TestApp app, String body) {
        return app.post("/fhir/PlanDefinition/lotsen-pathway/$apply", app.key(Role.SYSTEM), "application/fhir+json",
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void metadataIsAnR4CapabilityStatementWithApplyAndNeedsNoKey(TestApp app) {
        CapabilityStatement cs = read(app.get("/fhir/metadata", null), CapabilityStatement.class);

        assertThat(cs.getFhirVersion().toCode()).isEqualTo("4.0.1");
        assertThat(cs.getRestFirstRep().getResource()).anySatisfy(r -> {
            assertThat(r.getType()).isEqualTo("PlanDefinition");
            assertThat(r.getOperationFirstRep().getName()).isEqualTo("apply");
        });
    }

    @Test
    void codeSystemsAndValueSetsAreGeneratedFromTheEnginesCodesWithEnglishDesignations(TestApp app) {
        Bundle systems = read(app.get("/fhir/CodeSystem", app.key(Role.SYSTEM)), Bundle.class);
        read(app.get("/fhir/ValueSet", app.key(Role.SYSTEM)), Bundle.class);
        org.hl7.fhir.r4.model.CodeSystem needs = read(app.get("/fhir/CodeSystem/need", app.key(Role.SYSTEM)),
                org.hl7.fhir.r4.model.CodeSystem.class);

        assertThat(systems.getEntry()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(needs.getConcept()).hasSize(se.lotsen.core.NeedCategory.values().length);
        assertThat(needs.getConceptFirstRep().getDesignationFirstRep().getLanguage()).isEqualTo("en");
    }

    @Test
    void theIntakeQuestionnaireHasTheTenEpdsItemsUnderLoincsPanelCode(TestApp app) {
        Questionnaire q = read(app.get("/fhir/Questionnaire/lotsen-intake", app.key(Role.SYSTEM)), Questionnaire.class);

        Questionnaire.QuestionnaireItemComponent epds = q.getItem().stream().filter(i -> i.getLinkId().equals("epds"))
                .findFirst().orElseThrow();
        assertThat(epds.getCodeFirstRep().getCode()).isEqualTo("71354-5");
        assertThat(epds.getItem()).filteredOn(i -> i.getLinkId().startsWith("epds-item-")).hasSize(10);
        assertThat(q.getItem()).noneMatch(i -> i.getType() == Questionnaire.QuestionnaireItemType.TEXT);
    }

    @Test
    void applyingTheViolenceExampleGivesACarePlanWithTheSafeguardingConcernFirst(TestApp app) throws Exception {
        CarePlan plan = read(apply(app, Files.readString(EXAMPLES.resolve("fhir/apply-violence.json"))), CarePlan.class);

        RequestGroup group = (RequestGroup) plan.getContained().stream().filter(RequestGroup.class::isInstance).findFirst().orElseThrow();
        RequestGroup.RequestGroupActionComponent first = group.getActionFirstRep();
        assertThat(first.getCodeFirstRep().getCodingFirstRep().getCode()).isEqualTo("safeguarding-concern");
        assertThat(first.getPriority()).as("the group's priority is its soonest action's").isEqualTo(group.getPriority());
        assertThat(first.getAction()).as("the safeguarding steps").isNotEmpty()
                .allSatisfy(a -> assertThat(a.getResource().getReference()).startsWith("#step-"));
        assertThat(group.getAction().subList(1, group.getAction().size()))
                .allSatisfy(a -> assertThat(a.getResource().getReference()).startsWith("#step-"));
        assertThat(group.getAction()).allSatisfy(a -> assertThat(a.hasResource()).isNotEqualTo(a.hasAction()));
        assertThat(plan.getContained()).filteredOn(ServiceRequest.class::isInstance)
                .allSatisfy(r -> assertThat(((ServiceRequest) r).getPerformerFirstRep().getIdentifier().getSystem())
                        .isEqualTo("https://lotsen.se/fhir/CodeSystem/service"));
        assertThat(plan.getSubject().getReference()).as("the example's R4 subject, echoed").isEqualTo("Patient/example");
        assertThat(plan.getText().getDivAsString()).contains("anmälningsplikt");
    }

    @Test
    void applyingTheEpdsExampleInEnglishGivesEnglishTexts(TestApp app) throws Exception {
        CarePlan plan = read(apply(app, Files.readString(EXAMPLES.resolve("fhir/apply-epds-self-harm.json"))), CarePlan.class);

        assertThat(plan.getTitle()).isEqualTo("Lotsen's suggested pathway");
        RequestGroup group = (RequestGroup) plan.getContained().stream().filter(RequestGroup.class::isInstance).findFirst().orElseThrow();
        assertThat(group.getActionFirstRep().getTitle()).contains("duty to report");
    }

    @Test
    void anItemTheFormDoesNotHaveIsRefusedWithAnOperationOutcome(TestApp app) {
        String body = "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"questionnaireResponse\",\"resource\":"
                + "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":["
                + "{\"linkId\":\"child-age-months\",\"answer\":[{\"valueInteger\":6}]},"
                + "{\"linkId\":\"note\",\"answer\":[{\"valueString\":\"Anna, Storgatan 1\"}]}]}}]}";

        HttpResponse<String> response = apply(app, body);

        assertThat(response.statusCode()).isEqualTo(422);
        OperationOutcome outcome = (OperationOutcome) Fhir.json().parseResource(response.body());
        assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("item[note]").doesNotContain("Anna");
    }

    @Test
    void aBodyThatIsNotFhirIs400(TestApp app) {
        assertThat(apply(app, "{\"childAgeMonths\": 6}").statusCode()).isEqualTo(400);
    }

    @Test
    void theCatalogIsServedAsHealthcareServices(TestApp app) {
        Bundle services = read(app.get("/fhir/HealthcareService", app.key(Role.SYSTEM)), Bundle.class);

        assertThat(services.getEntry()).hasSizeGreaterThanOrEqualTo(20);
        read(app.get("/fhir/HealthcareService/bvc-nurse", app.key(Role.SYSTEM)), org.hl7.fhir.r4.model.HealthcareService.class);
    }

    @Test
    void theSchemaCheckItselfCatchesAResourceWithoutItsRequiredElements() {
        CarePlan withoutStatus = new CarePlan();
        withoutStatus.setIntent(CarePlan.CarePlanIntent.PROPOSAL);

        assertThat(FhirValidation.errors(withoutStatus)).isNotEmpty();
    }

    @Test
    void fhirIsForSystemKeysAndItsErrorsAreOperationOutcomes(TestApp app) {
        HttpResponse<String> staff = app.get("/fhir/CodeSystem", app.key(Role.STAFF));
        HttpResponse<String> noKey = app.get("/fhir/CodeSystem", null);
        HttpResponse<String> nowhere = app.get("/fhir/Patient/1", app.key(Role.SYSTEM));

        assertThat(staff.statusCode()).isEqualTo(403);
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(nowhere.statusCode()).isEqualTo(404);
        for (HttpResponse<String> error : List.of(staff, noKey, nowhere)) {
            assertThat(error.headers().firstValue("Content-Type")).get().asString().startsWith("application/fhir+json");
            assertThat(Fhir.json().parseResource(error.body())).isInstanceOf(OperationOutcome.class);
        }
    }

    @Test
    void everyInteractionAndSearchParameterTheCapabilityStatementDeclaresAnswers(TestApp app) throws Exception {
        CapabilityStatement cs = read(app.get("/fhir/metadata", null), CapabilityStatement.class);
        Map<String, String> known = Map.of("CodeSystem", "need", "ValueSet", "need", "Questionnaire", "lotsen-intake",
                "HealthcareService", "bvc-nurse", "PlanDefinition", "lotsen-pathway");

        for (CapabilityStatement.CapabilityStatementRestResourceComponent resource : cs.getRestFirstRep().getResource()) {
            String type = resource.getType();
            for (CapabilityStatement.ResourceInteractionComponent interaction : resource.getInteraction()) {
                switch (interaction.getCode()) {
                    case READ -> assertThat(read(app.get("/fhir/" + type + "/" + known.get(type), app.key(Role.SYSTEM)),
                            org.hl7.fhir.r4.model.Resource.class).fhirType()).isEqualTo(type);
                    case SEARCHTYPE -> assertThat(read(app.get("/fhir/" + type, app.key(Role.SYSTEM)), Bundle.class).getEntry())
                            .isNotEmpty().allSatisfy(e -> assertThat(e.getResource().fhirType()).isEqualTo(type));
                    default -> throw new AssertionError("declared but not tested: " + interaction.getCode());
                }
            }
            for (CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent param : resource.getSearchParam()) {
                assertThat(param.getName()).isEqualTo("url");
                String url = "https://lotsen.se/fhir/" + type + "/" + known.get(type);
                Bundle found = read(app.get("/fhir/" + type + "?url=" + url, app.key(Role.SYSTEM)), Bundle.class);
                Bundle none = read(app.get("/fhir/" + type + "?url=https://lotsen.se/fhir/nothing", app.key(Role.SYSTEM)), Bundle.class);
                assertThat(found.getEntry()).singleElement().satisfies(e -> assertThat(e.getResource().getIdElement().getIdPart())
                        .isEqualTo(known.get(type)));
                assertThat(none.getEntry()).isEmpty();
            }
            for (CapabilityStatement.CapabilityStatementRestResourceOperationComponent operation : resource.getOperation()) {
                assertThat(operation.getName()).isEqualTo("apply");
                read(apply(app, Files.readString(EXAMPLES.resolve("fhir/apply-violence.json"))), CarePlan.class);
            }
        }
    }

    @Test
    void applyTakesR4sSubjectAndTheCpgDataBundleAndEchoesTheSubject(TestApp app) throws Exception {
        JsonNode example = JSON.readTree(Files.readString(EXAMPLES.resolve("fhir/apply-violence.json")));
        JsonNode response = null;
        for (JsonNode parameter : example.get("parameter")) {
            if (parameter.has("resource") && parameter.get("resource").get("resourceType").asText().equals("QuestionnaireResponse")) {
                response = parameter.get("resource");
            }
        }
        String body = "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"subject\",\"valueString\":\"Patient/p-7\"},"
                + "{\"name\":\"data\",\"resource\":{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                + response + "}]}}]}";

        CarePlan plan = read(apply(app, body), CarePlan.class);

        assertThat(plan.getSubject().getReference()).isEqualTo("Patient/p-7");
        assertThat(plan.getContained()).filteredOn(ServiceRequest.class::isInstance)
                .allSatisfy(r -> assertThat(((ServiceRequest) r).getSubject().getReference()).isEqualTo("Patient/p-7"));
    }

    @Test
    void everyLotsenCodeInAnAppliedPlanIsInAPublishedCodeSystem(TestApp app) throws Exception {
        String plan = apply(app, Files.readString(EXAMPLES.resolve("fhir/apply-violence.json"))).body();
        String questionnaire = app.get("/fhir/Questionnaire/lotsen-intake", app.key(Role.SYSTEM)).body();
        Set<String> checked = new TreeSet<>();

        for (String body : List.of(plan, questionnaire)) {
            for (JsonNode coding : JSON.readTree(body).findParents("system")) {
                String system = coding.get("system").asText();
                if (!system.startsWith("https://lotsen.se/fhir/CodeSystem/") || !coding.has("code")) {
                    continue;
                }
                Bundle found = read(app.get("/fhir/CodeSystem?url=" + system, app.key(Role.SYSTEM)), Bundle.class);
                assertThat(found.getEntry()).as(system).hasSize(1);
                org.hl7.fhir.r4.model.CodeSystem cs = (org.hl7.fhir.r4.model.CodeSystem) found.getEntryFirstRep().getResource();
                assertThat(cs.getConcept()).as(system).anySatisfy(c -> assertThat(c.getCode()).isEqualTo(coding.get("code").asText()));
                checked.add(system.substring(system.lastIndexOf('/') + 1));
            }
        }
        assertThat(checked).contains("service", "centre", "epds-form", "epds-item", "need", "pathway-action");
    }

    @Test
    void theQuestionnaireHasANarrativeAndItsEpdsItemsCarryCodes(TestApp app) {
        Questionnaire q = read(app.get("/fhir/Questionnaire/lotsen-intake", app.key(Role.SYSTEM)), Questionnaire.class);

        assertThat(q.getText().getDivAsString()).contains("Lotsen");
        Questionnaire.QuestionnaireItemComponent epds = q.getItem().stream().filter(i -> i.getLinkId().equals("epds"))
                .findFirst().orElseThrow();
        assertThat(epds.getItem()).filteredOn(i -> i.getLinkId().startsWith("epds-item-") || i.getLinkId().equals("epds-total"))
                .hasSize(11).allSatisfy(i -> assertThat(i.getCodeFirstRep().getCode()).isNotBlank());
    }

    @Test
    void theInvariantCheckItselfCatchesAnActionWithBothAResourceAndSubActions() {
        RequestGroup group = new RequestGroup();
        group.setStatus(RequestGroup.RequestStatus.DRAFT).setIntent(RequestGroup.RequestIntent.PROPOSAL);
        group.addAction().setTitle("both").setResource(new org.hl7.fhir.r4.model.Reference("ServiceRequest/1")).addAction().setTitle("x")
                .setResource(new org.hl7.fhir.r4.model.Reference("ServiceRequest/2"));

        assertThat(FhirInvariants.check(group).broken()).anySatisfy(b -> assertThat(b).startsWith("rqg-1"));
    }
}
