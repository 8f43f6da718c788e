package org.excuseengine.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.excuseengine.json.ContractJson;
import org.excuseengine.model.Assessment;
import org.excuseengine.model.Rebuttal;
import org.excuseengine.testing.SharedEngine;
import org.junit.jupiter.api.Test;

/**
 * The customer's locale (its business days, its way of paying) is taken as the rebuttal's
 * language is: from the excuse as the customer said it, before the language the caller works in.
 */
class CustomersLocaleTest {
    private final ContractJson json = new ContractJson();

    @Test
    void anExcuseSaidInTraditionalChineseGetsTaiwansPaymentPlanWhateverLanguageTheCallerWorksIn() throws Exception {
        Rebuttal unstated = rebuttalWithVisitLanguage(null);
        Rebuttal english = rebuttalWithVisitLanguage("en");

        assertEquals("zh-Hant", english.lang());
        assertTrue(unstated.text().contains("遠期支票"), unstated.text());
        assertEquals(unstated.text(), english.text());
    }

    private Rebuttal rebuttalWithVisitLanguage(String lang) throws Exception {
        // The shipped example: 最近資金緊張，月底再說, with a payment plan to offer.
        ObjectNode visit = (ObjectNode) json.mapper().readTree(Files.readString(Path.of("examples", "visit.json")));
        visit.put("lang", lang);
        Assessment assessment = SharedEngine.get().assess(json.readVisit(visit.toString()));
        return assessment.excuses().get(0).rebuttal();
    }
}
