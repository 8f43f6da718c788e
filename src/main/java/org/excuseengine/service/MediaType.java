package org.excuseengine.service;

import java.util.Locale;
import java.util.Set;

/** The essence of a request's Content-Type ({@code type/subtype}), checked against what a route accepts. */
final class MediaType {
    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";
    static final String JSONL = "application/jsonl";

    private MediaType() {}

    /**
     * The essence of {@code contentType}, lower-cased, if it is one of {@code accepted} and its
     * charset, if named, is UTF-8 (JSON is UTF-8 on the wire).
     *
     * @throws ProblemException 415 naming what is accepted
     */
    static String require(String contentType, Set<String> accepted) {
        if (contentType == null || contentType.isBlank()) {
            throw unsupported("no Content-Type", accepted);
        }
        String[] parts = contentType.split(";");
        String essence = parts[0].trim().toLowerCase(Locale.ROOT);
        if (!accepted.contains(essence)) {
            throw unsupported("Content-Type " + essence, accepted);
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].trim().split("=", 2);
            if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("charset")) {
                String charset = parameter[1].trim().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                    throw new ProblemException(Problem.unsupportedMediaType(
                            "charset " + charset + " is not accepted; send UTF-8"));
                }
            }
        }
        return essence;
    }

    private static ProblemException unsupported(String got, Set<String> accepted) {
        return new ProblemException(Problem.unsupportedMediaType(
                got + " is not accepted here; send " + String.join(" or ", accepted.stream().sorted().toList())));
    }
}
