package org.excuseengine.text;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Folds a text so that the same excuse matches the same lexicon phrase whatever its form:
 * NFKC (full-width digits and punctuation), case folding and Traditional to Simplified script.
 */
final class TextNormalizer {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCCasefoldInstance();
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private TextNormalizer() {}

    static String fold(String text) {
        String folded = NFKC.normalize(text);
        return TO_SIMPLIFIED.get().transliterate(folded).toLowerCase(Locale.ROOT);
    }
}
