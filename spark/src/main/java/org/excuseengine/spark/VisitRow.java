package org.excuseengine.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One line of the job's output: a visit's assessment, or the contract's error record in its place,
 * as the library writes it, with where it came from.
 *
 * @param customer empty for a snapshot replay
 * @param index    the visit's place among its customer's visits (a backtest), or its line (a replay)
 * @param line     the input line: the snapshot line, or the journal line of the visit event
 */
record VisitRow(String customer, long index, long line, String visitId, String assessment) implements Serializable {
    static final StructType SCHEMA = DataTypes.createStructType(List.<StructField>of(
            DataTypes.createStructField("customer", DataTypes.StringType, false),
            DataTypes.createStructField("index", DataTypes.LongType, false),
            DataTypes.createStructField("line", DataTypes.LongType, false),
            DataTypes.createStructField("visitId", DataTypes.StringType, true),
            DataTypes.createStructField("assessment", DataTypes.StringType, false)));

    Row toRow() {
        return RowFactory.create(customer, index, line, visitId, assessment);
    }
}
