package org.excuseengine.service;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How the HTTP service listens and how much it accepts.
 *
 * @param address         where to listen; loopback unless a bearer token guards the service
 * @param token           the bearer token every request but {@code /healthz} must present, or null for none
 * @param insecure        allow a non-loopback address without a token (an explicit, logged choice)
 * @param maxBodyBytes    the largest single visit or text request, and the largest record of a batch
 * @param maxBatchRecords the most records a batch may hold
 * @param maxBatchBytes   the largest batch request
 * @param threads         how many requests are handled at once
 * @param queueLength     how many connections the operating system holds before the service accepts them; past that, refused
 * @param drainTimeout    how long {@link ExcuseService#close()} waits for requests in flight
 * @param idleTimeout     how long a connection may stay silent, while idle or in the middle of a request
 * @param minRequestBytesPerSecond the slowest a client may send a body; a slower one is cut off
 * @param accessLog       where one JSON line per request goes, or null for no access log
 * @param maxConnections  the most connections open at once; past that, new ones wait to be accepted
 */
public record ServiceConfig(InetSocketAddress address, String token, boolean insecure, int maxBodyBytes,
                            int maxBatchRecords, long maxBatchBytes, int threads, int queueLength,
                            Duration drainTimeout, Duration idleTimeout, long minRequestBytesPerSecond,
                            Consumer<String> accessLog, int maxConnections) {
    /** Shorter tokens are refused: a guessable token is no protection on an open port. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public ServiceConfig {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(drainTimeout, "drainTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout: expected a positive duration, got " + idleTimeout);
        }
        if (address.isUnresolved()) {
            throw new IllegalArgumentException("cannot resolve the address to bind: " + address.getHostString());
        }
        if (token != null && token.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("the bearer token must be at least " + MIN_TOKEN_LENGTH
                    + " characters long");
        }
        if (token == null && !insecure && !address.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("binding to " + address.getAddress().getHostAddress()
                    + ", which is not a loopback address, needs a bearer token (or an explicit insecure setting)");
        }
        positive(maxBodyBytes, "maxBodyBytes");
        if (maxBodyBytes == Integer.MAX_VALUE) {
            // A batch line is read with room for one byte more, to tell a line at the limit from a longer one.
            throw new IllegalArgumentException("maxBodyBytes: expected at most " + (Integer.MAX_VALUE - 1) + ", got " + maxBodyBytes);
        }
        positive(maxBatchRecords, "maxBatchRecords");
        positive(maxBatchBytes, "maxBatchBytes");
        positive(threads, "threads");
        positive(queueLength, "queueLength");
        positive(minRequestBytesPerSecond, "minRequestBytesPerSecond");
        positive(maxConnections, "maxConnections");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** True when a caller must present the bearer token. */
    boolean requiresToken() {
        return token != null;
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + ": expected a number above 0, got " + value);
        }
    }

    /** Settings with the documented defaults: 127.0.0.1:8080, 1 MiB bodies, 10,000-record batches. */
    public static final class Builder {
        private String bind = "127.0.0.1";
        private int port = 8080;
        private String token;
        private boolean insecure;
        private int maxBodyBytes = 1024 * 1024;
        private int maxBatchRecords = 10_000;
        private long maxBatchBytes = 64L * 1024 * 1024;
        private int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        private int queueLength = 256;
        private Duration drainTimeout = Duration.ofSeconds(30);
        private Duration idleTimeout = Duration.ofSeconds(30);
        private long minRequestBytesPerSecond = 1024;
        private Consumer<String> accessLog;
        private int maxConnections = 1_000;

        private Builder() {}

        public Builder bind(String host) {
            this.bind = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port to listen on; 0 picks a free one ({@link ExcuseService#address()} tells which). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder token(String token) {
            this.token = token;
            return this;
        }

        public Builder insecure(boolean insecure) {
            this.insecure = insecure;
            return this;
        }

        public Builder maxBodyBytes(int bytes) {
            this.maxBodyBytes = bytes;
            return this;
        }

        public Builder maxBatchRecords(int records) {
            this.maxBatchRecords = records;
            return this;
        }

        public Builder maxBatchBytes(long bytes) {
            this.maxBatchBytes = bytes;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        public Builder queueLength(int length) {
            this.queueLength = length;
            return this;
        }

        public Builder drainTimeout(Duration timeout) {
            this.drainTimeout = timeout;
            return this;
        }

        /** How long a connection may stay silent (default 30 s), idle between requests or within one. */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = timeout;
            return this;
        }

        /** The slowest a client may send a request body, in bytes per second (default 1,024). */
        public Builder minRequestBytesPerSecond(long rate) {
            this.minRequestBytesPerSecond = rate;
            return this;
        }

        /** Where to write one JSON line per request (default: nowhere). */
        public Builder accessLog(Consumer<String> sink) {
            this.accessLog = sink;
            return this;
        }

        /** The most connections open at once (default 1,000); past that, new ones wait to be accepted. */
        public Builder maxConnections(int connections) {
            this.maxConnections = connections;
            return this;
        }

        /** @throws IllegalArgumentException naming the setting that is out of range */
        public ServiceConfig build() {
            InetAddress host;
            try {
                host = InetAddress.getByName(bind);
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException("cannot resolve the address to bind: " + bind);
            }
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port: expected 0 to 65535, got " + port);
            }
            return new ServiceConfig(new InetSocketAddress(host, port), token, insecure, maxBodyBytes,
                    maxBatchRecords, maxBatchBytes, threads, queueLength, drainTimeout, idleTimeout,
                    minRequestBytesPerSecond, accessLog, maxConnections);
        }
    }
}
