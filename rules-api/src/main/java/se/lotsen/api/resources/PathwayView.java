package se.lotsen.api.resources;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import se.lotsen.core.Contact;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.NotedFactor;
import se.lotsen.core.Pathway;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.Reason;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.ServiceRef;
import se.lotsen.core.Step;
import se.lotsen.core.Text;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;
import se.lotsen.core.catalog.Access;
import se.lotsen.core.catalog.AccessMode;
import se.lotsen.core.catalog.ServiceKind;

/**
 * A pathway in one language, and in its compact view without the catalog detail a caller can fetch
 * from {@code /services/{id}} (a step's service is then its id only). The same steps, urgencies,
 * reasons, safeguarding and contacts as the full answer: fewer bytes, not less content.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PathwayView(String ruleSetId, String ruleSetVersion, LocalDate asOf, RiskLevel riskLevel, int riskScore, Urgency urgency,
                   String language, SafeguardingView safeguarding, List<StepView> steps, List<FactorView> protectiveFactors,
                   List<NeedCategory> unmatchedNeeds, List<Explained> notes, String reference) {

    /** @param english English texts, else Swedish */
    static PathwayView of(Pathway p, boolean english, boolean compact) {
        Language l = new Language(english);
        return new PathwayView(p.ruleSetId(), p.ruleSetVersion(), p.asOf(), p.riskLevel(), p.riskScore(), p.urgency(),
                english ? "en" : "sv", new SafeguardingView(p.safeguarding().concern(), p.safeguarding().triggeredBy(),
                        l.of(p.safeguarding().duty()), p.safeguarding().legalReference(),
                        p.safeguarding().contacts().stream().map(c -> ContactView.of(c, l)).toList()),
                p.steps().stream().map(s -> StepView.of(s, l, compact)).toList(),
                p.protectiveFactors().stream().map(f -> FactorView.of(f, l)).toList(), p.unmatchedNeeds(),
                p.notes().stream().map(r -> Explained.of(r, l)).toList(), p.reference());
    }

    /** Picks one language of every text. */
    private record Language(boolean english) {
        String of(Text text) {
            return text == null ? null : english ? text.en() : text.sv();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SafeguardingView(boolean concern, List<String> triggeredBy, String duty, String legalReference, List<ContactView> contacts) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ContactView(String id, String name, String phone, String when, String forWhom, LocalDate checked) {
        static ContactView of(Contact c, Language l) {
            return new ContactView(c.id(), l.of(c.name()), c.phone(), l.of(c.when()), l.of(c.forWhom()), c.checked());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StepView(int order, Object service, Urgency urgency, Tier tier, boolean safeguarding, List<NeedCategory> needs,
                    boolean interpreter, String where, List<Explained> reasons) {
        static StepView of(Step s, Language l, boolean compact) {
            return new StepView(s.order(), compact ? new ServiceId(s.service().id()) : ServiceView.of(s.service(), l), s.urgency(),
                    s.tier(), s.safeguarding(), s.needs(), s.interpreter(), l.of(s.where()),
                    s.reasons().stream().map(r -> Explained.of(r, l)).toList());
        }
    }

    /** The compact view's service: its id, the key to {@code /services/{id}}. */
    record ServiceId(String id) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceView(String id, String name, ServiceKind kind, AccessView access, List<String> languages) {
        static ServiceView of(ServiceRef s, Language l) {
            Access a = s.access();
            return new ServiceView(s.id(), l.of(s.name()), s.kind(), a == null ? null
                    : new AccessView(a.modes(), a.phone(), l.of(a.howTo()), a.address(), l.of(a.hours()), a.web()), s.languages());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AccessView(List<AccessMode> modes, String phone, String howTo, String address, String hours, String web) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FactorView(ProtectiveFactor code, String label, String advice) {
        static FactorView of(NotedFactor f, Language l) {
            return new FactorView(f.code(), l.of(f.label()), l.of(f.advice()));
        }
    }

    /** A reason or note: the rule behind it and its text in the one language. */
    record Explained(String ruleId, String text) {
        static Explained of(Reason r, Language l) {
            return new Explained(r.ruleId(), l.english() ? r.en() : r.sv());
        }
    }
}
