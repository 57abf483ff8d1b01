package se.lotsen.policy.validation;

import java.util.Locale;

/**
 * Which changed families a policy owner looks at: by need, age band, a service gained or lost, whether safeguarding
 * changes, or one group. An absent (null or blank) criterion keeps every family.
 *
 * @param need          a need category's code ("SLEEP"), or one with its severity ("SLEEP:MILD")
 * @param ageBand       "expecting", "0–11", "12–35", "36–71", "72–…" (a plain hyphen is taken for the dash)
 * @param service       a service id that is gained or lost
 * @param serviceChange "gained" or "lost" to ask for one of them; otherwise either
 * @param safeguarding  true: only changes to safeguarding; false: only changes that leave it as it was
 * @param group         a {@link RuleSetDiff.Group}'s key
 */
public record DiffFilter(String need, String ageBand, String service, String serviceChange, Boolean safeguarding, String group) {
    boolean keeps(RuleSetDiff.Change change) {
        DiffShape shape = change.shape();
        if (!blank(need) && shape.needs().stream().noneMatch(n -> n.equals(need.toUpperCase(Locale.ROOT))
                || n.startsWith(need.toUpperCase(Locale.ROOT) + ":"))) {
            return false;
        }
        if (!blank(ageBand) && !shape.ageBand().equals(ageBand.strip().replace('-', '–'))) {
            return false;
        }
        if (!blank(service)) {
            boolean gained = shape.gained().contains(service);
            boolean lost = shape.lost().contains(service);
            boolean wanted = "gained".equals(serviceChange) ? gained : "lost".equals(serviceChange) ? lost : gained || lost;
            if (!wanted) {
                return false;
            }
        }
        if (safeguarding != null && shape.safeguarding() != safeguarding) {
            return false;
        }
        return blank(group) || shape.key().equals(group);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
