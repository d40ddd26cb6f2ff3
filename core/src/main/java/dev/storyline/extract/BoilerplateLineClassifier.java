package dev.storyline.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells boilerplate lines from article text, one line at a time. Each rule has a name, which becomes the reason a
 * removed line carries in the report. Rules look only at the line itself; rules that need the position of a line in
 * the page live in the extractors.
 *
 * <p>A rule matches the shape of a boilerplate line, not a word that such lines use: an appeal to give money opens
 * with the imperative or speaks to the reader ("Support us", "your donation"), where news reports a donation in the
 * third person; a newsletter box invites the reader to sign up, where news may count a company's subscribers. Text
 * inside quotation marks is someone's words, not the page's, and a line that reports speech ("..., he said") is
 * news: rules that read the words of a line read them outside quotes and skip reported speech.
 */
public final class BoilerplateLineClassifier {

    /** What the rules look at: the line, its words outside quotes, and a few measures of its shape. */
    private record Shape(String text, String unquoted, int words, boolean sentence, boolean reported,
                         boolean addressesReader) {
    }

    /** One named rule: a test on the shape of a whole line, for lines of at most {@code maxWords} words. */
    private record Rule(String reason, int maxWords, Predicate<Shape> test) {
        boolean matches(Shape shape) {
            return shape.words <= maxWords && test.test(shape);
        }
    }

    private static final int ANY_LENGTH = Integer.MAX_VALUE;
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Verbs that report speech; a line using one outside quotes is news, not the page talking. */
    private static final Pattern REPORTED = Pattern.compile("\\b(said|says|say|told|tells|added|adds|asked|wrote|writes|"
            + "according to|announced|stated|explained|insisted|argued|sagte|sagt|sagten|erklärte|erklärt|betonte|"
            + "a déclaré|a dit|a affirmé|a expliqué|selon|affirme|explique|déclare)\\b", CI);
    private static final Pattern SECOND_PERSON = Pattern.compile("\\b(you|your|yours|you're|you've|you'll|you’re|you’ve|you’ll|"
            + "vous|votre|vos)\\b|\\b(Sie|Ihr|Ihre|Ihnen|Ihren|Ihrer|Ihrem)\\b", Pattern.UNICODE_CASE);
    private static final Pattern FIRST_PLURAL = Pattern.compile("\\b(we|us|our|ours|we're|we've|we’re|we’ve|nous|notre|nos|"
            + "wir|uns|unser|unsere|unseren|unserer|unserem)\\b", CI);
    /** The page speaking of itself. */
    private static final Pattern SITE_VOICE = Pattern.compile("\\b(this (web)?site|our (web)?site|diese (web)?seite|"
            + "diese website|ce site)\\b", CI);

