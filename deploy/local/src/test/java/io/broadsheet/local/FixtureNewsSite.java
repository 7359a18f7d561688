package io.broadsheet.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small news site on loopback, serving the pages under {@code src/test/resources/site/}. Pages
 * refer to themselves ({@code <link rel=canonical>}) through {@code {{base}}}, filled in with the
 * site's real address when served.
 */
final class FixtureNewsSite implements AutoCloseable {

  static final String BRIDGE = "/2026/03/14/harbour-bridge-reopens";
  static final String LIBRARY = "/local/library-extends-opening-hours";
  static final String SECTION_FRONT = "/local";

  private static final Map<String, String> PAGES =
      Map.of(
          BRIDGE, "/site/harbour-bridge-reopens.html",
          LIBRARY, "/site/library-extends-opening-hours.html",
          SECTION_FRONT, "/site/local-section-front.html");

  private final HttpServer server;
  private final String base;
  private final AtomicInteger pageRequests = new AtomicInteger();

  private FixtureNewsSite(HttpServer server) {
    this.server = server;
    this.base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  static FixtureNewsSite start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      FixtureNewsSite site = new FixtureNewsSite(server);
      server.createContext("/", site::handle);
      server.start();
      return site;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The absolute URL of a page of this site. */
  String url(String path) {
    return base + path;
  }

  /** How many article or section pages have been served, robots.txt not counted. */
  int pageRequests() {
    return pageRequests.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/robots.txt")) {
        respond(exchange, 200, "text/plain; charset=utf-8", "User-agent: *\nAllow: /\n");
        return;
      }
      String resource = PAGES.get(path);
      if (resource == null) {
        respond(exchange, 404, "text/plain; charset=utf-8", "not found");
        return;
      }
      pageRequests.incrementAndGet();
      respond(exchange, 200, "text/html; charset=utf-8", page(resource).replace("{{base}}", base));
    }
  }

  private static String page(String resource) throws IOException {
    try (InputStream in = FixtureNewsSite.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void respond(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
