package org.mediastance.report;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opens the seed-fixture report in headless Debian Chromium (/usr/bin/chromium) over the DevTools
 * protocol: fails on any console error, uncaught exception or error log entry (CSP violations
 * included), checks that every chart rendered an SVG of non-zero size with marks, proves that the
 * quote containing {@code <script>alert(1)</script>} is shown as text and runs nothing (no dialog
 * opens; a positive control shows dialogs and console errors are detected), and saves
 * {@code target/report-screenshot.png}. Skips when Chromium is not installed.
 */
class ReportBrowserIT {

  @Test
  void reportRendersInChromiumWithoutErrorsOrScript() throws Exception {
    Assumptions.assumeTrue(Chromium.available(), "chromium not installed at /usr/bin/chromium: "
        + "apt-get install -y chromium (skipping the browser test)");
    Path out = Path.of("target", "report-browser").toAbsolutePath();
    if (Files.exists(out)) org.mediastance.io.FileTrees.delete(out);
    Files.createDirectories(out);
    ReportIT.build(out);
    Path index = out.resolve("report/index.html");

    List<String> errors = new CopyOnWriteArrayList<>();
    List<String> dialogs = new CopyOnWriteArrayList<>();
    try (Chromium c = new Chromium()) {
      c.listeners.add(ev -> {
        String m = ev.path("method").asText();
        JsonNode p = ev.path("params");
        switch (m) {
          case "Runtime.consoleAPICalled" -> {
            String type = p.path("type").asText();
            if (type.equals("error") || type.equals("assert")) errors.add("console." + type + ": " + p.path("args"));
          }
          case "Runtime.exceptionThrown" -> errors.add("exception: " + p.path("exceptionDetails"));
          case "Log.entryAdded" -> {
            if (p.path("entry").path("level").asText().equals("error")) errors.add("log: " + p.path("entry"));
          }
          case "Page.javascriptDialogOpening" -> {
            dialogs.add(p.path("type").asText() + ": " + p.path("message").asText());
            c.sendAsync("Page.handleJavaScriptDialog", Map.of("accept", true));
          }
          default -> { }
        }
      });
      c.send("Runtime.enable", Map.of());
      c.send("Log.enable", Map.of());
      c.send("Page.enable", Map.of());

      // positive control: the detectors see a console error and a dialog
      c.eval("console.error('control'); alert('control'); 1");
      waitFor(() -> !errors.isEmpty() && !dialogs.isEmpty());
      assertFalse(errors.isEmpty(), "control console.error not detected");
      assertEquals(List.of("alert: control"), dialogs, "control alert not detected");
      errors.clear();
      dialogs.clear();

      c.send("Page.navigate", Map.of("url", index.toUri().toString()));
      String state = "";
      for (int i = 0; i < 600 && !state.equals("ready") && !state.equals("failed"); i++) {
        Thread.sleep(100);
        state = c.eval("document.readyState === 'complete' && document.body ? (document.body.getAttribute('data-charts') || '') : ''").asText();
      }
      assertEquals("ready", state, "charts did not all render; errors: " + errors);

      int specs = c.eval("Object.keys(JSON.parse(document.getElementById('chart-specs').textContent)).length").asInt();
      JsonNode charts = c.eval("Array.from(document.querySelectorAll('.chart')).map(function (e) {"
          + " var s = e.querySelector('svg'); var r = s ? s.getBoundingClientRect() : {width: 0, height: 0};"
          + " return {id: e.id, w: r.width, h: r.height, marks: s ? s.querySelectorAll('path, rect, line').length : 0}; })");
      assertEquals(specs, charts.size(), "one chart element per spec");
      assertTrue(charts.size() >= 7, "expected all report charts, got " + charts);
      List<String> ids = new ArrayList<>();
      for (JsonNode ch : charts) {
        ids.add(ch.path("id").asText());
        assertTrue(ch.path("w").asDouble() > 0 && ch.path("h").asDouble() > 0, "zero-size chart " + ch);
        assertTrue(ch.path("marks").asInt() > 0, "chart without marks " + ch);
      }
      assertTrue(ids.containsAll(List.of("articles_per_period", "voice_share", "stance_matrix", "frames_over_time",
          "outlet_divergence", "reciprocal_coverage")), ids.toString());

      // the hostile quote is visible as text and executed nothing
      assertTrue(c.eval("document.body.innerText.indexOf('" + Fixtures.XSS + "') >= 0").asBoolean(),
          "quote not shown as text");
      assertEquals(6, c.eval("document.scripts.length").asInt(), "unexpected script elements");
      assertEquals(0, c.eval("document.querySelectorAll('a[href^=\"javascript:\"], [onerror], [onclick]').length").asInt());
      assertTrue(c.eval("document.body.innerText.indexOf('Barack Obama') >= 0 && document.body.innerText.indexOf('doomed to failure') >= 0").asBoolean());

      clickThroughToStatements(c);

      int height = Math.min(16000, c.eval("document.documentElement.scrollHeight").asInt());
      c.send("Emulation.setDeviceMetricsOverride", Map.of("width", 1400, "height", height, "deviceScaleFactor", 1, "mobile", false));
      JsonNode shot = c.send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
      byte[] png = Base64.getDecoder().decode(shot.path("data").asText());
      Path file = Path.of("target", "report-screenshot.png");
      Files.write(file, png);
      assertTrue(png.length > 10_000, "screenshot too small");
      Thread.sleep(200);
      assertEquals(List.of(), dialogs, "a dialog opened: script from article text ran");
      assertEquals(List.of(), errors, "browser errors");
    }
  }

