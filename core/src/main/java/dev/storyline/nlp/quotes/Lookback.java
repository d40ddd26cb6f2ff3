package dev.storyline.nlp.quotes;

import dev.storyline.model.EntityType;
import dev.storyline.nlp.EntityFinder;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

import static dev.storyline.nlp.quotes.CuePatterns.AFTER_HEAD;
import static dev.storyline.nlp.quotes.CuePatterns.APPOSITION_NAME;
import static dev.storyline.nlp.quotes.CuePatterns.CLAUSE_WORD;
import static dev.storyline.nlp.quotes.CuePatterns.DESCRIBED_NAME;
import static dev.storyline.nlp.quotes.CuePatterns.LOWER_CASE_GROUP_OPENERS;
import static dev.storyline.nlp.quotes.CuePatterns.NOT_NAMES;
import static dev.storyline.nlp.quotes.CuePatterns.NOT_SPEAKER_HEADS;
import static dev.storyline.nlp.quotes.CuePatterns.OPEN_ENDINGS;
import static dev.storyline.nlp.quotes.CuePatterns.UNFINISHED_HEADS;
import static dev.storyline.nlp.quotes.CuePatterns.POSSESSIVE_END;
import static dev.storyline.nlp.quotes.CuePatterns.SENTENCE_OPENERS;
import static dev.storyline.nlp.quotes.CuePatterns.SOURCE;

/**
 * What the speaker a cue names is resolved against: the document's names, the stretch of text since the previous
 * quote ({@code [from, at)} of the document's text, whose first person a pronoun usually stands for), the point of
 * the quote, and the speaker of the quote before.
 *
 * @param names       the document's names and where its people are named
 * @param from        where the text since the previous quote starts
 * @param at          the point the cue belongs to: the quote's opening mark or the sentence's start
 * @param lastSpeaker the speaker of the document's previous direct quote, or null
 * @param leadIn      where the sentence before {@code from} starts, when a pronoun may look back into it (a quote
 *                    opening its paragraph: the paragraph before ends with who speaks), else -1
 */
record Lookback(NameIndex names, int from, int at, String lastSpeaker, int leadIn) {

    /** What a cue is resolved against with no sentence to look back into. */
    Lookback(NameIndex names, int from, int at, String lastSpeaker) {
        this(names, from, at, lastSpeaker, -1);
    }

    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another");

