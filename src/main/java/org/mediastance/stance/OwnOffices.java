package org.mediastance.stance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mediastance.actors.ActorRef;
import org.mediastance.actors.Resolver;
import org.mediastance.learn.Tok;
import org.mediastance.model.Statement;

/**
 * Targets a content names by an office of the speaker's own country without naming its holder:
 * "the president" / "the prime minister" is the office holder at the date (not the speaker), and
 * "the administration" / "this administration" is the speaker's own government (kept only for
 * legislators and the opposition, see {@link TargetDetector}). A capitalised word right after the office ("the president of
 * France", "President Macron") makes it someone else's. Stateless and thread-safe.
 */
final class OwnOffices {
  private OwnOffices() {}

  private static final Set<String> DETERMINERS = Set.of("the", "this");

  static List<TargetDetector.Mention> mentions(Statement s, String content, List<Tok.Token> toks,
      Resolver resolver, LocalDate date) {
    List<TargetDetector.Mention> out = new ArrayList<>();
    String own = s.getGovernment();
    if (own == null) return out;
    for (int ti = 1; ti < toks.size(); ti++) {
      String w = toks.get(ti).lower();
      boolean admin = w.equals("administration");
      String office = w.equals("president") ? "president"
          : w.equals("minister") && toks.get(ti - 1).lower().equals("prime") && ti > 1 ? "prime minister" : null;
      if (office == null && !admin) continue;
      int det = "prime minister".equals(office) ? ti - 2 : ti - 1;
      if (!DETERMINERS.contains(toks.get(det).lower()) || toks.get(ti).isCapitalized()
          || (ti + 1 < toks.size() && toks.get(ti + 1).isCapitalized())
          || (ti + 2 < toks.size() && toks.get(ti + 1).lower().equals("of") && toks.get(ti + 2).isCapitalized())) {
        continue;
      }
      ActorRef ref = admin ? new ActorRef(own, null, "government", own, "government", 0.7)
          : resolver.resolveOffice(office, own, date);
      if (ref.isUnknown() || (!admin && ref.actorId().equals(s.getActorId()))) continue;
      Tok.Token d = toks.get(det);
      out.add(new TargetDetector.Mention(content.substring(d.begin(), toks.get(ti).end()), content,
          d.begin(), toks.get(ti).end(), ref, TargetDetector.Via.NAMED));
    }
    return out;
  }
}
