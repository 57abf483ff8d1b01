package se.lotsen.api.interop.fhir;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
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
 * {@code safeguarding-concern} code, and holds the safeguarding steps as its sub-actions (an action has a
 * resource or sub-actions, never both: rqg-1). The group's priority is its soonest action's. The subject
 * is the caller's own reference when one is given (echoed, never stored), else "the family, not identified".
 */
final class PathwayCarePlan {
    static final String NOT_IDENTIFIED = "familjen (inte identifierad) / the family (not identified)";
    static final Text CONCERN = new Text("Oro för att barnet far illa: anmälningsplikt", "Concern that the child is at risk: duty to report");

    private PathwayCarePlan() {
    }

    static CarePlan of(Pathway pathway, boolean english, Reference subject) {
        Reference who = subject == null ? notIdentified() : subject;
        CarePlan plan = new CarePlan();
        plan.setLanguage(english ? "en" : "sv");
        plan.setStatus(CarePlan.CarePlanStatus.DRAFT);
        plan.setIntent(CarePlan.CarePlanIntent.PROPOSAL);
        plan.setSubject(who.copy());
        plan.setCreated(new Date());
        plan.setTitle(english ? "Lotsen's suggested pathway" : "Lotsens förslag på väg till stöd");
        plan.setDescription((english ? "From rule set " : "Från regelverket ") + pathway.ruleSetId() + " " + pathway.ruleSetVersion()
                + (english ? "; risk level " + pathway.riskLevel().label().en() : "; risknivå " + pathway.riskLevel().label().sv()));
        plan.addInstantiatesCanonical(Fhir.BASE + "/PlanDefinition/" + FhirResource.PLAN_DEFINITION);
        RequestGroup group = new RequestGroup();
        group.setId("pathway");
        group.setStatus(RequestGroup.RequestStatus.DRAFT);
        group.setIntent(RequestGroup.RequestIntent.PROPOSAL);
        group.setSubject(who.copy());
        group.setPriority(priority(pathway.urgency()));
        RequestGroupActionComponent concern = pathway.safeguarding().concern() ? concern(group, pathway, english) : null;
        for (Step step : pathway.steps()) {
            ServiceRequest request = serviceRequest(step, english, who.copy());
            request.setText(null);
            plan.addContained(request);
            RequestGroupActionComponent action = (step.safeguarding() && concern != null ? concern.addAction() : group.addAction())
                    .setTitle(text(step.service().name(), english))
                    .setDescription(reasons(step, english))
                    .setPriority(priority(step.urgency()))
                    .setResource(new Reference("#" + request.getId()));
            if (step.safeguarding()) {
                action.setPrefix("!").addCode(concernCode());
            }
        }
        if (concern != null && !concern.hasAction()) {
            // A concern without a safeguarding step of its own: the concern is itself the request (rqg-1 needs one of the two).
            ServiceRequest report = concernRequest(pathway, english, who.copy());
            plan.addContained(report);
            concern.setResource(new Reference("#" + report.getId()));
        }
        plan.addContained(group);
        plan.addActivity().setReference(new Reference("#" + group.getId()));
        for (Reason note : pathway.notes()) {
            plan.addNote(new Annotation().setText(english ? note.en() : note.sv()));
        }
        plan.setText(Narratives.of(plan.getTitle() + " (" + plan.getDescription() + ")", lines(pathway, english)));
        return plan;
    }

    private static RequestGroupActionComponent concern(RequestGroup group, Pathway pathway, boolean english) {
        Text duty = pathway.safeguarding().duty();
        return group.addAction()
                .setPrefix("!")
                .setTitle(text(CONCERN, english))
                .setDescription(duty == null ? null : text(duty, english))
                .setPriority(priority(pathway.urgency()))
                .addCode(concernCode());
    }

