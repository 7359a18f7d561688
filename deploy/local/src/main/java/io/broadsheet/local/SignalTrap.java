package io.broadsheet.local;

import sun.misc.Signal;

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM into a request to stop, instead of the JVM's default of exiting
 * at once with 130/143: the stack then stops its children, broker and database in order and exits
 * 0. ({@code sun.misc.Signal} is the only JDK API for this; it is supported, in module
 * jdk.unsupported.)
 */
final class SignalTrap {

  static void onStopSignal(Runnable requestStop) {
    for (String name : new String[] {"INT", "TERM"}) {
      Signal.handle(new Signal(name), signal -> requestStop.run());
    }
  }

  private SignalTrap() {}
}
