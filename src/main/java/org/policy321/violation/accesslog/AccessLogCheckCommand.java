package org.policy321.violation.accesslog;

import java.io.PrintStream;
import java.util.Arrays;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The access log check on the server, for a cron job or an auditor at a shell:
 * {@code java -jar target/….jar --policy.audit.check-access-log} (with the node's database settings) prints
 * the result and exits with 0 when every chain is intact, 1 when one is broken. The application starts with its web
 * server on a free loopback port and without job executor for it (PolicyEngineApplication), so it runs beside a
 * node that serves.
 */
@Component
public class AccessLogCheckCommand implements ApplicationRunner, ExitCodeGenerator {

  public static final String OPTION = "policy.audit.check-access-log";

  private final AccessLogChain chain;
  private PrintStream out = System.out;
  private int exitCode;

  AccessLogCheckCommand(AccessLogChain chain) {
    this.chain = chain;
  }

  /** Whether the command line asks for the check rather than for a running node. */
  public static boolean requested(String... args) {
    return Arrays.asList(args).contains("--" + OPTION);
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!args.containsOption(OPTION)) {
      return;
    }
    AccessLogCheck check = chain.verifyAll();
    out.print(check.report());
    out.flush();
    exitCode = check.intact() ? 0 : 1;
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }

  void printTo(PrintStream out) {
    this.out = out;
  }
}
