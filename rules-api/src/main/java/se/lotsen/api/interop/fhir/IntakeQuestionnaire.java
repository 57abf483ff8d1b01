package se.lotsen.api.interop.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.Text;
import se.lotsen.core.catalog.ServiceCatalog;
import se.lotsen.core.ruleset.EpdsPolicy;

/**
 * The Questionnaire {@code lotsen-intake}: what staff enter, as a journal system's form. Its link ids
 * are the contract a QuestionnaireResponse is read by ({@link IntakeReader}). No item takes free
 * text about a person: codes, numbers, booleans, and the codes of a language, a form and a centre.
 */
final class IntakeQuestionnaire {
    static final String ID = "lotsen-intake";
    static final String URL = Fhir.BASE + "/Questionnaire/" + ID;

    static final String CHILD_AGE_MONTHS = "child-age-months";
    static final String EXPECTING = "expecting";
    static final String NEEDS = "needs";
    static final String NEED_PREFIX = "need-";
    static final String RISK_FACTORS = "risk-factors";
    static final String PROTECTIVE_FACTORS = "protective-factors";
    static final String EPDS = "epds";
    static final String EPDS_FORM = "epds-form";
    static final String EPDS_ITEM_PREFIX = "epds-item-";
    static final String EPDS_TOTAL = "epds-total";
    static final String LANGUAGE = "language";
    static final String CENTRE = "centre";
    /** LOINC's panel code for the Edinburgh Postnatal Depression Scale (the panel, not its total score). */
    static final String EPDS_PANEL_LOINC = "71354-5";

    private IntakeQuestionnaire() {
    }

    static Questionnaire build(EpdsPolicy epds, ServiceCatalog catalog) {
        Questionnaire q = new Questionnaire();
        q.setId(ID);
        q.setUrl(URL);
        q.setName("LotsenIntake");
        q.setTitle("Lotsen: familjens behov");
        q.setStatus(Enumerations.PublicationStatus.ACTIVE);
        q.setLanguage("sv");
        q.setDescription("What family-centre staff enter for Lotsen to suggest a pathway: the child's age or an "
                + "expected child, needs with their severity, risk and protective factors, an EPDS screening, the "
                + "parent's language and the centre. Codes and numbers only; nothing that identifies a person.");
        q.addSubjectType("Patient");
        question(q.getItem(), CHILD_AGE_MONTHS, QuestionnaireItemType.INTEGER,
                new Text("Barnets ålder i månader (0–83)", "The child's age in months (0–83)"));
        question(q.getItem(), EXPECTING, QuestionnaireItemType.BOOLEAN, new Text("Familjen väntar barn", "The family is expecting a child"));
        QuestionnaireItemComponent needs = question(q.getItem(), NEEDS, QuestionnaireItemType.GROUP,
                new Text("Behov som föräldern tar upp, med svårighetsgrad", "Needs the parent raises, with their severity"));
        for (NeedCategory need : NeedCategory.values()) {
            question(needs.getItem(), NEED_PREFIX + need.name(), QuestionnaireItemType.CHOICE, need.label())
                    .setAnswerValueSet(Fhir.valueSet(FhirCodes.SEVERITY))
                    .addCode(new Coding(Fhir.codeSystem(FhirCodes.NEED), need.name(), need.label().sv()));
        }
        question(q.getItem(), RISK_FACTORS, QuestionnaireItemType.CHOICE, new Text("Riskfaktorer", "Risk factors"))
                .setRepeats(true).setAnswerValueSet(Fhir.valueSet(FhirCodes.RISK_FACTOR));
        question(q.getItem(), PROTECTIVE_FACTORS, QuestionnaireItemType.CHOICE, new Text("Skyddsfaktorer", "Protective factors"))
                .setRepeats(true).setAnswerValueSet(Fhir.valueSet(FhirCodes.PROTECTIVE_FACTOR));
        QuestionnaireItemComponent screening = question(q.getItem(), EPDS, QuestionnaireItemType.GROUP,
                new Text("EPDS: de tio frågorna (0–3), eller summan och fråga 10", "EPDS: the ten items (0–3), or the total and item 10"));
        screening.addCode(new Coding(Fhir.LOINC, EPDS_PANEL_LOINC, "Edinburgh Postnatal Depression Scale [EPDS]"));
        QuestionnaireItemComponent form = question(screening.getItem(), EPDS_FORM, QuestionnaireItemType.CHOICE,
                new Text("Formulärets språk (gränsvärdet beror på det)", "The form's language (the cut-off depends on it)"));
        epds.forms().forEach(f -> form.addAnswerOption().setValue(new Coding(Fhir.codeSystem(FhirCodes.EPDS_FORM), f.code(), f.name().sv())));
        for (int i = 1; i <= 10; i++) {
            question(screening.getItem(), EPDS_ITEM_PREFIX + i, QuestionnaireItemType.INTEGER,
                    new Text("Fråga " + i + " (0–3)", "Item " + i + " (0–3)"))
                    .addCode(new Coding(Fhir.codeSystem(FhirCodes.EPDS_ITEM), "item-" + i, "EPDS fråga " + i + " (0–3)"));
        }
        question(screening.getItem(), EPDS_TOTAL, QuestionnaireItemType.INTEGER,
                new Text("Summa (0–30), om frågorna inte anges en och en", "Total (0–30), when the items are not given one by one"))
                .addCode(new Coding(Fhir.codeSystem(FhirCodes.EPDS_ITEM), FhirCodes.EPDS_TOTAL, "EPDS summa (0–30)"));
        QuestionnaireItemComponent language = question(q.getItem(), LANGUAGE, QuestionnaireItemType.STRING,
                new Text("Förälderns språk (ISO 639-1, t.ex. ar)", "The parent's language (ISO 639-1, e.g. ar)"));
        language.setMaxLength(2);
        QuestionnaireItemComponent centre = question(q.getItem(), CENTRE, QuestionnaireItemType.CHOICE,
                new Text("Familjecentralen", "The family centre"));
        catalog.centres().forEach(c -> centre.addAnswerOption().setValue(new Coding(Fhir.codeSystem(FhirCodes.CENTRE), c.id(),
                c.name().sv())));
        q.setText(Narratives.of(q.getTitle(), q.getItem().stream().map(i -> i.getText()).toList()));
        return q;
    }

    private static QuestionnaireItemComponent question(List<QuestionnaireItemComponent> into, String linkId,
                                                       QuestionnaireItemType type, Text text) {
        QuestionnaireItemComponent item = new QuestionnaireItemComponent();
        item.setLinkId(linkId);
        item.setType(type);
        item.setTextElement(Fhir.swedishWithEnglish(text));
        into.add(item);
        return item;
    }
}
