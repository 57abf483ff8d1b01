package se.lotsen.core.catalog;

import java.util.List;
import java.util.Map;
import se.lotsen.core.Text;
import se.lotsen.core.Tier;

/**
 * A service in the catalog (HSDS-like).
 *
 * @param id           stable code, such as {@code BVC_NURSE}
 * @param name         sv/en name
 * @param description  sv/en description of what it offers
 * @param provider     who runs it
 * @param tier         the tier it usually serves (a step may differ: the tier belongs to the step)
 * @param kind         contact, programme or information: what escalation may change
 * @param ages         the ages it serves, in months ({@code -1} = expecting parents)
 * @param stage        before or from förskoleklass, or any
 * @param access       how a family reaches it
 * @param languages    ISO 639-1 codes of the languages it is offered in without an interpreter
 * @param centres      ids of the family centres where it is offered on site (empty: elsewhere, or everywhere)
 * @param translations texts in further languages, by ISO 639-1 code
 */
public record Service(
        String id,
        Text name,
        Text description,
        Provider provider,
        Tier tier,
        ServiceKind kind,
        AgeRange ages,
        SchoolStage stage,
        Access access,
        List<String> languages,
        List<String> centres,
        Map<String, ServiceText> translations) {

    public Service {
        kind = kind == null ? ServiceKind.CONTACT : kind;
        stage = stage == null ? SchoolStage.ANY : stage;
        languages = languages == null ? List.of() : List.copyOf(languages);
        centres = centres == null ? List.of() : List.copyOf(centres);
        translations = translations == null ? Map.of() : Map.copyOf(translations);
    }

    public boolean speaks(String language) {
        return language != null && languages.contains(language);
    }

    /** Offered to a child of this age at this school stage. */
    public boolean serves(int ageMonths, boolean inPreschoolClass) {
        if (!ages.includes(ageMonths)) {
            return false;
        }
        return switch (stage) {
            case ANY -> true;
            case BEFORE_PRESCHOOL_CLASS -> !inPreschoolClass;
            case FROM_PRESCHOOL_CLASS -> inPreschoolClass;
        };
    }
}
