package org.excuseengine.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An error answer in the shape of RFC 9457 ({@code application/problem+json}). Problems that mean
 * no more than their HTTP status use {@code about:blank}; the service's own kinds have a URN.
 * {@code field} is the JSON pointer of the offending part of the request, when there is one.
 * The detail is written for the integrator who sent the request; it never holds a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, String instance, String field) {
    static final String MEDIA_TYPE = "application/problem+json";
    static final String INVALID_REQUEST = "urn:excuse-engine:problem:invalid-request";
    static final String RULES_NOT_LOADED = "urn:excuse-engine:problem:rules-not-loaded";
    static final String SHUTTING_DOWN = "urn:excuse-engine:problem:shutting-down";
    static final String ASSESSMENT_FAILED = "urn:excuse-engine:problem:assessment-failed";
    static final String OUT_OF_MEMORY = "urn:excuse-engine:problem:out-of-memory";
    private static final String BLANK = "about:blank";

    /** The same problem, answering the request for {@code path}. */
    Problem at(String path) {
        return new Problem(type, title, status, detail, path, field);
    }

    /** 400: the request is malformed or breaks the contract at {@code field} (a JSON pointer). */
    static Problem invalid(String field, String detail) {
        return new Problem(INVALID_REQUEST, "Invalid request", 400, detail, null, field);
    }

    /**
     * 400 from a contract message such as {@code "/customer/creditRating: does not have a value
     * in the enumeration [A, B, C, D]"}: its leading JSON pointer becomes the field.
     */
    static Problem invalidAt(String message) {
        if (message.startsWith(": ")) {
            message = "/" + message; // the schema names the document's root by an empty pointer
        }
        int colon = message.indexOf(": ");
        String field = message.startsWith("/") && colon > 0 ? message.substring(0, colon) : "/";
        return invalid(field, message);
    }

    static Problem unauthorized(String detail) {
        return new Problem(BLANK, "Unauthorized", 401, detail, null, null);
    }

    static Problem notFound(String path) {
        return new Problem(BLANK, "Not Found", 404, "no resource at " + path, null, null);
    }

    static Problem methodNotAllowed(String method, List<String> allowed) {
        return new Problem(BLANK, "Method Not Allowed", 405,
                method + " is not allowed here; allowed: " + String.join(", ", allowed), null, null);
    }

    static Problem requestTimeout(String detail) {
        return new Problem(BLANK, "Request Timeout", 408, detail, null, null);
    }

    static Problem tooLarge(String detail) {
        return new Problem(BLANK, "Content Too Large", 413, detail, null, null);
    }

    static Problem unsupportedMediaType(String detail) {
        return new Problem(BLANK, "Unsupported Media Type", 415, detail, null, null);
    }

    static Problem assessmentFailed(String detail) {
        return new Problem(ASSESSMENT_FAILED, "The rules failed on this visit", 500, detail, null, null);
    }

    static Problem internal() {
        return new Problem(BLANK, "Internal Server Error", 500,
                "the service failed unexpectedly; the service log has the details", null, null);
    }

    /** 503: the visit needed more memory than the service has; the service goes on. */
    static Problem outOfMemory() {
        return new Problem(OUT_OF_MEMORY, "Out of memory", 503,
                "the service ran out of memory on this request; retry, or send a smaller request", null, null);
    }

    static Problem rulesNotLoaded(String detail) {
        return new Problem(RULES_NOT_LOADED, "No rules loaded", 503, detail, null, null);
    }

    static Problem shuttingDown() {
        return new Problem(SHUTTING_DOWN, "Shutting down", 503,
                "the service is shutting down and takes no new requests", null, null);
    }
}
