package se.lotsen.benchmarks;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.lotsen.core.Pathway;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.internal.Evaluator;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.policy.RuleSetLoader;

/**
 * In-process suggest with the default rule set against the hand-coded baseline, on the same mix:
 * the same validation, facts, routing tables and assembly, with the DRL rules run by Drools
 * ({@code drools}) or written as Java ({@code handCoded}).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SuggestBenchmark {
    private PathwayEngine engine;
    private Evaluator baseline;
    private List<SuggestionRequest> mix;

    @State(Scope.Thread)
    public static class Cursor {
        int next;

        @Setup(Level.Iteration)
        public void reset() {
            next = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        RuleSet ruleSet = RuleSetLoader.defaultRuleSet();
        engine = PathwayEngine.builder().ruleSet(ruleSet).build();
        baseline = new Evaluator(ruleSet, new HandCodedRules(), Clock.systemUTC());
        mix = Mix.requests(500);
    }

    @Benchmark
    public Pathway drools(Cursor cursor) {
        return engine.suggest(mix.get(cursor.next++ % mix.size()));
    }

    @Benchmark
    public Pathway handCoded(Cursor cursor) {
        return baseline.suggest(mix.get(cursor.next++ % mix.size()));
    }
}
