package dev.storyline.extract;


import java.time.LocalDate;

/**
 * Finds the day an HTML news or blog page was published, for pages whose date is not declared beside them.
 *
 * <p>Pages state dates in many places of unequal trust: structured data written for search engines, the line under
 * the headline, the address, the running text, and next to them dates that are not the publication (updates,
 * comments, sidebars, copyright lines, today's date in the site's banner). Each place is read by its own named
 * {@link DateRule}, over one {@link Page} (its meta tags, JSON-LD objects and {@link PageLayout}), and the rules are
 * taken in this order of trust:
 * <ol>
 *   <li>structured data: {@code json-ld}, then {@code meta};</li>
 *   <li>the date shown with the article: {@code published-label}, then {@code time-element}, then
 *       {@code date-element};</li>
 *   <li>{@code url}: a full date in the address;</li>
 *   <li>when none of these dates the page: {@code generic-meta}, {@code text}, {@code title}, {@code modified},
 *       {@code any-text}, the first that finds a date.</li>
 * </ol>
 * Structured data give way to a date the page shows: to the shown date when the two are a day apart (the metadata
 * wrote the instant in another zone, often UTC, while the page shows the local day); to the URL's date when that is
 * earlier or a day apart (an address keeps the day it was first published); to the metadata's modification date
 * when the text shows it first from the heading on ({@code shown-update}); and to a later shown date that the text
 * also shows first (the page was updated or republished and its metadata kept the first version's date).
 *
 * <p>Dates before 1995 and after a latest plausible day are never taken; nor are copyright years, dates labelled as
 * today's, or the date in the site's banner. Dates labelled as updates, and sidebar or comment dates, are taken only
 * when nothing else dates the page.
 */
public final class HtmlDateFinder {

    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);
    /** The name of the decision that takes a modification date the page shows as its date. */
    static final String SHOWN_UPDATE = "shown-update";

    private HtmlDateFinder() {
    }

    /**
     * A publication date and the name of the rule that found it ("json-ld", "time-element", ...; see
     * {@link DateRule}).
     *
     * @param date the day the page was published
     * @param rule the short name of the rule that decided it
     */
    public record Finding(LocalDate date, String rule) {
    }

    /** The days a page could have been published on. */
    record Window(LocalDate earliest, LocalDate latest) {
        boolean contains(LocalDate date) {
            return date != null && !date.isBefore(earliest) && !date.isAfter(latest);
        }

        LocalDate check(LocalDate date) {
            return contains(date) ? date : null;
        }
    }

    /**
     * The publication date of the page, or null when the page gives none. Never the crawl date or a "today" banner
     * date. Dates after tomorrow are ignored. Call it before content extraction changes the page's DOM.
     */
    public static LocalDate find(Page page) {
        return find(page, LocalDate.now().plusDays(1));
    }

    /**
     * As {@link #find(Page)}, with the latest day the page could have been published (such as the day it was
     * fetched): dates after it are ignored.
     */
    public static LocalDate find(Page page, LocalDate latest) {
        Finding finding = decide(page, latest);
        return finding == null ? null : finding.date();
    }

    /** As {@link #find(Page)}, with the name of the rule that found the date; null when the page gives none. */
    public static Finding decide(Page page) {
        return decide(page, LocalDate.now().plusDays(1));
    }

    /**
     * The publication date of the page with the name of the rule that found it, or null: the first plausible date of
     * the rules in order of trust, with the exceptions described for the class. Dates after {@code latest} are
     * ignored.
     */
    public static Finding decide(Page page, LocalDate latest) {
        Window window = new Window(EARLIEST, latest);
        Finding structured = first(page, window, DateRule.Evidence.STRUCTURED);
        Finding shown = first(page, window, DateRule.Evidence.SHOWN);
        Finding inUrl = first(page, window, DateRule.Evidence.ADDRESS);
        if (structured != null) {
            return reconcile(page, window, structured, shown, inUrl);
        }
        if (shown != null) {
            return shown;
        }
        return inUrl != null ? inUrl : first(page, window, DateRule.Evidence.FALLBACK);
    }

    /** The first date found by the rules of one kind of evidence, in their order; null when none finds one. */
    private static Finding first(Page page, Window window, DateRule.Evidence evidence) {
        for (DateRule rule : DateRule.values()) {
            if (rule.evidence() == evidence) {
                LocalDate date = rule.find(page, window);
                if (date != null) {
                    return new Finding(date, rule.label());
                }
            }
        }
        return null;
    }

    /**
     * The structured date, unless the page shows a later one: the shown date when the two are a day apart (a zone
     * shift); the URL's date when that is earlier or a day apart (a republication); the modification date of the
     * metadata when the text shows it first from the heading on ({@code shown-update}); the shown date when the text
     * shows it first too, later than the structured one (the page was updated or republished, and its metadata kept
     * the first version's date).
     */
    private static Finding reconcile(Page page, Window window, Finding structured, Finding shown, Finding inUrl) {
        LocalDate date = structured.date();
        if (shown != null && !shown.date().equals(date) && withinADay(shown.date(), date)) {
            return shown;
        }
        if (inUrl != null && !inUrl.date().equals(date)
                && (inUrl.date().isBefore(date) || withinADay(inUrl.date(), date))) {
            return inUrl;
        }
        LocalDate modified = DateRule.MODIFIED.find(page, window);
        boolean laterModified = modified != null && modified.isAfter(date);
        boolean laterShown = shown != null && shown.date().isAfter(date);
        if (laterModified || laterShown) {
            LocalDate firstInText = DateRule.TEXT.find(page, window);
            if (laterModified && modified.equals(firstInText)) {
                return new Finding(modified, SHOWN_UPDATE);
            }
            if (laterShown && shown.date().equals(firstInText)) {
                return shown;
            }
        }
        return structured;
    }

    private static boolean withinADay(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay()) <= 1;
    }
}
