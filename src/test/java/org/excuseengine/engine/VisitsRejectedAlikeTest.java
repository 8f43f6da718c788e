package org.excuseengine.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.excuseengine.json.ContractJson;
import org.excuseengine.json.InvalidVisitException;
import org.excuseengine.model.Customer;
import org.excuseengine.model.ExcuseInput;
import org.excuseengine.model.History;
import org.excuseengine.model.Payment;
import org.excuseengine.model.Visit;
import org.excuseengine.testing.SharedEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A visit built in Java and the same visit written in JSON are rejected alike: an error that names
 * the same field, never a NullPointerException, whichever way the CRM hands it over.
 */
class VisitsRejectedAlikeTest {
    private static final ContractJson JSON = new ContractJson();
    private static final Pattern REQUIRED = Pattern.compile("^(/[^:]*): required property '([^']+)' not found");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an empty visit id           | "visitId": "V-1001"     | "visitId": ""                                 | /visitId
            no visit id                 | "visitId": "V-1001",    | ''                                            | /visitId
            an empty customer id        | "id": "C-17"            | "id": ""                                      | /customer/id
            an unknown language         | "date": "2026-03-15"    | "date": "2026-03-15", "lang": "fr"            | /lang
            a null excuse               | "excuses": [ {          | "excuses": [ null, {                          | /excuses/0
            a null evidence code        | "evidence": []          | "evidence": [null]                            | /excuses/0/evidence/0
            an evidence code in lower case | "evidence": []       | "evidence": ["bank"]                          | /excuses/0/evidence/0
            a null payment              | "payments": [           | "payments": [null,                            | /history/payments/0
            an excuse with nothing said | "text": "最近資金緊張，月底再說" | "text": null                           | /excuses/0/category
            """)
    void aBadVisitIsRejectedNamingTheSameFieldFromJavaAndFromJson(String what, String inJson, String replacement, String field)
            throws IOException {
        String valid = Files.readString(Path.of("examples", "visit.json"));
        String broken = valid.replace(inJson, replacement);
        assertTrue(!broken.equals(valid), "the example has no " + inJson);

        InvalidVisitException fromJson = assertThrows(InvalidVisitException.class, () -> JSON.readVisit(broken));
        AssessmentException fromJava = assertThrows(AssessmentException.class,
                () -> SharedEngine.get().assess(javaBuilt(JSON.readVisit(valid), what)));

        assertEquals(field, fieldOf(fromJson.getMessage()), fromJson.getMessage());
        assertTrue(fromJava.getMessage().startsWith(field + ": expected "), fromJava.getMessage());
        assertTrue(fromJava.invalidVisit(), fromJava.getMessage());
    }

    /** The field an error from the schema names: its pointer, or the property it found missing. */
    private static String fieldOf(String message) {
        Matcher required = REQUIRED.matcher(message);
        if (required.find()) {
            return (required.group(1).equals("/") ? "" : required.group(1)) + "/" + required.group(2);
        }
        return message.substring(0, message.indexOf(':'));
    }

    /** The valid visit, broken in Java the way the JSON case breaks it. */
    private static Visit javaBuilt(Visit v, String what) {
        UnaryOperator<Visit> breakIt = switch (what) {
            case "an empty visit id" -> visit -> withId(visit, "");
            case "no visit id" -> visit -> withId(visit, null);
            case "an empty customer id" -> visit -> new Visit(visit.visitId(), visit.date(), new Customer("", visit.customer().name(),
                    visit.customer().creditRating(), visit.customer().overdueAmount(), visit.customer().overdueDays()),
                    visit.history(), visit.target(), visit.commitment(), visit.excuses(), visit.outcome(), visit.lang());
            case "an unknown language" -> visit -> new Visit(visit.visitId(), visit.date(), visit.customer(), visit.history(), visit.target(),
                    visit.commitment(), visit.excuses(), visit.outcome(), "fr");
            case "a null excuse" -> visit -> withExcuses(visit, Arrays.asList(null, visit.excuses().get(0)));
            case "a null evidence code" -> visit -> withExcuses(visit,
                    List.of(new ExcuseInput(visit.excuses().get(0).text(), null, Arrays.asList((String) null))));
            case "an evidence code in lower case" -> visit -> withExcuses(visit,
                    List.of(new ExcuseInput(visit.excuses().get(0).text(), null, List.of("bank"))));
            case "an excuse with nothing said" -> visit -> withExcuses(visit, List.of(new ExcuseInput(null, null, List.of())));
            case "a null payment" -> visit -> {
                List<Payment> payments = new ArrayList<>();
                payments.add(null);
                payments.addAll(visit.history().payments());
                History history = new History(visit.history().promises(), payments, visit.history().tickets(), visit.history().excuses());
                return new Visit(visit.visitId(), visit.date(), visit.customer(), history, visit.target(), visit.commitment(),
                        visit.excuses(), visit.outcome(), visit.lang());
            };
            default -> throw new IllegalArgumentException(what);
        };
        return breakIt.apply(v);
    }

    private static Visit withId(Visit visit, String id) {
        return new Visit(id, visit.date(), visit.customer(), visit.history(), visit.target(), visit.commitment(), visit.excuses(),
                visit.outcome(), visit.lang());
    }

    private static Visit withExcuses(Visit visit, List<ExcuseInput> excuses) {
        return new Visit(visit.visitId(), visit.date(), visit.customer(), visit.history(), visit.target(), visit.commitment(),
                excuses, visit.outcome(), visit.lang());
    }
}
