package org.excuseengine.text;

import static org.excuseengine.model.Category.AFTER_SALES;
import static org.excuseengine.model.Category.COMPETITOR_TOOK_FUNDS;
import static org.excuseengine.model.Category.DOWNSTREAM_DEBT;
import static org.excuseengine.model.Category.OTHER;
import static org.excuseengine.model.Category.PAYING_SOON;
import static org.excuseengine.model.Category.PROMOTION_SUPPORT;
import static org.excuseengine.model.Category.QUALITY;
import static org.excuseengine.model.Category.TIGHT_CASH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.excuseengine.model.Category;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the shipped lexicon reads real language, one kind of difficulty at a time. */
class ExcuseClassifierTest {
    private static ExcuseClassifier classifier;

    @BeforeAll
    static void load() {
        classifier = new ExcuseClassifier(Lexicon.load(Path.of("rules", "lexicon")));
    }

    private static List<Category> categories(String text) {
        return classifier.classify(text).stream().map(Classification::category).toList();
    }

    @Nested
    class Negation {
        @Test
        void negatedCategoryIsNotEmitted() {
            assertEquals(List.of(TIGHT_CASH), categories("it's not about quality, we just don't have the cash"));
            assertEquals(List.of(TIGHT_CASH), categories("不是質量的問題，是我們手頭緊"));
        }

        @Test
        void negationAfterThePhrase() {
            assertEquals(List.of(TIGHT_CASH), categories("質量沒問題，就是最近週轉不過來"));
            assertEquals(List.of(DOWNSTREAM_DEBT), categories("Service is fine, our customers haven't paid us."));
        }

        @Test
        void negationCarriesAcrossJoinedPhrases() {
            assertEquals(List.of(TIGHT_CASH), categories("質量和售後都沒問題，主要是資金緊張"));
        }

        @Test
        void negationDoesNotCarryIntoAThoughtOfItsOwn() {
            assertEquals(List.of(DOWNSTREAM_DEBT), categories("our customers owe us money and the quality is fine"));
        }

        @Test
        void onlyNegatedExcusesLeaveALowConfidenceOther() {
            List<Classification> found = classifier.classify("Quality isn't the issue.");
            assertEquals(1, found.size());
            assertEquals(OTHER, found.get(0).category());
            assertTrue(found.get(0).confidence() < 0.5);
        }

        @Test
        void aPhraseThatNeedsItsNegativeWordKeepsIt() {
            assertEquals(List.of(TIGHT_CASH), categories("we don't have the money"));
            assertEquals(List.of(AFTER_SALES), categories("東西壞了找你們都沒人來修"));
            assertEquals(List.of(PROMOTION_SUPPORT), categories("没有促销，货根本卖不出去"));
        }

        @Test
        void wordsThatOnlyLookNegativeDoNotNegate() {
            assertEquals(List.of(QUALITY), categories("貨裡面混了不少次品"));
        }
    }

    @Nested
    class Contrast {
        @Test
        void theExcuseAfterButIsTheOneMeant() {
            assertEquals(List.of(COMPETITOR_TOOK_FUNDS), categories("我們不缺錢，只是錢剛被別家收走了"));
            assertEquals(List.of(PROMOTION_SUPPORT), categories("The product sells fine but the promised rebate never came."));
        }

        @Test
        void aFaintPointBeforeButIsConceded() {
            // "repairs" alone only hints at an after-sales complaint; the excuse meant comes after "but".
            assertEquals(List.of(TIGHT_CASH), categories("Yes, there were those repairs, but the real issue is that cash is tight"));
            // A clear complaint before "but" stays an excuse of its own.
            assertEquals(List.of(TIGHT_CASH, PAYING_SOON), categories("Money is tight, but we'll pay by Friday."));
        }

        @Test
        void aContrastWordInsideAPhraseIsNoContrast() {
            // 不过 is "but", yet 周转不过来 is one phrase.
            assertEquals(List.of(TIGHT_CASH), categories("公司最近周转不过来"));
        }
    }

