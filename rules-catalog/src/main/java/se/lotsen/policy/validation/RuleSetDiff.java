package se.lotsen.policy.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.IntStream;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.NotedFactor;
import se.lotsen.core.Pathway;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.Reason;
import se.lotsen.core.Step;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.Text;
import se.lotsen.policy.Failures;
import se.lotsen.policy.RequestJson;
import se.lotsen.policy.properties.Families;
import se.lotsen.policy.properties.Plausibility;
import se.lotsen.policy.scenarios.Scenario;

/**
 * What changes for families between two rule sets: both answer the scenarios of both and the grid
 * of families validation uses; every family whose pathway differs in a step, an urgency, a tier, a
 * text (reasons, notes, advice, the duty to report) or its risk is listed with before and after.
 */
public final class RuleSetDiff {
    /** How many changes a page holds unless asked otherwise, and at most. */
    public static final int PER_PAGE = 500;
    public static final int MAX_PER_PAGE = 5_000;

    private RuleSetDiff() {
    }

    /**
     * One family whose pathway changes.
     *
     * @param family      the family in words ("scenario …", or the grid family)
     * @param request     the request as JSON
     * @param before      the steps before, one line each
     * @param after       the steps after
     * @param texts       texts that changed, "before → after"
     * @param textChanges the same texts, old and new apart ("sv | en" each), for showing them side by side
     * @param implausible the {@link Plausibility} constraints the family breaks (empty: a family that can exist)
     * @param shape       how it changes, the same for every family of its {@link Group}
     */
    public record Change(String family, JsonNode request, LocalDate date, List<String> before, List<String> after,
                         List<String> texts, List<TextChange> textChanges, List<String> implausible, DiffShape shape) {
    }

    /** A text that changed: what it is ("reason BVC_NURSE/route-sleep-nurse"), before and after. */
    public record TextChange(String what, String before, String after) {
    }

    /**
     * Families that differ in the same way: "138 familjer med behov Sömn (Lindrig), 0–11 mån: BVC-sjuksköterska → Öppna
     * förskolan".
     *
     * @param families    how many families
     * @param implausible how many of them cannot exist
     */
    public record Group(String key, int families, int implausible, Text label, DiffShape shape) {
    }

    /**
     * @param changed     how many families' pathways differ
     * @param implausible how many of them no real family looks like (listed after the others)
     * @param page        the page of changes given, from 1
     * @param perPage     changes per page
     * @param pages       how many pages the changes fill
     * @param changes     the changes on this page: plausible families first, then the implausible ones
     */
    public record Result(String older, String newer, int compared, int changed, int implausible, int matching, int page,
                         int perPage, int pages, List<Group> groups, List<Change> changes) {

        /**
         * Page {@code page} (from 1) of {@code perPage} changes; over all pages, the changes number {@code matching}
         * ({@code changed} when nothing is filtered).
         */
        public Result page(int number, int size) {
            int per = Math.max(1, Math.min(size, MAX_PER_PAGE));
            int from = Math.min(changes.size(), (Math.max(number, 1) - 1) * per);
            return new Result(older, newer, compared, changed, implausible, matching, Math.max(number, 1), per,
                    Math.max(1, (matching + per - 1) / per), groups, changes.subList(from, Math.min(changes.size(), from + per)));
        }

        /** Only the changes this filter keeps, and their groups; {@code changed} still counts them all. */
        public Result filter(DiffFilter filter) {
            List<Change> kept = changes.stream().filter(filter::keeps).toList();
            return new Result(older, newer, compared, changed, implausible, kept.size(), 1, Math.max(1, kept.size()), 1,
                    groupsOf(kept), kept);
        }

        public String toText() {
            return toText(false);
        }

        /** The comparison as text, its headings in Swedish or English (the families and steps are written in codes). */
        public String toText(boolean swedish) {
            List<String> lines = new ArrayList<>();
            lines.add(swedish ? "Jämför " + older + " med " + newer + " för " + compared + " familjer: " + changed + " vägar ändras, "
                    + implausible + " av dem för familjer som inte finns i verkligheten (visas sist)"
                    : "Comparing " + older + " with " + newer + " on " + compared + " families: " + changed + " pathway(s) change, "
                    + implausible + " of them for families that cannot exist (listed last)");
            for (Change c : changes) {
                lines.add(c.family() + (swedish ? " den " : " on ") + c.date());
                if (!c.before().equals(c.after())) {
                    lines.add("    - " + String.join("  ", c.before()));
                    lines.add("    + " + String.join("  ", c.after()));
                }
                c.texts().forEach(t -> lines.add("    ~ " + t));
            }
            return String.join(System.lineSeparator(), lines);
        }
    }