  /**
   * Clicks a cell of the stance matrix with the mouse (DevTools input events at its centre) and
   * checks that the explorer opens filtered by that cell's government and target and lists only
   * statements of that government naming that target; then follows a table row's link.
   */
  static void clickThroughToStatements(Chromium c) throws Exception {
    assertEquals("false", c.eval("document.getElementById('explorer').getAttribute('data-open')").asText());
    JsonNode box = c.eval("(function () { var m = document.querySelector('#stance_matrix g.mark-rect path');"
        + " m.scrollIntoView({block: 'center'}); var r = m.getBoundingClientRect();"
        + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
    double x = box.path("x").asDouble();
    double y = box.path("y").asDouble();
    c.send("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
    c.send("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1));
    c.send("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1));
    for (int i = 0; i < 50 && !c.eval("document.getElementById('explorer').getAttribute('data-open')").asText().equals("true"); i++) {
      Thread.sleep(100);
    }
    assertEquals("true", c.eval("document.getElementById('explorer').getAttribute('data-open')").asText(),
        "clicking a stance cell did not open the explorer");
    String gov = c.eval("document.getElementById('x-government').value").asText();
    String target = c.eval("document.getElementById('x-target').value").asText();
    assertFalse(gov.isEmpty(), "no government filter from the clicked cell");
    assertFalse(target.isEmpty(), "no target filter from the clicked cell");
    JsonNode items = c.eval("Array.from(document.querySelectorAll('#x-list li')).map(function (li) {"
        + " return {meta: li.querySelector('.meta').textContent, tags: (li.querySelector('.tags') || {}).textContent || '',"
        + " text: li.querySelector('q').textContent, id: li.querySelector('code').textContent}; })");
    assertTrue(items.size() > 0, "the explorer lists no statement for " + gov + " → " + target);
    for (JsonNode it : items) {
      assertTrue(it.path("meta").asText().contains("(" + gov + ")"), it.toString());
      assertTrue(it.path("tags").asText().contains(target + ":"), it.toString());
      assertFalse(it.path("id").asText().isBlank(), it.toString());
      assertFalse(it.path("text").asText().isBlank(), it.toString());
    }
    assertTrue(c.eval("document.getElementById('x-count').textContent").asText().startsWith(items.size() + " sampled"));

    // a table row's link: the top statements' actor
    String actor = c.eval("(function () { var a = document.querySelector('#top-table a.xlink[data-actor]');"
        + " a.click(); return a.getAttribute('data-actor'); })()").asText();
    assertEquals(actor, c.eval("document.getElementById('x-actor').value").asText());
    assertEquals("", c.eval("document.getElementById('x-government').value").asText(), "filters not reset");
    JsonNode metas = c.eval("Array.from(document.querySelectorAll('#x-list li .meta')).map(function (m) { return m.textContent; })");
    assertTrue(metas.size() > 0, "no statements for actor " + actor);
    for (JsonNode m : metas) assertTrue(m.asText().contains("[" + actor + "]"), m.toString());
  }

  interface Cond {
    boolean ok();
  }

  static void waitFor(Cond c) throws InterruptedException {
    for (int i = 0; i < 100 && !c.ok(); i++) Thread.sleep(50);
  }
}
