package org.mediastance.config;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mediastance.config.UsageException;

/**
 * The typed configuration of one run: YAML file values, overridden by command-line options.
 * Unknown keys and bad values are {@link UsageException}s that name the key; every value is checked
 * in {@link #validate()} before Spark starts. Instances are effectively immutable: {@code with*}
 * methods return copies.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
    getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class JobConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final Set<String> FIELDS =
      Set.of("id", "outlet", "published", "url", "title", "text");
  /** Shipped stance models by name; any other {@code stance_model} value is a model folder. */
  public static final List<String> STANCE_MODELS = List.of("linear", "transformer");
  public static final Set<String> PERIODS = Set.of("auto", "day", "week", "month", "quarter", "year");

  @JsonProperty("inputs") private List<String> inputs = new ArrayList<>();
  @JsonProperty("out") private String out;
  @JsonProperty("master") private String master;
  @JsonProperty("format") private String format;
  /** Article field → source column name. */
  @JsonProperty("map") private Map<String, String> map = new LinkedHashMap<>();
  /** Raw outlet name or URL host (lower case) → canonical outlet. Merged over the shipped table. */
  @JsonProperty("outlet_aliases") private Map<String, String> outletAliases = new LinkedHashMap<>();
  /** CSV of outlet attributes (column outlet plus attribute columns), see ingest/OutletMetadata. */
  @JsonProperty("outlet_metadata") private String outletMetadata;
  @JsonProperty("actors") private String actors;
  @JsonProperty("codebook") private String codebook;
  @JsonProperty("stance_model") private String stanceModel;
  /** A {@code train frames} output folder: frames with a model follow it, the others their cues. */
  @JsonProperty("frame_model") private String frameModel;
  /** day … year, or auto: chosen from the data by {@code min_cell_n} (aggregate.PeriodChoice). */
  @JsonProperty("period") private String period = "auto";
  /**
   * ISO3 country whose offices a title without a country means ("the president"); null: the
   * country each article names most.
   */
  @JsonProperty("home_country") private String homeCountry;
  @JsonProperty("limit") private Integer limit;
  @JsonProperty("overwrite") private boolean overwrite;
  @JsonProperty("verbose") private boolean verbose;
  /** Jaccard similarity at or above which two articles are near-duplicates. */
  @JsonProperty("dedup_threshold") private double dedupThreshold = 0.8;
  /** LSH bands (MinHash tables OR-ed); each band ANDs {@code dedup_band_rows} min-hashes. */
  @JsonProperty("dedup_hash_tables") private int dedupHashTables = 5;
  @JsonProperty("dedup_band_rows") private int dedupBandRows = 4;
  /** Shingle size in words for near-duplicate detection. */
  @JsonProperty("dedup_shingle") private int dedupShingle = 5;
  /** Earliest and latest plausible publication years; dates outside are flagged implausible. */
  @JsonProperty("min_year") private int minYear = 1990;
  @JsonProperty("max_year") private int maxYear = 2030;
  /** Articles with fewer characters of cleaned text are quarantined as too short. */
  @JsonProperty("min_text_chars") private int minTextChars = 1;
  /** Cleaned text longer than this is quarantined (too large to analyse sensibly). */
  @JsonProperty("max_text_chars") private int maxTextChars = 1_000_000;
  /** Sentences longer than this many tokens are not parsed (they are kept, not analysed). */
  @JsonProperty("max_sentence_tokens") private int maxSentenceTokens = 120;
  /** Per-article time budget for NLP; an article over it is quarantined. */
  @JsonProperty("article_timeout_seconds") private int articleTimeoutSeconds = 60;
  /** Number of partitions for the NLP stage (0: max(min(8 × Spark's default parallelism, articles / 50), articles / 500)). */
  @JsonProperty("partitions") private int partitions = 0;
  @JsonProperty("bootstrap_samples") private int bootstrapSamples = 1000;
  @JsonProperty("seed") private long seed = 42L;
  @JsonProperty("reciprocal_window_days") private int reciprocalWindowDays = 30;
  @JsonProperty("reciprocal_min_confidence") private double reciprocalMinConfidence = 0.5;
  @JsonProperty("min_target_confidence") private double minTargetConfidence = 0.0;
  @JsonProperty("report_top_outlets") private int reportTopOutlets = 15;
  /** Least statements for a chart cell to count as supported (period auto; marks below it are faded or hidden). */
  @JsonProperty("min_cell_n") private int minCellN = 10;
  /** Statements kept per (outlet, period, government, target, frame) cell for the report's explorer. */
  @JsonProperty("explorer_per_cell") private int explorerPerCell = 5;
  /** Whether the stance matrix shows a government's stance toward itself. */
  @JsonProperty("stance_self") private boolean stanceSelf;

  public JobConfig() {}

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /** Reads a YAML config file; {@code null} gives the defaults. */
  public static JobConfig load(Path file) {
    if (file == null) {
      return new JobConfig();
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new UsageException("--config: cannot read " + file);
    }
    try {
      JobConfig c = YAML.readValue(file.toFile(), JobConfig.class);
      return c == null ? new JobConfig() : c;
    } catch (UnrecognizedPropertyException e) {
      throw new UsageException("config " + file + ": unknown key '" + e.getPropertyName()
          + "' (known keys: " + String.join(", ", knownKeys()) + ")");
    } catch (InvalidFormatException e) {
      throw new UsageException("config " + file + ": bad value " + e.getValue() + " for key '"
          + path(e) + "'");
    } catch (JsonMappingException e) {
      throw new UsageException("config " + file + ": bad value for key '" + path(e) + "': "
          + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UsageException("config " + file + ": not valid YAML: " + e.getMessage());
    }
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
        .collect(Collectors.joining("."));
  }

  static List<String> knownKeys() {
    List<String> keys = new ArrayList<>();
    for (var f : JobConfig.class.getDeclaredFields()) {
      JsonProperty p = f.getAnnotation(JsonProperty.class);
      if (p != null) {
        keys.add(p.value());
      }
    }
    Collections.sort(keys);
    return keys;
  }

  /** Returns a copy with command-line values applied over the file's. Null means "not given". */
  public JobConfig withCli(List<?> inputs, Path out, String master, String format,
      Map<String, String> map, Path actors, Path codebook, String period, Integer limit,
      boolean overwrite, boolean verbose) {
    JobConfig c = copy();
    if (inputs != null && !inputs.isEmpty()) {
      c.inputs = inputs.stream().map(Object::toString).collect(Collectors.toList());
    }
    if (out != null) c.out = out.toString();
    if (master != null) c.master = master;
    if (format != null) c.format = format;
    if (map != null && !map.isEmpty()) {
      c.map = new LinkedHashMap<>(c.map);
      c.map.putAll(map);
    }
    if (actors != null) c.actors = actors.toString();
    if (codebook != null) c.codebook = codebook.toString();
    if (period != null) c.period = period;
    if (limit != null) c.limit = limit;
    c.overwrite = c.overwrite || overwrite;
    c.verbose = c.verbose || verbose;
    c.validate();
    return c;
  }

  /** Returns a copy with {@code stance_model} set (null: unchanged), validated. */
  public JobConfig withStanceModel(String model) {
    JobConfig c = copy();
    if (model != null) c.stanceModel = model;
    c.validate();
    return c;
  }

  /** Returns a copy with {@code period} set (not validated again: for a period resolved from "auto"). */
  public JobConfig withPeriod(String p) {
    if (!PERIODS.contains(p)) throw new UsageException("period: unknown period '" + p + "'");
    JobConfig c = copy();
    c.period = p;
    return c;
  }

  /** Checks every value; throws a {@link UsageException} naming the first bad one. */
  public JobConfig validate() {
    if (inputs.isEmpty()) throw new UsageException("--input: no input given");
    for (String in : inputs) {
      if (in.matches("[a-zA-Z][a-zA-Z0-9+.-]+://.*") && !in.startsWith("file:")) {
        continue; // hdfs://, s3a://, ...: checked by Hadoop's FileSystem when the job lists inputs
      }
      Path p = Path.of(in.startsWith("file:") ? java.net.URI.create(in).getPath() : in);
      if (!Files.exists(p)) throw new UsageException("--input: no such file or folder: " + in);
      if (!Files.isReadable(p)) throw new UsageException("--input: cannot read " + in);
    }
    if (out == null) throw new UsageException("--out: no output folder given");
    if (format != null && !format.equals("jsonl")) {
      throw new UsageException("--format: unknown format '" + format + "' (known: jsonl)");
    }
    for (String k : map.keySet()) {
      if (k.startsWith("outlet.")) {
        if (!OutletMetadata.NAME.matcher(k.substring(7)).matches()) {
          throw new UsageException("--map: bad outlet attribute name in '" + k
              + "' (outlet.NAME, NAME of lower-case letters, digits and _, starting with a letter)");
        }
      } else if (!FIELDS.contains(k)) {
        throw new UsageException("--map: unknown article field '" + k + "' (known: "
            + String.join(", ", FIELDS.stream().sorted().toList()) + ", or outlet.NAME for an outlet attribute)");
      }
      if (map.get(k) == null || map.get(k).isBlank()) {
        throw new UsageException("--map: empty source column for field '" + k + "'");
      }
    }
    if (outletMetadata != null) {
      OutletMetadata.read(outletMetadata); // a malformed file names file, line and field
    }
    if (actors != null && !Files.isReadable(Path.of(actors))) {
      throw new UsageException("--actors: cannot read " + actors);
    }
    if (codebook != null && !Files.isReadable(Path.of(codebook))) {
      throw new UsageException("--codebook: cannot read " + codebook);
    }
    if (frameModel != null && !Files.isDirectory(Path.of(frameModel, "frames"))) {
      throw new UsageException("frame_model: no frames/ folder in " + frameModel);
    }
    if (stanceModel != null && !STANCE_MODELS.contains(stanceModel) && !Files.isDirectory(Path.of(stanceModel))) {
      throw new UsageException("stance_model: '" + stanceModel + "' is neither " + String.join(" nor ", STANCE_MODELS)
          + " nor a model folder");
    }
    if (homeCountry != null && !homeCountry.matches("[A-Z]{3}")) {
      throw new UsageException("home_country: not an ISO 3166-1 alpha-3 code: '" + homeCountry + "'");
    }
    if (!PERIODS.contains(period)) {
      throw new UsageException("period: unknown period '" + period + "' (known: auto, day, week, month, quarter, year)");
    }
    if (minCellN < 1) throw new UsageException("min_cell_n: must be >= 1");
    if (explorerPerCell < 1) throw new UsageException("explorer_per_cell: must be >= 1");
    if (limit != null && limit <= 0) throw new UsageException("--limit: must be positive, got " + limit);
    if (!(dedupThreshold > 0 && dedupThreshold <= 1)) {
      throw new UsageException("dedup_threshold: must be in (0, 1], got " + dedupThreshold);
    }
    if (dedupHashTables < 1) throw new UsageException("dedup_hash_tables: must be >= 1");
    if (dedupBandRows < 1) throw new UsageException("dedup_band_rows: must be >= 1");
    if (dedupShingle < 1) throw new UsageException("dedup_shingle: must be >= 1");
    if (minYear >= maxYear) throw new UsageException("min_year: must be below max_year");
    if (minTextChars < 1) throw new UsageException("min_text_chars: must be >= 1");
    if (maxTextChars <= minTextChars) throw new UsageException("max_text_chars: must exceed min_text_chars");
    if (maxSentenceTokens < 5) throw new UsageException("max_sentence_tokens: must be >= 5");
    if (articleTimeoutSeconds < 1) throw new UsageException("article_timeout_seconds: must be >= 1");
    if (partitions < 0) throw new UsageException("partitions: must be >= 0");
    if (bootstrapSamples < 100) throw new UsageException("bootstrap_samples: must be >= 100");
    if (reciprocalWindowDays < 0) throw new UsageException("reciprocal_window_days: must be >= 0");
    if (!(minTargetConfidence >= 0 && minTargetConfidence <= 1)) {
      throw new UsageException("min_target_confidence: must be in [0, 1], got " + minTargetConfidence);
    }
    if (!(reciprocalMinConfidence >= 0 && reciprocalMinConfidence <= 1)) {
      throw new UsageException("reciprocal_min_confidence: must be in [0, 1], got " + reciprocalMinConfidence);
    }
    if (reportTopOutlets < 1) throw new UsageException("report_top_outlets: must be >= 1");
    return this;
  }

  private JobConfig copy() {
    try {
      return YAML.readValue(YAML.writeValueAsBytes(this), JobConfig.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The effective configuration as a map, for run.json. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> asMap() {
    return YAML.convertValue(this, LinkedHashMap.class);
  }

  public List<String> inputs() { return Collections.unmodifiableList(inputs); }
  public String out() { return out; }
  public String master() { return master; }
  public String format() { return format; }
  public Map<String, String> map() { return Collections.unmodifiableMap(map); }
  public Map<String, String> outletAliases() { return Collections.unmodifiableMap(outletAliases); }
  public String outletMetadata() { return outletMetadata; }
  public String actors() { return actors; }
  public String codebook() { return codebook; }
  public String stanceModel() { return stanceModel; }
  public String frameModel() { return frameModel; }
  public String period() { return period; }
  public String homeCountry() { return homeCountry; }
  public Integer limit() { return limit; }
  public boolean overwrite() { return overwrite; }
  public boolean verbose() { return verbose; }
  public double dedupThreshold() { return dedupThreshold; }
  public int dedupHashTables() { return dedupHashTables; }
  public int dedupShingle() { return dedupShingle; }
  public int dedupBandRows() { return dedupBandRows; }
  public int minYear() { return minYear; }
  public int maxYear() { return maxYear; }
  public int minTextChars() { return minTextChars; }
  public int maxTextChars() { return maxTextChars; }
  public int maxSentenceTokens() { return maxSentenceTokens; }
  public int articleTimeoutSeconds() { return articleTimeoutSeconds; }
  public int partitions() { return partitions; }
  public int bootstrapSamples() { return bootstrapSamples; }
  public long seed() { return seed; }
  public int reciprocalWindowDays() { return reciprocalWindowDays; }
  /** Least confidence of a −1 label for a statement to count as a reciprocal claim. */
  public double reciprocalMinConfidence() { return reciprocalMinConfidence; }

  /**
   * Least confidence of a target for it to count in the measures (0: every target). The
   * statements keep all their targets; only metrics/ and the report leave the weaker ones out.
   */
  public double minTargetConfidence() { return minTargetConfidence; }
  public int reportTopOutlets() { return reportTopOutlets; }
  public int minCellN() { return minCellN; }
  public int explorerPerCell() { return explorerPerCell; }
  public boolean stanceSelf() { return stanceSelf; }
}