    private record Asked(String family, SuggestionRequest request, LocalDate date) {
    }

    public static Result compare(PathwayEngine older, List<Scenario> olderScenarios, PathwayEngine newer,
                                 List<Scenario> newerScenarios, LocalDate today) {
        Map<String, Asked> asked = new LinkedHashMap<>();
        for (Scenario s : olderScenarios) {
            asked.putIfAbsent("scenario " + s.name(), new Asked("scenario " + s.name() + " (" + s.file() + ")", s.request(),
                    s.date() == null ? today : s.date()));
        }
        for (Scenario s : newerScenarios) {
            asked.putIfAbsent("scenario " + s.name(), new Asked("scenario " + s.name() + " (" + s.file() + ")", s.request(),
                    s.date() == null ? today : s.date()));
        }
        for (Families.Sample sample : new Families(newer.ruleSet(), today).grid()) {
            asked.put("grid " + sample.index(), new Asked(describe(sample.request()), sample.request(), sample.date()));
        }
        List<Asked> families = List.copyOf(asked.values());
        DiffShape.Names names = new DiffShape.Names(newer.ruleSet().catalog(), older.ruleSet().catalog());
        ConcurrentSkipListMap<Integer, Change> changes = new ConcurrentSkipListMap<>();
        IntStream.range(0, families.size()).parallel().forEach(i -> {
            Asked a = families.get(i);
            Answer before = answer(older, a);
            Answer after = answer(newer, a);
            if (!before.equals(after)) {
                changes.put(i, new Change(a.family(), RequestJson.of(a.request()), a.date(),
                        before.steps(), after.steps(), texts(before, after), textChanges(before, after),
                        Plausibility.broken(a.request()), DiffShape.of(a.request(), before.services(), after.services(),
                                !before.steps().equals(after.steps()), !before.safeguarding().equals(after.safeguarding())
                                        || !before.safeguardingSteps().equals(after.safeguardingSteps()), names)));
            }
        });
        // every change is listed; families that can exist come first, so the first page is one a policy owner recognises
        List<Change> all = new ArrayList<>(changes.values());
        all.sort(Comparator.comparing(c -> !c.implausible().isEmpty()));
        int implausible = (int) all.stream().filter(c -> !c.implausible().isEmpty()).count();
        return new Result(name(older), name(newer), families.size(), changes.size(), implausible, all.size(), 1,
                Math.max(1, all.size()), 1, groupsOf(all), List.copyOf(all));
    }

    /** The changes' groups, the largest first. */
    static List<Group> groupsOf(List<Change> changes) {
        Map<String, List<Change>> byShape = new LinkedHashMap<>();
        changes.forEach(c -> byShape.computeIfAbsent(c.shape().key(), k -> new ArrayList<>()).add(c));
        return byShape.entrySet().stream().map(e -> {
            DiffShape shape = e.getValue().get(0).shape();
            int n = e.getValue().size();
            int implausible = (int) e.getValue().stream().filter(c -> !c.implausible().isEmpty()).count();
            return new Group(e.getKey(), n, implausible, new Text(n + (n == 1 ? " familj " : " familjer ") + shape.says().sv(),
                    n + (n == 1 ? " family " : " families ") + shape.says().en()), shape);
        }).sorted(Comparator.comparing(Group::families).reversed().thenComparing(Group::key)).toList();
    }

    /** The parts of a pathway a family or staff member would notice; the rule set's name and version are not among them. */
    private record Answer(List<String> steps, List<String> services, Map<String, String> texts, String risk, String safeguarding,
                          List<String> safeguardingSteps) {
    }

