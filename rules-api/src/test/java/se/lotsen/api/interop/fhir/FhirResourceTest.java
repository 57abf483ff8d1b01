package se.lotsen.api.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
    static final Path EXAMPLES = Path.of(System.getProperty("lotsen.examples", "../examples"));

    private static <T> T read(HttpResponse<String> response, Class<T> type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/fhir+json");
        assertThat(FhirValidation.errors(response.body())).as("schema errors").isEmpty();
        return type.cast(Fhir.json().parseResource(response.body()));
    }

    private static HttpResponse<String> apply(TestApp app, String body) {
        return app.post("/fhir/PlanDefinition/lotsen-pathway/$apply", app.key(Role.SYSTEM), "application/fhir+json",
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void metadataIsAnR4CapabilityStatementWithApply(TestApp app) {
        CapabilityStatement cs = read(app.get("/fhir/metadata", app.key(Role.SYSTEM)), CapabilityStatement.class);

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
        assertThat(first.getPriority()).isEqualTo(RequestGroup.RequestPriority.STAT);
        assertThat(group.getAction().subList(1, group.getAction().size()))
                .allSatisfy(a -> assertThat(a.getResource().getReference()).startsWith("#step-"));
        assertThat(plan.getContained()).filteredOn(ServiceRequest.class::isInstance)
                .allSatisfy(r -> assertThat(((ServiceRequest) r).getPerformerFirstRep().getReference()).startsWith("HealthcareService/"));
        assertThat(plan.getSubject().getReference()).as("no subject is read or echoed").isNull();
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
    void fhirIsForSystemKeys(TestApp app) {
        assertThat(app.get("/fhir/metadata", app.key(Role.STAFF)).statusCode()).isEqualTo(403);
    }
}
