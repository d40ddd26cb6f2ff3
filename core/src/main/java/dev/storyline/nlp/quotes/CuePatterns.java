package dev.storyline.nlp.quotes;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words and patterns the quote rules read, defined once: said-type cues, reporting verbs, how a speaker is
 * written (a pronoun, a description, a group of people, a name after role words, an owned description), appositions
 * and openers. Each speaker pattern names its parts with the groups {@code pronoun}, {@code description},
 * {@code group}, {@code name} and {@code owned}.
 */
final class CuePatterns {

    private CuePatterns() {
    }

    /** Unnamed sources referred to with "the": "the source", "the officials". */
    static final Pattern UNNAMED_THE = Pattern.compile("the (?:source|sources|official|officials|insider|aide|diplomat)");
    /** A group of unnamed people, a few words before its noun: "senior U.S. officials familiar with ...". */
    static final Pattern UNNAMED_GROUP = Pattern.compile(
            "(?:[\\p{L}\\d.'’-]+\\s+){0,3}?(?:officials|sources|insiders|aides|diplomats)\\b.*");
    /** How far before a quote its cue and speaker may start. */
    static final int CUE_REACH = 300;

    static final String CUE = "(?:said|says|told|tells|added|adds|asked|asks|stated|states|declared|declares|"
            + "explained|explains|insisted|insists|warned|warns|noted|notes|wrote|writes|replied|replies|claimed|claims|"
            + "denied|denies|recalled|recalls|continued|continues|argued|argues|announced|announces|acknowledged|"
            + "acknowledges|admitted|admits|tweeted|tweets|posted|posts|testified|testifies|responded|responds|"
            + "suggested|suggests|concluded|concludes|stressed|stresses|cautioned|cautions|quipped|quips|joked|jokes|"
            + "observed|observes|predicted|predicts|complained|complains|boasted|boasts|urged|urges|vowed|vows|"
            + "demanded|demands|shouted|shouts|yelled|yells|sang|sings|reads|chanted|chants|exclaimed|exclaims|pleaded|"
            + "pleads|mused|muses|conceded|concedes|recounted|recounts|emphasized|emphasizes|maintained|maintains|"
            + "countered|counters|remarked|remarks|confirmed|confirms|lamented|laments|interjected|"
            + "wondered|wonders|retorted|retorts|commented|comments|shot back|fired back|went on|agreed|agrees|echoed|echoes|"
            + "charged|pressed|opined|fumed|snapped|scoffed|answered|answers|pointed out|points out|chimed in|cut in|"
            + "(?:was|is|were|are) quoted as saying)";
    /** Verbs that frame a quoted phrase rather than introduce a quote: {@code called it "a fair deal"}. */
    static final String PHRASE_CUE = "(?:" + CUE + "|called|calls|described|describes|dubbed|dubs|labeled|"
            + "labelled|labels|termed|terms|branded|brands|dismissed|dismisses|hailed|hails|praised|praises|condemned|"
            + "condemns|criticized|criticizes|criticised|criticises)";
    /**
     * Verbs that report a statement in indirect speech; all but {@link #SAYING} need "that" before it. Present forms
     * that are also nouns ("reports", "claims", "notes") are left out: "declined to comment on reports that ...".
     */
    static final String REPORTING = "(?:said|says|told|tells|added|adds|stated|declared|declares|"
            + "explained|explains|insisted|insists|warned|warns|noted|wrote|writes|claimed|denied|denies|"
            + "argued|argues|announced|announces|acknowledged|acknowledges|admitted|admits|confirmed|confirms|reported|"
            + "tweeted|testified|testifies|stressed|stresses|suggested|suggests|predicted|predicts|"
            + "complained|complains|conceded|concedes|emphasized|emphasizes|emphasised|maintained|maintains|contended|"
            + "contends|asserted|asserts|alleged|alleges|recalled|recalls|cautioned|cautions|estimated|"
            + "revealed|reveals|disclosed|discloses|countered|replied|responded|responds)";
    static final Set<String> SAYING = Set.of("said", "says", "added", "adds");
    static final Set<String> TELLING = Set.of("told", "tells");
    static final String DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    /** Groups of people named by what they are, with no article: "officials", "U.S. officials familiar with the talks". */
    static final String PEOPLE = "(?:[Oo]fficials|[Ss]ources|[Pp]eople|[Aa]nalysts|[Ee]xperts|[Rr]esidents|"
            + "[Ww]itnesses|[Pp]olice|[Aa]uthorities|[Ii]nvestigators|[Pp]rosecutors|[Aa]ides|[Dd]iplomats|[Ll]awmakers|"
            + "[Cc]ritics|[Oo]bservers|[Oo]rganizers|[Oo]rganisers|[Dd]octors|[Ss]cientists|[Rr]esearchers|"
            + "[Ee]conomists|[Aa]dvocates|[Aa]ctivists|[Oo]fficers|[Ii]nsiders|[Ss]taffers|[Aa]dvisers|[Aa]dvisors|"
            + "[Ss]pokesmen|[Ss]pokespeople|[Ll]eaders|[Rr]escuers|[Ff]irefighters|[Vv]oters|[Pp]ollsters)";
    static final String GROUP = "(?:(?:[A-Z][\\p{L}.'’-]*|[a-z][\\p{L}'’-]*|\\d+)\\s+){0,3}?" + PEOPLE
            + "(?:\\s+(?:familiar with|close to|with knowledge of|briefed on|involved in)\\s+(?:[\\p{L}'’.-]+\\s+){0,4}?[\\p{L}'’.-]+)?";
    /** A name of up to eight words, titles included ("New York City Public Advocate Trish James"). */
    static final String NAME = "(?:[A-Z][\\p{L}'’.-]*(?:\\s+(?:[A-Z][\\p{L}'’.-]*|al-\\p{L}+|de|van|von|bin)){0,7})";
    static final String DESCRIPTION = "(?:(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne|[Aa]nother)\\s+(?:[\\p{L}\\d][\\p{L}\\d'’-]*\\s+){0,6}?"
            + "[\\p{L}\\d][\\p{L}\\d'’-]*)";
    /** A description by whose it is, without an article: "Obama's former campaign strategist". */
    static final String OWNED = "(?:(?!(?:That|It|There|Here|What|Who|Where|Let|He|She)['’]s)[A-Z][\\p{L}.-]*(?:\\s+[A-Z][\\p{L}.-]*){0,3}['’]s(?:\\s+[a-z][\\p{L}'’-]*){1,4})";
    /**
     * Words before a speaker's name that say who they are: lower-case roles ("union leader"), possibly after an
     * owner ("Corrowby's mayor, ", "Rovers manager ", "his daughter, ").
     */
    static final String ROLE_WORD = "(?!(?:of|the|at|from|for|in|and|to|with|on|by|who|which|that)\\s)[a-z\\d][\\p{L}\\d/'’-]*";
    static final String SPEAKER = speaker(ROLE_WORD);
    /**
     * A speaker opening a sentence, whose role words are neither articles nor words in "-ed" or "-ly", so that neither
     * "Ruiz attacked Vesk for ..." nor "Ruiz quickly posted a Vesk ..." reads as a role before a name.
     */
    static final String SUBJECT = speaker("(?![Aa]n?\\s)" + ROLE_WORD + "(?<!ed|ly)");
    /**
     * What may stand between a speaker and the cue: an apposition of up to three parts, a party and state in brackets,
     * or where they come from ("Rep. Jim Jordan (R-Ohio), a member,", "Ruiz, the mayor,", "Ruiz of the Water Board").
     */
    static final String APPOSITION = "(?:,\\s*[^,\"]{1,150}(?:,\\s*[^,\"]{1,100}){0,2},|\\s*\\([^()\"]{1,30}\\)(?:,\\s*[^,\"]{1,100})?,?|\\s+(?:of|from|at)\\s+(?:the\\s+)?[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*){0,5})?";
    static final String ADVERBS = "(?:\\s+(?:also|later|previously|earlier|has|have|had|repeatedly|again|then|"
            + "recently|publicly|privately|separately|reportedly|further|once|long|initially|subsequently|immediately|"
            + "flatly|firmly|strongly|often|frequently|similarly|likewise|simply|even|still|now|first)){0,3}";
    /** Words that may open an indirect-speech sentence before its speaker: "But", "On Thursday,", "In a statement,". */
    static final String OPENER = "(?:(?:But|And|Yet|So|Still|However|Meanwhile|Instead|Separately|Also|Now|Later|Earlier|Previously),?\\s+"
            + "|(?:When|While|After|Before|Speaking|Asked|Writing|In|On|At|During|Since|Following|Last|Earlier|Later)\\b[^,;:\"]{0,60},\\s+)?";

