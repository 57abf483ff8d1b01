package se.lotsen.core.internal;

import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.kie.api.KieBase;
import se.lotsen.core.ruleset.RuleFile;

/**
 * Compiled rule code, shared between rule sets whose printed DRL is the same: a server hosting many municipalities'
 * layers that change tables, catalog or weights but not rule files compiles those rules once. The key is the SHA-256
 * of the printed files (paths and text), so two rule sets share a KieBase only when Drools was handed the very same
 * text. A KieBase is immutable once built and safe to share; each engine keeps its own session pool over it. Entries
 * are weak: a KieBase no engine uses any more can be collected.
 */
final class SharedKieBases {
    private static final Map<String, WeakReference<KieBase>> SHARED = new ConcurrentHashMap<>();

    private SharedKieBases() {
    }

    /** The KieBase for these printed files: one already built for the same text, or {@code build}'s. */
    static KieBase get(List<RuleFile> printed, Function<List<RuleFile>, KieBase> build) {
        String key = key(printed);
        WeakReference<KieBase> known = SHARED.get(key);
        KieBase kieBase = known == null ? null : known.get();
        if (kieBase != null) {
            return kieBase;
        }
        KieBase built = build.apply(printed);
        SHARED.values().removeIf(ref -> ref.get() == null);
        // Two threads may build the same text at once; the first stored wins, the other's is used once and dropped.
        WeakReference<KieBase> stored = SHARED.merge(key, new WeakReference<>(built), (old, fresh) -> old.get() == null ? fresh : old);
        KieBase winner = stored.get();
        return winner == null ? built : winner;
    }

    /** How many distinct KieBases are shared now (for tests and the benchmark). */
    static int size() {
        SHARED.values().removeIf(ref -> ref.get() == null);
        return SHARED.size();
    }

    private static String key(List<RuleFile> printed) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : printed) {
                digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
