package org.excuseengine.spark;

/**
 * What a job is asked to do.
 *
 * @param input      any path Spark reads: a file, a folder of files, a glob; local, HDFS or an object store
 * @param output     where to write the assessments (a folder of part files); null for metrics only
 * @param partitions how many partitions to replay in; 0 for Spark's default parallelism
 * @param sample     how many changed visits a champion/challenger run shows
 */
record JobSettings(String input, InputFormat format, Rules rules, String output, OutputFormat outputFormat,
                   int partitions, int sample) {

    /** How the assessments are written: JSON lines as the library writes them, or Parquet with their place. */
    enum OutputFormat { JSONL, PARQUET }
}
