package dev.storyline.nlp;

import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import dev.storyline.model.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotations in straight or curly double quotation marks and names their speaker from a said-type cue
 * next to the quote: {@code "...," Mayor Ana Ruiz said}, {@code "...," said Ruiz}, {@code Ruiz said: "..."},
 * {@code "...," a source close to the mayor said}. A pronoun ("he said") is resolved to the previous speaker of the
 * document, else to the last person named before the quote; a quote with no cue that follows a quoted speaker's cue
 * in the same paragraph ({@code "...," she said. "..."}) is hers. Quotations of fewer than four words, or fewer than six
 * when they start in lower case inside a sentence, are phrases, not quotes, and are left out.
 */
final class QuoteFinder {

    private static final String CUE = "(?:said|says|told|tells|added|adds|asked|asks|stated|states|declared|declares|"
            + "explained|explains|insisted|insists|warned|warns|noted|notes|wrote|writes|replied|replies|claimed|claims|"
            + "denied|denies|recalled|recalls|continued|continues|argued|argues|announced|announces|acknowledged|"
            + "acknowledges|admitted|admits|tweeted|tweets|posted|posts|testified|testifies|responded|responds|"
            + "suggested|suggests|concluded|concludes|stressed|stresses|cautioned|cautions|quipped|quips|joked|jokes|"
            + "observed|observes|predicted|predicts|complained|complains|boasted|boasts|urged|urges|vowed|vows)";
    private static final String NAME = "(?:[A-Z][\\p{L}'’.-]*(?:\\s+(?:[A-Z][\\p{L}'’.-]*|al-\\p{L}+|de|van|von|bin)){0,5})";
    private static final String DESCRIPTION = "(?:(?:a|an|the)\\s+(?:[\\p{L}'’-]+\\s+){0,6}?[\\p{L}'’-]+)";
    /**
     * Words before a speaker's name that say who they are: lower-case roles ("union leader"), possibly after an
     * owner ("Corrowby's mayor, ", "Rovers manager ", "his daughter, ").
     */
    private static final String ROLE = "(?:(?:(?:[A-Z][\\p{L}.-]*(?:\\s+[A-Z][\\p{L}.-]*){0,3}['’]s|[A-Z][\\p{L}.-]*|his|her|their|its)\\s+)?"
            + "(?:[a-z][\\p{L}'’-]*\\s+){0,3}[a-z][\\p{L}'’-]*,?\\s+|(?:[a-z][\\p{L}'’-]*\\s+){0,4})";
    private static final String SPEAKER = "(?<pronoun>[Hh]e|[Ss]he|[Tt]hey)|(?<description>" + DESCRIPTION + ")|" + ROLE + "(?<name>" + NAME + ")";
    private static final String APPOSITION = "(?:,\\s*[^,\"]{1,60},|\\s+(?:of|from|at)\\s+(?:the\\s+)?[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*){0,5})?";

    private static final Pattern SPEAKER_THEN_CUE = Pattern.compile("^\\s*,?\\s*(?:" + SPEAKER + ")" + APPOSITION + "\\s+" + CUE + "\\b");
    private static final Pattern CUE_THEN_SPEAKER = Pattern.compile("^\\s*,?\\s*" + CUE + "\\s+(?:" + SPEAKER + ")");
    private static final Pattern ACCORDING_TO = Pattern.compile("^\\s*[,.]?\\s*according to\\s+(?:" + SPEAKER + ")");
    private static final Pattern BEFORE_QUOTE = Pattern.compile("(?:" + SPEAKER + ")\\s+" + CUE + "(?:\\s+[^.!?\"]{0,60}?)?\\s*[:,]\\s*$");
    private static final Pattern SPEAKER_CUE_ANYWHERE = Pattern.compile("(?:^|[\\s,;])(?:" + SPEAKER + ")" + APPOSITION + "\\s+" + CUE + "\\b");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final int MIN_QUOTE_WORDS = 4;
    private static final int MIN_EMBEDDED_QUOTE_WORDS = 6;
    private static final int MAX_CONTINUATION_GAP = 150;
    private static final Pattern DESCRIBED_NAME = Pattern.compile("(?<!\\b(?:to|of|for|with|near|from))\\s+(" + NAME + ")$");
    private static final java.util.Set<String> SENTENCE_OPENERS = java.util.Set.of("But", "And", "Yet", "So", "Meanwhile", "However", "Then", "Still");

