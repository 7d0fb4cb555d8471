package org.mediastance.cli;
import org.mediastance.config.UsageException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mediastance.attribution.Attributor;
import org.mediastance.model.Article;
import org.mediastance.model.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mediastance attribute FILE...}: prints the statements of plain-text articles (a quick look, no Spark). */
@Command(name = "attribute", mixinStandardHelpOptions = true,
    description = "Extract statements and speakers from plain-text article files and print them as JSON lines.")
public final class AttributeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "1..*", description = "UTF-8 text files, one article each.")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    for (Path f : files) {
      if (!Files.isReadable(f)) throw new UsageException("cannot read " + f);
      Article a = new Article();
      a.setId(f.getFileName().toString());
      a.setText(Files.readString(f));
      for (Statement s : Attributor.get().extract(a)) {
        System.out.println(s.getKind() + "\t" + s.getSpeaker() + " [" + s.getSpeakerType() + "; " + s.getSpeakerMention() + "; " + s.getSpeakerDescription() + "]\t" + s.getCue() + "\t" + s.getContent().replace('\n', ' '));
      }
    }
    return 0;
  }
}
