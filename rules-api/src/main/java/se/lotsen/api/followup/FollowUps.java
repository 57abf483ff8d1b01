package se.lotsen.api.followup;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jdbi.v3.core.JdbiException;
import se.lotsen.api.db.FollowUpDao;
import se.lotsen.api.db.FollowUpReference;
import se.lotsen.api.db.OutcomeCount;
import se.lotsen.api.db.OutcomeCountDao;
import se.lotsen.api.db.Tenant;
import se.lotsen.api.errors.UnavailableException;
import se.lotsen.api.stats.PendingCounts;
import se.lotsen.api.stats.SuggestionCounter;
import se.lotsen.core.Contact;
import se.lotsen.core.ForParent;
import se.lotsen.core.Pathway;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.Reason;
import se.lotsen.core.Step;

/**
 * Anonymous follow-up. Each pathway gets a reference: 128 random bits the parent holds (on the
 * handout, as a link and a QR code), with the parent's language appended so the page can speak it
 * without the store knowing it. The store keeps only the reference's SHA-256, the ISO week, the
 * centre and each step's service, urgency and rules; answers are counted by week, centre, service
 * and rule. A step asks did you get in touch (contacted, not contacted, not needed) and then did it help
 * (helped, not helped); each counts once per step, and a later answer replaces every earlier one it
 * contradicts ({@link Outcome#replaces}; their counts move), so a parent who taps "contacted" and then
 * "not contacted" is one answer, not two, and the counts follow the latest answer.
 *
 * <p>New references are written in batches, so a suggestion never waits for the disk; one not yet
 * written is found in memory. The batch is bounded: while the store is down suggestions go on until
 * {@code maxPending} references wait, then they are refused with 503 rather than held without end.
 * Answers are rare and are a promise to the parent: each is written, row and counts in one
 * transaction, before it is acknowledged; if the store does not take it the caller gets 503, never a
 * success that a crash could lose.
 */
public final class FollowUps {
    public static final String SERVICE = "SERVICE";
    public static final String RULE = "RULE";
    public static final String SUGGESTED = "SUGGESTED";
    public static final String FOLLOWED_UP = "FOLLOWED_UP";
    private static final ZoneId SWEDEN = PathwayEngine.TIME_ZONE;
    // One generator and one digest a thread: the shared ones serialise every suggestion behind a lock.
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(FollowUps::sha256);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<FollowedStep>> STEPS = new TypeReference<>() { };
    private static final TypeReference<List<Set<String>>> ANSWERS = new TypeReference<>() { };
    /** References waiting for the store by default: some minutes of a busy region's suggestions. */
    public static final int DEFAULT_MAX_PENDING = 100_000;
    // Two nodes answering one pathway at once each win within a few tries; only a store that loses every write
    // gets this far, and then the answer is refused as unavailable, never reported as counted.
    private static final int ATTEMPTS = 20;

    private final FollowUpDao dao;
    private final OutcomeCountDao counts;
    private final String tenant;
    private final Clock clock;
    private final Duration retention;
    private final int maxPending;
    private final ConcurrentMap<String, FollowUpReference> pending = new ConcurrentHashMap<>();
    private final PendingCounts<OutcomeCount> pendingCounts;

    public FollowUps(FollowUpDao dao, OutcomeCountDao counts, Clock clock, Duration retention) {
        this(dao, counts, clock, retention, DEFAULT_MAX_PENDING);
    }

    public FollowUps(FollowUpDao dao, OutcomeCountDao counts, Clock clock, Duration retention, int maxPending) {
        this(dao, counts, Tenant.DEFAULT, clock, retention, maxPending);
    }

    /** One tenant's follow-up: its references and counts are written and read under its id only. */
    public FollowUps(FollowUpDao dao, OutcomeCountDao counts, String tenant, Clock clock, Duration retention, int maxPending) {
        this.tenant = tenant;
        this.dao = dao;
        this.counts = counts;
        this.clock = clock;
        this.retention = retention;
        this.maxPending = maxPending;
        this.pendingCounts = new PendingCounts<>(key -> key.isoWeek().compareTo(SuggestionCounter.isoWeek(today().minusWeeks(1))) < 0);
    }

    /**
     * One followed-up step: where it goes, how soon, the rules behind it, and which outcomes were answered.
     *
     * @param crisis a safeguarding step the parent's own page carries (the same-day contact for thoughts of self-harm);
     *               it is not followed up or counted, like every safeguarding step (left out of the row when false)
     * @param lines  the crisis lines (contact ids in the rule set) that go with it (left out of the row when none)
     */
    public record FollowedStep(String service, String urgency, List<String> rules, @JsonIgnore Set<String> answered,
                               @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean crisis,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> lines) {
        public FollowedStep {
            rules = List.copyOf(rules);
            answered = answered == null ? Set.of() : Set.copyOf(answered);
            lines = lines == null ? List.of() : List.copyOf(lines);
        }

        public FollowedStep(String service, String urgency, List<String> rules, Set<String> answered) {
            this(service, urgency, rules, answered, false, List.of());
        }
    }

