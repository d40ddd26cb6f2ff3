package dev.storyline.bench.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the openly licensed named-entity sets of {@code ner-open} (see its SOURCE.md) into documents of tokens and
 * typed spans (PER, ORG, LOC, MISC), the shape {@link Conll2003} gives the evaluation set. Each reader takes its files
 * by path and keeps the tokens as the set wrote them, except for the Twitter markup a {@link TwitterMarkup} policy
 * drops.
 */
final class NerOpenData {

    /** What to do with @handles, URLs and hashtag marks in the Twitter sets (WNUT-17 and the Broad Twitter Corpus). */
    enum TwitterMarkup {
        /** Keep every token as annotated. */
        KEEP,
        /** Drop @handles and URLs, with any entity tag they carry, and the {@code #} of a hashtag: news text has none of them. */
        DROP
    }

    /** The bracket field of a GUM mention that lists its head tokens ("minimal span"), as 1-based positions. */
    private static final int HEAD_FIELD = 5;
    /** Words that join two proper nouns into one name. */
    private static final Set<String> LINKS = Set.of("of", "and", "&", "-", "de", "du", "van", "von", "al", "bin");
    /** Titles before a person's name, which CoNLL leaves out of the name (compared without a full stop). */
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "President",
            "Senator", "Sen", "Rep", "Governor", "Gov", "Judge", "Justice", "King", "Queen", "Prince", "Princess", "Sir",
            "Lord", "Lady", "Dame", "Saint", "St", "General", "Gen", "Captain", "Capt", "Pope", "Chief", "Minister",
            "Prime", "Mayor", "Emperor", "Empress", "Father", "Bishop", "Archbishop", "Reverend", "Rev", "Count",
            "Duke", "Duchess", "Baron", "Lieutenant", "Colonel", "Col", "Sergeant", "Officer", "Detective", "Coach", "Uncle", "Aunt");

    private NerOpenData() {
    }

    /** WikiGold: one {@code token tag} line per token, IOB1, {@code -DOCSTART-} between articles. */
    static List<Conll2003.Document> wikiGold(Path file) throws IOException {
        return Conll2003.read(file);
    }

    /**
     * A Twitter set in {@code token TAB BIO-tag} lines, a blank line after each post; each post is a document. WNUT-17's
     * types are mapped to ours (person, location, group and corporation; the rest MISC); BTC's are ours already.
     */
    static List<Conll2003.Document> twitter(Path file, TwitterMarkup markup) throws IOException {
        List<Conll2003.Document> documents = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.add("");
        for (String line : lines) {
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    documents.add(new Conll2003.Document(List.of(tokens), Conll2003.spans(0, tags)));
                    tokens = new ArrayList<>();
                    tags = new ArrayList<>();
                }
                continue;
            }
            String[] columns = line.split("\t");
            String token = columns[0];
            String tag = columns.length > 1 ? ourTag(columns[columns.length - 1].trim()) : "O";
            if (markup == TwitterMarkup.DROP) {
                if (isHandleOrLink(token)) {
                    continue;
                }
                if (token.length() > 1 && token.startsWith("#")) {
                    token = token.substring(1);
                }
            }
            tokens.add(token);
            tags.add(tag);
        }
        return documents;
    }

    /** A BIO tag with WNUT-17's type names mapped to ours. */
    static String ourTag(String tag) {
        if (tag.equals("O") || tag.length() < 3) {
            return "O";
        }
        String type = switch (tag.substring(2).toLowerCase(Locale.ROOT)) {
            case "per", "person" -> "PER";
            case "loc", "location" -> "LOC";
            case "org", "group", "corporation" -> "ORG";
            default -> "MISC";
        };
        return tag.substring(0, 2) + type;
    }

    private static boolean isHandleOrLink(String token) {
        return token.startsWith("@") || token.startsWith("http://") || token.startsWith("https://") || token.startsWith("www.");
    }

    /** Every {@code .conllu} file of a GUM folder whose document name is in {@code documents} (all when null), sorted by name. */
    static List<Conll2003.Document> gum(Path folder, Set<String> documents) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".conllu")).sorted().toList();
        }
        List<Conll2003.Document> read = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".conllu", "");
            if (documents == null || documents.contains(name)) {
                read.add(gumDocument(file));
            }
        }
        return read;
    }

    /**
     * One GUM document. GUM marks every mention (pronouns and common nouns too) in the MISC column; the names among
     * them are found by {@link #names}.
     */
    static Conll2003.Document gumDocument(Path file) throws IOException {
        List<List<String>> sentences = new ArrayList<>();
        List<Conll2003.Span> spans = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        Deque<Mention> open = new ArrayDeque<>();
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.add("");
        for (String line : lines) {
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    spans.addAll(names(sentences.size(), tokens, tags, mentions));
                    sentences.add(tokens);
                    tokens = new ArrayList<>();
                    tags = new ArrayList<>();
                    mentions = new ArrayList<>();
                }
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length < 10 || !columns[0].chars().allMatch(Character::isDigit)) {
                continue;
            }
            int index = tokens.size();
            tokens.add(columns[1]);
            tags.add(columns[3]);
            for (String field : columns[9].split("\\|")) {
                if (field.startsWith("Entity=")) {
                    readBrackets(field.substring("Entity=".length()), index, open, mentions);
                }
            }
        }
        return new Conll2003.Document(sentences, spans);
    }

    /** A GUM mention being read: its id, type, token span (end is -1 while open) and head positions in it (1-based). */
    private static final class Mention {
        final String id;
        final String type;
        final int start;
        final int[] heads;
        int end = -1;

        Mention(String[] fields, int start) {
            this.id = fields[0];
            this.type = fields.length > 1 ? fields[1] : "";
            this.start = start;
            this.heads = fields.length > HEAD_FIELD && fields[HEAD_FIELD].matches("[0-9]+(,[0-9]+)*")
                    ? java.util.Arrays.stream(fields[HEAD_FIELD].split(",")).mapToInt(Integer::parseInt).toArray()
                    : new int[]{1};
        }
    }

    /** Reads {@code (id-type-...} openings and {@code id)} closings at token {@code index}. */
    private static void readBrackets(String value, int index, Deque<Mention> open, List<Mention> mentions) {
        int i = 0;
        while (i < value.length()) {
            if (value.charAt(i) == '(') {
                int j = i + 1;
                while (j < value.length() && value.charAt(j) != '(' && value.charAt(j) != ')') {
                    j++;
                }
                String[] fields = value.substring(i + 1, j).split("-");
                Mention mention = new Mention(fields, index);
                mentions.add(mention);
                if (j < value.length() && value.charAt(j) == ')') {
                    mention.end = index + 1;
                    j++;
                } else {
                    open.push(mention);
                }
                i = j;
            } else {
                int j = i;
                while (j < value.length() && value.charAt(j) != ')' && value.charAt(j) != '(') {
                    j++;
                }
                String id = value.substring(i, j);
                for (Mention mention : open) {
                    if (mention.id.equals(id)) {
                        mention.end = index + 1;
                        open.remove(mention);
                        break;
                    }
                }
                i = j < value.length() && value.charAt(j) == ')' ? j + 1 : j;
            }
        }
    }

    /**
     * The names of one sentence. A mention is a name when its first head token is a proper noun; the name is the run
     * of proper nouns around it (joined across "of", "and", "&", "-": "Bank of England"), which leaves out the
     * determiners, appositions and relative clauses GUM includes in a mention. A person's title ("Professor", "Mr.")
     * is left out too, as CoNLL does. Of overlapping names the longer one is kept.
     */
    private static List<Conll2003.Span> names(int sentence, List<String> tokens, List<String> tags, List<Mention> mentions) {
        List<Conll2003.Span> names = new ArrayList<>();
        for (Mention mention : mentions) {
            if (mention.end < 0 || mention.end > tokens.size()) {
                continue;
            }
            int head = mention.start + mention.heads[0] - 1;
            if (head >= mention.end || !tags.get(head).equals("PROPN")) {
                continue;
            }
            int start = head;
            while (start > mention.start && joins(tokens, tags, start - 1, mention.start)) {
                start -= tags.get(start - 1).equals("PROPN") ? 1 : 2;
            }
            int end = head + 1;
            while (end < mention.end && (tags.get(end).equals("PROPN")
                    || end + 1 < mention.end && LINKS.contains(tokens.get(end)) && tags.get(end + 1).equals("PROPN"))) {
                end += tags.get(end).equals("PROPN") ? 1 : 2;
            }
            String type = typeOf(mention.type);
            if (type == null) {
                continue;
            }
            if (type.equals("PER")) {
                while (start < end - 1 && TITLES.contains(tokens.get(start).replace(".", ""))) {
                    start++;
                }
            }
            if (!Character.isUpperCase(tokens.get(start).codePointAt(0)) && !Character.isDigit(tokens.get(start).codePointAt(0))) {
                continue;
            }
            names.add(new Conll2003.Span(sentence, start, end, type));
        }
        names.sort((a, b) -> a.end() - a.start() != b.end() - b.start()
                ? Integer.compare(b.end() - b.start(), a.end() - a.start()) : Integer.compare(a.start(), b.start()));
        List<Conll2003.Span> kept = new ArrayList<>();
        for (Conll2003.Span span : names) {
            boolean overlaps = false;
            for (Conll2003.Span other : kept) {
                if (span.start() < other.end() && other.start() < span.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(span);
            }
        }
        kept.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return kept;
    }

    /** Whether the token before position {@code i + 1} extends a name leftwards: a proper noun, or a link after one. */
    private static boolean joins(List<String> tokens, List<String> tags, int i, int limit) {
        return tags.get(i).equals("PROPN")
                || i - 1 >= limit && LINKS.contains(tokens.get(i)) && tags.get(i - 1).equals("PROPN");
    }

    /** Our type for a GUM entity type: person, place, organization; events, objects and abstract things (works, laws, products) are MISC; the rest (times, substances, animals) are not names. */
    private static String typeOf(String gumType) {
        return switch (gumType) {
            case "person" -> "PER";
            case "place" -> "LOC";
            case "organization" -> "ORG";
            case "event", "object", "abstract" -> "MISC";
            default -> null;
        };
    }
}
