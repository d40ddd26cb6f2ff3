package dev.storyline.cluster;

import dev.storyline.nlp.DateResolver;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day an undated report most probably tells of, read from its text against the date of its nearest dated
 * neighbour (the event its content matches best). Without it, an undated report of a later happening joins an earlier
 * happening of the same cast, since nothing in time keeps them apart.
 * <ul>
 *   <li>Days named with their month ("September 30", "30 September", "Sept. 30, 2015") take their year, or without
 *       one the year that puts them nearest the neighbour. Days more than a week after the neighbour are left out:
 *       reports name plans by their date more often than what happened. The latest day left is the earliest the
 *       report can tell of; a day in a clause opened by "since" ("since Russia began bombing on September 30") lies
 *       strictly before it.</li>
 *   <li>A weekday ("on Wednesday morning") is the first such day from that earliest day on, within a week; without a
 *       named day, it is the latest such day on or before the neighbour's last day.</li>
 *   <li>Without a weekday, a named day that is not a "since" day is the day told of.</li>
 * </ul>
 * Anything else gives no date, and the report stays undated.
 *
 * <p>Undated reports that name a day ({@link #namesADay}) are clustered before the other undated ones, so that
 * those meet the events the dated ones open.
 */
final class HappeningDate {

    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b([A-Z][a-z]{2,8}\\.?) (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]{2,8})\\b(?:,? (\\d{4})\\b)?");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:on|last|early|late) ([A-Z][a-z]+day)\\b|\\b([A-Z][a-z]+day) (?:morning|afternoon|evening|night)\\b");
    /** "since" opens a clause that names a past starting point; a comma, semicolon or full stop closes it. */
    private static final Pattern SINCE_CLAUSE = Pattern.compile("\\bsince\\b[^.,;:]*$", Pattern.CASE_INSENSITIVE);
    private static final int WEEK = 7;

    private HappeningDate() {
    }

    /** Whether the paragraphs name a day with its month, which lets an undated report be dated against a neighbour. */
    static boolean namesADay(List<String> paragraphs) {
        for (String paragraph : paragraphs) {
            for (Pattern pattern : List.of(MONTH_DAY, DAY_MONTH)) {
                Matcher matcher = pattern.matcher(paragraph);
                while (matcher.find()) {
                    if (DateResolver.month(matcher.group(pattern == MONTH_DAY ? 1 : 2), true) != null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The day the paragraphs most probably tell of, against the neighbour's last date; empty when they say nothing. */
    static Optional<LocalDate> of(List<String> paragraphs, LocalDate neighbour) {
        LocalDate named = null;
        boolean since = false;
        DayOfWeek weekday = null;
        for (String paragraph : paragraphs) {
            for (Pattern pattern : List.of(MONTH_DAY, DAY_MONTH)) {
                Matcher matcher = pattern.matcher(paragraph);
                while (matcher.find()) {
                    LocalDate day = pattern == MONTH_DAY
                            ? day(matcher.group(1), matcher.group(2), matcher.group(3), neighbour)
                            : day(matcher.group(2), matcher.group(1), matcher.group(3), neighbour);
                    if (day != null && !day.isAfter(neighbour.plusDays(WEEK)) && (named == null || day.isAfter(named))) {
                        named = day;
                        since = SINCE_CLAUSE.matcher(paragraph.substring(0, matcher.start())).find();
                    }
                }
            }
            Matcher matcher = WEEKDAY.matcher(paragraph);
            while (weekday == null && matcher.find()) {
                weekday = DateResolver.dayOfWeek(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
            }
        }
        if (weekday != null) {
            if (named == null) {
                return Optional.of(neighbour.with(TemporalAdjusters.previousOrSame(weekday)));
            }
            LocalDate from = since ? named.plusDays(1) : named;
            LocalDate day = from.with(TemporalAdjusters.nextOrSame(weekday));
            return day.isBefore(from.plusDays(WEEK)) ? Optional.of(day) : Optional.empty();
        }
        return named == null || since ? Optional.empty() : Optional.of(named);
    }

    /** A named day in its year, or in the year nearest the neighbour; null when the words name no day. */
    private static LocalDate day(String monthWord, String dayWord, String yearWord, LocalDate neighbour) {
        Month month = DateResolver.month(monthWord, true);
        if (month == null) {
            return null;
        }
        int dayOfMonth = Integer.parseInt(dayWord);
        try {
            if (yearWord != null) {
                return LocalDate.of(Integer.parseInt(yearWord), month, dayOfMonth);
            }
            LocalDate best = null;
            for (int year = neighbour.getYear() - 1; year <= neighbour.getYear() + 1; year++) {
                LocalDate day = LocalDate.of(year, month, dayOfMonth);
                if (best == null || Math.abs(day.toEpochDay() - neighbour.toEpochDay()) < Math.abs(best.toEpochDay() - neighbour.toEpochDay())) {
                    best = day;
                }
            }
            return best;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