    /** A followed-up pathway as the parent's page needs it. */
    public record Followed(String reference, String language, String isoWeek, String centre, LocalDate expiresOn,
                           boolean expired, List<FollowedStep> steps) {
    }

    /** What an answer came to: COUNTED (new, or replacing another answer to the same question), ALREADY_COUNTED (the same). */
    public enum Answer { COUNTED, ALREADY_COUNTED, NO_SUCH_STEP, UNKNOWN, EXPIRED }

    /**
     * Opens follow-up for a pathway and returns its reference; counts every step as suggested.
     *
     * @throws UnavailableException when {@code maxPending} references already wait for a store that does not answer
     */
    public String open(Pathway pathway, String centre, String language) {
        if (pending.size() >= maxPending) {
            throw new UnavailableException(503, "store_unavailable", "Lotsen cannot save new pathways now: the store does "
                    + "not answer and " + maxPending + " pathways already wait for it. Try again in a minute.", 10, null);
        }
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        String reference = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)
                + (language == null ? "" : "." + language);
        LocalDate today = today();
        String week = SuggestionCounter.isoWeek(today);
        String where = centre == null ? SuggestionCounter.NO_CENTRE : centre;
        // Expiry is counted from the start of the ISO week, so the store never holds a day finer than the week.
        LocalDate expires = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(retention.toDays());
        List<FollowedStep> steps = new ArrayList<>();
        List<Set<String>> answered = new ArrayList<>();
        ForParent forParent = pathway.safeguarding().forParent();
        List<String> lines = new ArrayList<>(forParent.contacts().stream().map(Contact::id).toList());
        for (Step step : pathway.steps()) {
            if (step.safeguarding()) {
                // Safeguarding is staff's to act on at once, in person; it goes on a paper the parent takes home only when
                // the rule set says the parent is the one at risk (self-harm), never where the person who uses violence may read it.
                if (forParent.services().contains(step.service().id())) {
                    steps.add(new FollowedStep(step.service().id(), step.urgency().name(), List.of(), Set.of(), true, lines));
                    answered.add(new TreeSet<>());
                    lines = List.of();
                }
                continue;
            }
            List<String> rules = List.copyOf(new TreeSet<>(step.reasons().stream().map(Reason::ruleId).toList()));
            steps.add(new FollowedStep(step.service().id(), step.urgency().name(), rules, Set.of()));
            answered.add(new TreeSet<>());
            count(week, where, SERVICE, step.service().id(), SUGGESTED);
            rules.forEach(rule -> count(week, where, RULE, rule, SUGGESTED));
        }
        String hash = hash(reference);
        pending.put(hash, new FollowUpReference(hash, week, where, expires.toString(), json(steps), json(answered)));
        return reference;
    }

    /** Whether this reference is one of this tenant's, still waiting in memory for the store. */
    public boolean waiting(String reference) {
        return wellFormed(reference) && pending.containsKey(hash(reference));
    }

    /** The tenant whose stored pathway this reference is (the parent's page has no key to tell). */
    public static Optional<String> storedTenantOf(FollowUpDao dao, String reference) {
        return wellFormed(reference) ? dao.tenantOf(hash(reference)) : Optional.empty();
    }

    public Optional<Followed> find(String reference) {
        if (!wellFormed(reference)) {
            return Optional.empty();
        }
        return row(reference).map(r -> followed(reference, r));
    }

    private Optional<FollowUpReference> row(String reference) {
        String hash = hash(reference);
        FollowUpReference waiting = pending.get(hash);
        return waiting != null ? Optional.of(waiting) : dao.find(tenant, hash);
    }

    private Followed followed(String reference, FollowUpReference row) {
        LocalDate expiresOn = LocalDate.parse(row.expiresOn());
        return new Followed(reference, languageOf(reference), row.isoWeek(), row.centre(), expiresOn,
                expiresOn.isBefore(today()), steps(row));
    }

    /**
     * Records an outcome for the step to {@code service}, durably: when this returns COUNTED the answer and its
     * counts are in the store.
     *
     * @throws UnavailableException when the store does not take the answer (nothing was counted)
     */
    public Answer answer(String reference, String service, Outcome outcome) {
        if (!wellFormed(reference)) {
            return Answer.UNKNOWN;
        }
        try {
            writeIfPending(hash(reference));
            // Another node may answer the same pathway meanwhile: the write only lands on the row as read, so it is
            // read again and retried rather than overwriting that answer.
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Optional<FollowUpReference> row = dao.find(tenant, hash(reference));
                if (row.isEmpty()) {
                    return Answer.UNKNOWN;
                }
                Answer answer = answer(followed(reference, row.get()), row.get().answered(), service, outcome);
                if (answer != null) {
                    return answer;
                }
            }
        } catch (JdbiException e) {
            throw UnavailableException.store("The answer", e);
        }
        throw UnavailableException.store("The answer", new IllegalStateException("the row changed under every one of "
                + ATTEMPTS + " writes"));
    }

    /** A reference still in the batch is written now, so its answer can land on a stored row. */
    private void writeIfPending(String hash) {
        FollowUpReference waiting = pending.get(hash);
        if (waiting != null) {
            dao.insertAllIfAbsent(tenant, List.of(waiting));
            pending.remove(hash, waiting);
        }
    }

    /** The answer, or null when the row changed since it was read. */
    private Answer answer(Followed f, String storedAnswers, String service, Outcome outcome) {
        if (f.expired()) {
            return Answer.EXPIRED;
        }
        int position = -1;
        for (int i = 0; i < f.steps().size() && position < 0; i++) {
            if (f.steps().get(i).service().equals(service)) {
                position = i;
            }
        }
        if (position < 0) {
            return Answer.NO_SUCH_STEP;
        }
        FollowedStep step = f.steps().get(position);
        if (step.crisis()) {
            return Answer.NO_SUCH_STEP;
        }
        if (step.answered().contains(outcome.name())) {
            return Answer.ALREADY_COUNTED;
        }
        List<String> replaced = step.answered().stream().filter(a -> outcome.replaces(Outcome.valueOf(a))).toList();
        List<Set<String>> after = new ArrayList<>();
        f.steps().forEach(s -> after.add(new TreeSet<>(s.answered())));
        after.get(position).removeAll(replaced);
        after.get(position).add(outcome.name());
        List<OutcomeCount> moved = new ArrayList<>();
        boolean first = step.answered().isEmpty();
        for (String[] line : lines(step)) {
            moved.add(new OutcomeCount(f.isoWeek(), f.centre(), line[0], line[1], outcome.name(), 1));
            replaced.forEach(old -> moved.add(new OutcomeCount(f.isoWeek(), f.centre(), line[0], line[1], old, -1)));
            if (first) {
                moved.add(new OutcomeCount(f.isoWeek(), f.centre(), line[0], line[1], FOLLOWED_UP, 1));
            }
        }
        return dao.answer(tenant, hash(f.reference()), storedAnswers, json(after), moved) ? Answer.COUNTED : null;
    }

    /** The evaluation's lines a step's answer counts on: its service and each of its rules. */
    private static List<String[]> lines(FollowedStep step) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {SERVICE, step.service()});
        step.rules().forEach(rule -> lines.add(new String[] {RULE, rule}));
        return lines;
    }

    /** Counts an answer that is not tied to a reference (a journal system's CDS Hooks feedback). */
    public void countFeedback(String centre, String service, List<String> rules, String measure) {
        String week = SuggestionCounter.isoWeek(today());
        String where = centre == null ? SuggestionCounter.NO_CENTRE : centre;
        count(week, where, SERVICE, service, measure);
        rules.forEach(rule -> count(week, where, RULE, rule, measure));
    }

    /** Writes new references (one batch) and counts; on failure they wait for the next flush. */
    public synchronized void flush() {
        List<FollowUpReference> taking = List.copyOf(pending.values());
        if (!taking.isEmpty()) {
            // If-absent: an answer may have written its own reference ahead of the batch.
            dao.insertAllIfAbsent(tenant, taking);
            taking.forEach(r -> pending.remove(r.referenceHash()));
        }
        List<OutcomeCount> rows = pendingCounts.take((key, n) -> new OutcomeCount(key.isoWeek(), key.centre(), key.kind(),
                key.code(), key.measure(), n));
        if (rows.isEmpty()) {
            return;
        }
        try {
            counts.add(tenant, rows);
        } catch (RuntimeException e) {
            rows.forEach(r -> pendingCounts.restore(new OutcomeCount(r.isoWeek(), r.centre(), r.kind(), r.code(), r.measure(), 0),
                    r.count()));
            throw e;
        }
    }

    /** Deletes references past their retention; the counts they fed stay. */
    public int deleteExpired() {
        flush();
        return dao.deleteExpired(tenant, today().toString());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SWEDEN));
    }

    private void count(String week, String centre, String kind, String code, String measure) {
        pendingCounts.add(new OutcomeCount(week, centre, kind, code, measure, 0));
    }

    private static List<FollowedStep> steps(FollowUpReference row) {
        try {
            List<FollowedStep> steps = JSON.readValue(row.steps(), STEPS);
            List<Set<String>> answered = JSON.readValue(row.answered(), ANSWERS);
            List<FollowedStep> merged = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                FollowedStep s = steps.get(i);
                merged.add(new FollowedStep(s.service(), s.urgency(), s.rules(), i < answered.size() ? answered.get(i) : Set.of(),
                        s.crisis(), s.lines()));
            }
            return merged;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a follow-up row that Lotsen wrote cannot be read back", e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parent's language as the reference carries it, or null. */
    static String languageOf(String reference) {
        int dot = reference.indexOf('.');
        return dot < 0 ? null : reference.substring(dot + 1);
    }

    static boolean wellFormed(String reference) {
        return reference != null && reference.matches("[A-Za-z0-9_-]{22}(\\.[a-z]{2,3})?");
    }

    static String hash(String reference) {
        return HexFormat.of().formatHex(SHA_256.get().digest(reference.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
