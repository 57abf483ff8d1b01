package se.lotsen.api.followup;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import se.lotsen.api.db.FollowUpDao;
import se.lotsen.api.db.FollowUpReference;
import se.lotsen.api.db.FollowUpStep;
import se.lotsen.api.db.OutcomeCount;
import se.lotsen.api.db.OutcomeCountDao;
import se.lotsen.api.stats.PendingCounts;
import se.lotsen.api.stats.SuggestionCounter;
import se.lotsen.core.Pathway;
import se.lotsen.core.Reason;
import se.lotsen.core.Step;

/**
 * Anonymous follow-up. Each pathway gets a reference: 128 random bits the parent holds (on the
 * handout, as a link and a QR code), with the parent's language appended so the page can speak it
 * without the store knowing it. The store keeps only the reference's SHA-256, the ISO week, the
 * centre and each step's service, urgency and rules; answers are counted by week, centre, service
 * and rule, each outcome once per step. New references are written in batches, so a suggestion never
 * waits for the disk; one not yet written is found in memory.
 */
public final class FollowUps {
    public static final String SERVICE = "SERVICE";
    public static final String RULE = "RULE";
    public static final String SUGGESTED = "SUGGESTED";
    public static final String FOLLOWED_UP = "FOLLOWED_UP";
    // One generator and one digest a thread: the shared ones serialise every suggestion behind a lock.
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(FollowUps::sha256);
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final FollowUpDao dao;
    private final OutcomeCountDao counts;
    private final Clock clock;
    private final Duration retention;
    private final ConcurrentMap<String, Pending> pending = new ConcurrentHashMap<>();
    private final PendingCounts<OutcomeCount> pendingCounts;

    public FollowUps(FollowUpDao dao, OutcomeCountDao counts, Clock clock, Duration retention) {
        this.dao = dao;
        this.counts = counts;
        this.clock = clock;
        this.retention = retention;
        this.pendingCounts = new PendingCounts<>(key -> key.isoWeek().compareTo(SuggestionCounter.isoWeek(
                LocalDate.now(clock.withZone(SWEDEN)).minusWeeks(1))) < 0);
    }

    private record Pending(FollowUpReference reference, List<FollowUpStep> steps) {
    }

    /** A followed-up pathway as the parent's page needs it. */
    public record Followed(String reference, String language, String isoWeek, String centre, LocalDate expiresOn,
                           boolean expired, List<FollowUpStep> steps) {
        /** The last ISO week the reference answers in. */
        public String expiresWeek() {
            return SuggestionCounter.isoWeek(expiresOn);
        }
    }

    /** What an answer came to. */
    public enum Answer { COUNTED, ALREADY_COUNTED, NO_SUCH_STEP, UNKNOWN, EXPIRED }

