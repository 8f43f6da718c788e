package org.excuseengine.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written under a temporary name beside its target ({@code NAME.partial}) and renamed into
 * place only once complete, so that an interrupted run never leaves a truncated file that looks
 * finished. Closing it without {@link #commit()} deletes the temporary file.
 */
final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path partial;
    private final Writer writer;
    private boolean committed;

    private AtomicOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        this.partial = this.target.resolveSibling(this.target.getFileName() + ".partial");
        this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8),
                1 << 16);
    }

    /** An output to {@code target}, or null when there is no target. */
    static AtomicOutput to(Path target) throws IOException {
        return target == null ? null : new AtomicOutput(target);
    }

    /** The writer of an output that may be absent. */
    static Writer writerOf(AtomicOutput output) {
        return output == null ? null : output.writer;
    }

    Writer writer() {
        return writer;
    }

    void commit() throws IOException {
        writer.close();
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            writer.close();
            Files.deleteIfExists(partial);
        }
    }
}
