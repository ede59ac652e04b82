package org.reviewpress.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent event stream open pages listen to. Each connected page has its own queue and
 * holds one server thread; a comment line every few seconds notices pages that have gone away.
 */
final class ReloadEvents {

  /** The path pages connect to. */
  static final String PATH = "/__reviewpress/events";

  private static final String CLOSE = "";
  private static final long HEARTBEAT_SECONDS = 10;

  private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();

  /** Tells every open page to reload; {@code data} says which build it now shows. */
  void reload(int build) {
    String event = "event: reload\ndata: " + build + "\n\n";
    clients.forEach(q -> q.offer(event));
  }

  /** Ends every stream, so the server can stop without waiting for pages. */
  void closeAll() {
    clients.forEach(q -> q.offer(CLOSE));
  }

  /** Serves one page's stream until the page goes away or the server closes. */
  void stream(HttpExchange exchange) throws IOException {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    clients.add(queue);
    try (OutputStream out = exchange.getResponseBody()) {
      send(out, ": connected\n\n");
      while (true) {
        String event = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        if (CLOSE.equals(event)) {
          return;
        }
        send(out, event == null ? ": heartbeat\n\n" : event);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException pageWentAway) {
      // The browser closed the tab or navigated away: nothing to tell anyone.
    } finally {
      clients.remove(queue);
      exchange.close();
    }
  }

  int connected() {
    return clients.size();
  }

  private static void send(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
