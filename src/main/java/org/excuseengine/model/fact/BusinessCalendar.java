package org.excuseengine.model.fact;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The working days of one locale (rules/calendar/*.txt): weekends and public holidays are off,
 * except the make-up working days that some holiday arrangements put on a weekend. The engine
 * inserts the calendar of the visit's locale; every date the rules propose goes through it.
 *
 * @param region    the region the calendar is for, e.g. TW or CN; empty for weekends only
 * @param holidays  public holidays by date, with their names
 * @param workdays  weekend days that are working days, with why
 */
public record BusinessCalendar(String region, Set<DayOfWeek> weekend, Map<LocalDate, String> holidays,
                               Map<LocalDate, String> workdays) {
    /** No calendar can have a run of days off longer than this; a search for a business day stops here. */
    private static final int LONGEST_BREAK_DAYS = 60;

    public BusinessCalendar {
        weekend = Set.copyOf(weekend);
        holidays = Map.copyOf(holidays);
        workdays = Map.copyOf(workdays);
    }

    /** Saturdays and Sundays off, no holidays: for a locale no calendar file covers. */
    public static BusinessCalendar weekendsOnly() {
        return new BusinessCalendar("", Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Map.of(), Map.of());
    }

    public boolean isBusinessDay(LocalDate date) {
        if (workdays.containsKey(date)) {
            return true;
        }
        return !weekend.contains(date.getDayOfWeek()) && !holidays.containsKey(date);
    }

    /** {@code date} if it is a business day, else the first business day after it. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        for (int i = 0; i < LONGEST_BREAK_DAYS && !isBusinessDay(day); i++) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** {@code date} if it is a business day, else the last business day before it, but never before {@code earliest}. */
    public LocalDate onOrBefore(LocalDate date, LocalDate earliest) {
        LocalDate day = date;
        while (!isBusinessDay(day) && day.isAfter(earliest)) {
            day = day.minusDays(1);
        }
        return isBusinessDay(day) ? day : onOrAfter(date);
    }

    /** Why {@code date} is not a business day ("Sunday", a holiday's name), or null when it is one. */
    public String whyOff(LocalDate date) {
        if (isBusinessDay(date)) {
            return null;
        }
        String holiday = holidays.get(date);
        return holiday != null ? holiday : date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    }

    public boolean hasRegion() {
        return !region.isEmpty();
    }
}
