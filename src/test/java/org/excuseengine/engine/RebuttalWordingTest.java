package org.excuseengine.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RebuttalWordingTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en      | Please pay {pay} by {date}.                                      | 0",
        "en      | Please pay 120,000 by {date}.                                    | 1",
        "en      | Please pay {pay} by Friday.                                      | 1",
        "en      | Pay {pay} by 31 March.                                           | 2",
        "en      | We heard it {heard, plural, one {once} =2 {twice} other {# times}}. | 0",
        "en      | {instalments, plural, =0 {} other {then 3 more}}                 | 1",
        "zh-Hant | 請於{date}前付{pay}元。                                           | 0",
        "zh-Hant | 請於{date}前付十二萬元。                                           | 1",
        "zh-Hant | 請於三月十八日前付{pay}元。                                         | 1",
        "zh-Hant | 近三個月已經聽過兩次。                                              | 0",
        "zh-Hant | 請於{date}前付{pay}元,謝謝。                                        | 1",
        "zh-Hans | {level, select, MANAGER {否则由销售经理接手(今天)。} other {}}      | 1",
    })
    void flagsAmountsAndDatesNoFigureSuppliesAndAsciiPunctuationInChinese(String language, String text, int problems) {
        List<String> found = RebuttalWording.problems(text, language);

        assertEquals(problems, found.size(), found::toString);
    }
}
