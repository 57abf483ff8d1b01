package se.lotsen.core.ruleset;

import se.lotsen.core.Text;

/**
 * Advice on strengthening a protective factor. Advice that involves the partner is withheld while
 * there is violence: the partner may be the one who is violent.
 *
 * @param involvesPartner true when the advice involves the partner (null: no)
 */
public record ProtectiveAdvice(Text advice, Boolean involvesPartner) {
    public boolean aboutPartner() {
        return Boolean.TRUE.equals(involvesPartner);
    }
}
