package org.excuseengine.engine;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.excuseengine.text.Languages;

/**
 * What a rebuttal's own words may not say: an amount or a date that no figure supplies (digits,
 * a Chinese number before 元, 萬, 月 or 日, an English month or weekday), since the customer would
 * hear a figure the visit's amount model never computed; and, in Chinese, ASCII punctuation where
 * the text should use full-width marks. Only the literal text is read, never the figures or the
 * ICU syntax around them.
 */
final class RebuttalWording {
    private static final Pattern DIGITS = Pattern.compile("[0-9０-９]+(?:[,.，][0-9０-９]+)*");
    private static final Pattern CHINESE_AMOUNT_OR_DATE =
            Pattern.compile("[零〇一二三四五六七八九十百千萬万億亿兩两]+(?:元|塊|块|萬|万|月|日|號|号)");
    private static final Pattern ENGLISH_MONTH_OR_DAY = Pattern.compile("\\b(?:January|February|March|April|June|July"
            + "|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern ASCII_PUNCTUATION = Pattern.compile("[,;:!?()]");
    /** The parts after which a message's literal text runs until the next part. */
    private static final Set<MessagePattern.Part.Type> TEXT_FOLLOWS = EnumSet.of(MessagePattern.Part.Type.MSG_START,
            MessagePattern.Part.Type.ARG_LIMIT, MessagePattern.Part.Type.SKIP_SYNTAX,
            MessagePattern.Part.Type.INSERT_CHAR, MessagePattern.Part.Type.REPLACE_NUMBER);

    private RebuttalWording() {}

    /** The problems of a valid ICU message {@code text} in {@code language}, each a sentence. */
    static List<String> problems(String text, String language) {
        String literal = literalText(text);
        List<String> problems = new ArrayList<>();
        firstMatch(DIGITS, literal).ifPresent(found -> problems.add(noFigure(found)));
        firstMatch(ENGLISH_MONTH_OR_DAY, literal).ifPresent(found -> problems.add(noFigure(found)));
        if (!Languages.EN.equals(language)) {
            firstMatch(CHINESE_AMOUNT_OR_DATE, literal).ifPresent(found -> problems.add(noFigure(found)));
            firstMatch(ASCII_PUNCTUATION, literal).ifPresent(found -> problems.add("uses the ASCII \"" + found
                    + "\" in Chinese text: write full-width punctuation (，；：！？（）)"));
        }
        return problems;
    }

    private static String noFigure(String found) {
        return "names \"" + found + "\" itself: an amount or a date no figure supplies; use a figure such as {pay} or {date}";
    }

    /** The message's own words, the figures and the ICU syntax left out; sub-messages of plural and select included. */
    static String literalText(String text) {
        MessagePattern pattern = new MessagePattern(text);
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i + 1 < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (TEXT_FOLLOWS.contains(part.getType())) {
                literal.append(text, part.getLimit(), pattern.getPart(i + 1).getIndex()).append(' ');
            }
        }
        return literal.toString();
    }

    private static java.util.Optional<String> firstMatch(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? java.util.Optional.of(matcher.group()) : java.util.Optional.empty();
    }
}
