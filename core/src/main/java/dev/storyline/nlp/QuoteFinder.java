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
 * in the same paragraph ({@code "...," she said. "..."}) is hers. Quotations of fewer than four words are phrases,
 * not quotes, and are left out.
 */
final class QuoteFinder {

    private static final String CUE = "(?:said|says|told|added|adds|asked|stated|declared|explained|insisted|warned|"
            + "noted|wrote|replied|claimed|denied|recalled|continued|argued|announced|acknowledged|admitted)";
    private static final String NAME = "(?:[A-Z][\\p{L}'’.-]*(?:\\s+(?:[A-Z][\\p{L}'’.-]*|al-\\p{L}+|de|van|von|bin)){0,5})";
    private static final String DESCRIPTION = "(?:(?:a|an|the)\\s+(?:[\\p{L}'’-]+\\s+){0,6}?[\\p{L}'’-]+)";
    private static final String ROLE = "(?:(?:[a-z][\\p{L}'’-]*\\s+){0,4})";
    private static final String SPEAKER = "(?<pronoun>he|she|they)|" + ROLE + "(?<name>" + NAME + ")|(?<description>" + DESCRIPTION + ")";

    private static final Pattern SPEAKER_THEN_CUE = Pattern.compile("^\\s*[,.!?]?\\s*(?:" + SPEAKER + ")\\s+" + CUE + "\\b");
    private static final Pattern CUE_THEN_SPEAKER = Pattern.compile("^\\s*[,.!?]?\\s*" + CUE + "\\s+(?:" + SPEAKER + ")");
    private static final Pattern ACCORDING_TO = Pattern.compile("^\\s*[,.]?\\s*according to\\s+(?:" + SPEAKER + ")");
    private static final Pattern BEFORE_QUOTE = Pattern.compile("(?:" + SPEAKER + ")\\s+" + CUE + "(?:\\s+[^.!?\"]{0,60}?)?\\s*[:,]\\s*$");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final int MIN_QUOTE_WORDS = 4;
    private static final int MAX_CONTINUATION_GAP = 60;

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
                String speaker = speaker(after, before, context, lastSpeaker, entities);
                if (speaker == null && previousSpeaker != null && m.start() - previousEnd <= MAX_CONTINUATION_GAP) {
                    speaker = previousSpeaker;
                }
                if (wordCount(text) >= MIN_QUOTE_WORDS) {
                    quotes.add(new Quote(text, speaker));
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

    private static String speaker(String after, String before, String context, String lastSpeaker, List<Entity> entities) {
        for (Pattern pattern : new Pattern[] {SPEAKER_THEN_CUE, CUE_THEN_SPEAKER, ACCORDING_TO}) {
            Matcher m = pattern.matcher(after);
            if (m.find()) {
                return resolve(m, context, lastSpeaker, entities);
            }
        }
        Matcher m = BEFORE_QUOTE.matcher(before);
        if (m.find()) {
            return resolve(m, context, lastSpeaker, entities);
        }
        return null;
    }

    private static String resolve(Matcher m, String context, String lastSpeaker, List<Entity> entities) {
        if (m.group("pronoun") != null) {
            return lastSpeaker != null ? lastSpeaker : lastPersonIn(context, entities);
        }
        if (m.group("description") != null) {
            return m.group("description").strip();
        }
        return fullName(stripTitles(m.group("name")), entities);
    }

    /** The name without the person titles in front of it: "Defence Minister Sergei Shoigu" to "Sergei Shoigu". */
    private static String stripTitles(String name) {
        String[] tokens = name.strip().split("\\s+");
        int start = 0;
        for (int i = 0; i < tokens.length - 1; i++) {
            if (EntityFinder.PERSON_TITLES.contains(tokens[i])) {
                start = i + 1;
            }
        }
        return String.join(" ", java.util.Arrays.copyOfRange(tokens, start, tokens.length));
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

    private static String lastPersonIn(String context, List<Entity> entities) {
        String best = null;
        int bestPosition = -1;
        for (Entity entity : entities) {
            if (entity.type() != EntityType.PERSON) {
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

    private static int wordCount(String text) {
        return text.strip().toLowerCase(Locale.ROOT).split("\\s+").length;
    }
}
