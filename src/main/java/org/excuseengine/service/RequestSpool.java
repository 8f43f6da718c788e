package org.excuseengine.service;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A batch request body, read whole before the first answer line is written: kept in memory up to
 * {@link #IN_MEMORY_BYTES}, in a private temporary file beyond, deleted on close.
 *
 * <p>Why not answer while still reading: many HTTP clients (Python's requests, Apex callouts,
 * .NET's HttpClient over HTTP/1.1) send the whole body before they read any answer. A server that
 * writes while they are still sending fills the socket buffers both ways and both sides wait for
 * ever. Reading first keeps such clients safe; the answer is still streamed as it is computed,
 * and memory stays bounded whatever the batch size.
 */
final class RequestSpool implements AutoCloseable {
    static final int IN_MEMORY_BYTES = 1024 * 1024;

    private final byte[] inMemory;
    private final Path file;
    private final long size;
    private final long newlines;
    private final boolean endsWithNewline;

    private RequestSpool(byte[] inMemory, Path file, long size, long newlines, boolean endsWithNewline) {
        this.inMemory = inMemory;
        this.file = file;
        this.size = size;
        this.newlines = newlines;
        this.endsWithNewline = endsWithNewline;
    }

    /**
     * Reads {@code body} to its end.
     *
     * @throws ProblemException 413 as soon as the body passes {@code limit} bytes
     */
    static RequestSpool read(InputStream body, long limit) throws IOException {
        ByteArrayOutputStream memory = new ByteArrayOutputStream();
        OutputStream out = memory;
        Path file = null;
        long size = 0;
        long newlines = 0;
        int last = -1;
        byte[] buffer = new byte[64 * 1024];
        try {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                size += n;
                if (size > limit) {
                    throw new ProblemException(Problem.tooLarge("the batch is larger than " + limit + " bytes"));
                }
                for (int i = 0; i < n; i++) {
                    // As the line reader ends lines: at \n, \r\n, or a lone \r.
                    if (buffer[i] == '\n' ? last != '\r' : buffer[i] == '\r') {
                        newlines++;
                    }
                    last = buffer[i];
                }
                if (file == null && size > IN_MEMORY_BYTES) {
                    file = Files.createTempFile("excuse-engine-batch-", ".spool");
                    out = Files.newOutputStream(file);
                    memory.writeTo(out);
                    memory = null;
                }
                out.write(buffer, 0, n);
            }
            out.close();
        } catch (IOException | RuntimeException e) {
            out.close();
            if (file != null) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
        return new RequestSpool(file == null ? memory.toByteArray() : null, file, size, newlines, last == '\n' || last == '\r');
    }

    /** The body from its start; may be opened more than once. */
    InputStream open() {
        try {
            return file == null ? new ByteArrayInputStream(inMemory)
                    : new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many lines the body holds (ended by \n, \r\n or \r): a last line without an ending counts too. */
    long lines() {
        return size == 0 ? 0 : newlines + (endsWithNewline ? 0 : 1);
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }
}
