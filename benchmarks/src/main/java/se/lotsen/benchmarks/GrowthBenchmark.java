package se.lotsen.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import se.lotsen.core.NeedCategory;
import se.lotsen.core.Pathway;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.Tier;
import se.lotsen.core.Urgency;
import se.lotsen.core.ruleset.RoutingRow;
import se.lotsen.policy.BaseResolver;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.RuleSetLoader;
import se.lotsen.policy.tables.RoutingTableWriter;

/**
 * How cost grows with the routing table: the default rule set with its table replaced by N
 * generated rows. Load-and-compile time and heap after compile are measured once per size in setup
 * and appended to {@code target/growth.csv}; suggest time is the benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class GrowthBenchmark {
    @Param({"10", "100", "1000", "10000"})
    public int rows;

    /**
     * centres: rows spread over family centres (20 rows a centre), so a family matches about as many rows at any
     * size, like many municipalities' local services; ages: every row for every centre, so the rows a family
     * matches (and the reasons its pathway carries) grow with the table.
     */
    @Param({"centres", "ages"})
    public String layout;

    private PathwayEngine engine;
    private List<SuggestionRequest> mix;
    private int next;

    @Setup(Level.Trial)
    public void compile() throws Exception {
        Map<String, byte[]> files = new TreeMap<>(RuleSetFiles.readDefault().files());
        files.remove("tables/routing.xlsx");
        int centres = "centres".equals(layout) ? Math.max(1, rows / ROWS_PER_CENTRE) : 0;
        files.put("tables/routing.csv", RoutingTableWriter.csv(table(rows, centres)).getBytes(StandardCharsets.UTF_8));
        files.put(RuleSetFiles.CATALOG, withCentres(new String(files.get(RuleSetFiles.CATALOG), StandardCharsets.UTF_8), centres)
                .getBytes(StandardCharsets.UTF_8));
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        RuleSetLoader.Loaded loaded = RuleSetLoader.load(RuleSetFiles.of("generated", files), BaseResolver.bundled(), LocalDate.now());
        engine = PathwayEngine.builder().ruleSet(loaded.ruleSet()).build();
        long compileMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        long heapAfter = usedHeap();
        mix = centres == 0 ? Mix.requests(200) : Mix.requests(200).stream().map(r -> atCentre(r, centre(r.hashCode(), centres)))
                .toList();
        Path out = Path.of(System.getProperty("lotsen.growth.csv", "target/growth.csv"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, rows + "," + compileMillis + "," + (heapAfter / (1024 * 1024)) + ","
                + Math.max(0, (heapAfter - heapBefore) / (1024 * 1024)) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Benchmark
    public Pathway suggest() {
        return engine.suggest(mix.get(next++ % mix.size()));
    }

    private static String centre(int i, int centres) {
        return "FC_GEN_" + Math.floorMod(i, centres);
    }

    private static SuggestionRequest atCentre(SuggestionRequest r, String centre) {
        return new SuggestionRequest(r.childAgeMonths(), r.expecting(), r.needs(), r.riskFactors(), r.protectiveFactors(),
                r.screenings(), r.language(), centre);
    }

    /** The catalog with the generated family centres added. */
    private static String withCentres(String catalog, int centres) {
        StringBuilder added = new StringBuilder("centres:\n");
        for (int i = 0; i < centres; i++) {
            added.append("  - { id: FC_GEN_").append(i).append(", name: { sv: \"Centrum ").append(i).append("\", en: \"Centre ")
                    .append(i).append("\" } }\n");
        }
        return catalog.replaceFirst("(?m)^centres:\n", added.toString());
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static final int ROWS_PER_CENTRE = 20;

    /** N rows over the needs and narrow age windows; with centres, each row for one of them. */
    static List<RoutingRow> table(int rows, int centres) {
        NeedCategory[] needs = NeedCategory.values();
        String[] services = {"CENTRE_SOCIAL_WORKER", "PARENT_GROUP_ICDP", "LIBRARY_LANGUAGE", "FAMILY_THERAPIST"};
        List<RoutingRow> table = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            NeedCategory need = needs[i % needs.length];
            int from = (i / needs.length) % 84 - 1;
            table.add(new RoutingRow("generated-" + i, 0, need, null, null, from, Math.min(83, from + 6), null, null, null, null,
                    null, centres == 0 ? null : centre(i, centres), services[i % services.length], Urgency.ROUTINE, Tier.UNIVERSAL, "Genererad rad " + i,
                    "Generated row " + i));
        }
        return table;
    }
}
