package io.broadsheet.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point of {@code deploy/local/broadsheet}: {@code up} and {@code status}. The script handles
 * {@code help} itself (it needs no build) and passes the repository root as the system property
 * {@code broadsheet.root}.
 */
public final class LocalStack {

  public static void main(String[] args) {
    PrintStream out = System.out;
    Optional<StackLayout> layout =
        StackLayout.find(Path.of(System.getProperty("broadsheet.root", ".")));
    if (layout.isEmpty()) {
      out.println("Not inside a Broadsheet repository (no pom.xml with deploy/local above here).");
      System.exit(2);
    }
    // Read by log4j2.xml; must be set before the first logger exists.
    System.setProperty("broadsheet.logs", layout.get().logsDir().toString());
    System.exit(run(args.length == 0 ? "help" : args[0], layout.get(), out));
  }

  static int run(String command, StackLayout layout, PrintStream out) {
    return switch (command) {
      case "up" -> {
        CountDownLatch stop = new CountDownLatch(1);
        SignalTrap.onStopSignal(stop::countDown);
        yield new UpCommand(layout, out, stop, System.console() != null).run();
      }
      case "status" -> new StatusCommand(layout, out).run();
      default -> {
        out.println("Unknown command '" + command + "'. See: deploy/local/broadsheet help");
        yield 2;
      }
    };
  }

  private LocalStack() {}
}
