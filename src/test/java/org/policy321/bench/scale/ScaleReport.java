package org.policy321.bench.scale;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints one database's results as Markdown tables, ready for README's "At a department's scale": per read the
 * product's p50/p95 at each checkpoint, its growth from the first to the last, the bare app's at the same sizes
 * and the ratio product/bare at the last; then storage and heap per checkpoint. Ratios are the figures to
 * compare: the machine is shared, absolute times vary from run to run.
 */
final class ScaleReport {

  private ScaleReport() {}

  static void print(String database, List<Checkpoint> results, List<Long> sizes) {
    long first = sizes.get(0);
    long last = sizes.get(sizes.size() - 1);
    StringBuilder out = new StringBuilder("\n== " + database + "\n\n| read (ms, p50 / p95) |");
    for (long size : sizes) {
      out.append(" product ").append(size).append(" |");
    }
    out.append(" product ").append(last).append("/").append(first).append(" (p50) |");
    for (long size : sizes) {
      out.append(" bare ").append(size).append(" |");
    }
    out.append(" bare ").append(last).append("/").append(first).append(" | **product/bare** ").append(last)
        .append(" (p50) |\n|").append(" --- |".repeat(2 * sizes.size() + 4)).append('\n');
    for (String read : AppUnderTest.READS) {
      out.append("| ").append(read).append(" |");
      for (long size : sizes) {
        out.append(' ').append(cell(timing(results, "product", size, read))).append(" |");
      }
      out.append(' ').append(ratio(timing(results, "product", last, read), timing(results, "product", first, read)))
          .append(" |");
      for (long size : sizes) {
        out.append(' ').append(cell(timing(results, "bare", size, read))).append(" |");
      }
      out.append(' ').append(ratio(timing(results, "bare", last, read), timing(results, "bare", first, read)))
          .append(" | **").append(ratio(timing(results, "product", last, read), timing(results, "bare", last, read)))
          .append("** |\n");
    }
    out.append(split(results, last));
    out.append("\n| app | cases | cases/s generated | tables MB (act_* + own; H2: without LOBs) | DB bytes/case (H2: file) | document bytes/case "
        + "| bytes/case ÷ doc bytes/case | engine byte arrays MB | H2 file MB (÷ tables) | heap after GC MB | heap peak MB |\n"
        + "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (Checkpoint c : results) {
      Storage s = c.storage();
      out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f (%.1f + %.1f) | %.0f | %.0f | %s | %.1f | %s | %.0f | %.0f |%n",
          c.app(), c.cases(), c.casesPerSecond(), mb(s.tableBytes()), mb(s.engineTableBytes()), mb(s.otherTableBytes()),
          c.bytesPerCase(), c.documentBytesPerCase(),
          !c.app().equals("product") ? "-" : String.format(Locale.ROOT, "%.2f", c.bytesPerCase() / c.documentBytesPerCase()),
          mb(s.byteArrayBytes()),
          s.h2FileBytes() < 0 ? "-" : String.format(Locale.ROOT, "%.1f (%.2f)", mb(s.h2FileBytes()),
              (double) s.h2FileBytes() / s.tableBytes()),
          mb(c.heapAfterGcBytes()), mb(c.heapPeakBytes())));
    }
    System.out.println(out);
  }

  /**
   * Where the product's time goes at the last checkpoint: the same calls on the same bare process in the bare app
   * and on the product's platform, then the policy's process in the product.
   */
  private static String split(List<Checkpoint> results, long last) {
    StringBuilder out = new StringBuilder("\n| read (p50 ms at " + last + ") | bare app | bare process on the product "
        + "(platform) | product | platform ÷ bare | product ÷ platform | product ÷ bare |\n"
        + "| --- | --- | --- | --- | --- | --- | --- |\n");
    for (String read : AppUnderTest.READS) {
      Optional<Timing> bare = timing(results, "bare", last, read);
      Optional<Timing> platform = timing(results, "platform", last, read);
      Optional<Timing> product = timing(results, "product", last, read);
      out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", read, p50(bare), p50(platform),
          p50(product), ratio(platform, bare), ratio(product, platform), ratio(product, bare)));
    }
    return out.toString();
  }

  private static String p50(Optional<Timing> timing) {
    return timing.map(t -> String.format(Locale.ROOT, "%.1f", t.p50())).orElse("-");
  }

  private static Optional<Timing> timing(List<Checkpoint> results, String app, long size, String read) {
    return results.stream().filter(c -> c.app().equals(app) && c.cases() == size).findFirst()
        .map(c -> c.timings().get(read));
  }

  private static String cell(Optional<Timing> timing) {
    return timing.map(t -> String.format(Locale.ROOT, "%.1f / %.1f", t.p50(), t.p95())).orElse("-");
  }

  private static String ratio(Optional<Timing> a, Optional<Timing> b) {
    return a.isPresent() && b.isPresent() ? String.format(Locale.ROOT, "%.2f", a.get().p50() / b.get().p50()) : "-";
  }

  private static double mb(long bytes) {
    return bytes / 1024.0 / 1024.0;
  }
}
