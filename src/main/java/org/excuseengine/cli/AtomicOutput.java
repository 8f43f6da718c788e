package org.excuseengine.cli;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A file written under a temporary name beside its target and renamed into place only once
 * complete, so that an interrupted run never leaves a truncated file that looks finished.
 *
 * <p>Each run's temporary file has a name of its own ({@code .NAME.<random>.partial}), created
 * exclusively and never through a link: two runs on the same target never write one file, a link
 * planted at the name is refused rather than written through, and the last run to finish replaces
 * the target whole. Any failure (a full disk included) removes the temporary file and names the
 * target in its message. Closing without {@link #commit()} removes it too.
 */
final class AtomicOutput implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path partial;
    private final FileChannel channel;
    private final Writer writer;
    private boolean committed;
    private boolean discarding;

    private AtomicOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path folder = this.target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("cannot write " + target + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(this.target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("cannot write " + target + ": it is a folder");
        }
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        this.partial = folder.resolve("." + this.target.getFileName() + "." + HexFormat.of().formatHex(random) + ".partial");
        try {
            this.channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot write " + target + ": its temporary file " + partial + " already exists", e);
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + describe(e), e);
        }
        this.writer = new NamingFailures(new BufferedWriter(
                new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16));
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

    /** Makes the file durable and renames it over the target in one step. */
    void commit() throws IOException {
        try {
            writer.close(); // flushes and makes the file durable, if a caller has not closed it already
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            committed = true;
        } catch (IOException e) {
            discard();
            throw e.getMessage() != null && e.getMessage().startsWith("cannot write ") ? e
                    : new IOException("cannot write " + target + ": " + describe(e), e);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            discard();
        }
    }

    private void discard() {
        try {
            discarding = true;
            writer.close();
        } catch (IOException e) {
            // The file is being thrown away: what it failed to hold no longer matters.
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            System.err.println("Cannot remove the temporary file " + partial + ": " + describe(e));
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Every write failure names the target file, so a full disk says which output it cut short. */
    private final class NamingFailures extends FilterWriter {
        NamingFailures(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            try {
                out.write(c);
            } catch (IOException e) {
                throw named(e);
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            try {
                out.write(buffer, offset, length);
            } catch (IOException e) {
                throw named(e);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            try {
                out.write(text, offset, length);
            } catch (IOException e) {
                throw named(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw named(e);
            }
        }

        /** Closing flushes and forces the file to disk first, unless it is being thrown away. */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (!discarding) {
                    out.flush();
                    channel.force(true);
                }
            } catch (IOException e) {
                out.close();
                throw named(e);
            }
            out.close();
        }

        private boolean closed;

        private IOException named(IOException e) {
            return new IOException("cannot write " + target + ": " + describe(e), e);
        }
    }
}
