package se.lotsen.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.lotsen.core.Epds;
import se.lotsen.core.ruleset.EpdsForm;
import se.lotsen.core.ruleset.EpdsPolicy;
import se.lotsen.core.vocabulary.EpdsFact;

/** Reads an EPDS result against the rule set's table of forms: which cut-off, and what the total means. */
final class EpdsReader {
    private final EpdsPolicy policy;
    private final Map<String, EpdsForm> byCode = new HashMap<>();
    private final EpdsForm fallback;

    EpdsReader(EpdsPolicy policy) {
        this.policy = policy;
        for (EpdsForm form : policy.forms()) {
            byCode.putIfAbsent(form.code(), form);
            form.aliases().forEach(alias -> byCode.putIfAbsent(alias, form));
        }
        this.fallback = byCode.get(policy.fallbackForm());
    }

    EpdsFact read(Epds epds, boolean expecting) {
        EpdsForm form = byCode.get(epds.language());
        boolean listed = form != null;
        boolean validated = listed && form.validated();
        int total = epds.totalScore();
        String code = listed ? form.code() : epds.language();
        if (validated) {
            int cutoff = form.positiveFrom();
            return new EpdsFact(total, epds.selfHarmScore(), code, cutoff, form.code(), true, true, total >= cutoff,
                    total >= cutoff + policy.moderateToSevereMargin(), total >= cutoff + policy.wellAboveMargin(), expecting);
        }
        // No validated cut-off for this form: positive from the lowest validated one (conservative, so a total that several
        // validated forms call positive is never read as negative); how strong the support gets still follows the fallback
        // form's lines, so a conservative reading brings the talk with the nurse, not referrals on the score alone.
        int cutoff = policy.conservativePositiveFrom();
        int lines = fallback.positiveFrom();
        return new EpdsFact(total, epds.selfHarmScore(), code, cutoff, fallback.code(), false, listed, total >= cutoff,
                total >= Math.max(cutoff, lines + policy.moderateToSevereMargin()),
                total >= Math.max(cutoff, lines + policy.wellAboveMargin()), expecting);
    }

    /** The forms a code could mean when it names none exactly (fa with only fa-IR and fa-AF listed); empty otherwise. */
    List<String> ambiguity(String code) {
        if (byCode.containsKey(code)) {
            return List.of();
        }
        return policy.variantsOf(code).stream().map(EpdsForm::code).toList();
    }
}
