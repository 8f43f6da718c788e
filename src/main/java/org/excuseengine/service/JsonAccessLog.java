package org.excuseengine.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;

/**
 * One JSON line per request, for log collectors: when, from where, what, the answer's status and
 * size, and how long it took. Never the body, the query or the Authorization header.
 */
final class JsonAccessLog implements RequestLog {
    private final Consumer<String> sink;
    private final ObjectMapper mapper;

    JsonAccessLog(Consumer<String> sink, ObjectMapper mapper) {
        this.sink = sink;
        this.mapper = mapper;
    }

    @Override
    public void log(Request request, Response response) {
        ObjectNode line = mapper.createObjectNode();
        line.put("time", Instant.ofEpochMilli(Request.getTimeStamp(request)).toString());
        line.put("remote", Request.getRemoteAddr(request));
        line.put("method", request.getMethod());
        line.put("path", request.getHttpURI().getPath());
        line.put("protocol", request.getConnectionMetaData().getProtocol());
        line.put("status", response.getStatus());
        line.put("bytesIn", Request.getContentBytesRead(request));
        line.put("bytesOut", Response.getContentBytesWritten(response));
        line.put("millis", (System.nanoTime() - request.getBeginNanoTime()) / 1_000_000.0);
        try {
            sink.accept(mapper.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an access log line is always writable", e);
        }
    }
}
