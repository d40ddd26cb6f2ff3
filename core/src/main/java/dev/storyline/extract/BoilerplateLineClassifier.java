package dev.storyline.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells boilerplate lines from article text, one line at a time. Each rule has a name, which becomes the reason a
 * removed line carries in the report. Rules look only at the line itself; rules that need the position of a line in
 * the page live in the extractors.
 */
public final class BoilerplateLineClassifier {

    /** One named rule: a pattern that marks a whole line as boilerplate. */
    private record Rule(String reason, Pattern pattern, int maxWords) {
        boolean matches(String line, int words) {
            return words <= maxWords && pattern.matcher(line).find();
        }
    }

    private static final int ANY_LENGTH = Integer.MAX_VALUE;

    private static final List<Rule> RULES = List.of(
            new Rule("tag list", Pattern.compile("^(tags?|topics?|keywords?|filed under)\\s*:", Pattern.CASE_INSENSITIVE), ANY_LENGTH),
            new Rule("breadcrumb", Pattern.compile("^home\\s*([/>»|›]|\\s+news\\b)", Pattern.CASE_INSENSITIVE), 40),
            new Rule("breadcrumb", Pattern.compile("^[^.!?]{1,40}(\\s[/>»›]\\s[^.!?]{1,60}){2,}$"), 40),
            new Rule("copyright", Pattern.compile("^(©|\\(c\\)|copyright\\b)|all rights reserved", Pattern.CASE_INSENSITIVE), 40),
            new Rule("donation appeal", Pattern.compile(
                    "\\bsupport (the|us|our|independent)\\b|\\bdonat(e|ion|ing)\\b|\\bbecome a (member|supporter|patron|subscriber)\\b"
                            + "|\\bmake a (gift|contribution)\\b|\\bevery contribution\\b|\\bplease support\\b|\\bsupport today\\b",
                    Pattern.CASE_INSENSITIVE), 60),
            new Rule("newsletter box", Pattern.compile(
                    "\\bnewsletters?\\b|\\bsign up\\b|\\bsubscribe\\b|\\bsubscribers?\\b|\\bsubscription\\b|\\bin your (inbox|mailbox)\\b",
                    Pattern.CASE_INSENSITIVE), 60),
            new Rule("legal notice", Pattern.compile("\\bprivacy policy\\b|\\bterms of (use|service)\\b|\\bcookies?\\b.*\\b(accept|consent|use)\\b",
                    Pattern.CASE_INSENSITIVE), 40),
            new Rule("navigation", Pattern.compile("^(read more|more from|more stories|related( articles| stories)?|"
                    + "advertisement|ads|share( this)?( article| story)?|menu|skip to( main)? content|back to top|"
                    + "most read|trending|remind me later\\.?|continue|next|previous|more\\b.*\\bstories)$", Pattern.CASE_INSENSITIVE), 8),
            new Rule("page control", Pattern.compile("^(print|drucken|rezept drucken|bild anzeigen|kommentieren|kommentare?( schreiben| geschlossen)?|"
                    + "leave a (comment|reply)|comments? (are )?closed|you may also like|auch interessant|ähnliche (beiträge|artikel)|"
                    + "related posts|mehr zum thema|lesen sie auch|weiterführende links?|das könnte (dich|sie) auch interessieren|"
                    + "war (der|dieser) artikel (nützlich|hilfreich)|(möchten sie|teilen sie) (den|diesen) artikel( teilen)?|"
                    + "was this (article|page) helpful|beitragsbild|titelbild|artikelbild|vous aimerez aussi|à lire aussi)\\b[^.]*[:?!]?$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), 10),
            new Rule("credit line", Pattern.compile("^(credit|photo|foto|bild|image|quelle|source|fotos?|bildquelle)\\s*:",
                    Pattern.CASE_INSENSITIVE), 20),
            new Rule("caption", Pattern.compile("^((top|main|header|featured|lead) )?(image|photo|picture|illustration)s? (of|by|from|courtesy|shows?)\\b"
                    + "|^(pictured|above|below|left|right)\\s*:", Pattern.CASE_INSENSITIVE), 30)
    );

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’)\\]]*$");
    private static final Pattern FIRST_OR_SECOND_PERSON =
            Pattern.compile("^(we|us|our|ours|you|your|yours|you're|we're|we've|you've)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("[\"“][^\"“”]*[\"”]");

    private BoilerplateLineClassifier() {
    }

    /**
     * The reason {@code line} is boilerplate, or null when it may be article text. {@code line} is one trimmed line
     * or paragraph of the page.
     */
    public static String classify(String line) {
        String reason = classifyPhrasing(line);
        if (reason == null && isAppeal(line)) {
            return "appeal to readers";
        }
        return reason;
    }

    /**
     * Like {@link #classify} but on typical boilerplate phrasing alone, without the appeal rule: for blocks an HTML
     * page already marks as part of its article, where a blog's first-person prose is still body text.
     */
    static String classifyPhrasing(String line) {
        int words = wordCount(line);
        for (Rule rule : RULES) {
            if (rule.matches(line, words)) {
                return rule.reason;
            }
        }
        return null;
    }

    /**
     * True for a paragraph that addresses the reader in the first or second person outside quotation marks, as
     * donation and subscription appeals do; news prose speaks of third persons except inside quotes.
     */
    static boolean isAppeal(String line) {
        String unquoted = QUOTED.matcher(line).replaceAll(" ");
        int total = 0;
        int personal = 0;
        for (String token : unquoted.split("[^\\p{L}'’]+")) {
            if (token.isEmpty()) {
                continue;
            }
            total++;
            if (FIRST_OR_SECOND_PERSON.matcher(token.replace('’', '\'')).matches()) {
                personal++;
            }
        }
        return personal >= 3 && personal * 100 >= total * 6;
    }

    /** True for a line that reads as running text: several words ending in sentence punctuation, or a long line. */
    public static boolean isProse(String line) {
        int words = wordCount(line);
        return words >= 6 && SENTENCE_END.matcher(line).find() || words >= 20;
    }

    /** True for a line shaped like a headline: 3 to 25 words, no final full stop, not all in capitals. */
    public static boolean isHeadlineLike(String line) {
        int words = wordCount(line);
        return words >= 3 && words <= 25 && !line.endsWith(".") && !isAllCaps(line) && !line.endsWith(":");
    }

    /** True when every letter of the line is a capital, as in kickers and section banners. */
    public static boolean isAllCaps(String line) {
        boolean letters = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    public static int wordCount(String line) {
        int count = 0;
        var m = WORD.matcher(line);
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** Lower case letters and digits only, single-spaced: for comparing a line with the headline. */
    static String normalize(String line) {
        return NOT_LETTER_OR_DIGIT.matcher(line.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
