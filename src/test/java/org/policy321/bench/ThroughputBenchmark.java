package org.policy321.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 6, benchmark: what the product costs in throughput beside the bare engine it runs on.
 *
 * <p>For each database, one application (profile {@code bench}: the application's own engine
 * configuration — history full, authorization on — with the job executor off, the driver executing
 * the jobs in its own threads) runs on one database:
 * (a) the bare engine completing {@code bench/bench-bare.bpmn}, four user tasks and nothing else, and
 * (b) the depiction approval approved after one inquiry round, three PDF/A documents included;
 * first a warm-up of both, then N instances of each on 1 and on 4 threads. It prints instances per
 * second, the time per instance and the ratio (b)/(a), the time per generated document and the
 * heap's peak per phase; wall-clock and CPU time, since on a shared machine the other processes'
 * load stretches the first.
 *
 * <p>Not a test. {@code mvn -Pbench verify} (see README "Benchmark"); settings as system
 * properties: {@code bench.db} ({@code h2}, {@code postgres} or both, comma-separated),
 * {@code bench.instances} (200), {@code bench.warmup} (40), {@code bench.threads} (1,4).
 */
public final class ThroughputBenchmark {

  private ThroughputBenchmark() {}

  public static void main(String[] args) {
    List<String> databases = list(System.getProperty("bench.db", "h2,postgres"));
    int instances = Integer.getInteger("bench.instances", 200);
    int warmup = Integer.getInteger("bench.warmup", 40);
    List<Integer> threadCounts = list(System.getProperty("bench.threads", "1,4")).stream().map(Integer::valueOf).toList();
    System.out.printf(Locale.ROOT, "Benchmark: %d instances per phase, %d warm-up, threads %s; %d processors, max heap %d MB, %s%n",
        instances, warmup, threadCounts, Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / 1024 / 1024, ManagementFactory.getRuntimeMXBean().getVmName()
            + " " + System.getProperty("java.version"));
    for (String database : databases) {
      report(database, run(database, instances, warmup, threadCounts));
    }
    System.exit(0); // the embedded PostgreSQL stops in Spring Boot's shutdown handler
  }

  private static List<PhaseResult> run(String database, int instances, int warmup, List<Integer> threadCounts) {
    DocumentTimer documentTimer = new DocumentTimer();
    try (ConfigurableApplicationContext context = start(database, documentTimer)) {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      engine.getRepositoryService().createDeployment().name("benchmark baseline")
          .addClasspathResource(BareProcessDriver.RESOURCE).deploy();
      ProcessSteps steps = new ProcessSteps(engine);
      InstanceDriver bare = new BareProcessDriver(steps);
      InstanceDriver product = new DepictionApprovalDriver(steps);
      PhaseRunner runner = new PhaseRunner(engine.getHistoryService(), documentTimer);

      // Warm-up: the JIT compiles the hot paths, caches fill, the approval counter row exists.
      runner.run(bare, warmup, 1);
      runner.run(product, warmup, 1);

      List<PhaseResult> results = new ArrayList<>();
      for (int threads : threadCounts) {
        results.add(runner.run(bare, instances, threads));
        PhaseResult full = runner.run(product, instances, threads);
        if (full.documents() != (long) instances * DepictionApprovalDriver.DOCUMENTS_PER_INSTANCE) {
          throw new IllegalStateException("Expected " + DepictionApprovalDriver.DOCUMENTS_PER_INSTANCE
              + " documents per instance, got " + full.documents() + " for " + instances);
        }
        results.add(full);
      }
      return results;
    }
  }

  /**
   * The whole application (its web server on a free port, unused: the benchmark calls the engine's
   * Java API, where Tasklist's and REST clients' calls end up), on a fresh database: an H2 file under target/bench, or a
   * database of its own on an embedded PostgreSQL (profile pg-test, as the PostgreSQL test run).
   */
  private static ConfigurableApplicationContext start(String database, DocumentTimer documentTimer) {
    return ProductApplication.start(BenchDatabase.fresh(database, "h2"),
        context -> context.getBeanFactory().addBeanPostProcessor(documentTimer));
  }

  private static void report(String database, List<PhaseResult> results) {
    System.out.println();
    System.out.println("== " + database);
    System.out.println(PhaseResult.header());
    results.forEach(result -> System.out.println(result.row()));
    for (int i = 0; i + 1 < results.size(); i += 2) {
      PhaseResult bare = results.get(i);
      PhaseResult full = results.get(i + 1);
      System.out.printf(Locale.ROOT, "%s, %d thread(s): (b)/(a) time per instance = %.2f (%.1f ms vs %.1f ms),"
              + " CPU time per instance = %.2f (%.1f ms vs %.1f ms)%n",
          database, bare.threads(), full.millisPerInstance() / bare.millisPerInstance(), full.millisPerInstance(),
          bare.millisPerInstance(), full.cpuMillisPerInstance() / bare.cpuMillisPerInstance(),
          full.cpuMillisPerInstance(), bare.cpuMillisPerInstance());
    }
  }

  private static List<String> list(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
