package org.excuseengine.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code GET /} and the page's own files: a page to try a visit in a browser, read from the jar
 * once. Served without a token (they hold no one's data); the page's script sends the token the
 * user types with each API call. The headers keep the page to its own origin: no inline script,
 * no other site's script, style or connection, no framing.
 */
final class PageFile implements Router.Endpoint {
    /** Only the page's own files, and scripts may not write markup from strings (Trusted Types). */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "img-src 'self'",
            "form-action 'none'", "base-uri 'none'", "frame-ancestors 'none'", "require-trusted-types-for 'script'",
            "trusted-types 'none'");
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");

    private final String contentType;
    private final String text;

    private PageFile(String contentType, String text) {
        this.contentType = contentType;
        this.text = text;
    }

    /** The page's file {@code name} (under {@code page/} next to this class). */
    static PageFile of(String name, String contentType) {
        return new PageFile(contentType, read(name));
    }

    /** A document made at start-up, e.g. the examples gathered into one. */
    static PageFile ofText(String text, String contentType) {
        return new PageFile(contentType, text);
    }

    static String read(String name) {
        try (InputStream in = PageFile.class.getResourceAsStream("page/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the page's file " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page's file " + name, e);
        }
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        SECURITY_HEADERS.forEach(exchange::answerHeader);
        exchange.send(200, contentType, text);
    }
}
