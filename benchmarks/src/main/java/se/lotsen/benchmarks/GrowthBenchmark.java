package se.lotsen.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.lotsen.catalog.RuleSetFiles;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.Pathway;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.SuggestionRequest;

/**
 * How cost grows with the routing table: the default rule set with its table replaced by N
 * generated rows. Compile time and heap after compile are measured once per size in setup and
 * appended to {@code target/growth.csv}; suggest time is the benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class GrowthBenchmark {
    @Param({"10", "100", "1000", "10000"})
    public int rows;

    private PathwayEngine engine;
    private final SuggestionRequest request = SuggestionRequest.builder().childAgeMonths(30)
            .need(NeedCategory.SLEEP).need(NeedCategory.FINANCES).build();

    @Setup(Level.Trial)
    public void compile() throws Exception {
        Map<String, byte[]> files = new TreeMap<>(RuleSetFiles.readDefault().files());
        files.put("tables/routing.drl.csv", table(rows).getBytes(StandardCharsets.UTF_8));
        var ruleSet = RuleSetFiles.of("generated", files).toRuleSet();
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        engine = PathwayEngine.builder().ruleSet(ruleSet).build();
        long compileMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        long heapAfter = usedHeap();
        Path out = Path.of(System.getProperty("lotsen.growth.csv", "target/growth.csv"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, rows + "," + compileMillis + "," + (heapAfter / (1024 * 1024)) + ","
                + Math.max(0, (heapAfter - heapBefore) / (1024 * 1024)) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Benchmark
    public Pathway suggest() {
        return engine.suggest(request);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** N rows spread over the needs and narrow age windows, like a municipality with many local services. */
    static String table(int rows) {
        // The default table's header rows (rule set, imports, column templates, labels), then N generated rows.
        String defaults = new String(RuleSetFiles.readDefault().files().get("tables/routing.drl.csv"), StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder(defaults.substring(0, defaults.indexOf("\nRegel,") + 1));
        csv.append(defaults.lines().filter(l -> l.startsWith("Regel,")).findFirst().orElseThrow()).append('\n');
        NeedCategory[] needs = NeedCategory.values();
        String[] services = {"BVC_NURSE", "OPEN_PRESCHOOL", "CENTRE_SOCIAL_WORKER", "PARENT_GROUP_ICDP", "LIBRARY_LANGUAGE"};
        for (int i = 0; i < rows; i++) {
            NeedCategory need = needs[i % needs.length];
            int from = (i / needs.length) % 84 - 1;
            csv.append("generated-").append(i).append(',').append(need).append(",,,,").append(from).append(',')
                    .append(Math.min(83, from + 6)).append(',').append(services[i % services.length])
                    .append(",ROUTINE,UNIVERSAL,Genererad rad ").append(i).append(",Generated row ").append(i).append('\n');
        }
        return csv.toString();
    }
}
