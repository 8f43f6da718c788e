package org.excuseengine.service;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body read by a service thread, which must keep arriving at the minimum rate: one that
 * falls behind (after a second's grace) ends the request with 408, so that no client holds a
 * thread by sending slowly. A client that sends nothing at all is cut off by the idle timeout.
 */
final class MinimumRate extends FilterInputStream {
    private static final long GRACE_NANOS = 1_000_000_000L;

    private final long bytesPerSecond;
    private final long start = System.nanoTime();
    private long read;

    MinimumRate(InputStream in, long bytesPerSecond) {
        super(in);
        this.bytesPerSecond = bytesPerSecond;
    }

    @Override
    public int read() throws IOException {
        check();
        int b = super.read();
        if (b >= 0) {
            read++;
            check();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        check();
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            read += n;
            check();
        }
        return n;
    }

    private void check() {
        long elapsed = System.nanoTime() - start - GRACE_NANOS;
        if (elapsed > 0 && read < bytesPerSecond * elapsed / 1_000_000_000L) {
            throw new ProblemException(Problem.requestTimeout("the request body arrived slower than " + bytesPerSecond
                    + " bytes a second"), java.util.Map.of("Connection", "close"));
        }
    }
}