    static final Pattern SPEAKER_THEN_CUE = Pattern.compile("^\\s*,?\\s*(?:" + SPEAKER + ")" + APPOSITION + ADVERBS + "\\s+" + CUE + "\\b");
    static final Pattern CUE_THEN_SPEAKER = Pattern.compile("^\\s*,?\\s*" + CUE + "\\s+(?:" + SPEAKER + ")");
    static final Pattern ACCORDING_TO = Pattern.compile("^\\s*[,.]?\\s*according to\\s+(?:" + SPEAKER + ")");
    /** A signature after a quote that ends its paragraph: {@code "..." ― Pamela Padilla}. */
    static final Pattern SIGNED = Pattern.compile("^[\\s\\u00a0]*[―—–]+[\\s\\u00a0]*(?:" + SPEAKER + ")[\\s\\u00a0]*[.,]?[\\s\\u00a0]*$");
    static final String PARTICIPLE = "(?:saying|adding|writing|tweeting|declaring|chanting|shouting|yelling|insisting|"
            + "warning|noting|arguing|asking|explaining|stating|replying)";
    static final Pattern BEFORE_QUOTE = Pattern.compile("(?:" + SPEAKER + ")" + ADVERBS + "\\s+(?:" + CUE + "|" + PARTICIPLE + ")"
            + "(?:(?:\\s+[^.!?\"]{0,60}?)?\\s*[:,]|\\s+that)?[\\s\\u00a0]*$");
    /** A cue before the quote with the speaker after it: {@code Said Ellis: "..."}, {@code According to Limbaugh, "..."}. */
    static final Pattern CUE_SPEAKER_BEFORE = Pattern.compile("(?:^|\\s)(?:[Ss]aid|[Aa]dded|[Ww]rote|[Aa]ccording to)\\s+(?:" + SPEAKER + ")"
            + "(?:,\\s*[^,\"]{1,150})?[\\s\\u00a0]*[:,][\\s\\u00a0]*$");
    static final Pattern SPEAKER_CUE_ANYWHERE = Pattern.compile("(?:^|[\\s,;])(?:" + SPEAKER + ")" + APPOSITION + "\\s+" + CUE + "\\b");
    static final Pattern SPEAKER_PHRASE_CUE = Pattern.compile("^\\s*" + OPENER + "(?:" + SPEAKER + ")" + APPOSITION + ADVERBS + "\\s+"
            + PHRASE_CUE + "\\b");
    static final Pattern CUE_RIGHT_BEFORE = Pattern.compile("\\b(?:" + CUE + "|" + PARTICIPLE + ")(?:\\s+that)?$");
    static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    /** A speaker opening the sentence that introduces a quote: {@code Ruiz shared the news, writing "...}. */
    static final Pattern SENTENCE_SUBJECT = Pattern.compile("^\\s*(?:" + OPENER + "|[Aa]s\\s+)(?:" + SUBJECT + ")" + APPOSITION
            + ADVERBS + "\\s+[a-z]");
    /** The end of a sentence that hands over to a quote: a colon, a comma or a participle ("..., telling them,"). */
    static final Pattern INTRODUCES_QUOTE = Pattern.compile("(?:[:,]|\\b" + PARTICIPLE + ")[\\s\\u00a0]*$");
    /**
     * A speaker's name as a label before a quote, alone, after a dash or after a verb that opens the sentence:
     * {@code Pollsters agree - Ana Ruiz: "...}, {@code Continued Ruiz: "...}.
     */
    static final Pattern SPEAKER_LABEL = Pattern.compile("(?:^\\s*[A-Z][a-z]+ed\\s+|^|\\s[-–—]+)\\s*(?:" + SPEAKER + ")[\\s\\u00a0]*:[\\s\\u00a0]*$");
    /**
     * A speaker and any verb right after a quote, {@code "...," Ruiz fumed}: a past form in "-ed" (capitalised too, as
     * "Tweeted"), or a present form in "-es" or in "-s" but not "-ss".
     */
    static final Pattern SPEAKER_THEN_VERB = Pattern.compile("^\\s*,?\\s*(?:" + SPEAKER + ")" + APPOSITION + ADVERBS
            + "\\s+(?:[a-z]{2,}(?:ed|es)|[a-z]{3,}[^s\\W]s|[A-Z][a-z]+ed)\\b");

