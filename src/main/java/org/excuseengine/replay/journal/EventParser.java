package org.excuseengine.replay.journal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
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
    private static final int MAX_DAYS = 36_500;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e15");

    JournalEvent parse(JsonNode record, long line) {
        if (!record.isObject()) {
            throw new InvalidEventException("", "expected an event object");
        }
        Fields fields = new Fields(record, "");
        String typeName = fields.requiredText("type", "a value");
        EventType type = EventType.ofWireName(typeName);
        if (type == null) {
            throw fields.error("type", "expected one of " + EventType.allWireNames() + ", got \"" + typeName + "\"");
        }
        LocalDate date = fields.date("date");
        String customer = fields.id("customer");
        return switch (type) {
            case CUSTOMER -> new JournalEvent.CustomerOpened(line, date, customer, fields.text("name", MAX_TEXT),
                    fields.requiredEnum("creditRating", CreditRating.class), fields.text("profile", MAX_ID));
            case RATING_CHANGED -> new JournalEvent.RatingChanged(line, date, customer,
                    fields.requiredEnum("creditRating", CreditRating.class));
            case VISIT -> visit(fields, line, date, customer);
            case PROMISE -> new JournalEvent.PromiseMade(line, date, customer, fields.amount("amount", true, true),
                    fields.dueDate("due", date, true));
            case PAYMENT -> new JournalEvent.PaymentReceived(line, date, customer, fields.amount("amount", true, true));
            case TICKET_OPENED -> new JournalEvent.TicketOpened(line, date, customer, fields.id("ticketId"),
                    fields.requiredEnum("kind", TicketKind.class));
            case TICKET_RESOLVED -> new JournalEvent.TicketResolved(line, date, customer, fields.id("ticketId"));
        };
    }

    private static JournalEvent.VisitLogged visit(Fields fields, long line, LocalDate date, String customer) {
        String visitId = fields.id("visitId");
        CreditRating rating = fields.optionalEnum("creditRating", CreditRating.class);
        BigDecimal overdueAmount = fields.amount("overdueAmount", false, false);
        int overdueDays = fields.days("overdueDays");
        BigDecimal target = fields.amount("target", false, false);
        Fields commitmentFields = fields.object("commitment");
        Commitment commitment = commitmentFields == null ? null : new Commitment(
                commitmentFields.amount("amount", true, false), commitmentFields.dueDate("due", date, false));
        String lang = fields.text("lang", MAX_ID);
        if (lang != null && !Languages.isSupported(lang)) {
            throw fields.error("lang", "expected zh-Hant, zh-Hans or en, got \"" + lang + "\"");
        }
        return new JournalEvent.VisitLogged(line, date, customer, visitId, rating,
                overdueAmount == null ? BigDecimal.ZERO : overdueAmount, overdueDays, target, commitment, lang,
                excuses(fields));
    }

    private static List<JournalEvent.JournalExcuse> excuses(Fields visit) {
        List<Fields> list = visit.objects("excuses", MAX_EXCUSES);
        List<JournalEvent.JournalExcuse> excuses = new ArrayList<>();
        for (Fields excuse : list) {
            String text = excuse.text("text", MAX_TEXT);
            Category category = excuse.optionalEnum("category", Category.class);
            if (text == null && category == null) {
                throw excuse.error("text", "an excuse needs its text, its category or both");
            }
            excuses.add(new JournalEvent.JournalExcuse(new ExcuseInput(text, category, excuse.evidence("evidence")),
                    excuse.text("intent", MAX_ID)));
        }
        return excuses;
    }

    /**
     * The fields of one JSON object of a record. Errors name a field by its full path, as a CSV
     * column would ({@code commitment.due}, {@code excuses.0.category}). Absent fields, JSON nulls
     * and empty strings (empty CSV cells) all count as not given.
     */
    private static final class Fields {
        private final JsonNode node;
        private final String path;

        Fields(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        InvalidEventException error(String key, String message) {
            return new InvalidEventException(path + key, message);
        }

        /** The object under {@code key}, or null when not given. */
        Fields object(String key) {
            JsonNode value = present(key);
            if (value == null) {
                return null;
            }
            if (!value.isObject()) {
                throw error(key, "expected an object");
            }
            return new Fields(value, path + key + ".");
        }

        /** The objects of the list under {@code key}; empty when not given. */
        List<Fields> objects(String key, int max) {
            JsonNode value = present(key);
            if (value == null) {
                return List.of();
            }
            if (!value.isArray() || value.size() > max) {
                throw error(key, "expected a list of at most " + max + " objects");
            }
            List<Fields> objects = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                if (!value.get(i).isObject()) {
                    throw error(key + "." + i, "expected an object");
                }
                objects.add(new Fields(value.get(i), path + key + "." + i + "."));
            }
            return objects;
        }

        /** The text under {@code key}, trimmed, or null when not given. */
        String text(String key, int maxLength) {
            JsonNode value = present(key);
            if (value == null) {
                return null;
            }
            if (!value.isValueNode()) {
                throw error(key, "expected a single value, not a " + (value.isArray() ? "list" : "nested object"));
            }
            String text = value.asText().trim();
            if (text.length() > maxLength) {
                throw error(key, "is " + text.length() + " characters long; at most " + maxLength + " are accepted");
            }
            return text;
        }

        String requiredText(String key, String expected) {
            String text = text(key, MAX_TEXT);
            if (text == null) {
                throw missing(key, expected);
            }
            return text;
        }

        String id(String key) {
            String id = requiredText(key, "an id");
            if (id.length() > MAX_ID) {
                throw error(key, "is " + id.length() + " characters long; at most " + MAX_ID + " are accepted");
            }
            return id;
        }

        LocalDate date(String key) {
            return parseDate(key, requiredText(key, "a date as YYYY-MM-DD"));
        }

        /** A due date, which cannot come before the day the promise was made. */
        LocalDate dueDate(String key, LocalDate eventDate, boolean required) {
            String text = text(key, MAX_ID);
            if (text == null) {
                if (required) {
                    throw missing(key, "a date as YYYY-MM-DD");
                }
                return null;
            }
            LocalDate due = parseDate(key, text);
            if (due.isBefore(eventDate)) {
                throw error(key, "is " + due + ", before the event's date " + eventDate);
            }
            return due;
        }

        BigDecimal amount(String key, boolean required, boolean aboveZero) {
            String expected = aboveZero ? "a number above 0" : "a number of 0 or more";
            JsonNode value = present(key);
            if (value == null) {
                if (required) {
                    throw missing(key, expected);
                }
                return null;
            }
            BigDecimal amount;
            try {
                amount = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText().trim());
            } catch (NumberFormatException e) {
                throw error(key, "expected " + expected + ", got \"" + value.asText() + "\"");
            }
            if (amount.signum() < 0 || (aboveZero && amount.signum() == 0) || amount.compareTo(MAX_AMOUNT) > 0) {
                throw error(key, "expected " + expected + " (at most 1e15), got " + amount.toPlainString());
            }
            return amount;
        }

        /** A whole number of days; 0 when not given. */
        int days(String key) {
            JsonNode value = present(key);
            if (value == null) {
                return 0;
            }
            try {
                int days = new BigDecimal(value.asText().trim()).intValueExact();
                if (days >= 0 && days <= MAX_DAYS) {
                    return days;
                }
            } catch (NumberFormatException | ArithmeticException e) {
                // not a whole number: reported below
            }
            throw error(key, "expected a whole number of days from 0 to " + MAX_DAYS + ", got \"" + value.asText() + "\"");
        }

        <E extends Enum<E>> E optionalEnum(String key, Class<E> type) {
            String text = text(key, MAX_ID);
            if (text == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error(key, "expected one of " + Arrays.toString(type.getEnumConstants()) + ", got \"" + text + "\"");
            }
        }

        <E extends Enum<E>> E requiredEnum(String key, Class<E> type) {
            E value = optionalEnum(key, type);
            if (value == null) {
                throw missing(key, "one of " + Arrays.toString(type.getEnumConstants()));
            }
            return value;
        }

        /** Evidence codes: a JSON list, or (as a CSV cell) codes separated by spaces, commas or semicolons. */
        List<String> evidence(String key) {
            JsonNode value = present(key);
            if (value == null) {
                return List.of();
            }
            List<String> codes = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(code -> codes.add(code.asText()));
            } else if (value.isTextual()) {
                Arrays.stream(value.asText().trim().split("[\\s,;]+")).filter(code -> !code.isEmpty()).forEach(codes::add);
            } else {
                throw error(key, "expected a list of evidence codes");
            }
            for (String code : codes) {
                if (!EVIDENCE_CODE.matcher(code).matches()) {
                    throw error(key, "expected codes such as TICKET_REFERENCE, got \"" + code + "\"");
                }
            }
            return codes;
        }

        private LocalDate parseDate(String key, String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error(key, "expected a date as YYYY-MM-DD, got \"" + text + "\"");
            }
        }

        private JsonNode present(String key) {
            JsonNode value = node.get(key);
            if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                return null;
            }
            return value;
        }

        private InvalidEventException missing(String key, String expected) {
            return error(key, "missing: expected " + expected);
        }
    }
}
