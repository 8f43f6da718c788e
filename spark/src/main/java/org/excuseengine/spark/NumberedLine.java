package org.excuseengine.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.excuseengine.json.ContractJson;
import org.excuseengine.json.Utf8LineReader;

/**
 * A line of a text input with its 1-based number, counted across the input's files in the order
 * Spark lists them (one file: its own line numbers). The bytes are kept as read, so that a line that
 * is not UTF-8 is reported on its own with the message a single-machine run gives, instead of being
 * decoded with replacement characters.
 */
record NumberedLine(long number, byte[] bytes) implements Serializable {

    /** The lines of {@code path}, in at least {@code partitions} partitions (split where the files allow). */
    static JavaRDD<NumberedLine> read(SparkSession spark, String path, int partitions) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return context.hadoopFile(path, TextInputFormat.class, LongWritable.class, Text.class, partitions)
                .map(record -> record._2().copyBytes()) // Hadoop reuses its Text: copy before keeping
                .zipWithIndex()
                .map(numbered -> new NumberedLine(numbered._2() + 1, numbered._1()));
    }

    /** Numbers records that are already text (a Parquet row written as JSON), from 1 + {@code offset}. */
    static JavaRDD<NumberedLine> number(JavaRDD<String> records, long offset) {
        return records.zipWithIndex().map(numbered -> new NumberedLine(numbered._2() + 1 + offset,
                numbered._1().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The line decoded as the library's line reader decodes it: its text, or why it cannot be read. */
    Utf8LineReader.Line decode() {
        try {
            Utf8LineReader.Line line = new Utf8LineReader(new ByteArrayInputStream(bytes), ContractJson.MAX_VISIT_LINE_BYTES).next();
            return line == null ? new Utf8LineReader.Line(number, "", null) : new Utf8LineReader.Line(number, line.text(), line.problem());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail to read
        }
    }
}
