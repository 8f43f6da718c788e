package org.excuseengine.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * One request and its answer, over Jetty's {@link Request} and {@link Response}: what handlers read
 * (method, path, headers, a size-limited body) and the three ways they answer (a JSON document, a
 * streamed body, a problem). Handlers block on the body and on writing; Jetty's read and idle
 * timeouts and its minimum data rate are what stop a client that sends or reads too slowly.
 * Remembers the status sent, so a failure after the answer began is never followed by a second
 * status line.
 */
final class Exchange {
    private final Request request;
    private final Response response;
    private final ObjectMapper mapper;
    private final long minBytesPerSecond;
    private InputStream body;
    private int status;

    Exchange(Request request, Response response, ObjectMapper mapper, long minBytesPerSecond) {
        this.minBytesPerSecond = minBytesPerSecond;
        this.request = request;
        this.response = response;
        this.mapper = mapper;
    }

    String method() {
        return request.getMethod();
    }

    /** The decoded path, without the query. */
    String path() {
        String path = request.getHttpURI().getDecodedPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    String header(String name) {
        return request.getHeaders().get(name);
    }

    /** The declared body length, or -1 when the body is chunked or the header is unreadable. */
    long contentLength() {
        return request.getLength();
    }

    InputStream body() {
        if (body == null) {
            body = new MinimumRate(Content.Source.asInputStream(request), minBytesPerSecond);
        }
        return body;
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
        byte[] bytes = body().readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw tooLarge(limit);
        }
        return bytes;
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
        } catch (IOException | RuntimeException e) {
            // The client stopped sending, or sent too slowly: nothing left to protect.
        }
    }

    /** Sets a header of the answer; call before the answer is sent. */
    void answerHeader(String name, String value) {
        response.getHeaders().put(name, value);
    }

    /** Answers with a JSON document. */
    void sendJson(int status, Object document) throws IOException {
        send(status, "application/json", toJson(document));
    }

    /** Answers with {@code text}; to HEAD, with the same status and headers and no body. */
    void send(int status, String contentType, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        sendHeaders(status);
        // To HEAD, the length of the body GET would have; the body itself is never written, so the
        // connection stays in step for the client's next request.
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        boolean head = "HEAD".equals(request.getMethod());
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            if (!head) {
                out.write(bytes);
            }
        }
    }

    /** Starts a streamed answer; the caller writes the body and closes the writer. */
    Writer startStream(int status, String contentType) throws IOException {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        sendHeaders(status);
        return new BufferedWriter(new OutputStreamWriter(Content.Sink.asOutputStream(response), StandardCharsets.UTF_8),
                64 * 1024);
    }

    /** Answers with {@code problem}, unless an answer was already started (then there is nothing left to say). */
    boolean sendProblem(Problem problem, Map<String, String> headers) throws IOException {
        if (started() || response.isCommitted()) {
            return false;
        }
        headers.forEach(response.getHeaders()::put);
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

    private void sendHeaders(int status) {
        // Answers are per request and per caller: no cache may keep them.
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        this.status = status;
        response.setStatus(status);
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
