package org.excuseengine.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request and its answer, over the JDK's {@link HttpExchange}: what handlers read (method,
 * path, headers, a size-limited body) and the three ways they answer (a JSON document, a
 * streamed body, a problem). Remembers the status sent, so a failure after the answer began is
 * never followed by a second status line.
 */
final class Exchange {
    private final HttpExchange http;
    private final ObjectMapper mapper;
    private int status;

    Exchange(HttpExchange http, ObjectMapper mapper) {
        this.http = http;
        this.mapper = mapper;
    }

    String method() {
        return http.getRequestMethod();
    }

    /** The decoded path, without the query. */
    String path() {
        String path = http.getRequestURI().getPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    String header(String name) {
        return http.getRequestHeaders().getFirst(name);
    }

    /** The declared body length, or -1 when the body is chunked or the header is unreadable. */
    long contentLength() {
        String declared = header("Content-Length");
        try {
            return declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    InputStream body() {
        return http.getRequestBody();
    }

    /**
     * The whole body, if it is at most {@code limit} bytes.
     *
     * @throws ProblemException 413 as soon as the declared or the read length passes the limit
     */
    byte[] readBody(int limit) throws IOException {
        if (contentLength() > limit) {
            throw tooLarge(limit);
        }
        byte[] body = body().readNBytes(limit + 1);
        if (body.length > limit) {
            throw tooLarge(limit);
        }
        return body;
    }

    private static ProblemException tooLarge(int limit) {
        return new ProblemException(Problem.tooLarge("the request body is larger than " + limit + " bytes"));
    }

    /**
     * Reads and drops what is left of the request body, up to {@code cap} bytes, before an early
     * answer (a 413, a 503 during start-up): the client may still be sending, and closing the
     * connection with its bytes unread would reset it, losing the answer on the way.
     */
    void discardBody(long cap) {
        try {
            byte[] sink = new byte[64 * 1024];
            long dropped = 0;
            while (dropped < cap) {
                int n = body().read(sink);
                if (n < 0) {
                    return;
                }
                dropped += n;
            }
        } catch (IOException e) {
            // The client stopped sending: nothing left to protect.
        }
    }

    /** Answers with a JSON document. */
    void sendJson(int status, Object document) throws IOException {
        send(status, "application/json", toJson(document));
    }

    void send(int status, String contentType, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        http.getResponseHeaders().set("Content-Type", contentType);
        // The JDK server reads a length of 0 as "chunked" and -1 as "no body".
        sendHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Starts a chunked answer; the caller writes the body and closes the writer. */
    Writer startStream(int status, String contentType) throws IOException {
        http.getResponseHeaders().set("Content-Type", contentType);
        sendHeaders(status, 0); // 0: chunked
        return new BufferedWriter(new OutputStreamWriter(http.getResponseBody(), StandardCharsets.UTF_8), 64 * 1024);
    }

    /** Answers with {@code problem}, unless an answer was already started (then there is nothing left to say). */
    boolean sendProblem(Problem problem, Map<String, String> headers) throws IOException {
        if (started()) {
            return false;
        }
        headers.forEach(http.getResponseHeaders()::set);
        send(problem.status(), Problem.MEDIA_TYPE, toJson(problem.at(path())));
        return true;
    }

    boolean started() {
        return status != 0;
    }

    /** The status sent, or 0 if none was. */
    int status() {
        return status;
    }

    void close() {
        http.close();
    }

    private void sendHeaders(int status, long length) throws IOException {
        // Answers are per request and per caller: no cache may keep them.
        http.getResponseHeaders().set("Cache-Control", "no-store");
        http.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        this.status = status;
        http.sendResponseHeaders(status, length);
    }

    private String toJson(Object document) {
        if (document instanceof String json) {
            return json;
        }
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + document.getClass().getSimpleName(), e);
        }
    }
}
