package dev.storyline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the words just before a date written in a text say it is: the publication ("Published on"), an update
 * ("Aktualisiert am"), a copyright year or today's date. The date rules read dates in texts through these labels.
 */
final class DateLabels {

    /** How far before a date, in characters, a label may stand. */
    static final int CUE_REACH = 40;
    /** Longer than any date a label can stand before: how far past a label's reach a date is looked for. */
    private static final int DATE_SPAN = 100;

    /** Words that label the date after them as a modification. */
    private static final Pattern UPDATE_CUE = Pattern.compile(
            "updated?|modified|last edit|aktualisiert|geändert|bearbeitet|mis à jour|actualizado|aggiornato",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that label the date after them as the publication. */
    private static final Pattern PUBLISHED_CUE = Pattern.compile(
            "published|posted|veröffentlicht|erschienen|publiziert|erstellt|publié|publicado|pubblicato",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COPYRIGHT_CUE = Pattern.compile("©|\\(c\\)|copyright", Pattern.CASE_INSENSITIVE);
    /** Words that say the date after them is today's ("Aktuelle Zeit: 14.10.2020"). */
    private static final Pattern NOW_CUE = Pattern.compile(
            "current time|it is currently|today is|aktuelle zeit|heute ist|es ist jetzt",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The words of {@link #PUBLISHED_CUE}, for {@link #nextPublishedCue}. */
    private static final String[] PUBLISHED_WORDS = {"published", "posted", "veröffentlicht", "erschienen",
        "publiziert", "erstellt", "publié", "publicado", "pubblicato"};
    private static final Pattern[] CUE_PATTERNS = {PUBLISHED_CUE, UPDATE_CUE, COPYRIGHT_CUE, NOW_CUE};
    private static final Cue[] CUES = {Cue.PUBLISHED, Cue.UPDATED, Cue.COPYRIGHT, Cue.NOW};

    private DateLabels() {
    }

    /** What the words just before a date say it is. */
    enum Cue { PUBLISHED, UPDATED, COPYRIGHT, NOW, NONE }

    /** A date written in a text, with what the words before it say it is. */
    record Labelled(LocalDate date, Cue cue) {
    }

    /**
     * The plausible dates of a text in order, each with the label nearest before it: within {@link #CUE_REACH}
     * characters and after the previous date.
     */
    static List<Labelled> labelledDates(String text, HtmlDateFinder.Window window) {
        List<Labelled> dates = new ArrayList<>();
        int previousEnd = 0;
        for (DateParser.Found found : DateParser.scan(text)) {
            int from = Math.max(previousEnd, found.position() - CUE_REACH);
            String before = text.substring(Math.min(from, found.position()), found.position());
            previousEnd = found.end();
            if (window.contains(found.date())) {
                dates.add(new Labelled(found.date(), cueIn(before)));
            }
        }
        return dates;
    }

    /**
     * The first plausible date in the text that is not a copyright year, today's date or labelled as an update; an
     * update's date when there is nothing else.
     */
    static LocalDate firstPublicationDate(String text, HtmlDateFinder.Window window) {
        LocalDate update = null;
        for (Labelled labelled : labelledDates(text, window)) {
            if (labelled.cue() == Cue.UPDATED) {
                if (update == null) {
                    update = labelled.date();
                }
            } else if (labelled.cue() == Cue.PUBLISHED || labelled.cue() == Cue.NONE) {
                return labelled.date();
            }
        }
        return update;
    }

    /**
     * The first plausible date of the text that a publication label stands before, as {@link #labelledDates} labels
     * them; null when there is none. Only the stretches after publication words are read for dates, not the whole
     * text: a label labels the first date after it, if that date starts within its reach.
     */
    static LocalDate firstPublishedDate(String text, HtmlDateFinder.Window window) {
        int cueEnd = 0;
        for (int cueStart = nextPublishedCue(text, 0); cueStart >= 0; cueStart = nextPublishedCue(text, cueEnd)) {
            cueEnd = cueStart + publishedWordAt(text, cueStart).length();
            int reach = cueStart + CUE_REACH;
            List<DateParser.Found> after = DateParser.scan(text, cueEnd, Math.min(text.length(), reach + DATE_SPAN));
            if (after.isEmpty() || after.get(0).position() > reach) {
                continue;
            }
            DateParser.Found first = after.get(0);
            String before = text.substring(Math.max(cueStart, first.position() - CUE_REACH), first.position());
            if (window.contains(first.date()) && cueIn(before) == Cue.PUBLISHED) {
                return first.date();
            }
        }
        return null;
    }

    /**
     * Where the next publication word starts at or after {@code from}, or -1: what {@link #PUBLISHED_CUE} finds, by a
     * plain scan for the words' first letters, as a regular expression over a whole page's text is slow.
     */
    static int nextPublishedCue(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = (char) (text.charAt(i) | 0x20);
            if ((c == 'p' || c == 'v' || c == 'e') && publishedWordAt(text, i) != null) {
                return i;
            }
        }
        return -1;
    }

    /** The publication word that starts at {@code position} of the text, whatever its case, or null. */
    private static String publishedWordAt(String text, int position) {
        for (String word : PUBLISHED_WORDS) {
            if (text.regionMatches(true, position, word, 0, word.length())) {
                return word;
            }
        }
        return null;
    }

    /** The label that ends last in {@code before}, so the one nearest the date. */
    static Cue cueIn(String before) {
        Cue cue = Cue.NONE;
        int nearest = -1;
        for (int i = 0; i < CUE_PATTERNS.length; i++) {
            Matcher m = CUE_PATTERNS[i].matcher(before);
            while (m.find()) {
                if (m.end() > nearest) {
                    nearest = m.end();
                    cue = CUES[i];
                }
            }
        }
        return cue;
    }
}