    private static Answer answer(PathwayEngine engine, Asked asked) {
        Pathway p;
        try {
            p = engine.evaluate(asked.request(), asked.date()).pathway();
        } catch (InvalidRequestException e) {
            return new Answer(List.of("refused: " + e.getMessage()), List.of(), Map.of(), "", "", List.of());
        } catch (RuntimeException e) {
            return new Answer(List.of("fails: " + Failures.describe(e)), List.of(), Map.of(), "", "", List.of());
        }
        List<String> steps = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Step s : p.steps()) {
            steps.add(s.order() + ". " + s.service().id() + " " + s.urgency() + " " + s.tier() + (s.safeguarding() ? " safeguarding" : "")
                    + (s.interpreter() ? " +interpreter" : "") + " " + s.needs());
            for (Reason r : s.reasons()) {
                texts.put("reason " + s.service().id() + "/" + r.ruleId(), r.sv() + " | " + r.en());
            }
            if (s.where() != null) {
                texts.put("where " + s.service().id(), s.where().sv());
            }
        }
        p.notes().forEach(n -> texts.put("note " + n.ruleId(), n.sv() + " | " + n.en()));
        for (NotedFactor f : p.protectiveFactors()) {
            texts.put("advice " + f.code(), f.advice() == null ? "(withheld)" : f.advice().sv() + " | " + f.advice().en());
        }
        String safeguarding = p.safeguarding().concern() + " " + p.safeguarding().contacts().stream().map(c -> c.id()).toList();
        if (p.safeguarding().duty() != null) {
            texts.put("duty", p.safeguarding().duty().sv() + " | " + p.safeguarding().legalReference());
        }
        // a safeguarding step counts as a change to safeguarding as much as the concern or its contacts do
        return new Answer(steps, p.steps().stream().map(s -> s.service().id()).toList(), texts, p.riskLevel() + " " + p.riskScore(),
                safeguarding, p.steps().stream().filter(Step::safeguarding).map(s -> s.service().id()).toList());
    }

    private static List<String> texts(Answer before, Answer after) {
        List<String> changed = new ArrayList<>();
        if (!before.risk().equals(after.risk())) {
            changed.add("risk: " + before.risk() + " → " + after.risk());
        }
        if (!before.safeguarding().equals(after.safeguarding())) {
            changed.add("safeguarding: " + before.safeguarding() + " → " + after.safeguarding());
        }
        for (String key : after.texts().keySet()) {
            String was = before.texts().get(key);
            String now = after.texts().get(key);
            if (was != null && !Objects.equals(was, now)) {
                changed.add(key + ": \"" + was + "\" → \"" + now + "\"");
            }
        }
        return changed;
    }

    private static List<TextChange> textChanges(Answer before, Answer after) {
        List<TextChange> changed = new ArrayList<>();
        for (String key : after.texts().keySet()) {
            String was = before.texts().get(key);
            String now = after.texts().get(key);
            if (was != null && !Objects.equals(was, now)) {
                changed.add(new TextChange(key, was, now));
            }
        }
        return changed;
    }

    static String describe(SuggestionRequest r) {
        StringBuilder out = new StringBuilder(r.expectingChild() ? "expecting" : r.childAgeMonths() + " months"
                + (r.childAgeWeeks() == null ? "" : " (" + r.childAgeWeeks() + " weeks)"));
        r.needs().forEach(n -> out.append(", ").append(n.category()).append(' ').append(n.severity()));
        if (!r.riskFactors().isEmpty()) {
            out.append(", risk ").append(r.riskFactors());
        }
        if (!r.protectiveFactors().isEmpty()) {
            out.append(", protective ").append(r.protectiveFactors());
        }
        if (r.screenings() != null && r.screenings().epds() != null) {
            out.append(", EPDS ").append(r.screenings().epds().language()).append(' ').append(r.screenings().epds().totalScore())
                    .append(" item 10 ").append(r.screenings().epds().selfHarmScore());
        }
        return out.toString();
    }

    private static String name(PathwayEngine engine) {
        return engine.ruleSet().id() + " " + engine.ruleSet().version();
    }
}
