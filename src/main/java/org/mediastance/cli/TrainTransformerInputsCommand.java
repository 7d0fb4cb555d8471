package org.mediastance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mediastance.config.UsageException;
import org.mediastance.learn.Example;
import org.mediastance.stance.StanceData;
import org.mediastance.stance.TransformerInputs;
import org.mediastance.stance.TransformerStance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mediastance train transformer-inputs}: encodes labelled stance data for the transformer
 * stance model's fine-tuning script ({@code scripts/train-stance-transformer}), one JSON line per
 * target: {@code ids}, {@code types}, {@code mask} (target mask), {@code label} (0 neg, 1 neutral,
 * 2 pos), {@code text}, {@code spans}. The encodings are those {@link TransformerInputs} builds at
 * scoring time, so Python trains on exactly what Java feeds the model.
 */
@Command(name = "transformer-inputs", mixinStandardHelpOptions = true,
    description = "Encode labelled stance data for the transformer fine-tuning script.")
public final class TrainTransformerInputsCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, arity = "1..*", paramLabel = "FILE",
      description = "NewsMTSC JSONL, your own labelled JSONL, or directed-sentiment TSV (with --directed-as-stance).")
  List<Path> data;

  @Option(names = "--directed-as-stance", description = "Use directed-sentiment rows that carry sentiment as target examples.")
  boolean directedAsStance;

  @Option(names = "--tokenizer", paramLabel = "FILE", description = "tokenizer.json (default: the shipped one).")
  Path tokenizer;

  @Option(names = "--max-length", description = "Word pieces per input, special ones included (default ${DEFAULT-VALUE}).")
  int maxLength = 128;

  @Option(names = "--max-target-tokens", description = "Word pieces of the target part (default ${DEFAULT-VALUE}).")
  int maxTargetTokens = 16;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output JSON lines.")
  Path out;

  @Override
  public Integer call() throws Exception {
    List<Example> ex = new ArrayList<>();
    for (Path p : data) {
      if (!Files.isReadable(p)) throw new UsageException("--data: cannot read " + p);
      String format = StanceData.detectFormat(p);
      List<Example> read = StanceData.read(p, format);
      if (format.equals("directed")) {
        if (!directedAsStance) throw new UsageException("--data: " + p + " is directed-sentiment data; add --directed-as-stance");
        read = StanceData.directedAsStance(read);
      } else if (format.equals("basil")) {
        throw new UsageException("--data: BASIL is a test set here, not training data");
      }
      ex.addAll(read);
    }
    ObjectMapper json = new ObjectMapper();
    try (TransformerInputs in = new TransformerInputs(tokenizer == null ? shippedTokenizer()
            : TransformerInputs.tokenizer(tokenizer), 101, 102, maxLength, maxTargetTokens);
         BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Example e : ex) {
        TransformerInputs.Encoded enc = in.encode(e.text(), e.a());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ids", enc.ids());
        row.put("types", enc.typeIds());
        row.put("mask", enc.targetMask());
        row.put("label", e.label());
        row.put("text", e.text());
        row.put("spans", e.a());
        w.write(json.writeValueAsString(row));
        w.newLine();
      }
    }
    System.out.printf("%,d targets encoded to %s%n", ex.size(), out);
    return Main.EXIT_OK;
  }

  private static ai.djl.huggingface.tokenizers.HuggingFaceTokenizer shippedTokenizer() throws java.io.IOException {
    try (InputStream s = TransformerStance.class.getResourceAsStream(TransformerStance.SHIPPED + TransformerStance.TOKENIZER)) {
      if (s == null) throw new IllegalStateException("shipped tokenizer.json missing");
      return TransformerInputs.tokenizer(s);
    }
  }
}
