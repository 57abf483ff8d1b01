package se.lotsen.api.interop.cdshooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import se.lotsen.api.interop.fhir.FhirIntake;
import se.lotsen.core.Contact;
import se.lotsen.core.Pathway;
import se.lotsen.core.Reason;
import se.lotsen.core.Step;
import se.lotsen.core.Urgency;

/**
 * A pathway as CDS Hooks cards: the safeguarding concern first (critical), then one card per step:
 * critical for safeguarding, warning for what must happen within a week, info otherwise. Summaries
 * stay under 140 characters; the reasons go in the detail as markdown; each step suggests creating its
 * ServiceRequest.
 */
final class PathwayCards {
    static final int MAX_SUMMARY = 139;

    private final ObjectMapper json;
    private final boolean english;
    private final String subject;

    /** {@code subject} is the client's own patient reference, echoed in each suggestion; never stored or logged. */
    PathwayCards(ObjectMapper json, boolean english, String subject) {
        this.json = json;
        this.english = english;
        this.subject = subject;
    }

    /** A card and what it is about, so feedback can be counted by service and rule. */
    record Issued(CdsHooks.Card card, String service, List<String> rules) {
    }

    List<Issued> cards(Pathway pathway) {
        CdsHooks.Source source = new CdsHooks.Source("Lotsen – " + (english ? "rule set " : "regelverk ") + pathway.ruleSetId()
                + " " + pathway.ruleSetVersion(), null, null);
        List<Issued> cards = new ArrayList<>();
        if (pathway.safeguarding().concern()) {
            cards.add(new Issued(new CdsHooks.Card(uuid(), summary(english
                    ? "Concern that the child is at risk: the duty to report applies – act today"
                    : "Oro för att barnet far illa: anmälningsplikten gäller – agera idag"), safeguardingDetail(pathway),
                    "critical", source, List.of(), null, List.of()), "SAFEGUARDING", pathway.safeguarding().triggeredBy()));
        }
        for (Step step : pathway.steps()) {
            String name = english ? step.service().name().en() : step.service().name().sv();
            String when = english ? step.urgency().label().en() : step.urgency().label().sv();
            CdsHooks.Suggestion suggestion = new CdsHooks.Suggestion((english ? "Propose: " : "Föreslå: ") + name, uuid(),
                    step.safeguarding() ? Boolean.TRUE : null, List.of(new CdsHooks.Action("create",
                    (english ? "A proposed referral to " : "En föreslagen remiss till ") + name, serviceRequest(step))));
            List<CdsHooks.Link> links = step.service().access() != null && step.service().access().web() != null
                    ? List.of(new CdsHooks.Link(name, step.service().access().web(), "absolute")) : List.of();
            cards.add(new Issued(new CdsHooks.Card(uuid(), summary(name + " – " + when.toLowerCase(Locale.ROOT)),
                    detail(step), indicator(step), source, List.of(suggestion), "any", links), step.service().id(),
                    step.reasons().stream().map(Reason::ruleId).distinct().toList()));
        }
        return cards;
    }

    private String safeguardingDetail(Pathway pathway) {
        StringBuilder md = new StringBuilder();
        if (pathway.safeguarding().duty() != null) {
            md.append(english ? pathway.safeguarding().duty().en() : pathway.safeguarding().duty().sv()).append("\n\n");
        }
        for (Contact contact : pathway.safeguarding().contacts()) {
            md.append("- **").append(english ? contact.name().en() : contact.name().sv()).append("**");
            if (contact.phone() != null) {
                md.append(": ").append(contact.phone());
            }
            if (contact.when() != null) {
                md.append(" (").append(english ? contact.when().en() : contact.when().sv()).append(")");
            }
            md.append('\n');
        }
        return md.toString().strip();
    }

    private String detail(Step step) {
        String reasons = step.reasons().stream().map(r -> "- " + (english ? r.en() : r.sv()) + " *(" + r.ruleId() + ")*")
                .collect(Collectors.joining("\n"));
        String tier = english ? step.tier().label().en() : step.tier().label().sv();
        return (english ? "**Why** (" : "**Varför** (") + tier.toLowerCase(Locale.ROOT) + ")\n\n" + reasons
                + (step.interpreter() ? (english ? "\n\nBook an interpreter." : "\n\nBoka tolk.") : "");
    }

    static String indicator(Step step) {
        if (step.safeguarding()) {
            return "critical";
        }
        return step.urgency() == Urgency.EMERGENCY || step.urgency() == Urgency.SAME_DAY || step.urgency() == Urgency.WITHIN_WEEK
                ? "warning" : "info";
    }

    static String summary(String text) {
        return text.length() <= MAX_SUMMARY ? text : text.substring(0, MAX_SUMMARY - 1) + "…";
    }

    private JsonNode serviceRequest(Step step) {
        try {
            return json.readTree(FhirIntake.serviceRequest(step, english, subject));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("HAPI wrote JSON that Jackson cannot read", e);
        }
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
