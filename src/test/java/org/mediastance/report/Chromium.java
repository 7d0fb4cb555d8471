package org.mediastance.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal Chrome DevTools Protocol client for tests: starts headless Debian Chromium with a
 * throw-away profile and no network features, connects to its page target over the JDK's WebSocket
 * client, sends commands and records events (console errors, exceptions, log errors, JavaScript
 * dialogs). Not thread-safe for concurrent commands from several threads; one instance per test.
 */
final class Chromium implements AutoCloseable {
  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final ObjectMapper JSON = new ObjectMapper();

  final Process process;
  final Path profile;
  final WebSocket ws;
  final AtomicInteger ids = new AtomicInteger();
  final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();
  final List<String> stderr = new CopyOnWriteArrayList<>();

  static boolean available() {
    return Files.isExecutable(BINARY);
  }

  Chromium() throws Exception {
    profile = Files.createTempDirectory("mediastance-chromium");
    process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--disable-default-apps", "--mute-audio",
        "--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-allow-origins=*",
        "--window-size=1400,1000", "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    Pattern p = Pattern.compile("DevTools listening on (ws://127\\.0\\.0\\.1:(\\d+)/\\S+)");
    String port = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    String line;
    while (port == null && System.nanoTime() < deadline && (line = err.readLine()) != null) {
      stderr.add(line);
      Matcher m = p.matcher(line);
      if (m.find()) port = m.group(2);
    }
    if (port == null) {
      process.destroyForcibly();
      throw new IllegalStateException("chromium did not start: " + stderr);
    }
    Thread drain = new Thread(() -> {
      try {
        String l;
        while ((l = err.readLine()) != null) stderr.add(l);
      } catch (IOException ignored) {
        // process ended
      }
    }, "chromium-stderr");
    drain.setDaemon(true);
    drain.start();
    HttpClient http = HttpClient.newHttpClient();
    String pageWs = null;
    for (int i = 0; i < 100 && pageWs == null; i++) {
      String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      for (JsonNode t : JSON.readTree(body)) {
        if ("page".equals(t.path("type").asText())) pageWs = t.path("webSocketDebuggerUrl").asText();
      }
      if (pageWs == null) Thread.sleep(100);
    }
    if (pageWs == null) throw new IllegalStateException("no page target");
    ws = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30))
        .buildAsync(URI.create(pageWs), new Listener()).get(30, TimeUnit.SECONDS);
  }

  final class Listener implements WebSocket.Listener {
    final StringBuilder buf = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      buf.append(data);
      if (last) {
        String msg = buf.toString();
        buf.setLength(0);
        try {
          JsonNode n = JSON.readTree(msg);
          if (n.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(n.get("id").asInt());
            if (f != null) f.complete(n);
          } else {
            for (Consumer<JsonNode> l : listeners) l.accept(n);
          }
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
      webSocket.request(1);
      return null;
    }
  }

  /** Sends a command and waits for its result (the "result" object); errors throw. */
  JsonNode send(String method, Map<String, Object> params) throws Exception {
    return sendAsync(method, params).get(120, TimeUnit.SECONDS);
  }

  CompletableFuture<JsonNode> sendAsync(String method, Map<String, Object> params) {
    int id = ids.incrementAndGet();
    ObjectNode msg = JSON.createObjectNode();
    msg.put("id", id);
    msg.put("method", method);
    msg.set("params", JSON.valueToTree(params));
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    pending.put(id, f);
    send(msg.toString());
    return f.thenApply(n -> {
      if (n.has("error")) throw new IllegalStateException(method + ": " + n.get("error"));
      return n.get("result");
    });
  }

  /** The previous message's send: the JDK WebSocket refuses a send while one is pending. */
  private CompletableFuture<WebSocket> lastSend = CompletableFuture.completedFuture(null);

  /**
   * Sends one text message after the previous one has gone out. Without the chain, a command sent
   * from the event listener (accepting a dialog) while the test thread's send was still pending
   * failed inside the listener, the dialog stayed open and the blocked evaluation timed out.
   */
  private synchronized void send(String text) {
    lastSend = lastSend.handle((w, e) -> null).thenCompose(x -> ws.sendText(text, true));
  }

  /** Evaluates a JavaScript expression in the page and returns its value (by value). */
  JsonNode eval(String expression) throws Exception {
    JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
    if (r.has("exceptionDetails")) throw new IllegalStateException("evaluation failed: " + r.get("exceptionDetails"));
    return r.path("result").path("value");
  }

  @Override
  public void close() throws Exception {
    try {
      if (ws != null) ws.abort();
    } finally {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      // Chromium's helper processes can still be writing the profile as the main one exits
      // (DirectoryNotEmptyException): retry, and leave a throw-away temp folder rather than fail
      for (int i = 0; ; i++) {
        try {
          org.mediastance.io.FileTrees.delete(profile);
          break;
        } catch (java.io.UncheckedIOException e) {
          if (i == 9) {
            stderr.add("profile not deleted: " + e.getMessage());
            break;
          }
          Thread.sleep(300);
        }
      }
    }
  }
}
