package org.excuseengine.service;

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
        String best = null;
        double bestWeight = 0;
        for (String range : header.split(",")) {
            String[] parts = range.split(";");
            double weight = weight(parts);
            Optional<String> language = supported(parts[0].trim());
            if (language.isPresent() && weight > bestWeight) {
                best = language.get();
                bestWeight = weight;
            }
        }
        return Optional.ofNullable(best);
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

    /** The {@code q} weight of a range, 1 when absent; 0 (not acceptable) when unreadable. */
    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2).trim());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