    @Nested
    class SeveralExcuses {
        @Test
        void eachClauseBecomesItsOwnClassificationInOrder() {
            List<Classification> found = classifier.classify("手頭緊，下游客戶也還欠著我們錢");
            assertEquals(List.of(TIGHT_CASH, DOWNSTREAM_DEBT), found.stream().map(Classification::category).toList());
            assertEquals("手頭緊", found.get(0).clause());
            assertEquals("下游客戶也還欠著我們錢", found.get(1).clause());
        }

        @Test
        void twoExcusesInOneClause() {
            assertEquals(List.of(QUALITY, PROMOTION_SUPPORT), categories("the goods are faulty and the promo support never came"));
        }

        @Test
        void repeatsOfOneExcuseMergeIntoOne() {
            List<Classification> found = classifier.classify("Cash is tight, money is short.");
            assertEquals(1, found.size());
            assertEquals(TIGHT_CASH, found.get(0).category());
            assertEquals("Cash is tight, money is short", found.get(0).clause());
            assertTrue(found.get(0).matchedPhrases().size() >= 1);
        }

        @Test
        void repeatsApartStillMergeAndShowEachClause() {
            List<Classification> found = classifier.classify("资金紧张，质量也差，手头真的紧");
            assertEquals(List.of(TIGHT_CASH, QUALITY), found.stream().map(Classification::category).toList());
            assertEquals("资金紧张 … 手头真的紧", found.get(0).clause());
        }

        @Test
        void aLineBreakSeparatesExcuses() {
            assertEquals(List.of(QUALITY, TIGHT_CASH), categories("質量差\n最近手頭緊"));
        }
    }

    @Nested
    class NothingFits {
        @ParameterizedTest
        @ValueSource(strings = {"今天天氣不錯", "Nice weather today.", "   ", "12345", "嗯嗯"})
        void singleLowConfidenceOther(String text) {
            List<Classification> found = classifier.classify(text);
            assertEquals(1, found.size());
            assertEquals(OTHER, found.get(0).category());
            assertTrue(found.get(0).confidence() < 0.5);
            assertEquals(List.of(), found.get(0).matchedPhrases());
        }

        @Test
        void nullIsNothingToo() {
            assertEquals(List.of(OTHER), categories(null));
        }

        @Test
        void aNamedOtherReasonIsConfident() {
            List<Classification> found = classifier.classify("We haven't received the invoice.");
            assertEquals(OTHER, found.get(0).category());
            assertTrue(found.get(0).confidence() >= 0.5);
        }
    }

    @Nested
    class FormsAndSlips {
        @Test
        void fullWidthText() {
            assertEquals(List.of(TIGHT_CASH), categories("ＣＡＳＨ ＩＳ ＴＩＧＨＴ"));
            assertEquals(List.of(PAYING_SOON), categories("１２月５日前一定付款！"));
        }

        @Test
        void englishTypos() {
            assertEquals(List.of(TIGHT_CASH), categories("cash is tigth right now"));
            assertEquals(List.of(QUALITY), categories("the qaulity is really bad"));
            assertEquals(List.of(DOWNSTREAM_DEBT), categories("our custmers havent paid us"));
        }

        @Test
        void chineseSameSoundingSlips() {
            assertEquals(List.of(TIGHT_CASH), categories("週轉不零"));
            assertEquals(List.of(TIGHT_CASH), categories("资金紧涨，等等吧"));
        }

        @Test
        void aDifferentSoundingCharacterIsADifferentWord() {
            // 付出去了 is not a slip for 寄出去了 (the cheque is in the post).
            assertFalse(categories("有別的供應商來結帳，錢都付出去了").contains(PAYING_SOON));
        }

        @Test
        void mixedLanguage() {
            assertEquals(List.of(TIGHT_CASH), categories("最近cash flow很tight"));
            assertEquals(List.of(COMPETITOR_TOOK_FUNDS), categories("钱被另一家supplier收走了"));
        }

