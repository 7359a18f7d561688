package io.broadsheet.testsupport;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps an embedded broker's logging at WARN. A broker logs hundreds of INFO lines on start, which
 * bury a failing test's own output.
 *
 * <p>This works where slf4j ends in java.util.logging, i.e. in Quarkus (slf4j-jboss-logmanager with
 * the JBoss LogManager installed) and in this module's tests. A JVM bound to another backend (the
 * local stack uses log4j) sets the same levels in that backend's configuration instead.
 */
public final class BrokerLogLevels {

  /** Logger categories of the broker (and of the Kafka clients it embeds). */
  public static final List<String> CATEGORIES =
      List.of("kafka", "org.apache.kafka", "state.change.logger");

  // Held so that the JUL loggers, which are weakly referenced, keep the level set on them.
  private static final List<Logger> QUIETED = CATEGORIES.stream().map(Logger::getLogger).toList();

  /** Sets every broker category to WARN. */
  public static void quiet() {
    QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
  }

  /** The same levels as Quarkus configuration, for a test resource to hand to the application. */
  public static Map<String, String> asQuarkusConfig() {
    Map<String, String> config = new java.util.LinkedHashMap<>();
    CATEGORIES.forEach(c -> config.put("quarkus.log.category.\"" + c + "\".level", "WARN"));
    return config;
  }

  private BrokerLogLevels() {}
}
