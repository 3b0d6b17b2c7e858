package org.policy321.bench.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * With {@code bench.profile} set to a folder, records each read's timed calls with Java Flight Recorder (the JDK's
 * "profile" settings, CPU samples every 10 ms), one file per application, checkpoint and read, to see where a
 * request's time goes ({@code jfr print --events jdk.ExecutionSample FILE}). Without it, only times the read.
 */
final class Profiling {

  private static final String FOLDER = System.getProperty("bench.profile", "");

  private Profiling() {}

  static Timing timed(String app, long size, String read, Supplier<Timing> timing) {
    if (FOLDER.isBlank()) {
      return timing.get();
    }
    try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
      recording.setSettings(withSettings(recording.getSettings()));
      recording.start();
      Timing result = timing.get();
      recording.stop();
      Path folder = Files.createDirectories(Path.of(FOLDER));
      recording.dump(folder.resolve(String.format(Locale.ROOT, "%s-%d-%s.jfr", app, size, read.replace(' ', '-'))));
      return result;
    } catch (IOException | ParseException e) {
      throw new IllegalStateException("Cannot record " + read + " to " + FOLDER, e);
    }
  }

  /** Samples every millisecond, and every socket read (the database's answers) however short. */
  private static Map<String, String> withSettings(Map<String, String> settings) {
    settings.put("jdk.ExecutionSample#period", "1 ms");
    settings.put("jdk.SocketRead#threshold", "0 ms");
    return settings;
  }
}
