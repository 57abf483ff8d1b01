package se.lotsen.api.interop.fhir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import se.lotsen.core.Epds;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.Need;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.Screenings;
import se.lotsen.core.Severity;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.Violation;

/**
 * Reads a QuestionnaireResponse to {@code lotsen-intake} into a request. Only the items of the
 * form are read; the response's subject, author and source are never looked at, and an item the
 * form does not have, or free text where a code belongs, is refused with its link id.
 */
final class IntakeReader {
    private final List<Violation> violations = new ArrayList<>();
    private Integer ageMonths;
    private Boolean expecting;
    private final List<Need> needs = new ArrayList<>();
    private final List<RiskFactor> risks = new ArrayList<>();
    private final List<ProtectiveFactor> protective = new ArrayList<>();
    private String epdsForm;
    private final TreeMap<Integer, Integer> epdsItems = new TreeMap<>();
    private Integer epdsTotal;
    private String language;
    private String centre;

    private IntakeReader() {
    }

    static SuggestionRequest read(QuestionnaireResponse response) {
        IntakeReader reader = new IntakeReader();
        String questionnaire = response.getQuestionnaire();
        if (questionnaire != null && !questionnaire.split("\\|")[0].endsWith("/Questionnaire/" + IntakeQuestionnaire.ID)) {
            reader.refuse("QuestionnaireResponse.questionnaire", "must be " + IntakeQuestionnaire.URL, List.of(IntakeQuestionnaire.URL));
        }
        response.getItem().forEach(reader::item);
        if (!reader.violations.isEmpty()) {
            throw new InvalidRequestException(reader.violations);
        }
        return reader.request();
    }

    private void item(QuestionnaireResponseItemComponent item) {
        String id = item.getLinkId() == null ? "" : item.getLinkId();
        item.getItem().forEach(this::item);
        for (QuestionnaireResponseItemAnswerComponent answer : item.getAnswer()) {
            answer.getItem().forEach(this::item);
            if (answer.getValue() != null) {
                answer(id, answer.getValue());
            }
        }
    }

    private void answer(String id, Type value) {
        String field = "item[" + id + "]";
        if (id.equals(IntakeQuestionnaire.CHILD_AGE_MONTHS)) {
            ageMonths = integer(field, value);
        } else if (id.equals(IntakeQuestionnaire.EXPECTING)) {
            expecting = value instanceof BooleanType b ? b.getValue() : refuseType(field, "a boolean");
        } else if (id.startsWith(IntakeQuestionnaire.NEED_PREFIX)) {
            NeedCategory category = code(field, id.substring(IntakeQuestionnaire.NEED_PREFIX.length()), NeedCategory::valueOf,
                    NeedCategory.values());
            Severity severity = code(field, coding(field, value), Severity::valueOf, Severity.values());
            if (category != null && severity != null) {
                needs.add(new Need(category, severity));
            }
        } else if (id.equals(IntakeQuestionnaire.RISK_FACTORS)) {
            add(risks, code(field, coding(field, value), RiskFactor::valueOf, RiskFactor.values()));
        } else if (id.equals(IntakeQuestionnaire.PROTECTIVE_FACTORS)) {
            add(protective, code(field, coding(field, value), ProtectiveFactor::valueOf, ProtectiveFactor.values()));
        } else if (id.equals(IntakeQuestionnaire.EPDS_FORM)) {
            epdsForm = codeOrString(field, value);
        } else if (id.startsWith(IntakeQuestionnaire.EPDS_ITEM_PREFIX) && id.substring(IntakeQuestionnaire.EPDS_ITEM_PREFIX.length())
                .matches("[1-9]|10")) {
            epdsItems.put(Integer.parseInt(id.substring(IntakeQuestionnaire.EPDS_ITEM_PREFIX.length())), integer(field, value));
        } else if (id.equals(IntakeQuestionnaire.EPDS_TOTAL)) {
            epdsTotal = integer(field, value);
        } else if (id.equals(IntakeQuestionnaire.LANGUAGE)) {
            language = codeOrString(field, value);
        } else if (id.equals(IntakeQuestionnaire.CENTRE)) {
            centre = codeOrString(field, value);
        } else {
            refuse(field, "is not an item of " + IntakeQuestionnaire.ID + "; Lotsen reads only its items, never free text",
                    List.of());
        }
    }

    private SuggestionRequest request() {
        Screenings screenings = null;
        if (epdsForm != null || !epdsItems.isEmpty() || epdsTotal != null) {
            boolean allItems = epdsItems.size() == Epds.ITEM_COUNT;
            Epds epds = allItems ? new Epds(List.copyOf(epdsItems.values()), epdsTotal, null, epdsForm)
                    : new Epds(null, epdsTotal, epdsItems.get(Epds.ITEM_COUNT), epdsForm);
            screenings = new Screenings(epds);
        }
        return new SuggestionRequest(ageMonths, expecting, needs, risks, protective, screenings, language, centre);
    }

    private Integer integer(String field, Type value) {
        return value instanceof IntegerType i ? i.getValue() : refuseType(field, "an integer");
    }

    private String coding(String field, Type value) {
        return value instanceof Coding c ? c.getCode() : refuseType(field, "a Coding from Lotsen's code system");
    }

    private String codeOrString(String field, Type value) {
        if (value instanceof Coding c) {
            return c.getCode();
        }
        if (value instanceof StringType s && s.getValue() != null && s.getValue().length() <= 40) {
            return s.getValue();
        }
        return refuseType(field, "a code");
    }

    private <E extends Enum<E>> E code(String field, String code, Function<String, E> parse, E[] allowed) {
        if (code == null) {
            return null;
        }
        try {
            return parse.apply(code);
        } catch (IllegalArgumentException e) {
            refuse(field, "has an unknown code: " + code, Arrays.stream(allowed).map(Enum::name).toList());
            return null;
        }
    }

    private static <E> void add(List<E> into, E value) {
        if (value != null && !into.contains(value)) {
            into.add(value);
        }
    }

    private <T> T refuseType(String field, String expected) {
        refuse(field, "must be " + expected, List.of());
        return null;
    }

    private void refuse(String field, String message, List<String> allowed) {
        violations.add(new Violation(field, message, allowed));
    }
}
