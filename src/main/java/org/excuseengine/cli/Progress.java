package org.excuseengine.cli;

import java.io.InputStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * A progress bar on standard error, shown only when standard error is a terminal: output that is
 * piped or redirected to a file stays free of it.
 */
final class Progress implements AutoCloseable {
    private static final Progress NONE = new Progress(null);

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar counting {@code total} items (or an open count, when total is negative). */
    static Progress counting(String task, long total, String unit) {
        if (!standardErrorIsTerminal()) {
            return NONE;
        }
        return new Progress(builder(task).setInitialMax(total).setUnit(" " + unit, 1).showSpeed().build());
    }

    /** {@code in}, wrapped so that a bar follows how much of its {@code size} bytes were read. */
    static InputStream trackingBytes(String task, InputStream in, long size) {
        if (!standardErrorIsTerminal()) {
            return in;
        }
        return ProgressBar.wrap(in, builder(task).setInitialMax(size).setUnit(" MiB", 1 << 20));
    }

    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    private static ProgressBarBuilder builder(String task) {
        return new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250);
    }

    /**
     * Java tells whether the console is interactive only for standard input and output together;
     * JLine (which the progress bar library already uses) can ask about standard error alone.
     */
    static boolean standardErrorIsTerminal() {
        try {
            return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
        } catch (Exception | LinkageError e) {
            return false;
        }
    }
}
