package org.excuseengine.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.excuseengine.model.fact.BusinessCalendar;

/**
 * The business calendars of the rules folder, {@code calendar/*.txt}, one per locale, and which one
 * a visit gets: the calendar that lists the visit's language, else weekends only. A file is lines of
 * {@code region TW}, {@code languages zh-Hant}, {@code weekend SAT SUN},
 * {@code holiday 2026-02-14..2026-02-22 Lunar New Year} and {@code workday 2026-02-14 make-up day};
 * {@code #} starts a comment.
 */
final class Calendars {
    static final String FOLDER = "calendar";
    private static final BusinessCalendar WEEKENDS_ONLY = BusinessCalendar.weekendsOnly();
    /** A holiday range longer than this is a typo, not a holiday. */
    private static final int LONGEST_HOLIDAY_DAYS = 31;

    private final Map<String, BusinessCalendar> byLanguage;

    private Calendars(Map<String, BusinessCalendar> byLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
    }

    static Calendars none() {
        return new Calendars(Map.of());
    }

    /** Reads every calendar in {@code rulesDir/calendar}; a bad line is a {@link RuleCompilationException} naming it. */
    static Calendars load(Path rulesDir) {
        Path folder = rulesDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return none();
        }
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, BusinessCalendar> byLanguage = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String where = FOLDER + "/" + file.getFileName();
                Parsed parsed = parse(where, Files.readAllLines(file, StandardCharsets.UTF_8), problems);
                for (String language : parsed.languages) {
                    if (byLanguage.putIfAbsent(language, parsed.calendar) != null) {
                        problems.add(RuleProblem.error(where, parsed.languagesLine, 1,
                                "language " + language + " already has a calendar in another file"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the calendars in " + folder, e);
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        return new Calendars(byLanguage);
    }

    /** The calendar of a visit in {@code language}: the one that lists it, else weekends only. */
    BusinessCalendar forLanguage(String language) {
        return byLanguage.getOrDefault(language, WEEKENDS_ONLY);
    }

    private record Parsed(BusinessCalendar calendar, List<String> languages, int languagesLine) {}

    private static Parsed parse(String where, List<String> lines, List<RuleProblem> problems) {
        String region = null;
        List<String> languages = List.of();
        int languagesLine = 1;
        Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        Map<LocalDate, String> holidays = new HashMap<>();
        Map<LocalDate, String> workdays = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+", 3);
            try {
                switch (words[0]) {
                    case "region" -> region = words[1];
                    case "languages" -> {
                        languages = List.of(line.substring("languages".length()).strip().split("\\s+"));
                        languagesLine = lineNo;
                    }
                    case "weekend" -> {
                        weekend = EnumSet.noneOf(DayOfWeek.class);
                        for (String day : line.substring("weekend".length()).strip().split("\\s+")) {
                            weekend.add(dayOfWeek(day));
                        }
                    }
                    case "holiday" -> {
                        String name = words.length > 2 ? words[2] : "public holiday";
                        for (LocalDate day : days(words[1])) {
                            holidays.put(day, name);
                        }
                    }
                    case "workday" -> {
                        String why = words.length > 2 ? words[2] : "make-up working day";
                        for (LocalDate day : days(words[1])) {
                            workdays.put(day, why);
                        }
                    }
                    default -> throw new IllegalArgumentException(
                            "expected a line starting with region, languages, weekend, holiday or workday, found \"" + words[0] + "\"");
                }
            } catch (ArrayIndexOutOfBoundsException e) {
                problems.add(RuleProblem.error(where, lineNo, 1, "\"" + words[0] + "\" needs a value"));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(RuleProblem.error(where, lineNo, 1, e.getMessage()));
            }
        }
        if (region == null) {
            problems.add(RuleProblem.error(where, 1, 1, "no \"region\" line: say which region this calendar is for, e.g. region TW"));
            region = "";
        }
        return new Parsed(new BusinessCalendar(region, weekend, holidays, workdays), languages, languagesLine);
    }

    /** {@code 2026-01-01} or a range {@code 2026-02-14..2026-02-22}, both ends included. */
    private static List<LocalDate> days(String text) {
        String[] ends = text.split("\\.\\.", 2);
        LocalDate first = date(ends[0]);
        LocalDate last = ends.length > 1 ? date(ends[1]) : first;
        if (last.isBefore(first) || first.plusDays(LONGEST_HOLIDAY_DAYS).isBefore(last)) {
            throw new IllegalArgumentException("expected a range of 1 to " + LONGEST_HOLIDAY_DAYS + " days, first day first, found " + text);
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected a date as YYYY-MM-DD, found \"" + text + "\"");
        }
    }

    private static DayOfWeek dayOfWeek(String text) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(text.toUpperCase(Locale.ROOT)) && text.length() >= 3) {
                return day;
            }
        }
        throw new IllegalArgumentException("expected a day of the week such as SAT or SUN, found \"" + text + "\"");
    }
}
