package org.policy321.platform.security;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A web site of someone else's, for a browser test: pages served from another port of localhost —
 * another origin, but the same site, so the browser sends the application's cookies along with what
 * its pages make it send (the harder case; another host would not get the session cookie at all).
 */
final class AnotherSite implements AutoCloseable {

  private final HttpServer server;

  AnotherSite() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.start();
  }

  String origin() {
    return "http://localhost:" + server.getAddress().getPort();
  }

  /** Serves the page at {@code path}; returns its address. */
  String serve(String path, String html) {
    byte[] page = html.getBytes(StandardCharsets.UTF_8);
    server.createContext(path, exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, page.length);
      try (OutputStream body = exchange.getResponseBody()) {
        body.write(page);
      }
    });
    return origin() + path;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
