package se.lotsen.api.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one disclosure control for every count Lotsen publishes ({@code /stats}, {@code /evaluation},
 * their CSVs and the workbench's plots, which draw on them): a count from 1 to 4 is hidden, and no
 * published number, total or other table lets it be had by subtraction.
 *
 * <p>The publishers declare how their numbers hang together as <em>sums</em>: a total and the numbers
 * it adds up, in the same table or in another (a week's total over the centres; a service's suggestions
 * at a centre and the {@code /stats} rows that count the same steps). The control hides every small
 * count, then audits as an attacker would: from what is shown it derives every number it can (a total
 * whose parts are all known; a part whose total and other parts are known) until nothing more follows.
 * When that reveals a hidden count, it hides one more number of the sum that revealed it — the smallest
 * shown part, or else the total — and audits again. A sum whose unpublished rest (total minus its parts)
 * is itself small hides its total.
 */
public final class Disclosure {
    public static final int SMALLEST_SHOWN = 5;
    public static final String HIDDEN = "<" + SMALLEST_SHOWN;

    private final Map<Object, Long> values = new HashMap<>();
    private final List<Sum> sums = new ArrayList<>();

    private record Sum(Object total, List<Object> parts) {
    }

    /** A published number. */
    public Disclosure cell(Object id, long value) {
        values.merge(id, value, Long::sum);
        return this;
    }

    /** {@code total} adds up {@code parts}, perhaps with an unpublished rest; parts not published count as zero. */
    public Disclosure sum(Object total, Collection<?> parts) {
        sums.add(new Sum(total, parts.stream().filter(values::containsKey).map(p -> (Object) p).distinct().toList()));
        return this;
    }

    /** True for a count that says too much about too few families: 1 to 4 (a zero says nothing about a family). */
    public static boolean small(long n) {
        return n > 0 && n < SMALLEST_SHOWN;
    }

    /** How a number is published: itself, or {@value #HIDDEN}. */
    public static String show(long n, boolean hidden) {
        return hidden ? HIDDEN : Long.toString(n);
    }

    /** The published numbers that must be hidden. Declare every cell before its sums. */
    public Set<Object> hidden() {
        Set<Object> hidden = new HashSet<>();
        values.forEach((id, n) -> {
            if (small(n)) {
                hidden.add(id);
            }
        });
        for (Sum sum : sums) {
            if (values.containsKey(sum.total()) && small(rest(sum))) {
                hidden.add(sum.total());
            }
        }
        // Each round fixes the leaks one derivation finds, hiding first the numbers that close the most of them (a total
        // shared by two leaking sums closes both), then the smallest shown part; the next round checks again.
        for (List<Sum> leaks = leaks(hidden); !leaks.isEmpty(); leaks = leaks(hidden)) {
            Map<Object, Integer> closes = new HashMap<>();
            for (Sum sum : leaks) {
                members(sum).filter(n -> !hidden.contains(n)).forEach(n -> closes.merge(n, 1, Integer::sum));
            }
            int before = hidden.size();
            for (Sum sum : leaks) {
                if (members(sum).anyMatch(n -> hidden.contains(n) && closes.containsKey(n))) {
                    continue; // closed by what this round hid already
                }
                members(sum).filter(n -> !hidden.contains(n))
                        .max(Comparator.comparingInt((Object n) -> closes.get(n))
                                .thenComparing(n -> n.equals(sum.total()) ? Long.MIN_VALUE : -values.get(n)))
                        .ifPresent(hidden::add);
            }
            if (hidden.size() == before) {
                hidden.add(totalOrLastShown(leaks.get(0), hidden));
            }
        }
        return hidden;
    }

    /**
     * The total when it is shown; else a shown part; else (every number of the sum was derived through
     * others) the shown numbers of the sums that share one with it, or at last everything shown.
     */
    private Object totalOrLastShown(Sum sum, Set<Object> hidden) {
        if (values.containsKey(sum.total()) && !hidden.contains(sum.total())) {
            return sum.total();
        }
        Optional<Object> part = sum.parts().stream().filter(p -> !hidden.contains(p)).findFirst();
        if (part.isPresent()) {
            return part.get();
        }
        Set<Object> members = new HashSet<>(sum.parts());
        members.add(sum.total());
        List<Object> ring = sums.stream().filter(s -> members.contains(s.total()) || s.parts().stream().anyMatch(members::contains))
                .flatMap(s -> Stream.concat(Stream.of(s.total()), s.parts().stream()))
                .filter(values::containsKey).filter(n -> !hidden.contains(n)).toList();
        List<Object> shown = ring.isEmpty() ? values.keySet().stream().filter(n -> !hidden.contains(n)).toList() : ring;
        hidden.addAll(shown.subList(1, shown.size()));
        return shown.get(0);
    }

    private Stream<Object> members(Sum sum) {
        return Stream.concat(Stream.of(sum.total()), sum.parts().stream()).filter(values::containsKey);
    }

    /** The sums through which an attacker derives a hidden small count from what is shown. */
    private List<Sum> leaks(Set<Object> hidden) {
        Set<Object> known = new HashSet<>(values.keySet());
        known.removeAll(hidden);
        List<Sum> leaks = new ArrayList<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Sum sum : sums) {
                if (!values.containsKey(sum.total()) || !exactly(sum)) {
                    continue;
                }
                List<Object> unknown = sum.parts().stream().filter(p -> !known.contains(p)).toList();
                boolean totalKnown = known.contains(sum.total());
                Object derived = totalKnown && unknown.size() == 1 ? unknown.get(0)
                        : !totalKnown && unknown.isEmpty() ? sum.total() : null;
                if (derived != null && known.add(derived)) {
                    changed = true;
                    if (small(values.getOrDefault(derived, 0L))) {
                        leaks.add(sum);
                    }
                }
            }
        }
        return leaks;
    }

    /** An attacker can solve only sums without a rest (total exactly its parts); a rest of 5 or more keeps them apart. */
    private boolean exactly(Sum sum) {
        return rest(sum) == 0;
    }

    private long rest(Sum sum) {
        return values.getOrDefault(sum.total(), 0L) - sum.parts().stream().mapToLong(values::get).sum();
    }
}
