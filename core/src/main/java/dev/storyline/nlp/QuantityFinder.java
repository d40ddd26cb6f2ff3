package dev.storyline.nlp;

import dev.storyline.model.Quantity;
import dev.storyline.model.Sentence;
import dev.storyline.util.Deadline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities sentences state, normalized so that sources can be compared: "more than 50 aircraft" and
 * "over fifty aircraft" both become 50 aircraft, bound "more".
 *
 * <p>A number is written in digits ("1,500", "3.5", "$5bn", "€3.5", "£12m") or in words ("nineteen", "twenty-six",
 * "one hundred and twenty", "a dozen"), optionally scaled ("1.2 million", "5 bn"). A letter glued to digits is a
 * scale ("12m" is twelve million), a separate "m" is metres. Around the number:
 * <ul>
 * <li><b>bound</b>: the phrase right before it: "more than", "over", "at least", "upwards of" give "more";
 * "fewer than", "less than", "under", "up to", "at most" give "less"; "about", "around", "roughly", "nearly",
 * "almost", "some", "an estimated", "approximately" give "about"; otherwise "exact".</li>
 * <li><b>unit</b>: a currency sign before it or a unit after it, in short form: "%" (also "per cent",
 * "percent"), "km", "mi", "m", "kg", "t", "$" (also "dollars"), "€" (euros), "£" (pounds), "crowns"; null for a
 * plain count.</li>
 * <li><b>counted</b>, lower-cased: the head of the noun phrase right after the number, adjectives skipped ("50
 * Russian warplanes" counts "warplanes"); when that noun is generic ("people", "others", "times") and a participle
 * follows after a form of be or have ("three people were killed"), the participle ("killed"). A number with no noun
 * but such a participle counts the participle ("14 were injured"); so does a verb in -ing or -ed right before a count
 * with no telling noun ("killing three people and injuring 14"). A count of additions ("22 other towns", "five more
 * days") has no counted word: it leaves out what the sentence already named, so it cannot be compared. "of" and a determiner may come first ("31% of
 * the vote" counts "vote"). A measured amount counts only through "of": "1,500 kilometres" counts nothing.</li>
 * </ul>
 * Left out, because they name a moment, a rank or a code rather than a count: years (four bare digits from 1900 to
 * 2100 after "in", "since", "the", a month, or with no noun after them), clock times ("5:40", "10 p.m."), the day of
 * a date ("April 14", "14 April"), ordinals ("14th"), decades ("1990s"), scores, ranges and phone numbers ("84-61",
 * "10-12", "555-0199", a run of bare digit groups), numbers glued to a name ("G7", "Su-24"), compound modifiers
 * ("55-year-old", "10,000-strong"), "three days ago", plural vague words ("hundreds"), and a bare "one" that counts
 * no noun ("no one", "one of them").
 *
 * <p>The text of a quantity is the sentence's own wording from its bound to its last word: "more than 50 aircraft",
 * "$5bn", "14 were injured". Stateless and thread-safe.
 */
public final class QuantityFinder {

    /** How many tokens after a number (or after a generic noun) its counted word may stand. */
    static final int WINDOW = 3;
    /** How many tokens a participle may stand after a count: room for "had been seriously injured". */
    static final int PARTICIPLE_WINDOW = 4;

    private static final Pattern DIGITS =
            Pattern.compile("(US\\$|\\$|€|£)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?([A-Za-z%]*)");
    private static final Pattern BARE_INTEGER = Pattern.compile("\\d+");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

    private static final List<String> ONES = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety");
    private static final Map<String, Long> WORD_SCALES = Map.of("dozen", 12L, "hundred", 100L,
            "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);
    private static final Map<String, Long> DIGIT_SCALES = Map.of("k", 1_000L, "thousand", 1_000L,
            "m", 1_000_000L, "mn", 1_000_000L, "million", 1_000_000L, "bn", 1_000_000_000L,
            "billion", 1_000_000_000L, "tn", 1_000_000_000_000L, "trillion", 1_000_000_000_000L);
    private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "$", "US$", "$", "€", "€", "£", "£");
    private static final Map<String, String> UNITS = table("%: %, percent, pct",
            "km: km, kms, kilometre, kilometres, kilometer, kilometers", "mi: mi, mile, miles",
            "m: m, metre, metres, meter, meters", "kg: kg, kgs, kilo, kilos, kilogram, kilograms",
            "t: t, tonne, tonnes, ton, tons", "mph: mph", "$: dollar, dollars, usd", "€: euro, euros, eur",
            "£: pound, pounds, gbp", "crowns: crown, crowns", "roubles: rouble, roubles, ruble, rubles");
    private static final Map<String, String> BOUNDS = table(
            "more: more than, over, at least, upwards of, in excess of",
            "less: fewer than, less than, under, up to, at most, no more than",
            "about: about, around, roughly, nearly, almost, some, an estimated, approximately, close to");
    private static final Set<String> YEAR_CUES = Set.of("in", "since", "by", "until", "till", "from", "to", "of",
            "the", "during", "before", "after", "early", "late", "mid", "around", "about", "circa");
    private static final Set<String> CLOCK_WORDS = Set.of("am", "pm", "o'clock", "o’clock", "gmt", "utc");
    private static final Set<String> TIME_SPANS = Set.of("day", "days", "week", "weeks", "month", "months",
            "year", "years", "hour", "hours", "minute", "minutes");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "and", "or", "but", "to",
            "in", "on", "at", "for", "from", "by", "with", "as", "than", "that", "this", "these", "those", "who",
            "which", "were", "was", "are", "is", "be", "been", "being", "had", "have", "has", "will", "would",
            "could", "should", "may", "might", "can", "it", "its", "they", "them", "their", "he", "she", "we",
            "you", "his", "her", "our", "per", "ago", "each", "not", "no");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "your", "this", "that", "these", "those", "all");
    private static final Set<String> ADDITIONS = Set.of("other", "more", "additional", "further", "extra");
    private static final Set<String> MODIFIERS = Set.of("other", "more", "additional", "further", "extra", "new");
    private static final Set<String> GENERIC = Set.of("people", "persons", "person", "others", "individuals", "times");
    private static final Set<String> BE_OR_HAVE = Set.of("were", "was", "are", "is", "be", "been", "being",
            "have", "has", "had");
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("hurt", "shot", "hit", "struck", "held",
            "slain", "lost", "left", "caught", "sent", "sold", "built", "kept");

    /** A number read at some token: its value, the token after it, and a unit read with it ("$5", "31%"). */
    private record Reading(double value, int end, String unit, boolean bareInteger, boolean justOne) {
    }

    /** The quantities of the sentences in reading order, each with the index of its sentence. */
    public List<Quantity> find(List<Sentence> sentences) {
        return find(sentences, Deadline.NONE);
    }

    /** As {@link #find(List)}, checking {@code deadline} at every sentence. */
    public List<Quantity> find(List<Sentence> sentences, Deadline deadline) {
        List<Quantity> found = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            deadline.check();
            SentenceTokens tokens = new SentenceTokens(sentences.get(s));
            int i = 0;
            while (i < tokens.size()) {
                i = readAt(tokens, i, s, found);
            }
        }
        return found;
    }

    /** Reads the quantity that starts at token i, if any, and returns the index to go on from. */
    private static int readAt(SentenceTokens t, int i, int sentence, List<Quantity> found) {
        String sign = CURRENCY_SIGNS.get(t.token(i));
        int start = sign == null ? i : i + 1;
        Reading number = readNumber(t, start);
        if (number == null) {
            return i + 1;
        }
        if (number.bareInteger() && BARE_INTEGER.matcher(t.token(number.end())).matches()) {
            int end = number.end();
            while (BARE_INTEGER.matcher(t.token(end)).matches()) {
                end++;
            }
            return end;
        }
        if (namesRatherThanCounts(t, start, number)) {
            return number.end();
        }
        String unit = sign != null ? sign : number.unit();
        int next = number.end();
        if (unit == null && t.lower(next).equals("per") && t.lower(next + 1).equals("cent")) {
            unit = "%";
            next += 2;
        } else if (unit == null && UNITS.containsKey(t.lower(next))) {
            unit = UNITS.get(t.lower(next));
            next++;
        }

        int last = next - 1;
        int k = next;
        boolean partOf = t.lower(k).equals("of");
        if (partOf) {
            k++;
            while (DETERMINERS.contains(t.lower(k))) {
                k++;
            }
        }
        int head = unit == null || partOf ? headNoun(t, k) : -1;
        int counted = head;
        if (head >= 0 && GENERIC.contains(t.lower(head))) {
            int participle = participle(t, head + 1);
            counted = participle >= 0 ? participle : head;
        } else if (head < 0 && unit == null && !partOf) {
            counted = participle(t, next);
        }
        last = Math.max(last, counted);

        boolean year = number.bareInteger() && t.token(start).length() == 4 && unit == null
                && number.value() >= 1900 && number.value() <= 2100
                && (head < 0 || YEAR_CUES.contains(t.lower(start - 1)) || isMonth(t.token(start - 1)));
        if (year || number.justOne() && (counted < 0 || partOf)) {
            return number.end();
        }

        int first = i;
        String bound = "exact";
        for (int length = 3; length >= 1 && bound.equals("exact"); length--) {
            String phrase = t.phraseBefore(i, length);
            if (BOUNDS.containsKey(phrase)) {
                bound = BOUNDS.get(phrase);
                first = i - length;
            }
        }
        int verb = first - 1;
        if (unit == null && (counted < 0 || GENERIC.contains(t.lower(counted))) && isVerbForm(t, verb)) {
            counted = verb;
            first = verb;
        }
        boolean addition = ADDITIONS.contains(t.lower(next));
        String countedWord = counted >= 0 && !addition ? t.lower(counted) : null;
        found.add(new Quantity(t.span(first, last), number.value(), unit, countedWord, bound, sentence));
        return last + 1;
    }

    private static Reading readNumber(SentenceTokens t, int i) {
        Matcher digits = DIGITS.matcher(t.token(i));
        return digits.matches() ? readDigits(t, i, digits) : readWords(t, i);
    }

    private static Reading readDigits(SentenceTokens t, int i, Matcher digits) {
        String fraction = digits.group(3) == null ? "" : digits.group(3);
        BigDecimal value = new BigDecimal(digits.group(2).replace(",", "") + fraction);
        String unit = digits.group(1) == null ? null : CURRENCY_SIGNS.get(digits.group(1));
        String suffix = digits.group(4).toLowerCase(Locale.ROOT);
        boolean scaled = DIGIT_SCALES.containsKey(suffix);
        if (scaled) {
            value = value.multiply(BigDecimal.valueOf(DIGIT_SCALES.get(suffix)));
        } else if (!suffix.isEmpty() && UNITS.containsKey(suffix) && unit == null) {
            unit = UNITS.get(suffix);
        } else if (!suffix.isEmpty()) {
            return null;
        }
        int end = i + 1;
        if (!scaled && DIGIT_SCALES.containsKey(t.lower(end)) && !t.lower(end).equals("m")) {
            value = value.multiply(BigDecimal.valueOf(DIGIT_SCALES.get(t.lower(end))));
            scaled = true;
            end++;
        }
        boolean bare = unit == null && !scaled && fraction.isEmpty() && !digits.group(2).contains(",");
        return new Reading(value.doubleValue(), end, unit, bare, false);
    }

    /** Number words: "nineteen", "twenty-six" (one token or three), "one hundred and twenty", "a dozen". */
    private static Reading readWords(SentenceTokens t, int i) {
        int j = i;
        long total = 0;
        long current = 0;
        boolean afterScale = false;
        boolean any = false;
        if ((t.lower(j).equals("a") || t.lower(j).equals("an")) && WORD_SCALES.containsKey(t.lower(j + 1))) {
            current = 1;
            any = true;
            j++;
        }
        while (j < t.size()) {
            String word = t.lower(j);
            Integer simple = simpleValue(word);
            if (simple != null && (!any || afterScale)) {
                current += simple;
                if (simple >= 20 && simple % 10 == 0 && t.lower(j + 1).equals("-")
                        && unitValue(t.lower(j + 2)) != null) {
                    current += unitValue(t.lower(j + 2));
                    j += 2;
                }
                afterScale = false;
            } else if (word.equals("and") && afterScale && simpleValue(t.lower(j + 1)) != null) {
                afterScale = true;
            } else if (WORD_SCALES.containsKey(word) && current > 0) {
                long scale = WORD_SCALES.get(word);
                if (scale < 1000) {
                    current *= scale;
                } else {
                    total += current * scale;
                    current = 0;
                }
                afterScale = true;
            } else {
                break;
            }
            any = true;
            j++;
        }
        if (!any) {
            return null;
        }
        boolean justOne = j == i + 1 && t.lower(i).equals("one");
        return new Reading(total + current, j, null, false, justOne);
    }

    /** The value of "seven", "seventeen", "seventy" or "seventy-seven" as one token; null for anything else. */
    private static Integer simpleValue(String word) {
        if (ONES.contains(word)) {
            return ONES.indexOf(word);
        }
        int hyphen = word.indexOf('-');
        int tens = TENS.indexOf(hyphen < 0 ? word : word.substring(0, hyphen));
        Integer unit = hyphen < 0 ? Integer.valueOf(0) : unitValue(word.substring(hyphen + 1));
        return tens >= 2 && unit != null ? tens * 10 + unit : null;
    }

    private static Integer unitValue(String word) {
        int value = ONES.indexOf(word);
        return value >= 1 && value <= 9 ? value : null;
    }

    /** True for a number that is part of a name, score, range, clock time, date or age, or "three days ago". */
    private static boolean namesRatherThanCounts(SentenceTokens t, int start, Reading number) {
        String before = t.token(start - 1);
        String after = t.token(number.end());
        if (before.endsWith("-") || before.endsWith("/")) {
            return true;
        }
        if ((after.equals("-") || after.equals("/")) && !t.token(number.end() + 1).isEmpty()) {
            return true;
        }
        if (CLOCK_WORDS.contains(t.lower(number.end()).replace(".", ""))) {
            return true;
        }
        boolean dayNumber = number.bareInteger() && number.value() >= 1 && number.value() <= 31;
        if (dayNumber && (isMonth(before) || isMonth(after)
                || after.equals("of") && isMonth(t.token(number.end() + 1)))) {
            return true;
        }
        return TIME_SPANS.contains(t.lower(number.end())) && t.lower(number.end() + 1).equals("ago");
    }

    /**
     * The head of the noun phrase starting at k, within {@value #WINDOW} tokens: adjectives and words like "other"
     * are passed over, then the last of a run of nouns is taken ("cruise missiles"), a plural ending the run. Without
     * tags, the first word that is not a modifier. -1 when no noun stands there.
     */
    private static int headNoun(SentenceTokens t, int k) {
        int head = -1;
        for (int j = k; j < Math.min(t.size(), k + WINDOW); j++) {
            String lower = t.lower(j);
            if (!isWord(t.token(j)) || FUNCTION_WORDS.contains(lower) || isMonth(t.token(j)) || DateResolver.dayOfWeek(t.token(j)) != null) {
                break;
            }
            String tag = t.tag(j);
            boolean modifier = MODIFIERS.contains(lower) || "ADJ".equals(tag);
            if (modifier && head < 0) {
                continue;
            }
            if (tag == null) {
                return j;
            }
            boolean noun = tag.equals("NOUN") || tag.equals("PROPN") && (head < 0 || t.tag(head).equals("PROPN"));
            if (!noun) {
                break;
            }
            head = j;
            if (isPlural(lower)) {
                break;
            }
        }
        return head;
    }

    /**
     * A participle within {@value #PARTICIPLE_WINDOW} tokens from k, after at least one form of be or have and
     * nothing else but adverbs: "were killed", "have been seriously injured". -1 when there is none.
     */
    private static int participle(SentenceTokens t, int k) {
        int end = Math.min(t.size(), k + PARTICIPLE_WINDOW);
        boolean auxiliary = false;
        for (int j = k; j < end; j++) {
            String lower = t.lower(j);
            String tag = t.tag(j);
            if (BE_OR_HAVE.contains(lower)) {
                auxiliary = true;
            } else if (auxiliary && ("ADV".equals(tag) || tag == null && lower.endsWith("ly") || lower.equals("also"))) {
                continue;
            } else {
                boolean participle = isWord(t.token(j)) && t.token(j).equals(lower) && !FUNCTION_WORDS.contains(lower)
                        && (tag != null ? tag.equals("VERB") || tag.equals("ADJ")
                        : lower.endsWith("ed") || lower.endsWith("en") || IRREGULAR_PARTICIPLES.contains(lower));
                return auxiliary && participle ? j : -1;
            }
        }
        return -1;
    }

    /** Whether a noun looks plural; a plural ends a noun phrase ("cruise missiles"), whatever the tagger says next. */
    /** A verb in -ing or -ed right before a count says what is counted: "injuring 14", "killing three people". */
    private static boolean isVerbForm(SentenceTokens t, int i) {
        String word = t.lower(i);
        return i >= 0 && "VERB".equals(t.tag(i)) && (word.endsWith("ing") || word.endsWith("ed"));
    }

    private static boolean isPlural(String noun) {
        return noun.endsWith("s") && !noun.endsWith("ss") && !noun.endsWith("us");
    }

    /** A map from each word of each "value: word, word" row to the row's value. */
    private static Map<String, String> table(String... rows) {
        Map<String, String> table = new HashMap<>();
        for (String row : rows) {
            int colon = row.indexOf(": ");
            for (String word : row.substring(colon + 2).split(", ")) {
                table.put(word, row.substring(0, colon));
            }
        }
        return Map.copyOf(table);
    }

    private static boolean isWord(String token) {
        return WORD.matcher(token).matches();
    }

    private static boolean isMonth(String token) {
        return DateResolver.month(token, true) != null;
    }

    /** The tokens of a sentence read by position, out of range giving "". */
    private static final class SentenceTokens {
        private final Sentence sentence;

        SentenceTokens(Sentence sentence) {
            this.sentence = sentence;
        }

        int size() {
            return sentence.tokens().size();
        }

        /** The token at i, or "" outside the sentence. */
        String token(int i) {
            return i >= 0 && i < size() ? sentence.tokens().get(i) : "";
        }

        String lower(int i) {
            return token(i).toLowerCase(Locale.ROOT);
        }

        /** The tag at i, or null when the sentence is not tagged. */
        String tag(int i) {
            List<String> tags = sentence.tags();
            return tags.size() == size() && i >= 0 && i < size() ? tags.get(i) : null;
        }

        /** The length tokens before i, lower-cased and joined by spaces; "" when the sentence starts later. */
        String phraseBefore(int i, int length) {
            return i - length < 0 ? "" : String.join(" ", sentence.tokens().subList(i - length, i)).toLowerCase(Locale.ROOT);
        }

        /** Tokens first to last as written in the sentence. */
        String span(int first, int last) {
            return sentence.covered(first, last);
        }
    }
}
