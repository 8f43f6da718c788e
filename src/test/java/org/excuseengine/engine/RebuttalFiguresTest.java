package org.excuseengine.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

class RebuttalFiguresTest {
    private final RebuttalFigures figures = new RebuttalFigures("120,000", 1, "2026-03-18", "60,000", "120,000", "0");

    @Test
    void everyFigureTheLintAcceptsIsFilledIn() {
        assertEquals(RebuttalFigures.NAMES, figures.asArguments().keySet());
    }

    @Test
    void aTextMayChooseItsWordsByTheNumberOfDays() {
        MessageFormat text = new MessageFormat("{overdue} is {days, plural, one {# day} other {# days}} overdue", ULocale.ENGLISH);

        assertEquals("120,000 is 1 day overdue", text.format(figures.asArguments()));
    }
}