        @Test
        void colloquialAndRegionalWording() {
            assertEquals(List.of(TIGHT_CASH), categories("手頭緊得很"));
            assertEquals(List.of(TIGHT_CASH), categories("周轉不靈啦"));
            assertEquals(List.of(COMPETITOR_TOOK_FUNDS), categories("貨款被別家收走了"));
            assertEquals(List.of(DOWNSTREAM_DEBT), categories("客户压款，我们也回不了款"));
            assertEquals(List.of(PAYING_SOON), categories("The cheque is in the post."));
            assertEquals(List.of(DOWNSTREAM_DEBT), categories("Our customers haven't paid us."));
        }
    }

    @Test
    void confidenceIsBetweenZeroAndOneAndClausesAreTheCustomersWords() {
        for (Classification found : classifier.classify("質量太差，售後也不理人！錢下週一定付。")) {
            assertTrue(found.confidence() > 0 && found.confidence() <= 1, found.toString());
            assertFalse(found.clause().isBlank());
            assertTrue("質量太差，售後也不理人！錢下週一定付。".contains(found.clause()), found.clause());
        }
    }

    @Nested
    class BesideTheLexicon {
        @Test
        void theModelNamesTheExcuseWhereNoPhraseMatchesAndSaysSo() {
            String text = "the invoice for the big job is still sitting with the council";
            List<Classification> found = classifier.classify(text);

            assertEquals(List.of(DOWNSTREAM_DEBT), found.stream().map(Classification::category).toList(), found.toString());
            assertEquals(List.of(), found.get(0).matchedPhrases());
            assertFalse(found.get(0).modelFeatures().isEmpty());
        }

        @Test
        void aPhraseOfTheLexiconStillDecidesWhereItMatches() {
            Classification found = classifier.classify("週轉不靈").get(0);

            assertEquals(TIGHT_CASH, found.category());
            assertEquals(List.of("週轉不靈"), found.matchedPhrases());
            assertEquals(List.of(), found.modelFeatures());
        }

        @ParameterizedTest
        @ValueSource(strings = {"資金很緊，這是銀行的對帳單", "cash is tight this month, I can send you the bank statement"})
        void anEvidenceClauseJoinsTheExcuseItSupports(String text) {
            List<Classification> found = classifier.classify(text);

            assertEquals(List.of(TIGHT_CASH), found.stream().map(Classification::category).toList(), found.toString());
            assertEquals(text, found.get(0).clause());
        }

        @Test
        void aDeniedComplaintStaysDeniedWhateverTheModelThinks() {
            assertEquals(List.of(TIGHT_CASH), categories("質量沒問題，就是最近頭寸很緊"));
            assertEquals(List.of(OTHER), categories("質量沒問題"));
        }

        @Test
        void anExplanationShowsEachClauseWithWhoDecidedIt() {
            ExcuseClassifier.Reading reading = classifier.explain("質量沒問題，就是最近週轉不過來，這是銀行的對帳單");

            assertEquals(List.of("negated", "lexicon", "evidence"),
                    reading.clauses().stream().map(ExcuseClassifier.ClauseView::decidedBy).toList(), reading.toString());
            assertEquals(List.of("質量"), reading.clauses().get(0).negatedPhrases());
            assertFalse(reading.clauses().get(2).modelFeatures().isEmpty());
            assertEquals(List.of(TIGHT_CASH), reading.classifications().stream().map(Classification::category).toList());
        }
    }

    @Test
    void oneClassifierServesManyThreadsAlike() {
        List<String> texts = LabelledCorpus.tuning().stream().map(Example::text).toList();
        List<List<Classification>> alone = texts.stream().map(classifier::classify).toList();
        ConcurrentHashMap<Integer, List<Classification>> together = new ConcurrentHashMap<>();
        IntStream.range(0, texts.size()).parallel().forEach(i -> together.put(i, classifier.classify(texts.get(i))));
        IntStream.range(0, texts.size()).forEach(i -> assertEquals(alone.get(i), together.get(i), texts.get(i)));
    }
}
