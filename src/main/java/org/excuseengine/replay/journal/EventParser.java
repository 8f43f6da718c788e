package org.excuseengine.replay.journal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.excuseengine.model.Category;
import org.excuseengine.model.Commitment;
import org.excuseengine.model.CreditRating;
import org.excuseengine.model.ExcuseInput;
import org.excuseengine.model.TicketKind;
import org.excuseengine.text.Languages;

/**
 * Turns one journal record, as a JSON object, into a checked {@link JournalEvent}. A record that
 * breaks the schema raises an {@link InvalidEventException} naming the field. JSON journals and
 * CSV journals share this schema: a CSV row is first unflattened into the same object, so its
 * cells are all strings, and numbers are accepted as strings holding a number for that reason.
 * Fields the schema does not name are ignored, as CRM exports carry many.
 */
final class EventParser {
    private static final Pattern EVIDENCE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final int MAX_ID = 200;
    private static final int MAX_TEXT = 4000;
    private static final int MAX_EXCUSES = 100;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e15");

    JournalEvent parse(JsonNode record, long line) {
        if (!record.isObject()) {
            throw new InvalidEventException("", "expected an event object");
        }
        String typeName = text(record, "type", true);
        EventType type = EventType.ofWireName(typeName);
        if (type == null) {
            throw new InvalidEventException("type", "expected one of " + EventType.allWireNames() + ", got \"" + typeName + "\"");
        }
        LocalDate date = date(record, "date", true);
        String customer = id(record, "customer", true);
        return switch (type) {
            case CUSTOMER -> new JournalEvent.CustomerOpened(line, date, customer, optionalText(record, "name", MAX_TEXT),
                    rating(record, true), optionalText(record, "profile", MAX_ID));
            case RATING_CHANGED -> new JournalEvent.RatingChanged(line, date, customer, rating(record, true));
            case VISIT -> visit(record, line, date, customer);
            case PROMISE -> new JournalEvent.PromiseMade(line, date, customer, amount(record, "amount", true, true),
                    dueDate(record, "due", date, true));
            case PAYMENT -> new JournalEvent.PaymentReceived(line, date, customer, amount(record, "amount", true, true));
            case TICKET_OPENED -> new JournalEvent.TicketOpened(line, date, customer, id(record, "ticketId", true),
                    ticketKind(record));
            case TICKET_RESOLVED -> new JournalEvent.TicketResolved(line, date, customer, id(record, "ticketId", true));
        };
    }

    private JournalEvent.VisitLogged visit(JsonNode record, long line, LocalDate date, String customer) {
        String visitId = id(record, "visitId", true);
        CreditRating rating = rating(record, false);
        BigDecimal overdueAmount = amount(record, "overdueAmount", false, false);
        int overdueDays = wholeNumber(record, "overdueDays");
        BigDecimal target = amount(record, "target", false, false);
        Commitment commitment = null;
        JsonNode commitmentNode = present(record, "commitment");
        if (commitmentNode != null) {
            if (!commitmentNode.isObject()) {
                throw new InvalidEventException("commitment", "expected an object with amount and due");
            }
            commitment = new Commitment(amount(commitmentNode, "commitment.amount", "amount", true, false),
                    dueDate(commitmentNode, "commitment.due", "due", date, false));
        }
        String lang = optionalText(record, "lang", MAX_ID);
        if (lang != null && !Languages.isSupported(lang)) {
            throw new InvalidEventException("lang", "expected zh-Hant, zh-Hans or en, got \"" + lang + "\"");
        }
        return new JournalEvent.VisitLogged(line, date, customer, visitId, rating,
                overdueAmount == null ? BigDecimal.ZERO : overdueAmount, overdueDays, target, commitment, lang,
                excuses(record));
    }

