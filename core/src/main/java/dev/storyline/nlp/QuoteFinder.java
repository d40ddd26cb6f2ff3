package dev.storyline.nlp;

import dev.storyline.model.Entity;
import dev.storyline.model.Quote;
import dev.storyline.model.QuoteKind;
import dev.storyline.util.Deadline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a document reports people said: direct quotes, quoted phrases and indirect speech, each with its speaker.
 *
 * <p><b>Direct quotes</b> are in straight or curly double quotation marks. The speaker comes from a said-type cue
 * next to the quote: {@code "...," Mayor Ana Ruiz said}, {@code "...," said Ruiz}, {@code Ruiz said: "..."},
 * {@code Said Ruiz: "..."}, {@code "...," a source close to the mayor said}, {@code "..." ― Ana Ruiz}. A pronoun ("he
 * said") is resolved to the first person named since the previous quote, else the last person named before it. A
 * description with a known person in apposition ({@code the mayor's spokesman, Ana Ruiz, said}) is that person. When
 * no said-type cue is next to the quote, the speaker is, in this order: a known entity with any verb right after it
 * ({@code "...," Ruiz fumed}); the cue closing the writer's sentence after a quoted fragment ({@code "..." for the
 * city, Ruiz said.}); a name used as a label ({@code Ana Ruiz: "..."}); or the subject of the sentence that leads into
 * the quote with a colon, a comma or a participle ({@code Ruiz shared the news, writing "..."}). A quote with no cue
 * at all goes on in the voice of the quote before it in the same paragraph ({@code "...," she said. "..."}), or of the
 * quote that closes the previous paragraph, or takes the speaker of the sentence just before it: its cue, what it
 * names if it ends with a colon, or else the named person it opens with.
 *
 * <p><b>Quoted phrases</b> are the words in quotation marks that are not a quote of their own:
 * <ul>
 *   <li>fewer than {@value #MIN_QUOTE_WORDS} words, or fewer than {@value #MIN_EMBEDDED_QUOTE_WORDS} when they start
 *   in lower case;</li>
 *   <li>or inside the writer's own sentence, with no cue after the closing mark: words of the sentence come before
 *   the opening mark, and neither a colon, comma or bracket nor a cue verb ({@code said "...}) introduces it, as in
 *   {@code He called the plan "a betrayal of farmers and their families"}. Such a quote stays direct only when it
 *   reads as a sentence of its own: at least {@value #MIN_EMBEDDED_SENTENCE_WORDS} words starting with a capital.</li>
 * </ul>
 * A phrase gets a speaker only when its own sentence says who: a cue next to it as for a direct quote, or a speaker
 * and a cue earlier in the sentence, counting verbs that frame a phrase ("called", "described", "dubbed"). Otherwise
 * its speaker is null: the rules that carry a speaker over to a direct quote are too loose for a few words.
 *
 * <p><b>Indirect speech</b> is a sentence whose reporting clause names a speaker; its text is the reported statement
 * without the cue, quoted phrases included:
 * <ul>
 *   <li>speaker first: {@code Defence Minister Sergei Shoigu said (that) ...}, {@code The ministry said on Thursday
 *   that ...}, {@code She told reporters that ...}, {@code He denied that ...}. Only said, says, added and adds may
 *   drop the "that", and then the rest must open like a clause (a pronoun, determiner, number or name) and hold a
 *   finite verb, so that "The report said nothing about it" is not speech;</li>
 *   <li>cue last, after a comma: {@code ..., the emergency service said.}, {@code ..., said Ruiz, a spokesman.};</li>
 *   <li>{@code According to the police, ...} and {@code ..., according to officials familiar with the talks.}</li>
 * </ul>
 * It must be precise rather than complete. Only sentences ending with a full stop count, so questions are left out;
 * so are sentences holding a direct quote and paragraphs with an odd number of quotation marks, whose words may be
 * someone's quote. A named speaker must be one of the document's entities, which keeps out sentence openers such as
 * "Having announced that ...". The speaker is resolved as for a direct quote; an unnamed source keeps its description
 * and is marked anonymous.
 */
final class QuoteFinder {

    /** Unnamed sources referred to with "the": "the source", "the officials". */
    private static final Pattern UNNAMED_THE = Pattern.compile("the (?:source|sources|official|officials|insider|aide|diplomat)");
    /** A group of unnamed people, a few words before its noun: "senior U.S. officials familiar with ...". */
    private static final Pattern UNNAMED_GROUP = Pattern.compile(
            "(?:[\\p{L}\\d.'’-]+\\s+){0,3}?(?:officials|sources|insiders|aides|diplomats)\\b.*");
    /** How far before a quote its cue and speaker may start. */
    static final int CUE_REACH = 300;

    private static final String CUE = "(?:said|says|told|tells|added|adds|asked|asks|stated|states|declared|declares|"
            + "explained|explains|insisted|insists|warned|warns|noted|notes|wrote|writes|replied|replies|claimed|claims|"
            + "denied|denies|recalled|recalls|continued|continues|argued|argues|announced|announces|acknowledged|"
            + "acknowledges|admitted|admits|tweeted|tweets|posted|posts|testified|testifies|responded|responds|"
            + "suggested|suggests|concluded|concludes|stressed|stresses|cautioned|cautions|quipped|quips|joked|jokes|"
            + "observed|observes|predicted|predicts|complained|complains|boasted|boasts|urged|urges|vowed|vows|"
            + "demanded|demands|shouted|shouts|yelled|yells|sang|sings|reads|chanted|chants|exclaimed|exclaims|pleaded|"
            + "pleads|mused|muses|conceded|concedes|recounted|recounts|emphasized|emphasizes|maintained|maintains|"
            + "countered|counters|remarked|remarks|confirmed|confirms|reported|reports|lamented|laments|interjected|"
            + "wondered|wonders|retorted|retorts|commented|comments|shot back|fired back|went on|agreed|agrees|echoed|echoes|"
            + "charged|pressed|opined|fumed|snapped|scoffed|answered|answers|pointed out|points out|chimed in|cut in|"
            + "(?:was|is|were|are) quoted as saying)";
    /** Verbs that frame a quoted phrase rather than introduce a quote: {@code called it "a fair deal"}. */
    private static final String PHRASE_CUE = "(?:" + CUE + "|called|calls|described|describes|dubbed|dubs|labeled|"
            + "labelled|labels|termed|terms|branded|brands|dismissed|dismisses|hailed|hails|praised|praises|condemned|"
            + "condemns|criticized|criticizes|criticised|criticises)";
    /**
     * Verbs that report a statement in indirect speech; all but {@link #SAYING} need "that" before it. Present forms
     * that are also nouns ("reports", "claims", "notes") are left out: "declined to comment on reports that ...".
     */
    private static final String REPORTING = "(?:said|says|told|tells|added|adds|stated|declared|declares|"
            + "explained|explains|insisted|insists|warned|warns|noted|wrote|writes|claimed|denied|denies|"
            + "argued|argues|announced|announces|acknowledged|acknowledges|admitted|admits|confirmed|confirms|reported|"
            + "tweeted|testified|testifies|stressed|stresses|suggested|suggests|predicted|predicts|"
            + "complained|complains|conceded|concedes|emphasized|emphasizes|emphasised|maintained|maintains|contended|"
            + "contends|asserted|asserts|alleged|alleges|recalled|recalls|cautioned|cautions|estimated|"
            + "revealed|reveals|disclosed|discloses|countered|replied|responded|responds)";
    private static final Set<String> SAYING = Set.of("said", "says", "added", "adds");
    private static final Set<String> TELLING = Set.of("told", "tells");
    private static final String DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    /** Groups of people named by what they are, with no article: "officials", "U.S. officials familiar with the talks". */
    private static final String PEOPLE = "(?:[Oo]fficials|[Ss]ources|[Pp]eople|[Aa]nalysts|[Ee]xperts|[Rr]esidents|"
            + "[Ww]itnesses|[Pp]olice|[Aa]uthorities|[Ii]nvestigators|[Pp]rosecutors|[Aa]ides|[Dd]iplomats|[Ll]awmakers|"
            + "[Cc]ritics|[Oo]bservers|[Oo]rganizers|[Oo]rganisers|[Dd]octors|[Ss]cientists|[Rr]esearchers|"
            + "[Ee]conomists|[Aa]dvocates|[Aa]ctivists|[Oo]fficers|[Ii]nsiders|[Ss]taffers|[Aa]dvisers|[Aa]dvisors|"
            + "[Ss]pokesmen|[Ss]pokespeople|[Ll]eaders|[Rr]escuers|[Ff]irefighters|[Vv]oters|[Pp]ollsters)";
    private static final String GROUP = "(?:(?:[A-Z][\\p{L}.'’-]*|[a-z][\\p{L}'’-]*|\\d+)\\s+){0,3}?" + PEOPLE
            + "(?:\\s+(?:familiar with|close to|with knowledge of|briefed on|involved in)\\s+(?:[\\p{L}'’.-]+\\s+){0,4}?[\\p{L}'’.-]+)?";
    private static final String NAME = "(?:[A-Z][\\p{L}'’.-]*(?:\\s+(?:[A-Z][\\p{L}'’.-]*|al-\\p{L}+|de|van|von|bin)){0,5})";
    private static final String DESCRIPTION = "(?:(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne|[Aa]nother)\\s+(?:[\\p{L}\\d][\\p{L}\\d'’-]*\\s+){0,6}?"
            + "[\\p{L}\\d][\\p{L}\\d'’-]*)";
    /** A description by whose it is, without an article: "Obama's former campaign strategist". */
    private static final String OWNED = "(?:(?!(?:That|It|There|Here|What|Who|Where|Let|He|She)['’]s)[A-Z][\\p{L}.-]*(?:\\s+[A-Z][\\p{L}.-]*){0,3}['’]s(?:\\s+[a-z][\\p{L}'’-]*){1,4})";
    /**
     * Words before a speaker's name that say who they are: lower-case roles ("union leader"), possibly after an
     * owner ("Corrowby's mayor, ", "Rovers manager ", "his daughter, ").
     */
    private static final String ROLE_WORD = "(?!(?:of|the|at|from|for|in|and|to|with|on|by|who|which|that)\\s)[a-z\\d][\\p{L}\\d/'’-]*";
    private static final String SPEAKER = speaker(ROLE_WORD);
    /**
     * A speaker opening a sentence, whose role words are neither articles nor words in "-ed" or "-ly", so that neither
     * "Ruiz attacked Vesk for ..." nor "Ruiz quickly posted a Vesk ..." reads as a role before a name.
     */
    private static final String SUBJECT = speaker("(?![Aa]n?\\s)" + ROLE_WORD + "(?<!ed|ly)");
    /**
     * What may stand between a speaker and the cue: an apposition of up to three parts, a party and state in brackets,
     * or where they come from ("Rep. Jim Jordan (R-Ohio), a member,", "Ruiz, the mayor,", "Ruiz of the Water Board").
     */
    private static final String APPOSITION = "(?:,\\s*[^,\"]{1,150}(?:,\\s*[^,\"]{1,100}){0,2},|\\s*\\([^()\"]{1,30}\\)(?:,\\s*[^,\"]{1,100})?,?|\\s+(?:of|from|at)\\s+(?:the\\s+)?[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*){0,5})?";
    private static final String ADVERBS = "(?:\\s+(?:also|later|previously|earlier|has|have|had|repeatedly|again|then|"
            + "recently|publicly|privately|separately|reportedly|further|once|long|initially|subsequently|immediately|"
            + "flatly|firmly|strongly|often|frequently|similarly|likewise|simply|even|still|now|first)){0,3}";
    /** Words that may open an indirect-speech sentence before its speaker: "But", "On Thursday,", "In a statement,". */
    private static final String OPENER = "(?:(?:But|And|Yet|So|Still|However|Meanwhile|Instead|Separately|Also|Now|Later|Earlier|Previously),?\\s+"
            + "|(?:When|While|After|Before|Speaking|Asked|Writing|In|On|At|During|Since|Following|Last|Earlier|Later)\\b[^,;:\"]{0,60},\\s+)?";

    private static final Pattern SPEAKER_THEN_CUE = Pattern.compile("^\\s*,?\\s*(?:" + SPEAKER + ")" + APPOSITION + "\\s+" + CUE + "\\b");
    private static final Pattern CUE_THEN_SPEAKER = Pattern.compile("^\\s*,?\\s*" + CUE + "\\s+(?:" + SPEAKER + ")");
    private static final Pattern ACCORDING_TO = Pattern.compile("^\\s*[,.]?\\s*according to\\s+(?:" + SPEAKER + ")");
    /** A signature after a quote that ends its paragraph: {@code "..." ― Pamela Padilla}. */
    private static final Pattern SIGNED = Pattern.compile("^[\\s\\u00a0]*[―—–]+[\\s\\u00a0]*(?:" + SPEAKER + ")[\\s\\u00a0]*[.,]?[\\s\\u00a0]*$");
    private static final String PARTICIPLE = "(?:saying|adding|writing|tweeting|declaring|chanting|shouting|yelling|insisting|"
            + "warning|noting|arguing|asking|explaining|stating|replying)";
    private static final Pattern BEFORE_QUOTE = Pattern.compile("(?:" + SPEAKER + ")\\s+(?:" + CUE + "|" + PARTICIPLE + ")"
            + "(?:(?:\\s+[^.!?\"]{0,60}?)?\\s*[:,]|\\s+that)?[\\s\\u00a0]*$");
    /** A cue before the quote with the speaker after it: {@code Said Ellis: "..."}, {@code According to Limbaugh, "..."}. */
    private static final Pattern CUE_SPEAKER_BEFORE = Pattern.compile("(?:^|\\s)(?:[Ss]aid|[Aa]dded|[Ww]rote|[Aa]ccording to)\\s+(?:" + SPEAKER + ")"
            + "[\\s\\u00a0]*[:,][\\s\\u00a0]*$");
    private static final Pattern SPEAKER_CUE_ANYWHERE = Pattern.compile("(?:^|[\\s,;])(?:" + SPEAKER + ")" + APPOSITION + "\\s+" + CUE + "\\b");
    private static final Pattern SPEAKER_PHRASE_CUE = Pattern.compile("^\\s*" + OPENER + "(?:" + SPEAKER + ")" + APPOSITION + ADVERBS + "\\s+"
            + PHRASE_CUE + "\\b");
    private static final Pattern CUE_RIGHT_BEFORE = Pattern.compile("\\b(?:" + CUE + "|" + PARTICIPLE + ")(?:\\s+that)?$");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    /** A speaker opening the sentence that introduces a quote: {@code Ruiz shared the news, writing "...}. */
    private static final Pattern SENTENCE_SUBJECT = Pattern.compile("^\\s*(?:" + OPENER + "|[Aa]s\\s+)(?:" + SUBJECT + ")" + APPOSITION
            + ADVERBS + "\\s+[a-z]");
    /** The end of a sentence that hands over to a quote: a colon, a comma or a participle ("..., telling them,"). */
    private static final Pattern INTRODUCES_QUOTE = Pattern.compile("(?:[:,]|\\b" + PARTICIPLE + ")[\\s\\u00a0]*$");
    /**
     * A speaker's name as a label before a quote, alone, after a dash or after a verb that opens the sentence:
     * {@code Pollsters agree - Ana Ruiz: "...}, {@code Continued Ruiz: "...}.
     */
    private static final Pattern SPEAKER_LABEL = Pattern.compile("(?:^\\s*[A-Z][a-z]+ed\\s+|^|\\s[-–—]+)\\s*(?:" + SPEAKER + ")[\\s\\u00a0]*:[\\s\\u00a0]*$");
    /**
     * A speaker and any verb right after a quote, {@code "...," Ruiz fumed}: a past form in "-ed" (capitalised too, as
     * "Tweeted"), or a present form in "-es" or in "-s" but not "-ss".
     */
    private static final Pattern SPEAKER_THEN_VERB = Pattern.compile("^\\s*,?\\s*(?:" + SPEAKER + ")" + APPOSITION + ADVERBS
            + "\\s+(?:[a-z]{2,}(?:ed|es)|[a-z]{3,}[^s\\W]s|[A-Z][a-z]+ed)\\b");

    private static final Pattern REPORTER_FIRST = Pattern.compile("^" + OPENER + "(?:" + SPEAKER + ")" + APPOSITION + ADVERBS
            + "\\s+(?<cue>" + REPORTING + ")\\b");
    private static final Pattern THAT_CLAUSE = Pattern.compile("^(?<gap>[^;:]{0,80}?),?\\s+that,?\\s+(?<text>.+)$");
    private static final Pattern BARE_CLAUSE = Pattern.compile("^(?:\\s+(?:" + DAY + "(?:\\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight"
            + "|(?:on|last)\\s+" + DAY + "|in an? (?:statement|interview|speech|letter|email|post|tweet|briefing)))?,?\\s+(?<text>.+)$");
    private static final Pattern SPEAKER_CUE_LAST = Pattern.compile("^(?:" + SPEAKER + ")" + APPOSITION + ADVERBS
            + "\\s+(?:said|says|added|adds|stated|explained|noted|wrote|claimed|argued|warned|insisted|reported|announced|"
            + "tweeted|confirmed|acknowledged|admitted|conceded|predicted|estimated|suggested|stressed|testified|told\\s+[^,]{1,40}?)"
            + "(?:\\s+(?:on|in|at|during|via|through|after|before|while|last|this|earlier|late|over|to|from|by|when|as)\\b[^,]{0,50}"
            + "|\\s+" + DAY + "(?:\\s+(?:morning|afternoon|evening|night))?|\\s+(?:yesterday|today|tonight))?$");
    private static final Pattern CUE_SPEAKER_LAST = Pattern.compile("^(?:said|says|added|adds|wrote|writes)\\s+(?:" + SPEAKER + ")"
            + "(?:,\\s+[^,]{1,100})?$");
    private static final Pattern ACCORDING_FIRST = Pattern.compile("^" + OPENER + "[Aa]ccording to\\s+(?<source>[^,]{2,80}),\\s+(?<text>.+)$");
    private static final Pattern ACCORDING_LAST = Pattern.compile("^(?<text>.+?),?\\s+according to\\s+(?<source>[^,]{2,80}?)"
            + "(?:,\\s+(?:who|which|a|an|the)\\b[^,]{1,100})?$");
    private static final Pattern CLAUSE_WORD = Pattern.compile("\\b(?:who|whom|which|that|after|before|when|while|since|until)\\b");
    private static final Pattern SOURCE = Pattern.compile("^(?:" + SPEAKER + ")" + APPOSITION + "$");

    private static final int MIN_QUOTE_WORDS = 4;
    private static final int MIN_EMBEDDED_QUOTE_WORDS = 6;
    private static final int MIN_EMBEDDED_SENTENCE_WORDS = 8;
    private static final int MIN_STATEMENT_WORDS = 4;
    private static final int MAX_CONTINUATION_GAP = 150;
    private static final Pattern POSSESSIVE_END = Pattern.compile("(?:['’]s|s['’])$");
    private static final Pattern APPOSITION_NAME = Pattern.compile(",\\s*(" + NAME + ")\\s*,");
    private static final Pattern DESCRIBED_NAME = Pattern.compile("(?<!\\b(?:to|of|for|with|near|from|on|at|in|by|and))\\s+(" + NAME + ")$");
    private static final Set<String> SENTENCE_OPENERS = Set.of("But", "And", "Yet", "So", "Meanwhile", "However", "Then", "Still");
    /** Capitalised words at a sentence start that are not a speaker's name. */
    private static final Set<String> NOT_NAMES = Set.of("This", "That", "These", "Those", "It", "Some", "Many", "Most",
            "Others", "Both", "All", "Each", "Such", "What", "Which", "Who", "There", "Here", "We", "I", "You", "Monday",
            "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Nobody", "No", "One", "Few");
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt",
            "Col", "Sgt", "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "No", "vs", "Jan", "Feb", "Mar", "Apr", "Aug",
            "Sept", "Sep", "Oct", "Nov", "Dec", "Prof", "Capt", "Adm", "Maj", "Rev", "Ft", "Mt", "Atty", "Supt");
    /** Words a reported clause may open with when "that" is left out. */
    private static final Set<String> SUBJECT_WORDS = Set.of("he", "she", "they", "it", "we", "i", "you", "there", "this",
            "these", "those", "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "some", "many", "most",
            "all", "both", "each", "every", "any", "several", "few", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "nearly", "almost", "more", "only", "neither", "either", "such");
    /** Words that open an object, not a clause, after "said": "said nothing", "said so". */
    private static final Set<String> NOT_CLAUSE_OPENERS = Set.of("nothing", "little", "much", "so", "yes", "no",
            "goodbye", "hello", "something", "anything", "otherwise", "enough", "what", "why", "how", "whether");
    /** Finite verbs that show a clause: auxiliaries, modals and frequent irregular past forms. */
    private static final Set<String> FINITE_VERBS = Set.of("is", "was", "are", "were", "will", "would", "could", "can",
            "should", "may", "might", "must", "shall", "has", "had", "have", "did", "does", "do", "hit", "made", "took",
            "came", "went", "gave", "left", "got", "kept", "held", "ran", "lost", "won", "paid", "sent", "spent", "built",
            "brought", "bought", "sold", "thought", "knew", "found", "became", "began", "fell", "led", "met", "saw",
            "told", "said", "put", "set", "cut", "rose", "stood", "wrote", "drove", "broke", "chose", "spoke", "struck",
            "fought", "felt", "meant", "heard", "grew", "threw", "shot", "let", "sat", "wants", "needs", "plans",
            "expects", "believes", "thinks", "knows", "remains", "seems", "means", "makes", "takes", "goes", "comes",
            "gets", "shows", "includes", "continues", "hopes", "supports", "opposes", "faces", "intends", "agrees",
            "refuses", "deserves", "requires", "gives", "leads", "helps", "works", "lives", "owes");
    private static final Set<String> NOT_PAST_VERBS = Set.of("hundred", "indeed", "need", "speed", "seed", "feed",
            "breed", "greed", "bed", "red", "shed", "sacred", "naked", "wicked", "kindred", "united", "armed", "proceed",
            "exceed", "succeed", "deed", "reed", "weed", "aged", "sled");
    private static final Set<String> ADVERBIAL_STARTERS = Set.of("on", "in", "at", "during", "via", "through", "after",
            "before", "while", "last", "this", "earlier", "late", "over", "to", "from", "for", "with", "when", "as",
            "yesterday", "today", "tonight", "also", "again", "repeatedly", "recently", "publicly", "privately",
            "separately", "previously", "flatly", "then", "later", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "under");
    private static final Set<String> LOWER_CASE_GROUP_OPENERS = Set.of("Officials", "Sources", "People", "Analysts",
            "Experts", "Residents", "Witnesses", "Police", "Authorities", "Investigators", "Prosecutors", "Aides",
            "Diplomats", "Lawmakers", "Critics", "Observers", "Organizers", "Organisers", "Doctors", "Scientists",
            "Researchers", "Economists", "Advocates", "Activists", "Officers", "Insiders", "Staffers", "Advisers",
            "Advisors", "Spokesmen", "Spokespeople", "Leaders", "Rescuers", "Firefighters", "Voters", "Pollsters",
            "Senior", "Some", "Many", "Several", "Two", "Three", "Four", "Other", "Local", "Federal", "Government",
            "Administration", "Military", "Security", "Health", "Western", "Foreign");

    /** A quote with its offset in its paragraph, to keep a paragraph's quotes in reading order. */
    private record Placed(int offset, Quote quote) {
    }

    /**
     * A stretch of the document's text read as one string (see {@link #find}), from {@code start} to {@code end}: the
     * text since the previous quote, or the sentence before a quote, whose first person a pronoun may stand for.
     */
    private record Range(int start, int end) {
    }

    /**
     * The quotes, phrases and indirect speech of a document's paragraphs, in reading order.
     *
     * <p>The rules look back at the text before a quote: the paragraphs are read as one string, each with its quotation
     * marks normalized and followed by a line break, and the text before a point is given as that point's offset.
     * Every look-up goes through a {@link NameIndex}, so a quote costs the same however long the document is.
     */
    List<Quote> find(List<String> paragraphs, List<Entity> entities) {
        return find(paragraphs, entities, Deadline.NONE);
    }

    /** As {@link #find(List, List)}, checking {@code deadline} at every paragraph, quote and sentence. */
    List<Quote> find(List<String> paragraphs, List<Entity> entities, Deadline deadline) {
        List<String> normalizedParagraphs = new ArrayList<>(paragraphs.size());
        StringBuilder all = new StringBuilder();
        for (String paragraph : paragraphs) {
            String normalized = normalizeQuotes(paragraph);
            normalizedParagraphs.add(normalized);
            all.append(normalized).append('\n');
        }
        String document = all.toString();
        NameIndex names = new NameIndex(entities, document);
        List<Quote> quotes = new ArrayList<>();
        String lastSpeaker = null;
        String closingSpeaker = null;
        int offset = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            deadline.check();
            String paragraph = paragraphs.get(p);
            String normalized = normalizedParagraphs.get(p);
            List<Placed> placed = new ArrayList<>();
            List<int[]> directSpans = new ArrayList<>();
            Matcher m = QUOTED.matcher(normalized);
            int previousEnd = -1;
            String previousSpeaker = null;
            while (m.find()) {
                deadline.check();
                String text = paragraph.substring(m.start(1), m.end(1)).strip();
                int nextStart = nextQuoteStart(normalized, m.end());
                String after = normalized.substring(m.end(), nextStart);
                int sentenceStart = Math.max(previousEnd < 0 ? 0 : previousEnd, lastSentenceEnd(normalized, m.start()));
                String before = normalized.substring(sentenceStart, m.start());
                int context = offset + m.start();
                Range sincePreviousQuote = new Range(offset + Math.max(0, previousEnd), offset + m.start());
                if (text.endsWith(".") && startsUpperCase(after)) {
                    after = "";
                }
                String cued = speaker(after, before, sincePreviousQuote, context, lastSpeaker, names);
                String speaker = cued;
                if (speaker == null && previousSpeaker != null && continues(normalized, previousEnd, m.start())) {
                    speaker = previousSpeaker;
                }
                if (speaker == null && previousEnd < 0 && before.isBlank()) {
                    speaker = closingSpeaker;
                }
                if (speaker == null) {
                    speaker = speakerOfSentenceBefore(document, context, lastSpeaker, names);
                }
                if (isDirect(text, before, after)) {
                    placed.add(new Placed(m.start(), new Quote(text, speaker, isAnonymous(speaker), QuoteKind.DIRECT)));
                    directSpans.add(new int[] {m.start(), m.end()});
                    if (speaker != null) {
                        lastSpeaker = speaker;
                    }
                } else {
                    String phraseSpeaker = cued;
                    if (phraseSpeaker == null) {
                        String sentence = normalized.substring(lastSentenceEnd(normalized, m.start()), m.start());
                        phraseSpeaker = speakerInSentence(sentence, sincePreviousQuote, context, lastSpeaker, names);
                    }
                    placed.add(new Placed(m.start(), new Quote(text, phraseSpeaker, isAnonymous(phraseSpeaker), QuoteKind.PHRASE)));
                }
                previousEnd = m.end();
                previousSpeaker = speaker;
            }
            closingSpeaker = previousEnd >= 0 && isCueOnly(normalized.substring(previousEnd)) ? previousSpeaker : null;
            placed.addAll(indirectQuotes(paragraph, normalized, offset, directSpans, lastSpeaker, names, deadline));
            placed.sort(Comparator.comparingInt(Placed::offset));
            for (Placed quote : placed) {
                quotes.add(quote.quote());
            }
            offset += normalized.length() + 1;
        }
        return quotes;
    }

    /** The speaker a cue right after the quote, or just before it, names; null when there is none. */
    private static String speaker(String after, String before, Range sincePreviousQuote, int context,
                                  String lastSpeaker, NameIndex names) {
        for (Pattern pattern : new Pattern[] {SPEAKER_THEN_CUE, CUE_THEN_SPEAKER, ACCORDING_TO, SIGNED}) {
            Matcher m = pattern.matcher(after);
            if (m.find()) {
                return resolve(m, sincePreviousQuote, context, lastSpeaker, names);
            }
        }
        String tail = tail(before);
        for (Pattern pattern : new Pattern[] {BEFORE_QUOTE, CUE_SPEAKER_BEFORE}) {
            Matcher m = plausibleMatch(pattern, tail);
            if (m != null) {
                return resolve(m, sincePreviousQuote, context, lastSpeaker, names);
            }
        }
        String speaker = speakerThenVerb(after, sincePreviousQuote, context, lastSpeaker, names);
        if (speaker == null) {
            speaker = cueClosingTheSentence(after, sincePreviousQuote, context, lastSpeaker, names);
        }
        if (speaker == null) {
            speaker = introducer(before, sincePreviousQuote, context, lastSpeaker, names);
        }
        return speaker;
    }

    /**
     * The first match of a cue pattern in {@code text} whose speaker is plausible: not a possessive whose noun reads as
     * a cue ("Vesk's comments Tuesday, telling reporters,"), and not a description running over "and" into another
     * clause ("a woman asked for a photo and Ruiz said,"); null for none.
     */
    private static Matcher plausibleMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String name = m.group("name");
            String described = m.group("description") != null ? m.group("description") : m.group("owned");
            boolean possessive = name != null && POSSESSIVE_END.matcher(name).find();
            if (!possessive && (described == null || !described.contains(" and "))) {
                return m;
            }
            from = m.start() + 1;
        }
        return null;
    }

    /** Who the text leading into a quote names without a cue right before it: a label or the sentence's subject. */
    private static String introducer(String before, Range sincePreviousQuote, int context, String lastSpeaker,
                                     NameIndex names) {
        String speaker = speakerLabel(tail(before), sincePreviousQuote, context, lastSpeaker, names);
        if (speaker == null) {
            speaker = subjectOfIntroduction(before, sincePreviousQuote, context, lastSpeaker, names);
        }
        return speaker;
    }

    /**
     * The speaker named right after a quote with a verb that is not a said-type cue ({@code "...," Ruiz fumed},
     * {@code "...?" Ruiz pressed}): the subject that follows a quote is almost always who spoke it. Only a known
     * entity or a description without a clause counts.
     */
    private static String speakerThenVerb(String after, Range sincePreviousQuote, int context, String lastSpeaker,
                                          NameIndex names) {
        Matcher m = SPEAKER_THEN_VERB.matcher(after);
        if (!m.find() || !isSpeaker(m, names)) {
            return null;
        }
        return knownName(m, sincePreviousQuote, context, lastSpeaker, names);
    }

    /**
     * The speaker of a cue that closes the writer's sentence after a quoted fragment, following a comma
     * ({@code "..." if the vote fails, Ruiz said.}, {@code "..." for the city, said Ruiz}); null when the rest of the
     * sentence has no such cue.
     */
    private static String cueClosingTheSentence(String after, Range sincePreviousQuote, int context, String lastSpeaker,
                                                NameIndex names) {
        String clause = restOfSentence(after);
        if (clause.isEmpty() || Character.isUpperCase(clause.charAt(0))) {
            return null;
        }
        for (int comma = clause.indexOf(", "); comma > 0; comma = clause.indexOf(", ", comma + 1)) {
            String rest = clause.substring(comma + 1);
            for (Pattern pattern : new Pattern[] {SPEAKER_THEN_CUE, CUE_THEN_SPEAKER}) {
                Matcher m = pattern.matcher(rest);
                if (m.find() && isSpeaker(m, names)) {
                    return knownName(m, sincePreviousQuote, context, lastSpeaker, names);
                }
            }
        }
        return null;
    }

    /** The text after a quote up to the end of its sentence, at most {@value #CUE_REACH} characters, stripped. */
    private static String restOfSentence(String after) {
        int end = Math.min(after.length(), CUE_REACH);
        for (int i = 0; i < end; i++) {
            char c = after.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == after.length() || Character.isWhitespace(after.charAt(i + 1)))
                    && !isAbbreviation(after, i)) {
                end = i;
                break;
            }
        }
        return after.substring(0, end).strip();
    }

    /**
     * The speaker of a quote introduced by a name and a colon only, as round-ups and transcripts do
     * ({@code Pollsters agree - Ana Ruiz: "..."}); the name must be a known entity.
     */
    private static String speakerLabel(String tail, Range sincePreviousQuote, int context, String lastSpeaker,
                                       NameIndex names) {
        Matcher m = SPEAKER_LABEL.matcher(tail);
        if (!m.find() || m.group("pronoun") != null || !isSpeaker(m, names)) {
            return null;
        }
        return knownName(m, sincePreviousQuote, context, lastSpeaker, names);
    }

    /**
     * The subject of the sentence that leads into a quote with a colon, a comma or a participle when no cue names the
     * speaker ({@code Ruiz shared the news on Friday, writing "..."}, {@code Ruiz leaned in and boomed: "..."}): the
     * one doing the action of such a sentence is who is quoted.
     */
    private static String subjectOfIntroduction(String before, Range sincePreviousQuote, int context, String lastSpeaker,
                                                NameIndex names) {
        if (before.length() > CUE_REACH || !INTRODUCES_QUOTE.matcher(before).find()) {
            return null;
        }
        String cued = lastCuedSpeaker(before, sincePreviousQuote, context, lastSpeaker, names);
        if (cued != null) {
            return cued;
        }
        Matcher m = SENTENCE_SUBJECT.matcher(before);
        if (!m.lookingAt() || !isSpeaker(m, names)) {
            return null;
        }
        return knownName(m, sincePreviousQuote, context, lastSpeaker, names);
    }

    /**
     * The speaker of the last said-type cue inside a sentence ({@code They will meet soon, Ruiz said, adding, "...}),
     * which outranks the sentence's subject; null when the sentence has no trusted cue.
     */
    private static String lastCuedSpeaker(String sentence, Range sincePreviousQuote, int context, String lastSpeaker,
                                          NameIndex names) {
        Matcher m = SPEAKER_CUE_ANYWHERE.matcher(sentence);
        String speaker = null;
        int from = 0;
        while (from < sentence.length() && m.find(from)) {
            if (isSpeaker(m, names)) {
                speaker = knownName(m, sincePreviousQuote, context, lastSpeaker, names);
                from = m.end();
            } else {
                from = m.start() + 1;
            }
        }
        return speaker;
    }

    /**
     * The last {@value #CUE_REACH} characters of the text before a quote, cut at a space: the patterns that find a cue
     * there match at its end, and trying them from every earlier position only costs time.
     */
    private static String tail(String before) {
        if (before.length() <= CUE_REACH) {
            return before;
        }
        int cut = before.length() - CUE_REACH;
        while (cut < before.length() && !Character.isWhitespace(before.charAt(cut))) {
            cut++;
        }
        return before.substring(cut);
    }

    /**
     * Whether the text after a paragraph's last quote is no more than the rest of its sentence, so that a quote with no
     * cue opening the next paragraph goes on in the same voice.
     */
    private static boolean isCueOnly(String tail) {
        String rest = tail.strip();
        return rest.isEmpty() || lastSentenceEnd(rest, rest.length() - 1) == 0;
    }

    /**
     * Whether a quote with no cue continues the previous quote of its paragraph: at most
     * {@value #MAX_CONTINUATION_GAP} characters lie between them, or only the rest of the previous quote's sentence
     * (its cue, however long the speaker's apposition).
     */
    private static boolean continues(String paragraph, int previousEnd, int start) {
        if (start - previousEnd <= MAX_CONTINUATION_GAP) {
            return true;
        }
        String between = paragraph.substring(previousEnd, start).strip();
        return lastSentenceEnd(between, between.length() - 1) == 0;
    }

    /**
     * Whether the words in quotation marks are a direct quote rather than a quoted phrase (see the class comment):
     * long enough, and either standing as a sentence or more, introduced by a colon, comma, bracket or cue verb,
     * followed by a cue, or a capitalised sentence of their own inside the writer's.
     */
    private static boolean isDirect(String text, String before, String after) {
        if (!isQuote(text)) {
            return false;
        }
        String lead = before.replaceAll("[\\s\\u00a0]+$", "");
        boolean embedded = !lead.isEmpty() && !lead.endsWith(":") && !lead.endsWith(",") && !lead.endsWith("(")
                && !CUE_RIGHT_BEFORE.matcher(lead).find();
        if (!embedded || hasCue(after)) {
            return true;
        }
        return wordCount(text) >= MIN_EMBEDDED_SENTENCE_WORDS && Character.isUpperCase(text.charAt(0));
    }

    private static boolean hasCue(String after) {
        return SPEAKER_THEN_CUE.matcher(after).find() || CUE_THEN_SPEAKER.matcher(after).find() || ACCORDING_TO.matcher(after).find()
                || SIGNED.matcher(after).find();
    }

    /**
     * The speaker of a quoted phrase named as the subject of its sentence with a cue or a verb that frames a phrase
     * ({@code Kalloway called it "a fair deal"}, {@code He said the plan was "a betrayal"}), trusted as for indirect
     * speech; null when the sentence opens otherwise.
     */
    private static String speakerInSentence(String sentence, Range sincePreviousQuote, int context, String lastSpeaker,
                                            NameIndex names) {
        Matcher m = SPEAKER_PHRASE_CUE.matcher(sentence);
        if (!m.lookingAt() || !isSpeaker(m, names)) {
            return null;
        }
        return knownName(m, sincePreviousQuote, context, lastSpeaker, names);
    }

    /**
     * The indirect speech of one paragraph (see the class comment), each placed at the start of its sentence. A
     * sentence holding a direct quote gives none, nor does a paragraph with an odd number of quotation marks: it
     * continues or opens a quote.
     */
    private static List<Placed> indirectQuotes(String paragraph, String normalized, int offset, List<int[]> directSpans,
                                               String lastSpeaker, NameIndex names, Deadline deadline) {
        List<Placed> found = new ArrayList<>();
        if (normalized.chars().filter(c -> c == '"').count() % 2 != 0) {
            return found;
        }
        int previousQuoteEnd = 0;
        int nextDirect = 0;
        for (int[] span : sentences(normalized)) {
            deadline.check();
            while (nextDirect < directSpans.size() && directSpans.get(nextDirect)[1] <= span[0]) {
                nextDirect++;
            }
            if (nextDirect < directSpans.size() && directSpans.get(nextDirect)[0] < span[1]) {
                previousQuoteEnd = span[1];
                continue;
            }
            Range sincePreviousQuote = new Range(offset + previousQuoteEnd, offset + span[0]);
            int context = offset + span[0];
            String sentence = paragraph.substring(span[0], span[1]).strip();
            Quote quote = indirectQuote(sentence, sincePreviousQuote, context, lastSpeaker, names, deadline);
            if (quote != null) {
                found.add(new Placed(span[0], quote));
            }
        }
        return found;
    }

    /**
     * The indirect speech in one sentence, or null when it reports none. The sentence must end with a full stop, which
     * may stand inside a closing quotation mark ({@code calling it "a disgrace."}).
     */
    private static Quote indirectQuote(String sentence, Range sincePreviousQuote, int context, String lastSpeaker,
                                       NameIndex names, Deadline deadline) {
        String body;
        if (sentence.endsWith(".") && !sentence.endsWith("..")) {
            body = sentence.substring(0, sentence.length() - 1);
        } else if (sentence.matches(".*[^.]\\.[\"”]")) {
            body = sentence.substring(0, sentence.length() - 2) + sentence.charAt(sentence.length() - 1);
        } else {
            return null;
        }
        Quote trailing = trailingCue(body, SPEAKER_CUE_LAST, sincePreviousQuote, context, lastSpeaker, names, deadline);
        if (trailing != null) {
            return trailing;
        }
        Matcher m = REPORTER_FIRST.matcher(body);
        if (m.lookingAt()) {
            String text = reportedClause(m.group("cue"), body.substring(m.end()));
            if (text == null || !isSpeaker(m, names)) {
                return null;
            }
            return indirect(text, knownName(m, sincePreviousQuote, context, lastSpeaker, names));
        }
        m = ACCORDING_FIRST.matcher(body);
        if (m.matches() && isStatement(m.group("text"), false)) {
            return indirect(m.group("text"), source(m.group("source"), sincePreviousQuote, context, lastSpeaker, names));
        }
        m = ACCORDING_LAST.matcher(body);
        if (m.matches() && isStatement(m.group("text"), false)) {
            return indirect(m.group("text"), source(m.group("source"), sincePreviousQuote, context, lastSpeaker, names));
        }
        return trailingCue(body, CUE_SPEAKER_LAST, sincePreviousQuote, context, lastSpeaker, names, deadline);
    }

    /** Indirect speech whose cue ends the sentence after a comma, as {@code pattern} reads it; null for none. */
    private static Quote trailingCue(String body, Pattern pattern, Range sincePreviousQuote, int context, String lastSpeaker,
                                     NameIndex names, Deadline deadline) {
        for (int comma = body.indexOf(", "); comma > 0; comma = body.indexOf(", ", comma + 1)) {
            deadline.check();
            String text = body.substring(0, comma);
            Matcher cue = pattern.matcher(body.substring(comma + 2));
            if (cue.matches() && isSpeaker(cue, names) && isStatement(text, false)) {
                return indirect(text, knownName(cue, sincePreviousQuote, context, lastSpeaker, names));
            }
        }
        return null;
    }

    private static Quote indirect(String text, String speaker) {
        if (speaker == null) {
            return null;
        }
        String statement = text.strip().replaceAll("[,;]$", "");
        return new Quote(statement, speaker, isAnonymous(speaker), QuoteKind.INDIRECT);
    }

    /**
     * Whether the speaker of an indirect-speech cue can be trusted, sentence-initial capitals and clause words being
     * what they are: a name must be a found entity or end with one ("Having announced ...", "It said" are not) and not
     * be a possessive ("Vesk's comments"), and a description must not hold a clause ("A majority of those who said ...", "A few weeks after Obama announced ...").
     */
    private static boolean isSpeaker(Matcher m, NameIndex names) {
        String name = m.group("name");
        if (name != null) {
            String cleaned = cleanName(name);
            return !NOT_NAMES.contains(cleaned) && !POSSESSIVE_END.matcher(cleaned).find()
                    && names.entityEndingIn(cleaned) != null;
        }
        String described = m.group("description") != null ? m.group("description") : m.group("owned");
        return described == null || !CLAUSE_WORD.matcher(described).find();
    }

    /**
     * The speaker a cue match names, resolved ({@link #resolve}) and cut to the full name of two or more words it ends
     * with, so that a role written before the name goes: "Shopkeeper Edvin Strahl" to "Edvin Strahl".
     */
    private static String knownName(Matcher m, Range sincePreviousQuote, int context, String lastSpeaker,
                                     NameIndex names) {
        String speaker = resolve(m, sincePreviousQuote, context, lastSpeaker, names);
        String known = m.group("name") == null ? null : names.entityEndingIn(speaker);
        boolean fullName = known != null && known.contains(" ") && speaker.endsWith(" " + known);
        return fullName ? known : speaker;
    }

    /**
     * The statement after a reporting verb: after "that" (with an adverbial or, for "told", the listener before it),
     * or for said, says, added and adds also a bare clause. Null when what follows is not a clause.
     */
    private static String reportedClause(String cue, String rest) {
        Matcher m = THAT_CLAUSE.matcher(rest);
        if (m.matches() && isAdverbialOrListener(m.group("gap"), TELLING.contains(cue))) {
            String text = m.group("text");
            if (!FINITE_VERBS.contains(firstWord(text)) && isStatement(text, false)) {
                return text;
            }
        }
        if (SAYING.contains(cue)) {
            m = BARE_CLAUSE.matcher(rest);
            if (m.matches() && isStatement(m.group("text"), true)) {
                return m.group("text");
            }
        }
        return null;
    }

    private static boolean isAdverbialOrListener(String gap, boolean telling) {
        String words = gap.strip();
        if (telling) {
            return !words.isEmpty() && words.split("\\s+").length <= 8;
        }
        return words.isEmpty() || ADVERBIAL_STARTERS.contains(firstWord(words));
    }

    /**
     * Whether text reads as a statement: at least {@value #MIN_STATEMENT_WORDS} words, no question, a finite verb
     * (an auxiliary, a frequent irregular form, a "-ed" word or a "n't") after its first word; with
     * {@code subjectFirst}, it must also open like a subject.
     */
    private static boolean isStatement(String text, boolean subjectFirst) {
        String[] words = text.strip().split("\\s+");
        if (words.length < MIN_STATEMENT_WORDS || text.contains("?")) {
            return false;
        }
        String first = firstWord(text);
        if (NOT_CLAUSE_OPENERS.contains(first)) {
            return false;
        }
        if (subjectFirst) {
            char initial = words[0].charAt(0);
            if (!SUBJECT_WORDS.contains(first) && !Character.isUpperCase(initial) && !Character.isDigit(initial)) {
                return false;
            }
        }
        for (int i = 1; i < Math.min(words.length, 12); i++) {
            String word = words[i].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}'’]", "");
            boolean past = word.length() > 3 && word.endsWith("ed") && !NOT_PAST_VERBS.contains(word);
            if (FINITE_VERBS.contains(word) || past || word.endsWith("n't") || word.endsWith("n’t")) {
                return true;
            }
        }
        return false;
    }

    private static String firstWord(String text) {
        String[] words = text.strip().split("\\s+", 2);
        return words[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}'’]", "");
    }

    /** The speaker named after "according to": a name, a description or a group; null for "according to plan". */
    private static String source(String span, Range sincePreviousQuote, int context, String lastSpeaker, NameIndex names) {
        Matcher m = SOURCE.matcher(span.strip());
        if (!m.matches() || m.group("pronoun") != null || !isSpeaker(m, names)) {
            return null;
        }
        return knownName(m, sincePreviousQuote, context, lastSpeaker, names);
    }

    /**
     * The sentences of a paragraph as start and end offsets: a break after a full stop, question or exclamation mark,
     * and the quotation mark closing on it, followed by a space and a capital, digit or quotation mark, but not after
     * a title or an initial ("Mr.", "U.S.").
     */
    private static List<int[]> sentences(String paragraph) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 2 < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c != '.' && c != '!' && c != '?' || c == '.' && isAbbreviation(paragraph, i)) {
                continue;
            }
            int end = paragraph.charAt(i + 1) == '"' ? i + 2 : i + 1;
            if (end < paragraph.length() && Character.isWhitespace(paragraph.charAt(end)) && opensSentence(paragraph, end)) {
                spans.add(new int[] {start, end});
                start = end;
            }
        }
        spans.add(new int[] {start, paragraph.length()});
        return spans;
    }

    /** Whether the first character after the whitespace at {@code from} opens a sentence; it reads no further. */
    private static boolean opensSentence(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (at == text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"';
    }

    private static boolean isAbbreviation(String text, int period) {
        int start = period;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, period);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) || word.contains(".") || ABBREVIATIONS.contains(word);
    }

    /**
     * Whether a speaker is an unnamed source: a description with an indefinite article, or people named only by a
     * group ("a source close to the mayor", "officials familiar with the talks", "U.S. officials"), as opposed to a
     * name or a definite description that points at someone known ("the minister", "the report").
     */
    static boolean isAnonymous(String speaker) {
        if (speaker == null) {
            return false;
        }
        String lower = speaker.toLowerCase(Locale.ROOT);
        return lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("one ") || lower.startsWith("another ")
                || lower.startsWith("sources") || UNNAMED_THE.matcher(lower).matches()
                || lower.startsWith("officials") || lower.startsWith("people ") || lower.startsWith("some ")
                || !lower.startsWith("the ") && UNNAMED_GROUP.matcher(lower).matches();
    }

    /**
     * The speaker of a quote with no cue of its own, named by a cue in the sentence just before it
     * ({@code Earnest said Monday. "What I would also say..."}); when that sentence has no cue, by what it names as
     * for a quote it leads into if it ends with a colon ({@code Continued Ruiz:}, {@code Ruiz echoed:}), else by the
     * named person it opens with; null for none of these.
     */
    private static String speakerOfSentenceBefore(String document, int context, String lastSpeaker, NameIndex names) {
        int end = context;
        while (end > 0 && Character.isWhitespace(document.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return null;
        }
        int start = sentenceOrLineStart(document, end);
        String sentence = document.substring(start, end);
        if (sentence.indexOf('"') >= 0) {
            return null;
        }
        Range whole = new Range(start, end);
        Matcher m = SPEAKER_CUE_ANYWHERE.matcher(sentence);
        String speaker = null;
        while (m.find()) {
            speaker = resolve(m, whole, context, lastSpeaker, names);
        }
        if (speaker == null && sentence.endsWith(":")) {
            speaker = speaker("", sentence, whole, context, lastSpeaker, names);
        }
        if (speaker == null) {
            speaker = namedSubject(sentence, whole, context, lastSpeaker, names);
        }
        return speaker;
    }

    /**
     * Where the sentence ending at {@code end} starts: after the last full stop, question or exclamation mark followed
     * by whitespace, or after the last line break, whichever is nearer; 0 for neither. It looks back only that far.
     */
    private static int sentenceOrLineStart(String text, int end) {
        for (int i = end - 1; i >= 1; i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
            char c = text.charAt(i - 1);
            if (i - 1 >= 1 && i - 1 <= end - 2 && (c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return end > 0 && text.charAt(0) == '\n' ? 1 : 0;
    }

    /**
     * The person a sentence opens with ({@code Ruiz is upbeat about the vote.}), for a quote with no cue that follows
     * it: such a quote most often gives that person's words. Only a named person counts, not a description or a group.
     */
    private static String namedSubject(String sentence, Range whole, int context, String lastSpeaker, NameIndex names) {
        Matcher m = SENTENCE_SUBJECT.matcher(sentence);
        if (!m.lookingAt() || m.group("name") == null || !isSpeaker(m, names)) {
            return null;
        }
        String name = knownName(m, whole, context, lastSpeaker, names);
        return names.isPerson(name) ? name : null;
    }

    /**
     * The speaker a cue names. A pronoun stands for the first person named since the previous quote of the same
     * paragraph (usually the subject), else the last person named before, else the previous speaker. A description
     * keeps its words up to a clause ("the police department which ...") unless it ends with a person's name in
     * apposition ("the Kremlin's chief of staff Sergei Ivanov"); a group of people keeps its words.
     */
    private static String resolve(Matcher m, Range sincePreviousQuote, int context, String lastSpeaker, NameIndex names) {
        if (m.group("pronoun") != null) {
            String subject = names.firstPersonIn(sincePreviousQuote.start(), sincePreviousQuote.end());
            if (subject != null) {
                return subject;
            }
            String named = names.lastPersonBefore(context);
            return named != null ? named : lastSpeaker;
        }
        String described = m.group("description") != null ? m.group("description") : m.group("owned");
        String named = nameInApposition(m, names);
        if (described != null && named != null) {
            return named;
        }
        if (described != null) {
            String description = described.strip();
            Matcher clause = CLAUSE_WORD.matcher(description);
            if (clause.find() && description.substring(0, clause.start()).strip().contains(" ")) {
                description = description.substring(0, clause.start()).strip();
            }
            Matcher name = DESCRIBED_NAME.matcher(description);
            if (name.find() && name.start() > description.indexOf(' ') && names.isPerson(names.fullName(cleanName(name.group(1))))) {
                return names.fullName(cleanName(name.group(1)));
            }
            return description.matches("(?:A|An|The)\\s.*") ? Character.toLowerCase(description.charAt(0)) + description.substring(1) : description;
        }
        if (m.group("group") != null) {
            String group = m.group("group").strip();
            String first = group.split("\\s+")[0];
            return LOWER_CASE_GROUP_OPENERS.contains(first) ? Character.toLowerCase(group.charAt(0)) + group.substring(1) : group;
        }
        return names.fullName(cleanName(m.group("name")));
    }

    /**
     * The person named in the apposition after a description ({@code the mayor's spokesman, Ana Ruiz, said}): the name
     * says who the description is. Null when no apposition follows or it does not open with a known person.
     */
    private static String nameInApposition(Matcher m, NameIndex names) {
        String group = m.group("description") != null ? "description" : "owned";
        if (m.group(group) == null) {
            return null;
        }
        Matcher name = APPOSITION_NAME.matcher(m.group()).region(m.end(group) - m.start(), m.end() - m.start());
        if (!name.lookingAt()) {
            return null;
        }
        String person = names.fullName(cleanName(name.group(1)));
        return names.isPerson(person) ? person : null;
    }

    /**
     * The name without sentence openers, person titles and a final full stop:
     * "But Defence Minister Sergei Shoigu." to "Sergei Shoigu".
     */
    private static String cleanName(String name) {
        String[] all = name.strip().split("\\s+");
        int length = all.length;
        for (int i = 0; i < all.length; i++) {
            if (all[i].endsWith(".") && all[i].length() > 3 && !EntityFinder.PERSON_TITLES.contains(all[i])) {
                length = i + 1;
                break;
            }
        }
        String[] tokens = String.join(" ", java.util.Arrays.copyOf(all, length)).replaceAll("[.,]$", "").split("\\s+");
        int start = 0;
        while (start < tokens.length - 1 && SENTENCE_OPENERS.contains(tokens[start])) {
            start++;
        }
        for (int i = start; i < tokens.length - 1; i++) {
            if (EntityFinder.PERSON_TITLES.contains(tokens[i])) {
                start = i + 1;
            }
        }
        return String.join(" ", java.util.Arrays.copyOfRange(tokens, start, tokens.length));
    }

    /** True when the text after a quote opens a new sentence, so a cue there belongs to that sentence. */
    private static boolean startsUpperCase(String text) {
        String stripped = text.stripLeading();
        return !stripped.isEmpty() && Character.isUpperCase(stripped.charAt(0));
    }

    private static int nextQuoteStart(String text, int from) {
        int next = text.indexOf('"', from);
        return next < 0 ? text.length() : next;
    }

    private static int lastSentenceEnd(String text, int before) {
        for (int i = before - 1; i > 0; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The speaker pattern: a pronoun, a description, a group, a name after role words made of {@code roleWord}, or an
     * owned description.
     */
    private static String speaker(String roleWord) {
        String role = "(?:(?:(?:[A-Z][\\p{L}.-]*(?:\\s+[A-Z][\\p{L}.-]*){0,3}(?:['’]s)?|his|her|their|its)\\s+)?"
                + "(?:" + roleWord + "\\s+){0,3}" + roleWord + ",?\\s+|(?:" + roleWord + "\\s+){0,4})";
        return "(?<pronoun>[Hh]e|[Ss]he|[Tt]hey)|(?<description>" + DESCRIPTION + ")|(?<group>" + GROUP + ")|"
                + role + "(?<name>" + NAME + ")|(?<owned>" + OWNED + ")";
    }

    /**
     * Curly and angle double quotation marks replaced by a straight one, and no-break spaces by a plain space so that
     * the cue patterns see "the company said" in web text, keeping every offset.
     */
    static String normalizeQuotes(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\u00a0') {
                chars[i] = ' ';
            } else if (c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '″') {
                chars[i] = '"';
            }
        }
        return new String(chars);
    }

    /**
     * True for words long enough to be a quotation: at least {@value #MIN_QUOTE_WORDS} words, and at least
     * {@value #MIN_EMBEDDED_QUOTE_WORDS} when they start in lower case.
     */
    private static boolean isQuote(String text) {
        int words = wordCount(text);
        boolean embedded = !text.isEmpty() && Character.isLowerCase(text.charAt(0));
        return words >= (embedded ? MIN_EMBEDDED_QUOTE_WORDS : MIN_QUOTE_WORDS);
    }

    private static int wordCount(String text) {
        return text.strip().toLowerCase(Locale.ROOT).split("\\s+").length;
    }
}
