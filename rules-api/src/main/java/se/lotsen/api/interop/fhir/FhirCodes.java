package se.lotsen.api.interop.fhir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.ValueSet;
import se.lotsen.core.Labelled;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.Severity;
import se.lotsen.core.Text;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;
import se.lotsen.core.ruleset.RuleSet;

/**
 * Lotsen's code systems and value sets, generated from the core enums (so they can never drift from
 * what the engine takes), with Swedish displays and English designations.
 */
final class FhirCodes {
    static final String NEED = "need";
    static final String SEVERITY = "severity";
    static final String RISK_FACTOR = "risk-factor";
    static final String PROTECTIVE_FACTOR = "protective-factor";
    static final String URGENCY = "urgency";
    static final String TIER = "tier";
    static final String RISK_LEVEL = "risk-level";
    static final String PATHWAY_ACTION = "pathway-action";
    static final String SAFEGUARDING_CONCERN = "safeguarding-concern";
    /** From the active rule set: its services, its family centres, its EPDS forms. */
    static final String SERVICE = "service";
    static final String CENTRE = "centre";
    static final String EPDS_FORM = "epds-form";
    /** The EPDS items and the total as Lotsen's codes (LOINC's item codes could not be confirmed; 71354-5 is the panel). */
    static final String EPDS_ITEM = "epds-item";
    static final String EPDS_TOTAL = "total";
    private static final List<String> FROM_RULE_SET = List.of(SERVICE, CENTRE, EPDS_FORM);

    /** One code with its Swedish and English display. */
    record Concept(String code, Text display) {
    }

    /** Each code system: its name, title and codes. */
    private static final Map<String, List<Concept>> SYSTEMS = new LinkedHashMap<>();
    private static final Map<String, Text> TITLES = new LinkedHashMap<>();

    static {
        define(NEED, new Text("Behov", "Needs"), concepts(NeedCategory.values()));
        define(SEVERITY, new Text("Svårighetsgrad", "Severities"), concepts(Severity.values()));
        define(RISK_FACTOR, new Text("Riskfaktorer", "Risk factors"), concepts(RiskFactor.values()));
        define(PROTECTIVE_FACTOR, new Text("Skyddsfaktorer", "Protective factors"), concepts(ProtectiveFactor.values()));
        define(URGENCY, new Text("Hur bråttom", "Urgencies"), concepts(Urgency.values()));
        define(TIER, new Text("Stödnivå", "Tiers"), concepts(Tier.values()));
        define(RISK_LEVEL, new Text("Risknivå", "Risk levels"), concepts(RiskLevel.values()));
        define(PATHWAY_ACTION, new Text("Åtgärder i en väg", "Pathway actions"), List.of(new Concept(SAFEGUARDING_CONCERN,
                new Text("Oro för att ett barn far illa: anmälningsplikt", "Concern that a child is at risk: duty to report"))));
        List<Concept> items = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            items.add(new Concept("item-" + i, new Text("EPDS fråga " + i + " (0–3)", "EPDS item " + i + " (0–3)")));
        }
        items.add(new Concept(EPDS_TOTAL, new Text("EPDS summa (0–30)", "EPDS total score (0–30)")));
        define(EPDS_ITEM, new Text("EPDS-frågor och summa", "EPDS items and total"), items);
        TITLES.put(SERVICE, new Text("Tjänster i regelverkets katalog", "Services of the rule set's catalog"));
        TITLES.put(CENTRE, new Text("Familjecentraler", "Family centres"));
        TITLES.put(EPDS_FORM, new Text("EPDS-formulär (språkversioner)", "EPDS forms (language versions)"));
    }

    private FhirCodes() {
    }

    private static void define(String name, Text title, List<Concept> concepts) {
        SYSTEMS.put(name, concepts);
        TITLES.put(name, title);
    }

    private static List<Concept> concepts(Labelled[] values) {
        return Arrays.stream(values).map(v -> new Concept(v.name(), v.label())).toList();
    }

    /** Every code system's name, the rule set's own included. */
    static List<String> names() {
        List<String> names = new ArrayList<>(SYSTEMS.keySet());
        names.addAll(FROM_RULE_SET);
        return names;
    }

    /** The codes of a system; those of the rule set are read from it (so they are what the rule set serving now emits). */
    private static List<Concept> codes(String name, RuleSet ruleSet) {
        return switch (name) {
            case SERVICE -> ruleSet.catalog().services().stream().map(s -> new Concept(s.id(), s.name())).toList();
            case CENTRE -> ruleSet.catalog().centres().stream().map(c -> new Concept(c.id(), c.name())).toList();
            case EPDS_FORM -> ruleSet.manifest().epds().forms().stream().map(f -> new Concept(f.code(), f.name())).toList();
            default -> SYSTEMS.get(name);
        };
    }

    static Optional<CodeSystem> codeSystem(String name, RuleSet ruleSet) {
        List<Concept> codes = codes(name, ruleSet);
        if (codes == null) {
            return Optional.empty();
        }
        CodeSystem system = new CodeSystem();
        system.setId(name);
        system.setUrl(Fhir.codeSystem(name));
        system.setName("Lotsen" + camel(name));
        system.setTitle(TITLES.get(name).sv());
        system.setStatus(Enumerations.PublicationStatus.ACTIVE);
        system.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        system.setCaseSensitive(true);
        system.setLanguage("sv");
        system.setDescription(TITLES.get(name).en() + " as Lotsen's requests and pathways use them; generated from "
                + "the engine's own codes, Swedish displays with English designations.");
        for (Concept code : codes) {
            system.addConcept().setCode(code.code()).setDisplay(code.display().sv())
                    .addDesignation().setLanguage("en").setValue(code.display().en());
        }
        system.setCount(codes.size());
        if (FROM_RULE_SET.contains(name)) {
            system.setVersion(ruleSet.version());
        }
        system.setText(Narratives.of(system.getTitle() + " (" + system.getUrl() + ")",
                codes.stream().map(c -> c.code() + ": " + c.display().sv()).toList()));
        return Optional.of(system);
    }

    static Optional<ValueSet> valueSet(String name, RuleSet ruleSet) {
        return codeSystem(name, ruleSet).map(system -> {
            ValueSet set = new ValueSet();
            set.setId(name);
            set.setUrl(Fhir.valueSet(name));
            set.setName(system.getName());
            set.setTitle(system.getTitle());
            set.setStatus(Enumerations.PublicationStatus.ACTIVE);
            set.setLanguage("sv");
            set.setDescription("Every code of " + system.getUrl());
            set.getCompose().addInclude().setSystem(system.getUrl());
            set.setText(Narratives.of(system.getTitle(), List.of("Alla koder i " + system.getUrl())));
            return set;
        });
    }

    private static String camel(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