    private List<JournalEvent.JournalExcuse> excuses(JsonNode record) {
        JsonNode list = present(record, "excuses");
        if (list == null) {
            return List.of();
        }
        if (!list.isArray() || list.size() > MAX_EXCUSES) {
            throw new InvalidEventException("excuses", "expected a list of at most " + MAX_EXCUSES + " excuses");
        }
        List<JournalEvent.JournalExcuse> excuses = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode excuse = list.get(i);
            String at = "excuses." + i + ".";
            if (!excuse.isObject()) {
                throw new InvalidEventException("excuses." + i, "expected an excuse object with text or category");
            }
            String text = optionalText(excuse, at + "text", "text", MAX_TEXT);
            Category category = enumValue(excuse, at + "category", "category", Category.class);
            if (text == null && category == null) {
                throw new InvalidEventException(at + "text", "an excuse needs its text, its category or both");
            }
            excuses.add(new JournalEvent.JournalExcuse(new ExcuseInput(text, category, evidence(excuse, at + "evidence")),
                    optionalText(excuse, at + "intent", "intent", MAX_ID)));
        }
        return excuses;
    }

    /** Evidence codes: a JSON list, or (as a CSV cell) codes separated by spaces, commas or semicolons. */
    private static List<String> evidence(JsonNode excuse, String field) {
        JsonNode node = present(excuse, "evidence");
        if (node == null) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(code -> codes.add(code.asText()));
        } else if (node.isTextual()) {
            for (String code : node.asText().trim().split("[\\s,;]+")) {
                if (!code.isEmpty()) {
                    codes.add(code);
                }
            }
        } else {
            throw new InvalidEventException(field, "expected a list of evidence codes");
        }
        for (String code : codes) {
            if (!EVIDENCE_CODE.matcher(code).matches()) {
                throw new InvalidEventException(field, "expected codes such as TICKET_REFERENCE, got \"" + code + "\"");
            }
        }
        return codes;
    }

    private static CreditRating rating(JsonNode record, boolean required) {
        CreditRating rating = enumValue(record, "creditRating", "creditRating", CreditRating.class);
        if (rating == null && required) {
            throw missing("creditRating", "one of A, B, C, D");
        }
        return rating;
    }

    private static TicketKind ticketKind(JsonNode record) {
        TicketKind kind = enumValue(record, "kind", "kind", TicketKind.class);
        if (kind == null) {
            throw missing("kind", "one of QUALITY, AFTER_SALES, PROMOTION_SUPPORT");
        }
        return kind;
    }

    private static <E extends Enum<E>> E enumValue(JsonNode record, String field, String key, Class<E> type) {
        String value = optionalText(record, field, key, MAX_ID);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(field, "expected one of " + List.of(type.getEnumConstants()) + ", got \"" + value + "\"");
        }
    }

    private static LocalDate date(JsonNode record, String field, boolean required) {
        String value = optionalText(record, field, field, MAX_ID);
        if (value == null) {
            if (required) {
                throw missing(field, "a date as YYYY-MM-DD");
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(field, "expected a date as YYYY-MM-DD, got \"" + value + "\"");
        }
    }

    private static LocalDate dueDate(JsonNode record, String field, LocalDate eventDate, boolean required) {
        return dueDate(record, field, field, eventDate, required);
    }

    /** A due date, which cannot come before the day the promise was made. */
    private static LocalDate dueDate(JsonNode record, String field, String key, LocalDate eventDate, boolean required) {
        JsonNode node = present(record, key);
        if (node == null) {
            if (required) {
                throw missing(field, "a date as YYYY-MM-DD");
            }
            return null;
        }
        LocalDate due;
        try {
            due = LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(field, "expected a date as YYYY-MM-DD, got \"" + node.asText() + "\"");
        }
        if (due.isBefore(eventDate)) {
            throw new InvalidEventException(field, "is " + due + ", before the event's date " + eventDate);
        }
        return due;
    }

    private static BigDecimal amount(JsonNode record, String field, boolean required, boolean aboveZero) {
        return amount(record, field, field, required, aboveZero);
    }

    private static BigDecimal amount(JsonNode record, String field, String key, boolean required, boolean aboveZero) {
        JsonNode node = present(record, key);
        String expected = aboveZero ? "a number above 0" : "a number of 0 or more";
        if (node == null) {
            if (required) {
                throw missing(field, expected);
            }
            return null;
        }
        BigDecimal amount;
        try {
            amount = node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText().trim());
        } catch (NumberFormatException e) {
            throw new InvalidEventException(field, "expected " + expected + ", got \"" + node.asText() + "\"");
        }
        if (amount.signum() < 0 || (aboveZero && amount.signum() == 0) || amount.compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidEventException(field, "expected " + expected + " (at most 1e15), got " + amount.toPlainString());
        }
        return amount;
    }

    private static int wholeNumber(JsonNode record, String field) {
        JsonNode node = present(record, field);
        if (node == null) {
            return 0;
        }
        try {
            int value = new BigDecimal(node.asText().trim()).intValueExact();
            if (value >= 0 && value <= 36_500) {
                return value;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // not a whole number: reported below
        }
        throw new InvalidEventException(field, "expected a whole number of days from 0 to 36500, got \"" + node.asText() + "\"");
    }

    private static String id(JsonNode record, String field, boolean required) {
        String value = required ? text(record, field, true) : optionalText(record, field, field, MAX_ID);
        if (value != null && value.length() > MAX_ID) {
            throw new InvalidEventException(field, "is " + value.length() + " characters long; at most " + MAX_ID);
        }
        return value;
    }

    private static String text(JsonNode record, String field, boolean required) {
        String value = optionalText(record, field, field, MAX_TEXT);
        if (value == null && required) {
            throw missing(field, "a value");
        }
        return value;
    }

    private static String optionalText(JsonNode record, String field, int maxLength) {
        return optionalText(record, field, field, maxLength);
    }

    /** The text at {@code key}, or null when absent, null or blank; {@code field} names it in errors. */
    private static String optionalText(JsonNode record, String field, String key, int maxLength) {
        JsonNode node = present(record, key);
        if (node == null) {
            return null;
        }
        if (!node.isValueNode()) {
            throw new InvalidEventException(field, "expected a single value, got " + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        String value = node.asText().trim();
        if (value.length() > maxLength) {
            throw new InvalidEventException(field, "is " + value.length() + " characters long; at most " + maxLength);
        }
        return value.isEmpty() ? null : value;
    }

    /** The node at {@code key}, or null when it is absent, JSON null or an empty string (an empty CSV cell). */
    private static JsonNode present(JsonNode record, String key) {
        JsonNode node = record.get(key);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            return null;
        }
        return node;
    }

    private static InvalidEventException missing(String field, String expected) {
        return new InvalidEventException(field, "missing: expected " + expected);
    }
}
