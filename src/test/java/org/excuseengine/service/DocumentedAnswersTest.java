package org.excuseengine.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The answers docs/service.md quotes are the service's: each {@code curl} shown is sent to a real
 * service and the block quoted after it must match what comes back. In a quote, {@code …} stands
 * for anything, a 16-digit hex digest for any rules version and a timestamp for any instant;
 * quoted JSON may wrap where the real answer does not.
 */
class DocumentedAnswersTest {
    private static final Path DOC = Path.of("docs", "service.md");
    private static final Pattern FENCE = Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("(-X|-H|-d|--data-binary)\\s+('([^']*)'|\"([^\"]*)\"|(\\S+))");
    private static final Pattern URL = Pattern.compile("\"?\\$B(/[^\\s\"']*)\"?");
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
    private static TestServer server;

    record Block(String language, String text) {}

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.shared();
    }

    @TestFactory
    Stream<DynamicTest> everyQuotedAnswerIsTheServicesAnswerToItsCurl() throws IOException {
        List<Block> blocks = blocks();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block command = blocks.get(i);
            Block quoted = blocks.get(i + 1);
            if (command.language().equals("sh") && command.text().startsWith("curl ") && !quoted.language().equals("sh")) {
                tests.add(DynamicTest.dynamicTest(command.text().lines().findFirst().orElseThrow(),
                        () -> assertQuoted(quoted.text(), answerTo(command.text()))));
            }
        }
        assertFalse(tests.isEmpty(), "no curl and quoted answer found in " + DOC);
        return tests.stream();
    }

    @Test
    void theQuotedErrorIsTheServicesAnswerToABadRating() throws Exception {
        Block quoted = blocks().stream().filter(block -> block.text().startsWith("{\"type\":\"urn:excuse-engine:problem:invalid-request\""))
                .findFirst().orElseThrow(() -> new AssertionError("no quoted invalid-request problem in " + DOC));
        ObjectNode visit = (ObjectNode) new ObjectMapper().readTree(Samples.visit());
        ((ObjectNode) visit.get("customer")).put("creditRating", "Z");

        assertQuoted(quoted.text(), server.post("/v1/assessments", "application/json", visit.toString()).body());
    }

    /** The answer to a {@code curl} command as the doc writes it, with an optional {@code | grep '^prefix'}. */
    private static String answerTo(String curl) throws Exception {
        String command = curl.replace("\\\n", " ");
        String pipe = command.contains("|") ? command.substring(command.indexOf('|') + 1).trim() : null;
        command = pipe == null ? command : command.substring(0, command.indexOf('|'));
        Matcher url = URL.matcher(command);
        if (!url.find()) {
            throw new AssertionError("no $B URL in " + curl);
        }
        HttpRequest.Builder request = server.request(url.group(1));
        String method = "GET";
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        Matcher option = OPTION.matcher(command);
        while (option.find()) {
            String value = option.group(3) != null ? option.group(3) : option.group(4) != null ? option.group(4) : option.group(5);
            switch (option.group(1)) {
                case "-X" -> method = value;
                case "-H" -> request.header(value.substring(0, value.indexOf(':')).trim(), value.substring(value.indexOf(':') + 1).trim());
                case "-d" -> body = HttpRequest.BodyPublishers.ofString(value);
                default -> body = HttpRequest.BodyPublishers.ofFile(Path.of(value.substring(1)));
            }
        }
        HttpResponse<String> answer = server.send(request.method(method, body));
        if (pipe == null) {
            return answer.body();
        }
        Matcher grep = Pattern.compile("grep '\\^([^']*)'").matcher(pipe);
        assertTrue(grep.find(), "only | grep '^prefix' is understood: " + pipe);
        return String.join("\n", answer.body().lines().filter(line -> line.startsWith(grep.group(1))).toList());
    }

    /**
     * A one-document quote (JSON wrapped over lines) must match the whole answer; a quote of many
     * lines (JSON lines, metrics) must match answer lines, each in turn.
     */
    private static void assertQuoted(String quoted, String answer) {
        List<String> quotedLines = quoted.lines().toList();
        boolean wrappedDocument = quotedLines.stream().skip(1).allMatch(line -> line.startsWith(" "));
        if (wrappedDocument) {
            String joined = String.join("", quotedLines.stream().map(String::strip).toList());
            assertTrue(pattern(joined).matcher(answer.strip()).matches(), "quoted:\n" + joined + "\nreal:\n" + answer);
            return;
        }
        List<String> answerLines = answer.lines().toList();
        int from = 0;
        for (String line : quotedLines) {
            if (line.strip().equals("…")) {
                continue;
            }
            Pattern expected = pattern(line.strip());
            int found = -1;
            for (int i = from; i < answerLines.size() && found < 0; i++) {
                if (expected.matcher(answerLines.get(i)).matches()) {
                    found = i;
                }
            }
            assertTrue(found >= 0, "quoted line not in the answer (in order):\n" + line + "\nreal:\n" + answer);
            from = found + 1;
        }
    }

    /** The quote as a pattern: literal, but for the stand-ins for anything, any digest and any instant. */
    private static Pattern pattern(String quote) {
        StringBuilder regex = new StringBuilder();
        Matcher wildcard = Pattern.compile("…|" + DIGEST.pattern() + "|" + INSTANT.pattern()).matcher(quote);
        int at = 0;
        while (wildcard.find()) {
            regex.append(Pattern.quote(quote.substring(at, wildcard.start())));
            String found = wildcard.group();
            regex.append(found.equals("…") ? ".*?" : DIGEST.matcher(found).matches() ? DIGEST.pattern() : INSTANT.pattern());
            at = wildcard.end();
        }
        regex.append(Pattern.quote(quote.substring(at)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static List<Block> blocks() throws IOException {
        Matcher fence = FENCE.matcher(Files.readString(DOC));
        List<Block> blocks = new ArrayList<>();
        while (fence.find()) {
            blocks.add(new Block(fence.group(1), fence.group(2)));
        }
        return blocks;
    }
}