    static final Pattern REPORTER_FIRST = Pattern.compile("^" + OPENER + "(?:" + SPEAKER + ")" + APPOSITION + ADVERBS
            + "\\s+(?<cue>" + REPORTING + ")\\b");
    static final Pattern THAT_CLAUSE = Pattern.compile("^(?<gap>[^;:]{0,80}?),?\\s+that,?\\s+(?<text>.+)$");
    static final Pattern BARE_CLAUSE = Pattern.compile("^(?:\\s+(?:" + DAY + "(?:\\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight"
            + "|(?:on|last)\\s+" + DAY + "|in an? (?:statement|interview|speech|letter|email|post|tweet|briefing)))?,?\\s+(?<text>.+)$");
    static final Pattern SPEAKER_CUE_LAST = Pattern.compile("^(?:" + SPEAKER + ")" + APPOSITION + ADVERBS
            + "\\s+(?:said|says|added|adds|stated|explained|noted|wrote|claimed|argued|warned|insisted|reported|announced|"
            + "tweeted|confirmed|acknowledged|admitted|conceded|predicted|estimated|suggested|stressed|testified|told\\s+[^,]{1,40}?)"
            + "(?:\\s+(?:on|in|at|during|via|through|after|before|while|last|this|earlier|late|over|to|from|by|when|as)\\b[^,]{0,50}"
            + "|\\s+" + DAY + "(?:\\s+(?:morning|afternoon|evening|night))?|\\s+(?:yesterday|today|tonight))?$");
    static final Pattern CUE_SPEAKER_LAST = Pattern.compile("^(?:said|says|added|adds|wrote|writes)\\s+(?:" + SPEAKER + ")"
            + "(?:,\\s+[^,]{1,100})?$");
    static final Pattern ACCORDING_FIRST = Pattern.compile("^" + OPENER + "[Aa]ccording to\\s+(?<source>[^,]{2,80}),\\s+(?<text>.+)$");
    static final Pattern ACCORDING_LAST = Pattern.compile("^(?<text>.+?),?\\s+according to\\s+(?<source>[^,]{2,80}?)"
            + "(?:,\\s+(?:who|which|a|an|the)\\b[^,]{1,100})?$");
    static final Pattern CLAUSE_WORD = Pattern.compile("\\b(?:who|whom|which|that|after|before|when|while|since|until)\\b");
    static final Pattern SOURCE = Pattern.compile("^(?:" + SPEAKER + ")" + APPOSITION + "$");

