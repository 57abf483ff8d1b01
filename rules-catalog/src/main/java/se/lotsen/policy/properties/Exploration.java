package se.lotsen.policy.properties;

import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.IntStream;
import se.lotsen.core.Evaluation;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.internal.EngineAccess;
import se.lotsen.policy.properties.Families.Sample;

/**
 * Asks the engine about every family of the grid and the random exploration, on every core, and
 * shows each answer to the observers (properties, analysis). Observers see families in any order
 * and from several threads; what they report must not depend on the order.
 */
public final class Exploration {
    private Exploration() {
    }

    /** Sees each evaluated family, or the rule set's failure on one. Called from several threads. */
    public interface Observer {
        void observe(Sample sample, Evaluation evaluation);

        default void failed(Sample sample, RuntimeException failure) {
        }
    }

    /**
     * How many families were asked about, and the first failures (by index) with their family.
     *
     * @param grid     families of the grid
     * @param random   families of the random exploration
     * @param failures the first few families the rule set failed on
     */
    public record Result(int grid, int random, List<Failure> failures) {
        public int explored() {
            return grid + random;
        }
    }

    public record Failure(Sample sample, String message) {
    }

    public static Result run(PathwayEngine engine, Families families, int randomCount, List<Observer> observers) {
        List<Sample> grid = families.grid();
        ConcurrentSkipListMap<Integer, Failure> failures = new ConcurrentSkipListMap<>();
        IntStream.range(0, grid.size() + randomCount).parallel().forEach(i -> {
            Sample sample = i < grid.size() ? grid.get(i) : families.random(i);
            try {
                Evaluation evaluation = EngineAccess.evaluateGenerated(engine, sample.request(), sample.date());
                for (Observer observer : observers) {
                    observer.observe(sample, evaluation);
                }
            } catch (RuntimeException failure) {
                if (failures.size() < 10) {
                    failures.put(i, new Failure(sample, failure.getMessage()));
                }
                for (Observer observer : observers) {
                    observer.failed(sample, failure);
                }
            }
        });
        return new Result(grid.size(), randomCount, List.copyOf(failures.values()).subList(0, Math.min(10, failures.size())));
    }
}
