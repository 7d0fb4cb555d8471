package org.mediastance.io;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EscapeTest {
  @Test
  void htmlEscapesMarkupAndQuotes() {
    assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Escape.html("<script>alert(1)</script>"));
    assertEquals("a &amp; &quot;b&quot; &apos;c&apos;", Escape.html("a & \"b\" 'c'"));
    assertEquals("", Escape.html(null));
  }

  @Test
  void jsonForScriptCannotCloseTheScriptAndStillParses() throws Exception {
    String text = "</script><script>alert(1)</script> & \u2028\u2029 <!--";
    String json = new ObjectMapper().writeValueAsString(Map.of("q", text));
    String safe = Escape.jsonForScript(json);
    assertFalse(safe.contains("<") || safe.contains(">") || safe.contains("&") || safe.contains("\u2028") || safe.contains("\u2029"));
    assertEquals(text, new ObjectMapper().readTree(safe).get("q").asText());
  }

  @Test
  void csvFormulasNeutralised() {
    for (String s : new String[] {"=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
      assertEquals("'" + s, Escape.csvCell(s));
    }
    assertEquals("Obama", Escape.csvCell("Obama"));
    assertEquals("", Escape.csvCell(""));
    assertNull(Escape.csvCell(null));
  }

  @Test
  void fileNamesStayInside(@org.junit.jupiter.api.io.TempDir Path dir) {
    for (String o : new String[] {"../../etc/passwd", "..", ".", "/abs/path", "a\\b", "", "RFE/RL", "\u0000x", "CON"}) {
      String f = Escape.fileName(o);
      assertFalse(f.contains("/") || f.contains("\\") || f.startsWith("."), f);
      assertEquals(dir.toAbsolutePath().normalize(), Escape.inside(dir, f + ".csv").getParent());
    }
    assertNotEquals(Escape.fileName("RFE/RL"), Escape.fileName("RFE_RL"));
    assertThrows(IllegalArgumentException.class, () -> Escape.inside(dir, "../x.csv"));
    assertThrows(IllegalArgumentException.class, () -> Escape.inside(dir, "/etc/x.csv"));
  }

  @Test
  void onlyHttpLinks() {
    assertEquals("https://example.org/a?b=1", Escape.safeUrl("https://example.org/a?b=1"));
    assertNull(Escape.safeUrl("javascript:alert(1)"));
    assertNull(Escape.safeUrl("https://x.org/\"onmouseover=alert(1)"));
    assertNull(Escape.safeUrl("data:text/html,<script>"));
    assertNull(Escape.safeUrl(null));
  }
}
