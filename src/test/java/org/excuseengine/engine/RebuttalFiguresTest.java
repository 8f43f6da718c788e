package org.excuseengine.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

class RebuttalFiguresTest {
    private final RebuttalFigures figures = new RebuttalFigures("120,000", "120,000", "120,000", "0", 1, 2,
            "Wed 18 March", "Wed 18 March", "120,000", "60,000", "60,000", "120,000", "0", 0, "0", "", "TIGHTEN", "none");

    @Test
    void everyFigureTheLintAcceptsIsFilledIn() {
        assertEquals(RebuttalFigures.NAMES, figures.asArguments().keySet());
    }

    @Test
    void aTextMayChooseItsWordsByTheNumberOfDays() {
        MessageFormat text = new MessageFormat("{overdue} is {days, plural, one {# day} other {# days}} overdue", ULocale.ENGLISH);

        assertEquals("120,000 is 1 day overdue", text.format(figures.asArguments()));
    }

    @Test
    void aTextSaysHowOftenItWasHeardInWords() {
        MessageFormat text = new MessageFormat("heard {heard, plural, one {once} =2 {twice} other {# times}}", ULocale.ENGLISH);

        assertEquals("heard twice", text.format(figures.asArguments()));
    }
}
