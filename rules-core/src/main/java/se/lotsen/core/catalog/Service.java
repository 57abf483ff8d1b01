package se.lotsen.core.catalog;

import java.util.List;
import se.lotsen.core.Text;
import se.lotsen.core.Tier;

/**
 * A service in the catalog (HSDS-like).
 *
 * @param id          stable code, such as {@code BVC_NURSE}
 * @param name        sv/en name
 * @param description sv/en description of what it offers
 * @param provider    who runs it
 * @param tier        the tier it usually serves
 * @param ages        the ages it serves, in months ({@code -1} = expecting parents)
 * @param access      how a family reaches it
 * @param languages   ISO 639-1 codes of the languages it is offered in without an interpreter
 * @param centres     ids of the family centres where it is offered on site (empty: elsewhere)
 */
public record Service(
        String id,
        Text name,
        Text description,
        Provider provider,
        Tier tier,
        AgeRange ages,
        Access access,
        List<String> languages,
        List<String> centres) {

    public Service {
        languages = languages == null ? List.of() : List.copyOf(languages);
        centres = centres == null ? List.of() : List.copyOf(centres);
    }

    public boolean speaks(String language) {
        return language != null && languages.contains(language);
    }
}