    /** Opens follow-up for a pathway and returns its reference; counts every step as suggested. */
    public String open(Pathway pathway, String centre, String language) {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        String reference = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)
                + (language == null ? "" : "." + language);
        LocalDate today = LocalDate.now(clock.withZone(SWEDEN));
        String week = SuggestionCounter.isoWeek(today);
        String where = centre == null ? SuggestionCounter.NO_CENTRE : centre;
        // Expiry is counted from the start of the ISO week, so the store never holds a day finer than the week.
        LocalDate expires = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(retention.toDays());
        String hash = hash(reference);
        List<FollowUpStep> steps = new ArrayList<>();
        for (Step step : pathway.steps()) {
            if (step.safeguarding()) {
                // Safeguarding is staff's to act on at once, in person; it never goes on a paper the parent takes home,
                // where the person who uses violence may read it.
                continue;
            }
            String rules = String.join(",", new TreeSet<>(step.reasons().stream().map(Reason::ruleId).toList()));
            steps.add(new FollowUpStep(hash, step.order(), step.service().id(), step.urgency().name(), rules, ""));
            count(week, where, SERVICE, step.service().id(), SUGGESTED);
            for (String rule : rules.split(",")) {
                count(week, where, RULE, rule, SUGGESTED);
            }
        }
        pending.put(hash, new Pending(new FollowUpReference(hash, week, where, expires.toString()), steps));
        return reference;
    }

    public Optional<Followed> find(String reference) {
        if (!wellFormed(reference)) {
            return Optional.empty();
        }
        String hash = hash(reference);
        Pending waiting = pending.get(hash);
        Optional<FollowUpReference> stored = waiting != null ? Optional.of(waiting.reference()) : dao.find(hash);
        return stored.map(r -> new Followed(reference, languageOf(reference), r.isoWeek(), r.centre(),
                LocalDate.parse(r.expiresOn()), expired(r),
                waiting != null ? waiting.steps() : dao.steps(hash)));
    }

    /** Records an outcome for the step to {@code service}; each outcome is counted once per step. */
    public synchronized Answer answer(String reference, String service, Outcome outcome) {
        flush();
        Optional<Followed> followed = find(reference);
        if (followed.isEmpty()) {
            return Answer.UNKNOWN;
        }
        if (followed.get().expired()) {
            return Answer.EXPIRED;
        }
        Optional<FollowUpStep> step = followed.get().steps().stream().filter(s -> s.service().equals(service)).findFirst();
        if (step.isEmpty()) {
            return Answer.NO_SUCH_STEP;
        }
        FollowUpStep s = step.get();
        Set<String> answered = new TreeSet<>(s.answered().isEmpty() ? List.of() : List.of(s.answered().split(",")));
        if (!answered.add(outcome.name())) {
            return Answer.ALREADY_COUNTED;
        }
        if (dao.markAnswered(s.referenceHash(), s.position(), s.answered(), String.join(",", answered)) != 1) {
            return Answer.ALREADY_COUNTED;
        }
        Followed f = followed.get();
        boolean first = s.answered().isEmpty();
        count(f.isoWeek(), f.centre(), SERVICE, s.service(), outcome.name());
        if (first) {
            count(f.isoWeek(), f.centre(), SERVICE, s.service(), FOLLOWED_UP);
        }
        for (String rule : s.rules().split(",")) {
            count(f.isoWeek(), f.centre(), RULE, rule, outcome.name());
            if (first) {
                count(f.isoWeek(), f.centre(), RULE, rule, FOLLOWED_UP);
            }
        }
        flush();
        return Answer.COUNTED;
    }

    /** Counts an answer that is not tied to a reference (a journal system's CDS Hooks feedback). */
    public void countFeedback(String centre, String service, List<String> rules, String measure) {
        String week = SuggestionCounter.isoWeek(LocalDate.now(clock.withZone(SWEDEN)));
        String where = centre == null ? SuggestionCounter.NO_CENTRE : centre;
        count(week, where, SERVICE, service, measure);
        rules.forEach(rule -> count(week, where, RULE, rule, measure));
    }

    /** Writes new references and counts; on failure they wait for the next flush. */
    public synchronized void flush() {
        Map<String, Pending> taking = new LinkedHashMap<>(pending);
        if (!taking.isEmpty()) {
            List<FollowUpReference> references = new ArrayList<>();
            List<FollowUpStep> steps = new ArrayList<>();
            taking.values().forEach(p -> {
                references.add(p.reference());
                steps.addAll(p.steps());
            });
            dao.createAll(references, steps);
            taking.keySet().forEach(pending::remove);
        }
        List<OutcomeCount> rows = pendingCounts.take((key, n) -> new OutcomeCount(key.isoWeek(), key.centre(), key.kind(),
                key.code(), key.measure(), n));
        if (rows.isEmpty()) {
            return;
        }
        try {
            counts.add(rows);
        } catch (RuntimeException e) {
            rows.forEach(r -> pendingCounts.restore(new OutcomeCount(r.isoWeek(), r.centre(), r.kind(), r.code(), r.measure(), 0),
                    r.count()));
            throw e;
        }
    }

    /** Deletes references past their retention; the counts they fed stay. */
    public int deleteExpired() {
        flush();
        return dao.deleteExpired(LocalDate.now(clock.withZone(SWEDEN)).toString());
    }

    private boolean expired(FollowUpReference reference) {
        return LocalDate.parse(reference.expiresOn()).isBefore(LocalDate.now(clock.withZone(SWEDEN)));
    }

    private void count(String week, String centre, String kind, String code, String measure) {
        pendingCounts.add(new OutcomeCount(week, centre, kind, code, measure, 0));
    }

    /** The parent's language as the reference carries it, or null. */
    static String languageOf(String reference) {
        int dot = reference.indexOf('.');
        return dot < 0 ? null : reference.substring(dot + 1);
    }

    static boolean wellFormed(String reference) {
        return reference != null && reference.matches("[A-Za-z0-9_-]{22}(\\.[a-z]{2})?");
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
