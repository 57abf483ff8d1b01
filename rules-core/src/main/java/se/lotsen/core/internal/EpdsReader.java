package se.lotsen.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.lotsen.core.Epds;
import se.lotsen.core.rules.EpdsFact;
import se.lotsen.core.ruleset.EpdsForm;
import se.lotsen.core.ruleset.EpdsPolicy;

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
        EpdsForm used = validated ? form : fallback;
        int cutoff = used.positiveFrom();
        int total = epds.totalScore();
        return new EpdsFact(total, epds.selfHarmScore(), listed ? form.code() : epds.language(), cutoff, used.code(),
                validated, listed, total >= cutoff, total >= cutoff + policy.moderateToSevereMargin(),
                total >= cutoff + policy.wellAboveMargin(), expecting);
    }

    /** The forms a code could mean when it names none exactly (fa with only fa-IR and fa-AF listed); empty otherwise. */
    List<String> ambiguity(String code) {
        if (byCode.containsKey(code)) {
            return List.of();
        }
        return policy.variantsOf(code).stream().map(EpdsForm::code).toList();
    }
}