    /**
     * The speaker a cue match names. "He" or "she" stands for the first person named since the previous quote of the
     * same paragraph (usually the subject), or for a quote opening its paragraph the first person of the sentence
     * before ("Lise Merrick, whose father Jonas died, said ..." then "'...,' she said"), else the last person named
     * before, else the previous speaker when that is not a known organisation or place; "they" only for a previous speaker who is not one known person. A description keeps its words up to a clause ("the police department which ...")
     * unless it ends with a person's name in apposition ("the Kremlin's chief of staff Sergei Ivanov"); a group of
     * people keeps its words.
     */
    String resolve(Matcher m) {
        if (m.group("pronoun") != null) {
            if (m.group("pronoun").equalsIgnoreCase("they")) {
                return lastSpeaker == null || names.isPerson(lastSpeaker) ? null : lastSpeaker;
            }
            String subject = names.firstPersonIn(from, at);
            if (subject == null && leadIn >= 0) {
                subject = names.firstPersonIn(leadIn, from);
            }
            if (subject != null) {
                return subject;
            }
            String named = names.lastPersonBefore(at);
            return named != null ? named : isOrganizationOrPlace(names.typeOf(lastSpeaker)) ? null : lastSpeaker;
        }
        String described = m.group("description") != null ? m.group("description") : m.group("owned");
        String named = nameInApposition(m);
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
     * The speaker a cue match names, resolved ({@link #resolve}) and cut to the full name of two or more words it ends
     * with, so that a role written before the name goes: "Shopkeeper Edvin Strahl" to "Edvin Strahl".
     */
    String knownName(Matcher m) {
        String speaker = resolve(m);
        if (speaker == null) {
            return null;
        }
        String known = m.group("name") == null ? null : names.entityEndingIn(speaker);
        boolean fullName = known != null && known.contains(" ") && speaker.endsWith(" " + known);
        return fullName ? known : speaker;
    }

    /**
     * Whether the speaker of a cue can be trusted, sentence-initial capitals and clause words being what they are: a
     * name must be a found entity or end with one ("Having announced ...", "It said" are not) and not be a possessive
     * ("Vesk's comments"), and a description must not hold a clause ("A majority of those who said ...").
     */
    boolean isSpeaker(Matcher m) {
        if (!isPlausible(m)) {
            return false;
        }
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
     * Whether a cue match can name a speaker at all, known or not: not a weekday or a word such as "This" read as a
     * name, not a description running into the next phrase ("a wave of boos upon"), and not an indefinite one headed
     * by what carries words ("a statement to the paper", "an email"): that is the medium of a cue whose speaker is
     * named elsewhere. A definite one ("the statement said") is what a reader is told, and stays.
     */
    static boolean isPlausible(Matcher m) {
        String name = m.group("name");
        if (name != null) {
            String cleaned = cleanName(name);
            return !NOT_NAMES.contains(cleaned) && !POSSESSIVE_END.matcher(cleaned).find();
        }
        String described = m.group("description") != null ? m.group("description") : m.group("owned");
        if (described == null) {
            return true;
        }
        String[] words = described.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (OPEN_ENDINGS.contains(words[words.length - 1])) {
            return false;
        }
        if (!INDEFINITE.contains(words[0])) {
            return true;
        }
        Matcher after = AFTER_HEAD.matcher(described.toLowerCase(Locale.ROOT));
        String head = after.find() ? described.substring(0, after.start()).strip() : described.strip();
        String[] headWords = head.toLowerCase(Locale.ROOT).split("\\s+");
        return !NOT_SPEAKER_HEADS.contains(headWords[headWords.length - 1].replaceAll("['’]s$", ""));
    }

    /**
     * Whether a match names someone rather than a description cut short before its noun ("the vast", "the next") or
     * headed by an "-ing" form ("the timing", "the listing").
     */
    static boolean namesSomeone(Matcher m) {
        String described = m.group("description") != null ? m.group("description") : m.group("owned");
        if (described == null) {
            return true;
        }
        String[] words = described.strip().toLowerCase(Locale.ROOT).split("\\s+");
        String last = words[words.length - 1];
        return !UNFINISHED_HEADS.contains(last) && !(last.length() > 5 && last.endsWith("ing"));
    }

    private static boolean isOrganizationOrPlace(EntityType type) {
        return type == EntityType.ORGANIZATION || type == EntityType.LOCATION;
    }

    /** The trusted speaker a match names ({@link #isSpeaker}, then {@link #knownName}); null when it is not one. */
    String trusted(Matcher m) {
        return isSpeaker(m) ? knownName(m) : null;
    }

    /** The speaker named after "according to": a name, a description or a group; null for "according to plan". */
    String source(String span) {
        Matcher m = SOURCE.matcher(span.strip());
        if (!m.matches() || m.group("pronoun") != null) {
            return null;
        }
        return trusted(m);
    }

    /**
     * The person named in the apposition after a description ({@code the mayor's spokesman, Ana Ruiz, said}): the name
     * says who the description is. Null when no apposition follows or it does not open with a known person.
     */
    private String nameInApposition(Matcher m) {
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
    static String cleanName(String name) {
        String[] all = name.strip().split("\\s+");
        int length = all.length;
        for (int i = 0; i < all.length; i++) {
            if (all[i].endsWith(".") && all[i].length() > 3 && !EntityFinder.PERSON_TITLES.contains(all[i])) {
                length = i + 1;
                break;
            }
        }
        String[] tokens = String.join(" ", Arrays.copyOf(all, length)).replaceAll("[.,]$", "").split("\\s+");
        int start = 0;
        while (start < tokens.length - 1 && SENTENCE_OPENERS.contains(tokens[start])) {
            start++;
        }
        for (int i = start; i < tokens.length - 1; i++) {
            if (EntityFinder.PERSON_TITLES.contains(tokens[i])) {
                start = i + 1;
            }
        }
        return String.join(" ", Arrays.copyOfRange(tokens, start, tokens.length));
    }
}
