package se.lotsen.api.interop.fhir;

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

    static List<String> names() {
        return List.copyOf(SYSTEMS.keySet());
    }

    static Optional<CodeSystem> codeSystem(String name) {
        List<Concept> codes = SYSTEMS.get(name);
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
        return Optional.of(system);
    }

    static Optional<ValueSet> valueSet(String name) {
        return codeSystem(name).map(system -> {
            ValueSet set = new ValueSet();
            set.setId(name);
            set.setUrl(Fhir.valueSet(name));
            set.setName(system.getName());
            set.setTitle(system.getTitle());
            set.setStatus(Enumerations.PublicationStatus.ACTIVE);
            set.setLanguage("sv");
            set.setDescription("Every code of " + system.getUrl());
            set.getCompose().addInclude().setSystem(system.getUrl());
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