    private static final List<Rule> RULES = List.of(
            new Rule("tag list", 40, matches("^(tags?|topics?|keywords?|filed under|schlagw[oö]rte?r?|stichw[oö]rter|themen|"
                    + "mots[- ]cl[eé]s|sujets|th[eè]mes)\\s*:", CI)),
            new Rule("breadcrumb", 40, matches("^(home|startseite|accueil)\\s*([/>»|›]|\\s+news\\b)", CI)),
            new Rule("breadcrumb", 40, matches("^(you are here|sie sind hier|vous [eê]tes ici)\\s*:", CI)),
            new Rule("breadcrumb", 40, matches("^[^.!?]{1,40}(\\s[/>»›]\\s[^.!?]{1,60}){2,}$", 0)),
            new Rule("copyright", 40, matches("^(©|\\(c\\)|copyright\\b)|all rights reserved|alle rechte vorbehalten|"
                    + "tous droits r[ée]serv[ée]s", CI)),
            // An appeal for money: opening with the imperative, or asking for the reader's support outside quotes.
            new Rule("donation appeal", 30, matches("^(?i:(please )?support) (?i:us\\b|our\\b|(independent|quality|local|"
                    + "nonprofit|public|free) |journalism|reporting|this (site|work|newspaper))", 0).and(s -> !s.reported)),
            new Rule("donation appeal", 8, matches("^(?i:(please )?support) (the |The )?\\p{Lu}[^.?]*(!|$)", 0)),
            new Rule("donation appeal", 30, matches("^(please )?(donate( now| today| here| online|$|\\W*$| to (us|our|the)\\b)|"
                    + "(jetzt )?spenden( sie)?\\b|faites un don|make a (gift|donation|contribution)|become a (member|supporter|"
                    + "patron|friend|subscriber)|werden sie (mitglied|unterstützer|förder)|devenez (membre|abonné)|"
                    + "unterstützen sie\\b|soutenez\\b|aidez-nous|helfen sie (uns|mit)|help us (keep|fund|continue|sustain|grow|do)|"
                    + "chip in\\b)", CI).and(s -> !s.reported)),
            new Rule("donation appeal", 80, unquotedMatches("\\b(support us|support our (work|journalism|reporting|newsroom|"
                    + "mission|journalists|site)|support ((independent|quality|local|nonprofit|public[- ]interest|free) )?"
                    + "(journalism|media|reporting)|your (support|donation|contribution|gift)|every (contribution|donation|gift)|"
                    + "(make|making) a (gift|donation|contribution)|donate (now|today|to us|here|online)|(monthly|one[- ]time|"
                    + "one[- ]off|small|regular|tax[- ]deductible|recurring) (donation|contribution|gift)|"
                    + "(become|becoming) a (member|supporter|patron|subscriber)|please (support|donate|give|consider)|"
                    + "support today|mit (einer|einem) (freiwilligen |kleinen )?(spende|beitrag)|unterstützen sie|"
                    + "faites un don|un don (mensuel|ponctuel)|soutenez|nous soutenir|devenez (membre|abonné))\\b", CI)
                    .and(s -> s.addressesReader || s.words <= 12 || FIRST_PLURAL.matcher(s.unquoted).find())
                    .and(s -> !s.reported)),
            // A newsletter box: an invitation to sign up, or newsletter words in a line that speaks to the reader.
            new Rule("newsletter box", 40, matches("^(sign up|subscribe|get|receive|enter your e-?mail|join|register|"
                    + "newsletter abonnieren|melden sie sich|jetzt anmelden|inscrivez-vous|abonnez-vous|recevez)\\b", CI)
                    .and(matches("newsletter|inbox|mailbox|e-?mail|briefing|updates|alerts|postfach|lettre d'information|"
                            + "bo[iî]te (mail|de réception|aux lettres)|abonn|inscri|anmelden", CI))
                    .and(s -> !s.reported)),
            new Rule("newsletter box", 30, unquotedMatches("\\b(sign up|subscribe) (here|now|today|for free|below)\\b|"
                    + "(^|[:!?.]\\s+)(subscribe|sign up|register now)\\b|"
                    + "jetzt anmelden|^[^.!?]{0,60}\\bnewsletter\\b[^.!?]{0,20}:", CI).and(s -> !s.reported)),
            new Rule("newsletter box", 60, unquotedMatches("\\b(newsletters?|in your (inbox|mailbox)|postfach|"
                    + "lettre d'information|bo[iî]te mail)\\b", CI)
                    .and(s -> s.addressesReader || s.words <= 8 && !s.sentence).and(s -> !s.reported)),
            new Rule("newsletter box", 30, unquotedMatches("\\b(subscribe|subscribers?|sign up|abonnez|inscrivez)\\b", CI)
                    .and(s -> s.addressesReader || s.words <= 8 && !s.sentence).and(s -> !s.reported)),
            new Rule("legal notice", 40, unquotedMatches("privacy (policy|notice)|terms of (use|service)|datenschutz\\w*|"
                    + "politique de confidentialité|conditions (générales )?d'utilisation|mentions légales|impressum|"
                    + "cookie policy", CI)
                    .and(s -> s.addressesReader || s.words <= 8 || SITE_VOICE.matcher(s.unquoted).find()
                            || Pattern.compile("\\b(agree|accept|zustimm|stimmen|acceptez)", CI).matcher(s.unquoted).find())
                    .and(s -> !s.reported)),
            new Rule("cookie notice", 40, unquotedMatches("\\bcookies?\\b", CI)
                    .and(s -> s.addressesReader || s.words <= 5 || SITE_VOICE.matcher(s.unquoted).find()
                            || Pattern.compile("^(accept|manage|allow|reject|alle|tout|accepter|paramètres|einstellungen)",
                            CI).matcher(s.text).find())
                    .and(s -> !s.reported)),
            new Rule("navigation", 8, matches("^(read more|more from|more stories|related( articles| stories)?|"
                    + "advertisement|ads|anzeige|werbung|publicité|sponsored|gesponsert|menu|skip to( main)? content|"
                    + "back to top|most read|trending|remind me later\\.?|continue|next|previous|weiterlesen|mehr lesen|"
                    + "lire la suite|à la une|mehr aus\\b.*|more\\b.*\\bstories|plus d'articles)$", CI)),
            new Rule("navigation", 30, matches("^(read more|related|see also|also read|read also|more|watch|listen|"
                    + "lesen sie auch|mehr zum thema|à lire aussi|lire aussi|voir aussi)\\s*:", CI)),
            new Rule("share buttons", 10, BoilerplateLineClassifier::isShareButtons),
            new Rule("comments", 12, matches("^(\\d+\\s+)?(comments?|kommentare?|commentaires?)(\\s*\\(\\d+\\))?$|"
                    + "^(show|view|read|hide|load|see) (all )?(\\d+ )?comments?\\b|^(leave|post|add|write) a (comment|reply)|"
                    + "^(join|start) the (conversation|discussion|debate)|^be the first to comment|"
                    + "logged in to (post a )?comment|comments? (are )?closed|^(kommentar|kommentare) (schreiben|anzeigen|lesen|"
                    + "einblenden)|kommentarfunktion|^(laisser|écrire|ajouter|publier) un commentaire|"
                    + "^(voir|afficher|lire) (les|tous les) commentaires|^réagir( à cet article)?\\b|"
                    + "commentaires sont fermés", CI)),
            new Rule("page control", 10, matches("^(print|drucken|imprimer|rezept drucken|bild anzeigen|kommentieren|"
                    + "kommentare?( schreiben| geschlossen)?|you may also like|auch interessant|ähnliche (beiträge|artikel)|"
                    + "related posts|mehr zum thema|lesen sie auch|weiterführende links?|das könnte (dich|sie) auch interessieren|"
                    + "war (der|dieser) artikel (nützlich|hilfreich)|(möchten sie|teilen sie) (den|diesen) artikel( teilen)?|"
                    + "was this (article|page) helpful|beitragsbild|titelbild|artikelbild|vous aimerez aussi|à lire aussi)"
                    + "\\b[^.]*[:?!]?$", CI)),
            new Rule("credit line", 20, matches("^\\(?(credit|photo|foto|bild|image|quelle|source|fotos?|bildquelle|photograph|"
                    + "crédits?( photo)?|illustration|picture)s?\\s*:", CI)),
            new Rule("credit line", 15, matches("^\\(?(?i:photo|photograph|image|picture|foto|bild)s? (?i:by|von|de|par) \\p{Lu}"
                    + "|^\\(?(?i:photo|foto) \\p{Lu}[\\p{L}-]*\\)?$", 0)),
            new Rule("credit line", 12, matches("\\bvia getty images\\)?$|\\b(getty images|shutterstock|istock(photo)?|"
                    + "unsplash|alamy)\\)?$", CI)),
            new Rule("credit line", 8, matches("^\\p{Lu}[\\p{L}'’.-]+( \\p{Lu}[\\p{L}'’.-]+){0,3}\\s*/\\s*\\p{Lu}[\\p{L}]*"
                    + "( \\p{Lu}[\\p{L}]*){0,2}\\)?$", 0)),
            new Rule("caption", 30, matches("^((top|main|header|featured|lead) )?(image|photo|picture|illustration)s? "
                    + "(of|by|from|courtesy|shows?)\\b|^(pictured|above|below|left|right)\\s*:", CI))
    );

