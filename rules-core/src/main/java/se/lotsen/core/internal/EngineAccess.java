package se.lotsen.core.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.lotsen.core.Evaluation;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.RiskLevel;
import se.lotsen.core.Severity;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.vocabulary.Family;

/**
 * The engine's own way to what the public API must not offer: building a {@link Family} and giving it its weighed
 * risk, and evaluating a family that validation generated without validating the request again. Those members are
 * private in their public classes, so neither embedding code nor a rule file can reach them; each class hands its
 * part to this one when it is initialised (the pattern of the JDK's {@code SharedSecrets}).
 */
public final class EngineAccess {
    /** What {@link Family} lets the engine do. */
    public interface Families {
        Family create(int ageMonths, int ageWeeks, boolean inPreschoolClass, boolean nearPreschoolClassStart, Set<RiskFactor> risks,
                      Set<ProtectiveFactor> protections, Map<NeedCategory, Severity> needs, boolean selfHarmThoughts,
                      boolean epdsPositive, String language, String centre);

        Family withRisk(Family family, RiskLevel level, int score);
    }

    /** What {@link PathwayEngine} lets Lotsen's validation do. */
    public interface Engines {
        Evaluation evaluateGenerated(PathwayEngine engine, SuggestionRequest request, LocalDate date);
    }

    private static volatile Families families;
    private static volatile Engines engines;

    private EngineAccess() {
    }

    /** Called once, from {@link Family}'s initialiser. */
    public static void install(Families access) {
        synchronized (EngineAccess.class) {
            if (families != null) {
                throw new IllegalStateException("Family's access is installed already");
            }
            families = Objects.requireNonNull(access);
        }
    }

    /** Called once, from {@link PathwayEngine}'s initialiser. */
    public static void install(Engines access) {
        synchronized (EngineAccess.class) {
            if (engines != null) {
                throw new IllegalStateException("PathwayEngine's access is installed already");
            }
            engines = Objects.requireNonNull(access);
        }
    }

    public static Families families() {
        if (families == null) {
            initialise(Family.class);
        }
        return families;
    }

    /**
     * Like {@link PathwayEngine#evaluate} for a family that validation generated, which is a valid request by
     * construction (the generator's own test holds that): the request's bean validation, most of an evaluation's
     * cost, is skipped. Never for a request that came from outside.
     */
    public static Evaluation evaluateGenerated(PathwayEngine engine, SuggestionRequest request, LocalDate date) {
        if (engines == null) {
            initialise(PathwayEngine.class);
        }
        return engines.evaluateGenerated(engine, request, date);
    }

    private static void initialise(Class<?> type) {
        try {
            Class.forName(type.getName(), true, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
