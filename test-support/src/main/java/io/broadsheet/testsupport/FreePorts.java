package io.broadsheet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Ports on the loopback interface: a free one for a server to take, or whether one is taken. */
public final class FreePorts {

  /**
   * A port that was free a moment ago. Servers that need their port before they bind (a KRaft voter
   * address, an advertised listener, a child process) take it from here; the window in which
   * someone else could grab it is a few milliseconds.
   */
  public static int pick() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on loopback", e);
    }
  }

  /** Whether something already listens on (or holds) {@code port} on the loopback interface. */
  public static boolean isTaken(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  private FreePorts() {}
}
