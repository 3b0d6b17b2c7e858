package org.policy321.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A fresh database for one application of a benchmark: an H2 file under target/bench (the file named,
 * so its size can be read), or a database of its own on the embedded PostgreSQL (profile pg-test, as
 * the PostgreSQL test run; {@code org.policy321.testing.PostgresTestDatabase}).
 *
 * @param profiles Spring profiles the database needs, besides the benchmark's own
 * @param settings command-line settings ({@code --key=value}) the database needs
 * @param h2File the H2 file, or null on PostgreSQL
 */
public record BenchDatabase(String name, List<String> profiles, List<String> settings, Path h2File) {

  /** @param name {@code h2} or {@code postgres}; @param filePrefix names the H2 file */
  public static BenchDatabase fresh(String name, String filePrefix) {
    return switch (name) {
      case "h2" -> {
        String base = "./target/bench/" + filePrefix + "-" + UUID.randomUUID();
        yield new BenchDatabase(name, List.of(),
            // The application's own settings (application.yaml), on a file of its own.
            List.of("--spring.datasource.url=jdbc:h2:file:" + base
                + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"),
            Path.of(base + ".mv.db"));
      }
      case "postgres" -> new BenchDatabase(name, List.of("pg-test"), List.of(), null);
      default -> throw new IllegalArgumentException("bench.db: h2 or postgres, not " + name);
    };
  }

  /** The benchmark's profiles with this database's. */
  public String[] profilesWith(String... own) {
    List<String> all = new ArrayList<>(List.of(own));
    all.addAll(profiles);
    return all.toArray(String[]::new);
  }

  /** The given settings with this database's. */
  public String[] settingsWith(String... own) {
    List<String> all = new ArrayList<>(List.of(own));
    all.addAll(settings);
    return all.toArray(String[]::new);
  }
}
