package org.excuseengine.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.BitSet;
import java.util.function.Supplier;

/**
 * The elements of a JSON array body, read with Jackson's streaming parser so that only one element
 * is ever held in memory.
 *
 * <p>A first, cheap pass over the body (tokens only, nothing built) checks what can only be
 * answered for the batch as a whole, before any answer line goes out: that it is one well-formed
 * array (an array whose syntax breaks cannot be cut into records), and that it holds no more than
 * the record limit. It also notes the elements too large to read, which then get an error in their
 * place.
 */
final class JsonArrayRecords implements BatchRecords {
    private final JsonParser parser;
    private final JsonFactory factory;
    private final BitSet tooLarge;
    private final int maxRecordBytes;
    private long index;

    private JsonArrayRecords(JsonParser parser, JsonFactory factory, BitSet tooLarge, int maxRecordBytes) {
        this.parser = parser;
        this.factory = factory;
        this.tooLarge = tooLarge;
        this.maxRecordBytes = maxRecordBytes;
    }

    /**
     * Checks the body, then opens it for reading record by record.
     *
     * @throws ProblemException 400 when the body is not one well-formed array, 413 when it holds too many records
     */
    static JsonArrayRecords open(JsonFactory factory, Supplier<InputStream> body, int maxRecords, int maxRecordBytes)
            throws IOException {
        BitSet tooLarge = scan(factory, body.get(), maxRecords, maxRecordBytes);
        JsonParser parser = factory.createParser(body.get());
        parser.nextToken(); // the opening bracket, checked by the scan
        return new JsonArrayRecords(parser, factory, tooLarge, maxRecordBytes);
    }

    @Override
    public Item next() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null || token == JsonToken.END_ARRAY) {
            return null;
        }
        index++;
        if (tooLarge.get((int) index)) {
            parser.skipChildren();
            return Item.unreadable(index, "/: the record is longer than " + maxRecordBytes + " bytes; it was not read");
        }
        StringWriter element = new StringWriter();
        try (JsonGenerator copy = factory.createGenerator(element)) {
            copy.copyCurrentStructure(parser);
        }
        return Item.of(index, element.toString());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** The 1-based indexes of the elements longer than {@code maxRecordBytes}. */
    private static BitSet scan(JsonFactory factory, InputStream body, int maxRecords, int maxRecordBytes)
            throws IOException {
        BitSet tooLarge = new BitSet();
        try (JsonParser parser = factory.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new ProblemException(Problem.invalid("/", "expected a JSON array of visits"
                        + " (or send JSON lines as " + MediaType.NDJSON + ")"));
            }
            int count = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (++count > maxRecords) {
                    throw new ProblemException(Problem.tooLarge(
                            "the batch holds more than " + maxRecords + " records; send it in parts"));
                }
                long start = parser.currentTokenLocation().getByteOffset();
                parser.skipChildren();
                long end = parser.currentLocation().getByteOffset();
                if (end - start > maxRecordBytes) {
                    tooLarge.set(count);
                }
            }
            if (parser.nextToken() != null) {
                throw new ProblemException(Problem.invalid("/", "unexpected content after the array at line "
                        + parser.currentTokenLocation().getLineNr()));
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ProblemException(Problem.invalid("/", "malformed JSON" + where + ": " + e.getOriginalMessage()));
        }
        return tooLarge;
    }
}
