package org.excuseengine.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.excuseengine.engine.AssessmentException;
import org.excuseengine.engine.ExcuseEngine;
import org.excuseengine.json.ContractJson;
import org.excuseengine.json.InvalidVisitException;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Visit;
import org.excuseengine.testing.SharedEngine;

/**
 * Bad input, fuzzed: valid visits mutated at random (wrong types, missing fields, huge lists,
 * 10 MB strings, invalid UTF-8, NaN and negative amounts, impossible dates, deep nesting, cut
 * short, garbage) go through the contract's JSON and the engine. Every one ends in an assessment
 * or in a clear error that names where it is wrong with a JSON pointer; never in another
 * exception, a hang or an out-of-memory.
 */
class BadInputFuzzIT {
    /** Far above what any visit within the limits takes; a hang shows up as this timeout. */
    private static final long SECONDS_PER_VISIT = 30;
    private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fuzzed-visit");
        thread.setDaemon(true);
        return thread;
    });

    private final ContractJson json = new ContractJson();
    private final ExcuseEngine engine = SharedEngine.get();

    @AfterContainer
    static void stopRunner() {
        RUNNER.shutdownNow();
    }

    @Property(tries = 400)
    void everyMutatedVisitEndsInAnAssessmentOrAClearError(@ForAll("mutatedVisits") String visit) {
        outcome(visit);
    }

    @Property(tries = 30)
    void invalidUtf8DecodedAsACrmWouldEndsInAnAssessmentOrAClearError(@ForAll("corruptBytes") byte[] visit) {
        outcome(new String(visit, StandardCharsets.UTF_8));
    }

    /** The largest visit the limits let through is read and assessed, not refused. */
    @Example
    void aVisitAtEveryLimitIsAssessed() {
        ObjectNode visit = ValidVisits.random(new Random(5));
        ObjectNode history = (ObjectNode) visit.get("history");
        for (String list : new String[] {"promises", "payments", "tickets", "excuses"}) {
            Mutations.fill(history.putArray(list), list, 1_000);
        }
        ArrayNode excuses = visit.putArray("excuses");
        for (int i = 0; i < 20; i++) {
            excuses.addObject().put("text", "最近資金緊張，月底再說。Cash is tight. ".repeat(200).substring(0, 4_000));
        }
        String text = visit.toString();
        assertTrue(text.length() <= ContractJson.MAX_VISIT_CHARS, text.length() + " characters");
        try (ExcuseEngine patient = ExcuseEngine.builder(SharedEngine.RULES).timeLimit(Duration.ofMinutes(1)).build()) {
            long start = System.nanoTime();
            Assessment assessment = patient.assess(json.readVisit(text));
            System.out.printf("a visit at every limit (%d characters) assessed in %d ms%n", text.length(),
                    (System.nanoTime() - start) / 1_000_000);
            assertEquals(20, assessment.excuses().size());
        }
    }

    @Provide
    Arbitrary<String> mutatedVisits() {
        return Arbitraries.longs().map(seed -> {
            Random random = new Random(seed);
            ObjectNode visit = ValidVisits.random(random);
            int mutations = 1 + random.nextInt(3);
            String text = null;
            for (int m = 0; m < mutations && text == null; m++) {
                text = Mutations.apply(visit, random);
            }
            return text != null ? text : visit.toString();
        });
    }

    @Provide
    Arbitrary<byte[]> corruptBytes() {
        return Arbitraries.longs().map(seed -> {
            Random random = new Random(seed);
            byte[] bytes = ValidVisits.random(random).toString().getBytes(StandardCharsets.UTF_8);
            for (int i = 1 + random.nextInt(8); i > 0; i--) {
                bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
            }
            return bytes;
        });
    }

    /** Reads and assesses one visit, within a time limit; fails on anything but an assessment or a clear error. */
    private void outcome(String visit) {
        Future<String> run = RUNNER.submit(() -> {
            try {
                Visit read = json.readVisit(visit);
                Assessment assessment = engine.assess(read);
                return json.write(assessment);
            } catch (InvalidVisitException | AssessmentException e) {
                assertTrue(e.getMessage() != null && e.getMessage().startsWith("/"),
                        "the error names a JSON pointer: " + e.getMessage());
                assertTrue(e.getMessage().length() < 2_000, "the error is short enough to read");
                return e.getMessage();
            }
        });
        try {
            run.get(SECONDS_PER_VISIT, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            fail("no outcome within " + SECONDS_PER_VISIT + " s for: " + abbreviated(visit));
        } catch (ExecutionException e) {
            throw new AssertionError("uncaught " + e.getCause() + " for: " + abbreviated(visit), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    /** The start and the end of the input, and where the whole of it was kept to reproduce the failure. */
    private static String abbreviated(String visit) {
        String kept = keep(visit);
        return (visit.length() <= 800 ? visit
                : visit.substring(0, 400) + " ... " + visit.substring(visit.length() - 400) + " (" + visit.length() + " chars)")
                + kept;
    }

    private static String keep(String visit) {
        try {
            java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "fuzz-failures"));
            java.nio.file.Path file = folder.resolve(Integer.toHexString(visit.hashCode()) + ".json");
            java.nio.file.Files.writeString(file, visit, StandardCharsets.UTF_8);
            return "; kept in " + file;
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    /** Visits that follow the contract, with histories of every kind. */
    static final class ValidVisits {
        private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
        private static final String[] CATEGORIES = {"QUALITY", "AFTER_SALES", "PROMOTION_SUPPORT", "COMPETITOR_TOOK_FUNDS",
            "DOWNSTREAM_DEBT", "TIGHT_CASH", "PAYING_SOON", "OTHER"};
        private static final String[] TEXTS = {"最近資金緊張，月底再說", "资金紧张，先付一部分", "Cash is tight this month",
            "上批貨有瑕疵", "Our dealers owe us", "馬上就付"};

        private ValidVisits() {}

        static ObjectNode random(Random random) {
            ObjectNode visit = NODES.objectNode();
            visit.put("visitId", "V-" + random.nextInt(1_000_000));
            visit.put("date", "2026-03-" + (10 + random.nextInt(19)));
            ObjectNode customer = visit.putObject("customer");
            customer.put("id", "C-" + random.nextInt(100));
            customer.put("creditRating", String.valueOf((char) ('A' + random.nextInt(4))));
            customer.put("overdueAmount", random.nextInt(900_000));
            customer.put("overdueDays", random.nextInt(400));
            ObjectNode history = visit.putObject("history");
            ArrayNode promises = history.putArray("promises");
            ArrayNode payments = history.putArray("payments");
            ArrayNode tickets = history.putArray("tickets");
            ArrayNode excuses = history.putArray("excuses");
            for (int i = random.nextInt(12); i > 0; i--) {
                ObjectNode promise = promises.addObject();
                promise.put("due", date(random));
                promise.put("amount", 1_000 + random.nextInt(50_000));
                promise.put("paid", random.nextInt(50_000));
                payments.addObject().put("date", date(random)).put("amount", random.nextInt(40_000));
                tickets.addObject().put("opened", date(random)).put("kind", CATEGORIES[random.nextInt(3)])
                        .put("status", random.nextBoolean() ? "OPEN" : "RESOLVED");
                excuses.addObject().put("date", date(random)).put("category", CATEGORIES[random.nextInt(8)]);
            }
            if (random.nextBoolean()) {
                visit.put("target", 100_000 + random.nextInt(300_000));
                visit.putObject("commitment").put("amount", random.nextInt(200_000)).put("due", "2026-04-15");
            }
            ArrayNode said = visit.putArray("excuses");
            for (int i = 1 + random.nextInt(2); i > 0; i--) {
                ObjectNode excuse = said.addObject();
                if (random.nextBoolean()) {
                    excuse.put("text", TEXTS[random.nextInt(TEXTS.length)]);
                } else {
                    excuse.put("category", CATEGORIES[random.nextInt(8)]);
                    excuse.putArray("evidence").add("TICKET_REFERENCE");
                }
            }
            return visit;
        }

        private static String date(Random random) {
            return String.format("2025-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
    }

    /** The ways a visit arrives broken. Each either changes the tree in place or returns the final text. */
    static final class Mutations {
        private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
        private static final int TEN_MB = 10 * 1024 * 1024;
        private static final String[] BAD_DATES = {"2026-02-30", "99999-01-01", "2026-13-01", "0000-00-00", "2025-02-29",
            "+99999-01-01", "2026-1-1", "20260301", "", "2026-03-01T10:00:00Z", "0000-01-01", "9999-12-31"};
        private static final String[] BAD_NUMBERS = {"NaN", "-1", "-0", "1e400", "1e-400", "1e-999999999", "1e999999999",
            "Infinity", "-Infinity", "0.1e-50", "123456789012345678901234567890123456789012345678901234567890",
            "1.5", "0x10", "1_000", "99999999999999999999"};

        private Mutations() {}

        static String apply(ObjectNode visit, Random random) {
            switch (random.nextInt(11)) {
                case 0 -> replace(visit, random, wrongType(random));
                case 1 -> remove(visit, random);
                case 2 -> hugeList(visit, random);
                case 3 -> replace(visit, random, NODES.textNode(longString(random, TEN_MB)));
                case 4 -> replace(visit, random, NODES.textNode(brokenUnicode(random)));
                case 5 -> {
                    return withRawValue(visit, random, BAD_NUMBERS[random.nextInt(BAD_NUMBERS.length)]);
                }
                case 6 -> replace(visit, random, NODES.textNode(BAD_DATES[random.nextInt(BAD_DATES.length)]));
                case 7 -> {
                    return withRawValue(visit, random, deepNesting(1 + random.nextInt(5_000)));
                }
                case 8 -> {
                    String text = visit.toString();
                    return text.substring(0, random.nextInt(text.length()));
                }
                case 9 -> {
                    return garbage(random);
                }
                default -> longText(visit, random);
            }
            return null;
        }

        /** Any node of the tree but the root, with the object or array that holds it. */
        private record Place(JsonNode parent, String field, int index) {}

        private static List<Place> places(JsonNode node) {
            List<Place> places = new ArrayList<>();
            collect(node, places);
            return places;
        }

        private static void collect(JsonNode node, List<Place> places) {
            if (node.isObject()) {
                node.fieldNames().forEachRemaining(field -> {
                    places.add(new Place(node, field, -1));
                    collect(node.get(field), places);
                });
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    places.add(new Place(node, null, i));
                    collect(node.get(i), places);
                }
            }
        }

        private static void replace(ObjectNode visit, Random random, JsonNode value) {
            List<Place> places = places(visit);
            Place place = places.get(random.nextInt(places.size()));
            if (place.field() != null) {
                ((ObjectNode) place.parent()).set(place.field(), value);
            } else {
                ((ArrayNode) place.parent()).set(place.index(), value);
            }
        }

        private static void remove(ObjectNode visit, Random random) {
            List<Place> places = places(visit);
            Place place = places.get(random.nextInt(places.size()));
            if (place.field() != null) {
                ((ObjectNode) place.parent()).remove(place.field());
            } else {
                ((ArrayNode) place.parent()).remove(place.index());
            }
        }

        private static JsonNode wrongType(Random random) {
            return switch (random.nextInt(7)) {
                case 0 -> NODES.nullNode();
                case 1 -> NODES.booleanNode(random.nextBoolean());
                case 2 -> NODES.numberNode(random.nextInt() - 1_000);
                case 3 -> NODES.textNode("x" + random.nextInt());
                case 4 -> NODES.arrayNode().add(1).add("two");
                case 5 -> NODES.objectNode().put("unexpected", true);
                default -> NODES.numberNode(-0.5 - random.nextInt(100));
            };
        }

        /** A history list at, just over or far over the limit. */
        private static void hugeList(ObjectNode visit, Random random) {
            String[] lists = {"promises", "payments", "tickets", "excuses"};
            String list = lists[random.nextInt(lists.length)];
            int[] sizes = {1_000, 1_001, 10_001, 60_000};
            int size = sizes[random.nextInt(sizes.length)];
            ObjectNode history = visit.get("history") instanceof ObjectNode held ? held : visit.putObject("history");
            fill(history.putArray(list), list, size);
        }

        static void fill(ArrayNode items, String list, int size) {
            for (int i = 0; i < size; i++) {
                String date = String.format("2025-%02d-%02d", 1 + i % 12, 1 + i % 28);
                switch (list) {
                    case "promises" -> items.addObject().put("due", date).put("amount", 1_000 + i).put("paid", i % 3 * 500);
                    case "payments" -> items.addObject().put("date", date).put("amount", 100 + i);
                    case "tickets" -> items.addObject().put("opened", date).put("kind", "QUALITY").put("status", "OPEN");
                    default -> items.addObject().put("date", date).put("category", "TIGHT_CASH");
                }
            }
        }

        private static void longText(ObjectNode visit, Random random) {
            int[] lengths = {4_000, 4_001, 100_000};
            ArrayNode excuses = visit.putArray("excuses");
            for (int i = random.nextInt(22) + 1; i > 0; i--) {
                excuses.addObject().put("text", longString(random, lengths[random.nextInt(lengths.length)]));
            }
        }

        private static String longString(Random random, int length) {
            String[] pieces = {"資金緊張", "cash is tight ", "，", "\u0000", "\uD83D\uDE00", "\"", "\\", "\n"};
            StringBuilder text = new StringBuilder(length);
            while (text.length() < length) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            text.setLength(length);
            return text.toString();
        }

        /** Lone surrogates, reversed pairs, non-characters and controls: what broken encodings leave behind. */
        private static String brokenUnicode(Random random) {
            String[] pieces = {"\uD800", "\uDFFF", "\uDC00\uD800", "\uFFFE", "\uFFFF", "\uFFFD", "\u0000", "\u202E", "資金"};
            StringBuilder text = new StringBuilder();
            for (int i = 1 + random.nextInt(20); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            return text.toString();
        }

        private static String deepNesting(int depth) {
            return "[".repeat(depth) + "]".repeat(depth);
        }

        /** The visit's text with one value replaced by raw JSON that a tree cannot hold (NaN, 1e400, nesting). */
        private static String withRawValue(ObjectNode visit, Random random, String raw) {
            String marker = "\"@@raw@@\"";
            replace(visit, random, NODES.textNode("@@raw@@"));
            return visit.toString().replace(marker, raw);
        }

        private static String garbage(Random random) {
            byte[] bytes = new byte[random.nextInt(2_000)];
            random.nextBytes(bytes);
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
