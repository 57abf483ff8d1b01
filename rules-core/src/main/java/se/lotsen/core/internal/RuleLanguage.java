package se.lotsen.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.Severity;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;
import se.lotsen.core.vocabulary.Advice;
import se.lotsen.core.vocabulary.EpdsFact;
import se.lotsen.core.vocabulary.Family;
import se.lotsen.core.vocabulary.NeedFact;

/**
 * The allow-list of the rule language, in one place: what a rule file may import, which global it
 * declares, which attributes a rule may have, which facts it may match and which of their words it
 * may read, which codes it may name, and which calls a consequence may make. Everything else is
 * refused by {@link RuleInspector} before a file is compiled or run.
 */
final class RuleLanguage {
    static final String GLOBAL = "out";
    static final String RULE_NAME = "drools.getRule().getName()";
    static final Set<String> ATTRIBUTES = Set.of("salience", "no-loop");
    static final Set<String> OPERATORS = Set.of("==", "!=", "<", "<=", ">", ">=");

    /** Fact types and the words (accessors) rules may read, with how many arguments each takes. */
    static final Map<Class<?>, Map<String, Integer>> FACTS = Map.of(
            Family.class, words("ageMonths", 0, "ageWeeks", 0, "expecting", 0, "infant", 0, "inPreschoolClass", 0,
                    "nearPreschoolClassStart", 0, "riskLevel", 0, "riskScore", 0, "hasRisk", 1, "hasProtection", 1,
                    "hasNeed", 1, "hasNeedAtLeast", 2, "violence", 0, "substanceMisuse", 0, "staffConcern", 0,
                    "selfHarmThoughts", 0, "epdsPositive", 0, "severeNeed", 0, "language", 0, "centre", 0),
            NeedFact.class, words("category", 0, "severity", 0),
            EpdsFact.class, words("total", 0, "item10", 0, "form", 0, "cutoff", 0, "cutoffForm", 0, "validatedForm", 0,
                    "listedForm", 0, "positive", 0, "moderateToSevere", 0, "wellAbove", 0, "duringPregnancy", 0));

    /**
     * Public methods of the fact types that the engine uses and rules may not: everything else a fact type makes
     * public is a word, and {@code RuleLanguageVocabularyTest} fails when the two lists and the types disagree.
     */
    static final Map<Class<?>, Set<String>> NOT_WORDS = Map.of(Family.class, Set.of("risks", "protections", "needs"),
            NeedFact.class, Set.of(), EpdsFact.class, Set.of());

    /** The codes rules may name, as {@code Type.CONSTANT}. */
    static final Map<String, Class<? extends Enum<?>>> CODES = codes(NeedCategory.class, Severity.class, RiskFactor.class,
            ProtectiveFactor.class, RiskLevel.class, Urgency.class, Tier.class);

    /** The collector's methods and their argument counts. */
    static final Map<String, Integer> ADVICE = words("route", 7, "safeguard", 6, "contact", 2, "escalate", 5,
            "note", 3, "interpreter", 3);

    /** Which argument of a collector call names a service (checked against the catalog) or a contact line. */
    static final Map<String, Integer> SERVICE_ARGUMENT = Map.of("route", 2, "safeguard", 2);
    static final Map<String, Integer> CONTACT_ARGUMENT = Map.of("contact", 1);

    static final Set<String> IMPORTS = imports();

    private RuleLanguage() {
    }

    static Class<?> factType(String name) {
        for (Class<?> type : FACTS.keySet()) {
            if (type.getSimpleName().equals(name) || type.getName().equals(name)) {
                return type;
            }
        }
        return null;
    }

    static boolean isAdviceType(String name) {
        return name.equals(Advice.class.getSimpleName()) || currentName(name).equals(Advice.class.getName());
    }

    /**
     * The vocabulary's package before it was named for what it is ({@code se.lotsen.core.rules}, beside
     * {@code core.ruleset} and the API's publishing). Rule files that still import it keep working: they are
     * checked as, and printed with, today's name, so no published rule set has to change.
     */
    static final String FORMER_VOCABULARY_PACKAGE = "se.lotsen.core.rules";

    /** A name as today's vocabulary spells it: the former package's names are mapped, every other name is kept. */
    static String currentName(String name) {
        if (name.equals(FORMER_VOCABULARY_PACKAGE) || name.startsWith(FORMER_VOCABULARY_PACKAGE + ".")) {
            return Family.class.getPackageName() + name.substring(FORMER_VOCABULARY_PACKAGE.length());
        }
        return name;
    }

    /** The words of a fact type, for a message that lists what may be used instead. */
    static String wordsOf(Class<?> type) {
        return String.join(", ", new TreeSet<>(FACTS.get(type).keySet()));
    }

    static String factNames() {
        return String.join(", ", FACTS.keySet().stream().map(Class::getSimpleName).sorted().toList());
    }

    private static Map<String, Integer> words(Object... nameThenArity) {
        Map<String, Integer> words = new LinkedHashMap<>();
        for (int i = 0; i < nameThenArity.length; i += 2) {
            words.put((String) nameThenArity[i], (Integer) nameThenArity[i + 1]);
        }
        return Map.copyOf(words);
    }

    @SafeVarargs
    private static Map<String, Class<? extends Enum<?>>> codes(Class<? extends Enum<?>>... types) {
        Map<String, Class<? extends Enum<?>>> codes = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> type : types) {
            codes.put(type.getSimpleName(), type);
            codes.put(type.getName(), type);
        }
        return Map.copyOf(codes);
    }

    private static Set<String> imports() {
        Set<String> allowed = new TreeSet<>();
        FACTS.keySet().forEach(t -> allowed.add(t.getName()));
        allowed.add(Advice.class.getName());
        allowed.add(Family.class.getPackageName() + ".*");
        CODES.values().forEach(t -> allowed.add(t.getName()));
        return Set.copyOf(allowed);
    }
}