    /** Words of share and print buttons, which make up such lines whole ("Share on Facebook", "Artikel teilen"). */
    private static final Set<String> SHARE_WORDS = Set.of("share", "on", "via", "this", "article", "story", "post", "page",
            "facebook", "twitter", "x", "linkedin", "whatsapp", "email", "e", "mail", "pinterest", "reddit", "telegram",
            "print", "copy", "link", "messenger", "flipboard", "tumblr", "sms", "threads", "bluesky", "teilen", "auf", "per",
            "artikel", "diesen", "sie", "drucken", "kopieren", "partager", "sur", "cet", "par", "imprimer", "copier", "le",
            "lien", "url", "the");
    /** Words a share line must hold at least one of. */
    private static final Pattern SHARE_ACTION = Pattern.compile("\\b(share|facebook|twitter|linkedin|whatsapp|pinterest|"
            + "teilen|partager|copy|kopieren|copier)\\b", CI);

    /** Words of appeals to readers: journalism, money, membership, sign-ups. */
    private static final Pattern APPEAL_WORDS = Pattern.compile("\\b(journalis\\w*|reporting|reporters|newsroom|readers?|"
            + "subscri\\w*|support\\w*|donat\\w*|contribut\\w*|members?(hip)?|newsletters?|paywall|independent|"
            + "our (work|staff|team|mission|coverage|site|website|newspaper|magazine)|thank you|sign up|register|"
            + "help us|spende\\w*|unterstütz\\w*|leser\\w*|abonn\\w*|journalismus|soutien|soutenez|lecteurs?|lectrices?)\\b", CI);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"'”’»)\\]]*(\\s*[\\p{So}\\p{Sk}\\x{FE0F}])*$");
    private static final Pattern SENTENCE_START = Pattern.compile("^[\"'“‘«„(\\[]*[\\p{Lu}\\p{N}]");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:–—]\\s+\\S|[.!?]\\s+[\"“‘]?\\p{Lu}|\\s(and|but|or|because|"
            + "while|when|which|who|whose|after|before|although|though|if|since|until|whereas|so)\\s", CI);
    private static final Pattern CALL_TO_ACTION = Pattern.compile("^(follow|like|share|subscribe|sign up|click|tap|"
            + "download|read|watch|listen|join|get|folgen|teilen|abonnieren|suivez|partagez|abonnez)\\b", CI);
    private static final Pattern BALANCED_QUOTE = Pattern.compile("“[^”]*”|„[^“”]*[“”]|«[^»]*»|\"[^\"]*\"");
    private static final Pattern OPEN_QUOTE = Pattern.compile("[“„«\"]");

    private BoilerplateLineClassifier() {
    }

    private static Predicate<Shape> matches(String regex, int flags) {
        Pattern pattern = Pattern.compile(regex, flags);
        return s -> pattern.matcher(s.text).find();
    }

    private static Predicate<Shape> unquotedMatches(String regex, int flags) {
        Pattern pattern = Pattern.compile(regex, flags);
        return s -> pattern.matcher(s.unquoted).find();
    }

    private static Shape shape(String line) {
        String unquoted = unquoted(line);
        return new Shape(line, unquoted, wordCount(line), SENTENCE_END.matcher(line).find(),
                REPORTED.matcher(unquoted).find(), SECOND_PERSON.matcher(unquoted).find());
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
        Shape shape = shape(line);
        for (Rule rule : RULES) {
            if (rule.matches(shape)) {
                return rule.reason;
            }
        }
        return null;
    }

    /**
     * True for a paragraph that speaks for the site to the reader about its own work, as donation and subscription
     * appeals do: the first or second person outside quotation marks, at least three times and in 6 % of the words,
     * together with the words of such appeals (journalism, readers, support, subscribe, ...). News prose speaks of
     * third persons except inside quotes, and a columnist's "we" and "you" without those words is still prose.
     */
    static boolean isAppeal(String line) {
        String unquoted = unquoted(line);
        if (REPORTED.matcher(unquoted).find() || !APPEAL_WORDS.matcher(unquoted).find()) {
            return false;
        }
        int total = wordCount(unquoted);
        int personal = count(SECOND_PERSON, unquoted) + count(FIRST_PLURAL, unquoted);
        return personal >= 3 && personal * 100 >= total * 6;
    }

    /** True when the line speaks to the reader ("you", "Sie", "vous") outside quotation marks. */
    static boolean addressesReader(String line) {
        return SECOND_PERSON.matcher(unquoted(line)).find();
    }

    /**
     * The line with quoted passages blanked out: balanced quotes, then an opening quote that is not closed on the line
     * (a quote going on into the next paragraph) with everything after it.
     */
    static String unquoted(String line) {
        String out = BALANCED_QUOTE.matcher(line).replaceAll(" ");
        Matcher open = OPEN_QUOTE.matcher(out);
        return open.find() ? out.substring(0, open.start()) : out;
    }

    private static int count(Pattern pattern, String text) {
        int n = 0;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** A line made only of share and print button words, at least one of them a share action. */
    private static boolean isShareButtons(Shape shape) {
        if (shape.words == 0 || !SHARE_ACTION.matcher(shape.text).find()) {
            return false;
        }
        Matcher m = WORD.matcher(shape.text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!SHARE_WORDS.contains(m.group())) {
                return false;
            }
        }
        return true;
    }

    /** True for a line that reads as running text: several words ending in sentence punctuation, or a long line. */
    public static boolean isProse(String line) {
        int words = wordCount(line);
        return words >= 6 && SENTENCE_END.matcher(line).find() || words >= 20;
    }

    /**
     * True for a line written as a sentence, however short ("Joe Biden knew Lloyd Bentsen.", "“Please.”"): it opens
     * with a capital, a digit or a quotation mark and ends with sentence punctuation.
     */
    static boolean isSentence(String line) {
        return wordCount(line) >= 1 && SENTENCE_START.matcher(line).find() && SENTENCE_END.matcher(line).find();
    }

    /**
     * True for a line that reads as prose in the sense of corpus evidence: a sentence of at least eight words, opening
     * with a capital and ending with sentence punctuation, not addressed to the reader and not a call to follow,
     * share or subscribe; or a shorter sentence (six words or more) with several clauses. Such a line is an article's
     * own text even when another article of the same outlet repeats it.
     */
    public static boolean readsAsProse(String line) {
        int words = wordCount(line);
        if (words < 6 || !SENTENCE_START.matcher(line).find() || !SENTENCE_END.matcher(line).find()
                || addressesReader(line) || CALL_TO_ACTION.matcher(line).find()) {
            return false;
        }
        return words >= 8 || CLAUSE_BREAK.matcher(line).find();
    }

    /**
     * True for a headline that ends with a question or exclamation mark ("Why Does Israel Refuse to Recognize the
     * Genocide?"): headline-shaped, under 20 words, with most words of four letters or more capitalised.
     */
    static boolean isTitleCaseQuestion(String line) {
        if (!line.matches("(?s).*[?!][\"'”’)]*$") || !isHeadlineLike(line) || wordCount(line) >= 20) {
            return false;
        }
        int long_ = 0;
        int capitalised = 0;
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            String word = m.group();
            if (word.length() >= 4) {
                long_++;
                if (Character.isUpperCase(word.codePointAt(0))) {
                    capitalised++;
                }
            }
        }
        return long_ > 0 && capitalised * 10 >= long_ * 7;
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

    /** The number of words (runs of letters and digits) in a line. */
    public static int wordCount(String line) {
        int count = 0;
        var m = WORD.matcher(line);
        while (m.find()) {
            count++;
        }
        return count;
    }

    /**
     * Lower case letters and numbers only, single-spaced: for comparing a line with the headline. A hand loop rather
     * than a regex, as it runs on every block of every page.
     */
    static String normalize(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        StringBuilder normalized = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (isLetterOrNumber(c)) {
                if (gap && !normalized.isEmpty()) {
                    normalized.append(' ');
                }
                normalized.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return normalized.toString();
    }

    /** A letter or a number, as the Unicode classes L and N of regular expressions define them, without a regex. */
    private static boolean isLetterOrNumber(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
