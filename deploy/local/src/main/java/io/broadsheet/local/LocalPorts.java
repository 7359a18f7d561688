package io.broadsheet.local;

/**
 * The fixed ports of the local stack (the services' ports are on {@link Service}). They are part of
 * the stack's contract: documentation, scripts and people's habits rely on them.
 */
public final class LocalPorts {

  /** Kafka clients connect to {@code localhost:9092}, the port every Kafka tool assumes. */
  public static final int KAFKA = 9092;

  /** PostgreSQL, off the default 5432 so it does not collide with a server already installed. */
  public static final int POSTGRES = 15432;

  private LocalPorts() {}
}