    private static ServiceRequest concernRequest(Pathway pathway, boolean english, Reference subject) {
        ServiceRequest request = new ServiceRequest();
        request.setId("safeguarding-concern");
        request.setStatus(ServiceRequest.ServiceRequestStatus.DRAFT);
        request.setIntent(ServiceRequest.ServiceRequestIntent.PROPOSAL);
        request.setSubject(subject);
        request.setPriority(ServiceRequest.ServiceRequestPriority.fromCode(priority(pathway.urgency()).toCode()));
        request.setCode(concernCode().setText(text(CONCERN, english)));
        return request;
    }

    static ServiceRequest serviceRequest(Step step, boolean english, Reference subject) {
        ServiceRequest request = new ServiceRequest();
        request.setId("step-" + step.order());
        request.setLanguage(english ? "en" : "sv");
        request.setStatus(ServiceRequest.ServiceRequestStatus.DRAFT);
        request.setIntent(ServiceRequest.ServiceRequestIntent.PROPOSAL);
        request.setSubject(subject);
        request.setPriority(ServiceRequest.ServiceRequestPriority.fromCode(priority(step.urgency()).toCode()));
        String name = text(step.service().name(), english);
        request.setCode(new CodeableConcept(new Coding(Fhir.codeSystem(FhirCodes.SERVICE), step.service().id(), step.service().name().sv()))
                .setText(name));
        request.addCategory(new CodeableConcept(new Coding(Fhir.codeSystem(FhirCodes.TIER), step.tier().name(), step.tier().label().sv())));
        request.addCategory(new CodeableConcept(new Coding(Fhir.codeSystem(FhirCodes.URGENCY), step.urgency().name(),
                step.urgency().label().sv())));
        // The client's FHIR server has no HealthcareService of Lotsen's: the performer is named, by Lotsen's published code.
        request.addPerformer(new Reference().setIdentifier(new Identifier().setSystem(Fhir.codeSystem(FhirCodes.SERVICE))
                .setValue(step.service().id())).setDisplay(name));
        for (NeedCategory need : step.needs()) {
            request.addReasonCode(new CodeableConcept(new Coding(Fhir.codeSystem(FhirCodes.NEED), need.name(), need.label().sv())));
        }
        List<String> lines = new ArrayList<>();
        for (Reason reason : step.reasons()) {
            request.addNote(new Annotation().setText(reason.ruleId() + ": " + text(reason, english)));
            lines.add(text(reason, english));
        }
        if (step.interpreter()) {
            request.setPatientInstruction(english ? "Book an interpreter." : "Boka tolk.");
            lines.add(request.getPatientInstruction());
        }
        request.setText(Narratives.of((english ? "Proposed: " : "Förslag: ") + name + " – "
                + text(step.urgency().label(), english).toLowerCase(Locale.ROOT), lines));
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

    private static List<String> lines(Pathway pathway, boolean english) {
        List<String> lines = new ArrayList<>();
        if (pathway.safeguarding().concern()) {
            lines.add(text(CONCERN, english));
        }
        for (Step step : pathway.steps()) {
            lines.add(step.order() + ". " + text(step.service().name(), english) + " – "
                    + text(step.urgency().label(), english).toLowerCase(Locale.ROOT));
        }
        return lines;
    }

    private static CodeableConcept concernCode() {
        return new CodeableConcept(new Coding(Fhir.codeSystem(FhirCodes.PATHWAY_ACTION), FhirCodes.SAFEGUARDING_CONCERN, CONCERN.sv()));
    }

    private static String text(Text text, boolean english) {
        return english ? text.en() : text.sv();
    }

    private static String text(Reason reason, boolean english) {
        return english ? reason.en() : reason.sv();
    }

    private static String reasons(Step step, boolean english) {
        return step.reasons().stream().map(r -> text(r, english)).collect(Collectors.joining(" "));
    }

    static Reference notIdentified() {
        return new Reference().setDisplay(NOT_IDENTIFIED);
    }
}