    List<Quote> find(List<String> paragraphs, List<Entity> entities) {
        List<Quote> quotes = new ArrayList<>();
        String lastSpeaker = null;
        StringBuilder textBefore = new StringBuilder();
        for (String paragraph : paragraphs) {
            String normalized = normalizeQuotes(paragraph);
            Matcher m = QUOTED.matcher(normalized);
            int previousEnd = -1;
            String previousSpeaker = null;
            while (m.find()) {
                String text = paragraph.substring(m.start(1), m.end(1)).strip();
                int nextStart = nextQuoteStart(normalized, m.end());
                String after = normalized.substring(m.end(), nextStart);
                int sentenceStart = Math.max(previousEnd < 0 ? 0 : previousEnd, lastSentenceEnd(normalized, m.start()));
                String before = normalized.substring(sentenceStart, m.start());
                String context = textBefore + normalized.substring(0, m.start());
                String sincePreviousQuote = normalized.substring(Math.max(0, previousEnd), m.start());
                if (endsSentence(text) && startsUpperCase(after)) {
                    after = "";
                }
                String speaker = speaker(after, before, sincePreviousQuote, context, lastSpeaker, entities);
                if (speaker == null && previousSpeaker != null && m.start() - previousEnd <= MAX_CONTINUATION_GAP) {
                    speaker = previousSpeaker;
                }
                if (speaker == null) {
                    speaker = speakerOfSentenceBefore(context, lastSpeaker, entities);
                }
                if (isQuote(text)) {
                    quotes.add(new Quote(text, speaker, isAnonymous(speaker)));
                    if (speaker != null) {
                        lastSpeaker = speaker;
                    }
                }
                previousEnd = m.end();
                previousSpeaker = speaker;
            }
            textBefore.append(normalized).append('\n');
        }
        return quotes;
    }

    private static String speaker(String after, String before, String sincePreviousQuote, String context,
                                  String lastSpeaker, List<Entity> entities) {
        for (Pattern pattern : new Pattern[] {SPEAKER_THEN_CUE, CUE_THEN_SPEAKER, ACCORDING_TO}) {
            Matcher m = pattern.matcher(after);
            if (m.find()) {
                return resolve(m, sincePreviousQuote, context, lastSpeaker, entities);
            }
        }
        Matcher m = BEFORE_QUOTE.matcher(before);
        if (m.find()) {
            return resolve(m, sincePreviousQuote, context, lastSpeaker, entities);
        }
        return null;
    }

    /**
     * Whether a speaker is an unnamed source: a description with an indefinite article or a plural of people
     * ("a source close to the mayor", "officials familiar with the talks"), as opposed to a name or a definite
     * description that points at someone known ("the minister", "the report").
     */
    static boolean isAnonymous(String speaker) {
        if (speaker == null) {
            return false;
        }
        String lower = speaker.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("one ") || lower.startsWith("sources")
                || lower.startsWith("officials") || lower.startsWith("people ") || lower.startsWith("some ");
    }

    /**
     * The speaker of a quote with no cue of its own, named by a cue in the sentence just before it
     * ({@code Earnest said Monday. "What I would also say..."}); null when that sentence has no cue.
     */
    private static String speakerOfSentenceBefore(String context, String lastSpeaker, List<Entity> entities) {
        String text = context.stripTrailing();
        int end = text.length();
        if (end == 0) {
            return null;
        }
        int start = lastSentenceEnd(text, end - 1);
        String sentence = text.substring(start, end);
        if (sentence.indexOf('"') >= 0) {
            return null;
        }
        Matcher m = SPEAKER_CUE_ANYWHERE.matcher(sentence);
        String speaker = null;
        while (m.find()) {
            speaker = resolve(m, sentence, context, lastSpeaker, entities);
        }
        return speaker;
    }

