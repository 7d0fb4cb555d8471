package org.mediastance.aggregate;

import static org.apache.spark.sql.functions.*;

import org.apache.spark.sql.Column;

/**
 * Spark column expressions that map a publication date to its period: a label ("2015-09-11",
 * ISO week "2015-W37", "2015-09", "2015-Q3", "2015") and the period's first day (weeks start on
 * Monday). A null date gives the label {@value #UNDATED} and a null start. Stateless.
 */
public final class Periods {
  private Periods() {}

  public static final String UNDATED = "undated";

  public static Column start(Column date, String period) {
    return switch (period) {
      case "day" -> date;
      case "week" -> to_date(date_trunc("week", date));
      case "month" -> trunc(date, "month");
      case "quarter" -> trunc(date, "quarter");
      case "year" -> trunc(date, "year");
      default -> throw new IllegalArgumentException("unknown period " + period);
    };
  }

  public static Column label(Column date, String period) {
    Column l = switch (period) {
      case "day" -> date_format(date, "yyyy-MM-dd");
      case "week" -> format_string("%04d-W%02d", date_part(lit("YEAROFWEEK"), date), weekofyear(date));
      case "month" -> date_format(date, "yyyy-MM");
      case "quarter" -> concat(year(date).cast("string"), lit("-Q"), quarter(date).cast("string"));
      case "year" -> year(date).cast("string");
      default -> throw new IllegalArgumentException("unknown period " + period);
    };
    return when(date.isNull(), lit(UNDATED)).otherwise(l);
  }
}
