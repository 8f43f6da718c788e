package org.excuseengine.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes the output rows through Spark's own writers, whose commit protocol makes only one attempt
 * of each task's files visible: a task Spark retries leaves no duplicate rows. Each partition's
 * rows come in a fixed order, so a retry writes the same file.
 */
final class Outputs {
    private Outputs() {}

    /** Writes the rows, or with no output only runs through them (the metrics still count every visit). */
    static void write(SparkSession spark, JavaRDD<VisitRow> rows, JobSettings settings) {
        if (settings.output() == null) {
            rows.foreach(row -> { });
            return;
        }
        Dataset<Row> table = spark.createDataFrame(rows.map(VisitRow::toRow), VisitRow.SCHEMA);
        if (settings.outputFormat() == JobSettings.OutputFormat.PARQUET) {
            table.select("line", "visitId", "customer", "index", "assessment")
                    .write().mode(SaveMode.Overwrite).parquet(settings.output());
        } else {
            table.select("assessment").write().mode(SaveMode.Overwrite).text(settings.output());
        }
    }
}
