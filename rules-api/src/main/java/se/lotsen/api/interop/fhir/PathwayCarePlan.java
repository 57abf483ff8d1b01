package se.lotsen.api.interop.fhir;

import java.util.Date;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RequestGroup;
import org.hl7.fhir.r4.model.RequestGroup.RequestGroupActionComponent;
import org.hl7.fhir.r4.model.RequestGroup.RequestPriority;
import org.hl7.fhir.r4.model.ServiceRequest;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.Pathway;
import se.lotsen.core.Reason;
import se.lotsen.core.Step;
import se.lotsen.core.Text;
import se.lotsen.core.Urgency;

/**
 * A pathway as FHIR: a CarePlan holding a RequestGroup whose actions are the steps' ServiceRequests in
 * the pathway's order. A safeguarding concern is the first action, flagged with Lotsen's
 * {@code safeguarding-concern} code and priority stat. The subject is "the family, not identified":
 * Lotsen reads no subject and echoes none.
 */
final class PathwayCarePlan {
    static final String NOT_IDENTIFIED = "familjen (inte identifierad) / the family (not identified)";

    private PathwayCarePlan() {
    }

    static CarePlan of(Pathway pathway, boolean english) {
        CarePlan plan = new CarePlan();
        plan.setStatus(CarePlan.CarePlanStatus.DRAFT);
        plan.setIntent(CarePlan.CarePlanIntent.PROPOSAL);
        plan.setSubject(notIdentified());
        plan.setCreated(new Date());
        plan.setTitle(english ? "Lotsen's suggested pathway" : "Lotsens förslag på väg till stöd");
        plan.setDescription((english ? "From rule set " : "Från regelverket ") + pathway.ruleSetId() + " " + pathway.ruleSetVersion()
                + (english ? "; risk level " + pathway.riskLevel().label().en() : "; risknivå " + pathway.riskLevel().label().sv()));
        plan.addInstantiatesCanonical(Fhir.BASE + "/PlanDefinition/" + FhirResource.PLAN_DEFINITION);
        RequestGroup group = new RequestGroup();
        group.setId("pathway");
        group.setStatus(RequestGroup.RequestStatus.DRAFT);
        group.setIntent(RequestGroup.RequestIntent.PROPOSAL);
        group.setSubject(notIdentified());
        group.setPriority(priority(pathway.urgency()));
        if (pathway.safeguarding().concern()) {
            Text duty = pathway.safeguarding().duty();
            group.addAction()
                    .setPrefix("!")
                    .setTitle(english ? "Concern that the child is at risk: duty to report" : "Oro för att barnet far illa: anmälningsplikt")
                    .setDescription(duty == null ? null : english ? duty.en() : duty.sv())
                    .setPriority(RequestPriority.STAT)
                    .addCode(new CodeableConcept(new Coding(Fhir.codeSystem(FhirCodes.PATHWAY_ACTION), FhirCodes.SAFEGUARDING_CONCERN,
                            "Oro för att ett barn far illa: anmälningsplikt")));
        }
        for (Step step : pathway.steps()) {
            ServiceRequest request = serviceRequest(step, english);
            plan.addContained(request);
            RequestGroupActionComponent action = group.addAction()
                    .setTitle(english ? step.service().name().en() : step.service().name().sv())
                    .setDescription(reasons(step, english))
                    .setPriority(priority(step.urgency()))
                    .setResource(new Reference("#" + request.getId()));
            if (step.safeguarding()) {
                action.setPrefix("!").addCode(new CodeableConcept(new Coding(Fhir.codeSystem(FhirCodes.PATHWAY_ACTION),
                        FhirCodes.SAFEGUARDING_CONCERN, "Oro för att ett barn far illa: anmälningsplikt")));
            }
        }
        plan.addContained(group);
        plan.addActivity().setReference(new Reference("#" + group.getId()));
        for (Reason note : pathway.notes()) {
            plan.addNote(new Annotation().setText(english ? note.en() : note.sv()));
        }
        return plan;
    }

    static ServiceRequest serviceRequest(Step step, boolean english) {
        ServiceRequest request = new ServiceRequest();
        request.setId("step-" + step.order());
        request.setStatus(ServiceRequest.ServiceRequestStatus.DRAFT);
        request.setIntent(ServiceRequest.ServiceRequestIntent.PROPOSAL);
        request.setSubject(notIdentified());
        request.setPriority(ServiceRequest.ServiceRequestPriority.fromCode(priority(step.urgency()).toCode()));
        request.setCode(new CodeableConcept(new Coding(Fhir.codeSystem("service"), step.service().id(), step.service().name().sv()))
                .setText(english ? step.service().name().en() : step.service().name().sv()));
        request.addCategory(new CodeableConcept(new Coding(Fhir.codeSystem(FhirCodes.TIER), step.tier().name(), step.tier().label().sv())));
        request.addCategory(new CodeableConcept(new Coding(Fhir.codeSystem(FhirCodes.URGENCY), step.urgency().name(),
                step.urgency().label().sv())));
        request.addPerformer(new Reference("HealthcareService/" + Fhir.id(step.service().id()))
                .setDisplay(english ? step.service().name().en() : step.service().name().sv()));
        for (NeedCategory need : step.needs()) {
            request.addReasonCode(new CodeableConcept(new Coding(Fhir.codeSystem(FhirCodes.NEED), need.name(), need.label().sv())));
        }
        for (Reason reason : step.reasons()) {
            request.addNote(new Annotation().setText(reason.ruleId() + ": " + (english ? reason.en() : reason.sv())));
        }
        if (step.interpreter()) {
            request.setPatientInstruction(english ? "Book an interpreter." : "Boka tolk.");
        }
        return request;
    }

    /** stat for an emergency, asap the same day, urgent within a week, routine otherwise. */
    static RequestPriority priority(Urgency urgency) {
        return switch (urgency) {
            case EMERGENCY -> RequestPriority.STAT;
            case SAME_DAY -> RequestPriority.ASAP;
            case WITHIN_WEEK -> RequestPriority.URGENT;
            case ROUTINE, SELF_SERVICE -> RequestPriority.ROUTINE;
        };
    }

    private static String reasons(Step step, boolean english) {
        return step.reasons().stream().map(r -> english ? r.en() : r.sv()).collect(Collectors.joining(" "));
    }

    static Reference notIdentified() {
        return new Reference().setDisplay(NOT_IDENTIFIED);
    }
}