    /**
     * The speaker a cue names. A pronoun stands for the first person named since the previous quote of the same
     * paragraph (usually the subject), else the last person named before, else the previous speaker. A description keeps its words
     * unless it ends with a person's name in apposition ("the Kremlin's chief of staff Sergei Ivanov").
     */
    private static String resolve(Matcher m, String sincePreviousQuote, String context, String lastSpeaker, List<Entity> entities) {
        if (m.group("pronoun") != null) {
            String subject = firstPersonIn(sincePreviousQuote, entities);
            if (subject != null) {
                return subject;
            }
            String named = lastPersonIn(context, entities);
            return named != null ? named : lastSpeaker;
        }
        if (m.group("description") != null) {
            String description = m.group("description").strip();
            Matcher name = DESCRIBED_NAME.matcher(description);
            if (name.find() && isPerson(fullName(cleanName(name.group(1)), entities), entities)) {
                return fullName(cleanName(name.group(1)), entities);
            }
            return description;
        }
        return fullName(cleanName(m.group("name")), entities);
    }

    /**
     * The name without sentence openers, person titles and a final full stop:
     * "But Defence Minister Sergei Shoigu." to "Sergei Shoigu".
     */
    private static String cleanName(String name) {
        String[] all = name.strip().split("\\s+");
        int length = all.length;
        for (int i = 0; i < all.length; i++) {
            if (all[i].endsWith(".") && all[i].length() > 3) {
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

    private static boolean isPerson(String name, List<Entity> entities) {
        for (Entity entity : entities) {
            if (entity.type() == EntityType.PERSON && entity.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String firstPersonIn(String text, List<Entity> entities) {
        String best = null;
        int bestPosition = Integer.MAX_VALUE;
        for (Entity entity : entities) {
            if (entity.type() != EntityType.PERSON) {
                continue;
            }
            int position = firstMention(text, entity.name());
            if (position >= 0 && position < bestPosition) {
                best = entity.name();
                bestPosition = position;
            }
        }
        return best;
    }

    private static int firstMention(String text, String name) {
        String[] parts = name.split(" ");
        int full = text.indexOf(name);
        int surname = text.indexOf(parts[parts.length - 1]);
        if (full < 0) {
            return surname;
        }
        return surname < 0 ? full : Math.min(full, surname);
    }

    /** A surname expanded to the one full name of a person entity that ends with it. */
    private static String fullName(String name, List<Entity> entities) {
        String match = null;
        for (Entity entity : entities) {
            if (entity.type() == EntityType.PERSON && entity.name().endsWith(" " + name)) {
                if (match != null && !match.equals(entity.name())) {
                    return name;
                }
                match = entity.name();
            }
        }
        return match != null ? match : name;
    }

    /**
     * The person named last in {@code context}. Untyped names of two or three words count too: people introduced
     * without a title ("Mirela Hask, who runs a bakery") are not typed by the entity rules.
     */
    private static String lastPersonIn(String context, List<Entity> entities) {
        String best = null;
        int bestPosition = -1;
        for (Entity entity : entities) {
            int words = entity.name().split(" ").length;
            boolean untypedName = entity.type() == EntityType.OTHER && words >= 2 && words <= 3;
            if (entity.type() != EntityType.PERSON && !untypedName) {
                continue;
            }
            String[] parts = entity.name().split(" ");
            int position = Math.max(context.lastIndexOf(entity.name()), context.lastIndexOf(parts[parts.length - 1]));
            if (position > bestPosition) {
                best = entity.name();
                bestPosition = position;
            }
        }
        return best;
    }

    private static boolean endsSentence(String quote) {
        return !quote.isEmpty() && ".!?".indexOf(quote.charAt(quote.length() - 1)) >= 0;
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

    /** Curly and angle double quotation marks replaced by a straight one, keeping every offset. */
    static String normalizeQuotes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '″' ? '"' : c);
        }
        return out.toString();
    }

    /**
     * True for a quotation rather than a quoted phrase: at least {@value #MIN_QUOTE_WORDS} words, and at least
     * {@value #MIN_EMBEDDED_QUOTE_WORDS} when it starts in lower case inside someone else's sentence.
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
