package org.excuseengine.service;

import java.io.Closeable;
import java.io.IOException;

/** The records of a batch, read one at a time in order. */
interface BatchRecords extends Closeable {
    /**
     * One record: its JSON text, or why it cannot be read (then {@code json} is null).
     *
     * @param line the record's 1-based position in the batch: its line in JSON lines, its index in an array
     */
    record Item(long line, String json, String unreadable) {
        static Item of(long line, String json) {
            return new Item(line, json, null);
        }

        static Item unreadable(long line, String why) {
            return new Item(line, null, why);
        }
    }

    /** The next record, or null after the last. */
    Item next() throws IOException;
}
