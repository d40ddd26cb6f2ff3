package dev.storyline.extract;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads metadata written as text in a page: outlet names in boilerplate, bylines, date labels, datelines. */
final class MetadataPatterns {

    private static final String NAME = "((?:The |the )?[A-Z][\\p{L}&.'’-]*(?: (?:of |and |on )?[A-Z][\\p{L}&.'’-]*){0,5})";
    private static final Pattern[] OUTLET_PATTERNS = {
            Pattern.compile("^(?:©|\\(c\\)|Copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s+)?" + NAME),
            Pattern.compile("^A message from " + NAME + "\\s*:", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^Support " + NAME + "\\s*[!.]"),
    };
    /** A word of a person's or agency's name: capitalised or in capitals, possessives excluded. */
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*(?<!['’]s)";
    /** Lower-case particles inside names: "Ursula von der Leyen", "Rafael de la Fuente". */
    private static final String PARTICLE = "(?:van|von|der|den|de|da|di|du|del|della|le|la|bin|ibn|al|el|ter|zu)";
    private static final String NAMES = NAME_WORD + "(?:\\s+(?:(?:and|und|et|&)\\s+|" + PARTICLE + "\\s+)*" + NAME_WORD + "){0,6}";
    /**
     * A byline line: "By", "Von" or "Par" (or "Written by", "Reporting by") and names, then optionally a separator and
     * an affiliation or a date ("By Ana Ruiz, Reuters", "Par Jean Dupont avec AFP", "Von Eva Roth | 3. März 2024").
     */
    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY|Written by|Reporting by|Von|VON|Par|PAR)\\s+(" + NAMES + ")"
            + "(?:\\s*[,;|–—-]\\s*(.*)|\\s+(?:avec|with|mit|und|et|for|für|pour|on|am|le|at|in)\\s+(.*))?$");
    /**
     * A credit line naming a person and their organisation, as wire copy prints it under the headline: "Annabelle
     * Liang, The Associated Press", "Ana Ruiz, AFP".
     */
    private static final Pattern CREDIT_BYLINE = Pattern.compile("^(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,3}),\\s+"
            + "((?:The\\s+)?(?:\\p{Lu}[\\p{L}.&'’-]*\\s+){0,4}(?:Press|News|Times|Post|Journal|Herald|Tribune|Agency|"
            + "Service|Wire|Network|Media|Radio|Television|Reuters|Bloomberg|Gazette|Correspondent|Reporter|Writer|Editor)"
            + "|\\p{Lu}{2,6})$");
    /** Name words that are times, not people: "By Monday, ...", "By March 2020, ...", "By Then". */
    private static final Pattern TIME_WORD = Pattern.compile("^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            + "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|"
            + "jun|jul|aug|sept?|oct|nov|dec|spring|summer|autumn|fall|winter|christmas|easter|thanksgiving|noon|midnight|"
            + "then|now|today|tonight|tomorrow|yesterday|dawn|morning|evening|afternoon|night|election|contrast|comparison|"
            + "law|far|design|default|way|late|early|mid|end)\\.?$",
            Pattern.CASE_INSENSITIVE);
    /** A signature closing the text: a sentence, a dash and a name ("... presence. – Jake Nelson"). */
    private static final Pattern SIGNATURE = Pattern.compile("[.!?…][\"'”’)]*\\s*[–—-]+\\s*(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3})\\s*$");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Ll}[\\p{L}'’-]*");
    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}&./-]{2,6}");
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "^(published|posted|date|first published|veröffentlicht|erschienen|publié|mis en ligne)( on| at| am| le)?\\s*:?\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern UPDATED_LABEL = Pattern.compile("^(updated|last updated|modified|aktualisiert|mis à jour)( on| at| am| le)?\\s*:?\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .'’()-]{1,40},\\s*(.{6,30}?\\d{4})\\b");

    private MetadataPatterns() {
    }

    /**
     * The outlet named in boilerplate lines ("© 2026 X", "A Message from X:", "Support The X!", in that order of
     * trust), or null.
     */
    static String outletIn(List<String> lines) {
        for (Pattern pattern : OUTLET_PATTERNS) {
            for (String line : lines) {
                String name = match(pattern, line);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    private static String match(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).trim();
        int sentenceEnd = name.indexOf(". ");
        if (sentenceEnd > 0) {
            name = name.substring(0, sentenceEnd);
        }
        if (name.startsWith("the ")) {
            name = "The " + name.substring(4);
        }
        return name.replaceAll("[.]$", "");
    }

    /**
     * The author named by a byline line ("By Ana Ruiz", "Par Jean Dupont avec AFP", "Von Eva Roth, dpa"), or null. The
     * line is a byline by its shape, not by its first word: the names are not times ("By Monday, ..."), and what
     * follows them is an affiliation or a date, not a clause ("By Friday, the strike was over." is news).
     */
    static String bylineIn(String line) {
        String text = line.strip();
        if (text.length() > 200) {
            return null;
        }
        Matcher m = BYLINE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String names = m.group(1).strip();
        String firstWord = names.split("\\s+")[0];
        if (TIME_WORD.matcher(firstWord).matches()) {
            return null;
        }
        String tail = m.group(2) != null ? m.group(2) : m.group(3);
        if (tail != null && !tail.isBlank() && !isAffiliationOrDate(tail)) {
            return null;
        }
        return names.endsWith(".") && !names.matches(".*\\b\\p{Lu}\\.$") ? names.substring(0, names.length() - 1) : names;
    }

    /**
     * The person named by a credit line of a name and an organisation ("Annabelle Liang, The Associated Press"), or
     * null.
     */
    static String creditBylineIn(String line) {
        Matcher m = CREDIT_BYLINE.matcher(line.strip());
        if (!m.matches() || TIME_WORD.matcher(m.group(1).split("\\s+")[0]).matches()) {
            return null;
        }
        return m.group(1);
    }

    /**
     * True for what may follow the names of a byline: a date, or a few words naming a role or an organisation. A
     * clause (several lower-case words ending a sentence) is not.
     */
    private static boolean isAffiliationOrDate(String tail) {
        if (DateParser.parse(tail) != null) {
            return true;
        }
        int lower = 0;
        Matcher m = LOWER_WORD.matcher(tail);
        while (m.find()) {
            lower++;
        }
        boolean sentence = tail.strip().matches(".*[.!?][\"'”’)]*$") && !tail.strip().matches(".*\\b\\p{Lu}[\\p{L}]{0,3}\\.$");
        return lower <= 6 && BoilerplateLineClassifier.wordCount(tail) <= 10 && !(sentence && lower >= 2);
    }

    /**
     * The name signed at the end of a paragraph after a dash ("... the Russian presence. – Jake Nelson",
     * "... Lavrov said.-Reuters"), or null. The paragraph must hold a sentence before the signature.
     */
    static String signatureIn(String paragraph) {
        Matcher m = SIGNATURE.matcher(paragraph);
        if (!m.find() || BoilerplateLineClassifier.wordCount(paragraph.substring(0, m.start())) < 4) {
            return null;
        }
        String name = m.group(1).strip();
        return TIME_WORD.matcher(name.split("\\s+")[0]).matches() ? null : name;
    }

    /** The paragraph without its closing signature, or the paragraph itself when it has none. */
    static String withoutSignature(String paragraph) {
        Matcher m = SIGNATURE.matcher(paragraph);
        return m.find() && signatureIn(paragraph) != null ? paragraph.substring(0, m.start() + 1).strip() : paragraph;
    }

    /**
     * True when a byline names an organisation rather than a person: one word ("Reuters"), or an acronym ("AFP",
     * "dpa").
     */
    static boolean namesOrganisation(String byline) {
        String value = byline.strip();
        return ACRONYM.matcher(value).matches() || !value.contains(" ")
                || value.toLowerCase(Locale.ROOT).equals(value) && value.length() <= 4;
    }

    static boolean isPublishedLabel(String line) {
        return PUBLISHED_LABEL.matcher(line).find();
    }

    static boolean isUpdatedLabel(String line) {
        return UPDATED_LABEL.matcher(line).find();
    }

    /** True for a line or paragraph opening with a dateline: a place in capitals, a comma and a date. */
    static boolean startsWithDateline(String line) {
        Matcher m = DATELINE.matcher(line);
        return m.find() && DateParser.parse(m.group(1)) != null;
    }

    /** The host of a URL without {@code www.}, or null. */
    static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.trim()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