    static final int MIN_QUOTE_WORDS = 4;
    static final int MIN_EMBEDDED_QUOTE_WORDS = 6;
    static final int MIN_EMBEDDED_SENTENCE_WORDS = 8;
    static final int MIN_STATEMENT_WORDS = 4;
    static final int MAX_CONTINUATION_GAP = 150;
    static final Pattern POSSESSIVE_END = Pattern.compile("(?:['’]s|s['’])$");
    static final Pattern APPOSITION_NAME = Pattern.compile(",\\s*(" + NAME + ")\\s*,");
    static final Pattern DESCRIBED_NAME = Pattern.compile("(?<!\\b(?:to|of|for|with|near|from|on|at|in|by|and))\\s+(" + NAME + ")$");
    static final Set<String> SENTENCE_OPENERS = Set.of("But", "And", "Yet", "So", "Meanwhile", "However", "Then", "Still");
    /** Capitalised words at a sentence start that are not a speaker's name. */
    static final Set<String> NOT_NAMES = Set.of("This", "That", "These", "Those", "It", "Some", "Many", "Most",
            "Others", "Both", "All", "Each", "Such", "What", "Which", "Who", "There", "Here", "We", "I", "You", "Monday",
            "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Nobody", "No", "One", "Few");
    /**
     * Head nouns of descriptions that name no speaker: what carries words ("a statement to the paper", "an email to
     * supporters" name where the words appeared) and times ("a day", "the morning").
     */
    static final Set<String> NOT_SPEAKER_HEADS = Set.of("statement", "statements", "email", "e-mail", "emails", "message",
            "messages", "letter", "letters", "video", "videos", "interview", "interviews", "post", "posts", "tweet",
            "tweets", "release", "memo", "transcript", "headline", "op-ed", "column", "editorial", "filing", "document",
            "documents", "note", "text", "clip", "broadcast", "ad", "ads", "advertisement", "speech", "speeches", "book",
            "article", "piece", "blog", "website", "page", "sign", "signs", "banner", "poster", "caption", "slogan",
            "wave", "accent", "voice", "tone", "way", "time", "day", "week", "night", "morning", "evening", "afternoon");
    /**
     * Words that end a description cut short before its noun ("the vast | majority", "the next | day"): a description
     * ending with one, or with a verb's "-ing" form ("the timing"), names no one.
     */
    static final Set<String> UNFINISHED_HEADS = Set.of("next", "vast", "same", "first", "last", "latest", "other",
            "following", "new", "whole", "entire", "full", "only", "main", "most", "best", "biggest", "real");
    /** Words after which a description cannot end: it ran into the next phrase ("a wave of boos upon"). */
    static final Set<String> OPEN_ENDINGS = Set.of("and", "or", "but", "upon", "of", "to", "for", "with", "in", "on",
            "at", "by", "from", "as", "the", "a", "an");
    /** Prepositions that close the head of a description: "a statement | to the paper". */
    static final Pattern AFTER_HEAD = Pattern.compile("\\s(?:to|for|of|from|in|on|at|with|by|about|close|familiar|who|which|that)\\b");
    static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt",
            "Col", "Sgt", "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "No", "vs", "Jan", "Feb", "Mar", "Apr", "Aug",
            "Sept", "Sep", "Oct", "Nov", "Dec", "Prof", "Capt", "Adm", "Maj", "Rev", "Ft", "Mt", "Atty", "Supt");
    /** Words a reported clause may open with when "that" is left out. */
    static final Set<String> SUBJECT_WORDS = Set.of("he", "she", "they", "it", "we", "i", "you", "there", "this",
            "these", "those", "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "some", "many", "most",
            "all", "both", "each", "every", "any", "several", "few", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "nearly", "almost", "more", "only", "neither", "either", "such");
    /** Words that open an object, not a clause, after "said": "said nothing", "said so". */
    static final Set<String> NOT_CLAUSE_OPENERS = Set.of("nothing", "little", "much", "so", "yes", "no",
            "goodbye", "hello", "something", "anything", "otherwise", "enough", "what", "why", "how", "whether");
    /** Finite verbs that show a clause: auxiliaries, modals and frequent irregular past forms. */
    static final Set<String> FINITE_VERBS = Set.of("is", "was", "are", "were", "will", "would", "could", "can",
            "should", "may", "might", "must", "shall", "has", "had", "have", "did", "does", "do", "hit", "made", "took",
            "came", "went", "gave", "left", "got", "kept", "held", "ran", "lost", "won", "paid", "sent", "spent", "built",
            "brought", "bought", "sold", "thought", "knew", "found", "became", "began", "fell", "led", "met", "saw",
            "told", "said", "put", "set", "cut", "rose", "stood", "wrote", "drove", "broke", "chose", "spoke", "struck",
            "fought", "felt", "meant", "heard", "grew", "threw", "shot", "let", "sat", "wants", "needs", "plans",
            "expects", "believes", "thinks", "knows", "remains", "seems", "means", "makes", "takes", "goes", "comes",
            "gets", "shows", "includes", "continues", "hopes", "supports", "opposes", "faces", "intends", "agrees",
            "refuses", "deserves", "requires", "gives", "leads", "helps", "works", "lives", "owes");
    static final Set<String> NOT_PAST_VERBS = Set.of("hundred", "indeed", "need", "speed", "seed", "feed",
            "breed", "greed", "bed", "red", "shed", "sacred", "naked", "wicked", "kindred", "united", "armed", "proceed",
            "exceed", "succeed", "deed", "reed", "weed", "aged", "sled");
    static final Set<String> ADVERBIAL_STARTERS = Set.of("on", "in", "at", "during", "via", "through", "after",
            "before", "while", "last", "this", "earlier", "late", "over", "to", "from", "for", "with", "when", "as",
            "yesterday", "today", "tonight", "also", "again", "repeatedly", "recently", "publicly", "privately",
            "separately", "previously", "flatly", "then", "later", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "under");
    static final Set<String> LOWER_CASE_GROUP_OPENERS = Set.of("Officials", "Sources", "People", "Analysts",
            "Experts", "Residents", "Witnesses", "Police", "Authorities", "Investigators", "Prosecutors", "Aides",
            "Diplomats", "Lawmakers", "Critics", "Observers", "Organizers", "Organisers", "Doctors", "Scientists",
            "Researchers", "Economists", "Advocates", "Activists", "Officers", "Insiders", "Staffers", "Advisers",
            "Advisors", "Spokesmen", "Spokespeople", "Leaders", "Rescuers", "Firefighters", "Voters", "Pollsters",
            "Senior", "Some", "Many", "Several", "Two", "Three", "Four", "Other", "Local", "Federal", "Government",
            "Administration", "Military", "Security", "Health", "Western", "Foreign");

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


    /** Whether the text after a quote opens with a cue naming its speaker ({@code , Ruiz said}, {@code ― Ana Ruiz}). */
    static boolean opensWithCue(String after) {
        return SPEAKER_THEN_CUE.matcher(after).find() || CUE_THEN_SPEAKER.matcher(after).find()
                || ACCORDING_TO.matcher(after).find() || SIGNED.matcher(after).find();
    }
}
