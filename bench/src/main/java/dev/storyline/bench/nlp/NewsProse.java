package dev.storyline.bench.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded, generated news-like prose of any length, for measuring how the per-document stages scale: a headline, a
 * byline and a date line, then paragraphs of reported speech with the shapes the quote rules read (direct quotes with
 * a cue before or after, "she said" after a quote, indirect speech, "according to"), people with titles and full
 * names that later come back by surname, organisations, places, numbers, amounts and dates. The cast grows with the
 * text, as it does in a long feature or a live blog, so a longer document also has more names.
 */
public final class NewsProse {

    /** How the paragraphs are laid out in the plain-text file. */
    public enum Layout {
        /** One paragraph a line with a blank line between, as crawlers save text. */
        PARAGRAPHS,
        /** Paragraphs hard-wrapped at 72 columns, blank lines between, as e-mail and older archives are. */
        WRAPPED,
        /** The whole body as one line: a page whose line breaks were lost. */
        ONE_LINE
    }

    private static final String[] SYLLABLES = {"ka", "ren", "vo", "li", "mar", "tes", "dor", "an", "bel", "sa", "ni",
            "rov", "el", "ta", "mon", "ves", "ri", "go", "lan", "de", "pi", "sto", "ul", "ma", "ker", "zi", "hal", "no"};
    private static final String[] TITLES = {"Mayor", "Minister", "Senator", "Inspector", "Professor", "Judge",
            "Councillor", "Dr.", "Chief Executive", "Governor"};
    private static final String[] ROLES = {"the city engineer", "a spokesman for the ministry", "the union leader",
            "a senior official", "the head of the inquiry", "a local shopkeeper", "the committee chair"};
    private static final String[] ORGANISATION_WORDS = {"Roads Inspectorate", "Water Board", "Transport Ministry",
            "Port Authority", "Health Service", "Building Commission", "Rail Company", "Finance Office"};
    private static final String[] SUBJECTS = {"the bridge", "the new budget", "the inquiry", "the rail line",
            "the harbour works", "the hospital wing", "the flood barrier", "the tax plan", "the school programme"};
    private static final String[] VERBS = {"would cost", "had delayed", "could save", "was expected to add",
            "had already cut", "might double", "will take"};
    private static final String[] UNITS = {"million euros", "jobs", "per cent", "kilometres", "families", "days"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] CLAUSES = {"We will not accept any further delay on this",
            "Nobody told us the work had stopped", "The figures show a clear improvement since last year",
            "This is the most serious failure our city has seen", "Every family affected will be heard",
            "We had warned about the cracks for months", "The money is there and the plan is ready",
            "I have never seen anything like it in thirty years"};

    private final Random random;
    private final List<String> cast = new ArrayList<>();
    private final List<String> organisations = new ArrayList<>();
    private final List<String> places = new ArrayList<>();

    public NewsProse(long seed) {
        random = new Random(seed);
    }

    /** A plain-text document of at least {@code chars} characters (the body stops after the paragraph passing it). */
    public String document(int chars, Layout layout) {
        StringBuilder text = new StringBuilder();
        text.append(capitalized(pick(SUBJECTS))).append(" under scrutiny as costs rise in ").append(place()).append("\n\n");
        text.append("By ").append(person()).append(", City Desk\n\n");
        text.append("Published on ").append(1 + random.nextInt(28)).append(' ').append(pick(MONTHS)).append(" 2026\n\n");
        int bodyStart = text.length();
        List<String> paragraphs = new ArrayList<>();
        int length = 0;
        while (length < chars - bodyStart) {
            String paragraph = paragraph();
            paragraphs.add(paragraph);
            length += paragraph.length() + 2;
        }
        switch (layout) {
            case PARAGRAPHS -> text.append(String.join("\n\n", paragraphs));
            case WRAPPED -> {
                List<String> wrapped = new ArrayList<>();
                for (String paragraph : paragraphs) {
                    wrapped.add(wrap(paragraph, 72));
                }
                text.append(String.join("\n\n", wrapped));
            }
            case ONE_LINE -> text.append(String.join(" ", paragraphs));
        }
        return text.append('\n').toString();
    }

    private String paragraph() {
        int sentences = 2 + random.nextInt(4);
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                paragraph.append(' ');
            }
            paragraph.append(sentence());
        }
        return paragraph.toString();
    }

    private String sentence() {
        String quote = pick(CLAUSES);
        return switch (random.nextInt(9)) {
            case 0 -> "\"" + quote + ",\" " + pick(TITLES) + " " + person() + " said on " + pick(DAYS) + ".";
            case 1 -> surname() + " told reporters: \"" + quote + ".\"";
            case 2 -> "\"" + quote + ",\" she said.";
            case 3 -> person() + " said that " + pick(SUBJECTS) + " " + pick(VERBS) + " " + amount() + ".";
            case 4 -> "According to the " + organisation() + ", " + pick(SUBJECTS) + " " + pick(VERBS) + " "
                    + amount() + " by " + pick(MONTHS) + " " + (2020 + random.nextInt(10)) + ".";
            case 5 -> capitalized(pick(SUBJECTS)) + " " + pick(VERBS) + " " + amount() + ", "
                    + pick(ROLES) + " said.";
            case 6 -> "The " + organisation() + " in " + place() + " has asked " + surname() + " to explain why "
                    + pick(SUBJECTS) + " " + pick(VERBS) + " " + amount() + ".";
            case 7 -> "\"" + quote + ".\" That was how " + surname() + " put it on " + pick(DAYS) + " evening.";
            default -> "Work on " + pick(SUBJECTS) + " began in " + (1960 + random.nextInt(60)) + " and "
                    + pick(VERBS) + " about " + amount() + ", records show.";
        };
    }

    /** A person: often one already named, by full name; sometimes a new one, so the cast keeps growing. */
    private String person() {
        if (cast.isEmpty() || random.nextInt(4) == 0) {
            cast.add(name(2) + " " + name(3));
        }
        return cast.get(recentIndex(cast.size()));
    }

    private String surname() {
        String full = person();
        return full.substring(full.indexOf(' ') + 1);
    }

    private String organisation() {
        if (organisations.isEmpty() || random.nextInt(6) == 0) {
            organisations.add(name(2) + " " + pick(ORGANISATION_WORDS));
        }
        return organisations.get(recentIndex(organisations.size()));
    }

    private String place() {
        if (places.isEmpty() || random.nextInt(8) == 0) {
            places.add(name(3));
        }
        return places.get(recentIndex(places.size()));
    }

    /** Mostly one of the last dozen, as an article keeps to the people of its current section. */
    private int recentIndex(int size) {
        return random.nextInt(10) == 0 ? random.nextInt(size) : Math.max(0, size - 1 - random.nextInt(12));
    }

    private String amount() {
        return switch (random.nextInt(3)) {
            case 0 -> (1 + random.nextInt(900)) + " " + pick(UNITS);
            case 1 -> (1 + random.nextInt(99)) + "." + random.nextInt(10) + " " + pick(UNITS);
            default -> "about " + (10 + random.nextInt(90)) + " " + pick(UNITS);
        };
    }

    private String name(int syllables) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            name.append(pick(SYLLABLES));
        }
        return capitalized(name.toString());
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String wrap(String paragraph, int width) {
        StringBuilder wrapped = new StringBuilder();
        int lineLength = 0;
        for (String word : paragraph.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                wrapped.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                wrapped.append(' ');
                lineLength++;
            }
            wrapped.append(word);
            lineLength += word.length();
        }
        return wrapped.toString();
    }
}
