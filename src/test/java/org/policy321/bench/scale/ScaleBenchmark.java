package org.policy321.bench.scale;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.policy321.bench.BenchDatabase;
import org.policy321.bench.HeapPeak;
import org.policy321.bench.ProductApplication;
import org.policy321.bench.scale.bare.BareCamundaApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 18, benchmark: the product at a department's scale, beside a bare Camunda application at the same size.
 *
 * <p>Per database, one after the other (both register Camunda's engine "default", which the REST API looks up
 * JVM-wide, so they never run at the same time): the whole application on a fresh database fills years of a
 * department of a hundred officers through the engine ({@link DepartmentCases}), up to each checkpoint of
 * {@code bench.cases}, keeps {@code bench.open} memos waiting for the Chief, and at each checkpoint times over
 * HTTP the reads of Tasklist, the approvals page and the auditor ({@link ProductUnderTest}), and measures the
 * database and the heap. Then the whole application again on a fresh database with only the four-task bare
 * process ("platform": the product's filters, authentication, plugins and guards without the policy's processes),
 * and last the bare Camunda application ({@link BareCamundaApplication}) with the same bare process
 * ({@link BareUnderTest}). {@link ScaleReport} prints the ratios: product ÷ platform is the policy's own work per
 * request, platform ÷ bare what the application's platform adds to Camunda's.
 *
 * <p>Not a test. {@code mvn -Pbench verify -Dbench.main=scale} (README "Benchmark"); settings as system
 * properties: {@code bench.db} (h2, postgres or both), {@code bench.apps} (product,platform,bare),
 * {@code bench.cases} (checkpoints, 1000,10000), {@code bench.open} (500), {@code bench.samples} (100),
 * {@code bench.warmup} (calls of each read before any is timed; README gives 200), {@code bench.workers} (2),
 * {@code bench.profile} (a folder for flight recordings of each read, see {@link Profiling}).
 */
public final class ScaleBenchmark {

  private ScaleBenchmark() {}

  public static void main(String[] args) {
    List<String> databases = list(System.getProperty("bench.db", "h2"));
    List<String> apps = list(System.getProperty("bench.apps", "product,platform,bare"));
    List<Long> checkpoints = list(System.getProperty("bench.cases", "1000,10000")).stream().map(Long::valueOf).toList();
    Settings settings = new Settings(checkpoints, Integer.getInteger("bench.open", 500),
        Integer.getInteger("bench.warmup", 200), Integer.getInteger("bench.samples", 100),
        Integer.getInteger("bench.workers", 2));
    System.out.printf(Locale.ROOT, "Scale benchmark: checkpoints %s, %d open tasks, %d warm-up and %d samples per read,"
            + " %d generating threads; %d processors, max heap %d MB, %s %s%n", checkpoints, settings.open(),
        settings.warmup(), settings.samples(), settings.workers(), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / 1024 / 1024, ManagementFactory.getRuntimeMXBean().getVmName(),
        System.getProperty("java.version"));
    Map<String, List<Checkpoint>> byDatabase = new LinkedHashMap<>();
    for (String database : databases) {
      List<Checkpoint> results = new ArrayList<>();
      if (apps.contains("product")) {
        results.addAll(run(BenchDatabase.fresh(database, "scale-product"), ProductApplication::start,
            ProductUnderTest::new, settings));
      }
      if (apps.contains("platform")) {
        results.addAll(run(BenchDatabase.fresh(database, "scale-platform"), ProductApplication::start,
            BareUnderTest::onProduct, settings));
      }
      if (apps.contains("bare")) {
        results.addAll(run(BenchDatabase.fresh(database, "scale-bare"), ScaleBenchmark::bare,
            BareUnderTest::inBareApp, settings));
      }
      byDatabase.put(database, results);
      ScaleReport.print(database, results, checkpoints);
    }
    System.exit(0); // the embedded PostgreSQL stops in Spring Boot's shutdown handler
  }

  record Settings(List<Long> checkpoints, int open, int warmup, int samples, int workers) {}

  private static ConfigurableApplicationContext bare(BenchDatabase database) {
    List<String> args = new ArrayList<>(List.of(BareCamundaApplication.SETTINGS));
    args.addAll(database.settings());
    return new SpringApplicationBuilder(BareCamundaApplication.class).profiles(database.profilesWith(BareCamundaApplication.PROFILE))
        .run(args.toArray(String[]::new));
  }

  private static List<Checkpoint> run(BenchDatabase database,
      Function<BenchDatabase, ConfigurableApplicationContext> starter,
      BiFunction<ConfigurableApplicationContext, Integer, AppUnderTest> appOf, Settings settings) {
    try (ConfigurableApplicationContext context = starter.apply(database)) {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      ProcessEngines.registerProcessEngine(engine); // the REST API serves the engine registered under its name
      AppUnderTest app = appOf.apply(context, settings.workers());
      RestClient rest = new RestClient(((ServletWebServerApplicationContext) context).getWebServer().getPort());
      DataSource dataSource = context.getBean(DataSource.class);
      HeapPeak heap = new HeapPeak();
      heap.reset();
      List<Checkpoint> results = new ArrayList<>();
      long done = 0;
      for (long size : settings.checkpoints()) {
        long start = System.nanoTime();
        app.finishCases(size - done);
        double rate = (size - done) / ((System.nanoTime() - start) / 1e9);
        done = size;
        app.keepOpenTasks(settings.open());
        System.out.printf(Locale.ROOT, "%s on %s: %d cases finished (%.1f cases/s), measuring%n", app.name(),
            database.name(), size, rate);
        Storage.settle(dataSource, database.h2File());
        Map<String, Read> reads = app.reads(rest, settings.warmup() + settings.samples());
        // Every read warmed before any is timed: they share the REST, security and engine code the JIT compiles.
        reads.values().forEach(read -> Timing.warm(read, settings.warmup()));
        Map<String, Timing> timings = new LinkedHashMap<>();
        reads.forEach((name, read) -> timings.put(name, Profiling.timed(app.name(), size, name,
            () -> Timing.of(read, settings.warmup(), settings.samples()))));
        Storage storage = Storage.of(dataSource, database.h2File());
        long peak = heap.peakBytes();
        System.gc();
        long afterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Checkpoint checkpoint = new Checkpoint(app.name(), size, timings, storage, app.uploadedBytes(), afterGc, peak, rate);
        results.add(checkpoint);
        // At once, so that a run stopped before its end has shown what it measured.
        timings.forEach((read, t) -> System.out.printf(Locale.ROOT, "  %s %d: %s p50 %.1f ms, p95 %.1f ms%n",
            app.name(), size, read, t.p50(), t.p95()));
        System.out.printf(Locale.ROOT, "  %s %d: %.0f bytes per case, %.0f document bytes per case%n", app.name(), size,
            checkpoint.bytesPerCase(), checkpoint.documentBytesPerCase());
        System.out.printf(Locale.ROOT, "  %s %d: largest tables (MB): %s%n", app.name(), size,
            Storage.largestTables(dataSource, database.h2File(), 10));
        heap.reset();
      }
      return results;
    } finally {
      if (database.h2File() != null) {
        // Closed: the product compacts its H2 file on shutdown (platform/config/H2CompactionOnShutdown).
        System.out.printf(Locale.ROOT, "%s: H2 file after shutdown %.1f MB%n", database.name(),
            database.h2File().toFile().length() / 1e6);
      }
    }
  }

  private static List<String> list(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
