package org.excuseengine.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.excuseengine.text.Languages;

/**
 * Picks the rebuttal language from an {@code Accept-Language} header: the supported language with
 * the highest quality weight, the first listed on a tie. Chinese goes by script, then by region:
 * {@code zh-Hant*}, {@code zh-TW}, {@code zh-HK}, {@code zh-MO} are Traditional; {@code zh-Hans*},
 * {@code zh-CN}, {@code zh-SG} and a bare {@code zh} are Simplified; {@code en*} is English.
 * Anything else, {@code *} included, is skipped, so the service's default applies.
 */
final class AcceptLanguage {
    private AcceptLanguage() {}

    static Optional<String> preferred(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        // The JDK's parser sorts by weight, keeping the listed order on a tie.
        for (Locale.LanguageRange range : ranges(header)) {
            Optional<String> language = range.getWeight() > 0 ? supported(range.getRange()) : Optional.empty();
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }

    /**
     * The header's ranges, parsed by the JDK. A header it refuses as a whole is parsed range by
     * range, and the ranges it refuses are ignored: a client's bad value must not cost it its answer.
     */
    private static List<Locale.LanguageRange> ranges(String header) {
        try {
            return Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            List<Locale.LanguageRange> readable = new ArrayList<>();
            for (String part : header.split(",")) {
                try {
                    readable.addAll(Locale.LanguageRange.parse(part));
                } catch (IllegalArgumentException unreadable) {
                    // ignored, as the header's other values are not
                }
            }
            readable.sort(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed());
            return readable;
        }
    }

    /** The supported language a language tag stands for, if any. */
    static Optional<String> supported(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        switch (locale.getLanguage()) {
            case "en":
                return Optional.of(Languages.EN);
            case "zh":
                return Optional.of(isTraditional(locale) ? Languages.ZH_HANT : Languages.ZH_HANS);
            default:
                return Optional.empty();
        }
    }

    private static boolean isTraditional(Locale locale) {
        if (!locale.getScript().isEmpty()) {
            return locale.getScript().equals("Hant");
        }
        return switch (locale.getCountry()) {
            case "TW", "HK", "MO" -> true;
            default -> false;
        };
    }
}
