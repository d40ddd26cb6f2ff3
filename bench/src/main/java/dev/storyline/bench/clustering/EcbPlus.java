package dev.storyline.bench.clustering;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reader for ECB+ (Cybulska &amp; Vossen 2014) as stored in {@code ECB+.zip}, giving gold event clusters for news
 * clustering: each of the 43 topics holds two seminal events of the same kind, the original ECB documents and the
 * ECB+ ones, so there are 86 events.
 *
 * <p>The corpus stores only PTB-style tokens, so the text is rebuilt by joining tokens with spaces and removing the
 * spaces that tokenization added around punctuation and clitics. The result reads naturally but is not identical to
 * the source page. In ecbplus files sentence 0 is the tokenized URL and is dropped; the first remaining sentence
 * becomes the title and every later sentence a paragraph. A document with a single sentence gets no title, since that
 * sentence is body text.
 */
public final class EcbPlus {

    private static final Pattern ENTRY = Pattern.compile("(?:.*/)?((\\d+)_(\\d+)(ecb|ecbplus))\\.xml");

    /** Tokens written with no space before them; compared in lower case. */
    private static final Set<String> ATTACH_LEFT = Set.of(
            ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "…", "''", "'", "’", "”",
            "'s", "n't", "'re", "'ve", "'ll", "'d", "'m",
            "’s", "n’t", "’re", "’ve", "’ll", "’d", "’m");

    /** Tokens written with no space after them. */
    private static final Set<String> ATTACH_RIGHT = Set.of("(", "[", "{", "``", "“", "‘", "$");

    /** What may follow a lone apostrophe token to form a contraction or possessive, as in {@code Lohan ’ s}. */
    private static final Set<String> CLITIC_TAILS = Set.of("s", "t", "re", "ve", "ll", "d", "m");

    private record Token(int id, int sentence, String text) {
    }

    private record Numbered(int topic, boolean plus, int number, LabeledDocument document) {
    }

    private EcbPlus() {
    }

    /**
     * Reads every {@code <topic>_<n>ecb.xml} and {@code <topic>_<n>ecbplus.xml} entry of the archive, ignoring other
     * entries, ordered by topic, then ecb before ecbplus, then document number.
     */
    public static List<LabeledDocument> read(Path zip) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Numbered> entries = new ArrayList<>();
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> zipEntries = archive.entries();
            while (zipEntries.hasMoreElements()) {
                ZipEntry zipEntry = zipEntries.nextElement();
                Matcher name = ENTRY.matcher(zipEntry.getName());
                if (zipEntry.isDirectory() || !name.matches()) {
                    continue;
                }
                Map<Integer, List<String>> sentences;
                try (InputStream in = archive.getInputStream(zipEntry)) {
                    sentences = sentences(factory, in, zipEntry.getName());
                }
                String id = name.group(1);
                String topic = name.group(2);
                boolean plus = name.group(4).equals("ecbplus");
                LabeledDocument document = document(id, sentences, plus, topic + "_" + name.group(4), topic);
                entries.add(new Numbered(Integer.parseInt(topic), plus, Integer.parseInt(name.group(3)), document));
            }
        }
        entries.sort(Comparator.comparingInt(Numbered::topic)
                .thenComparing(Numbered::plus)
                .thenComparingInt(Numbered::number));
        List<LabeledDocument> documents = new ArrayList<>();
        for (Numbered entry : entries) {
            documents.add(entry.document());
        }
        return documents;
    }

    /** The topic number of a document read by {@link #read}, taken from its id ({@code 1_10ecbplus} is topic 1). */
    public static int topic(LabeledDocument d) {
        int underscore = d.id().indexOf('_');
        if (underscore < 0) {
            throw new IllegalArgumentException(d.id() + " is not an ECB+ document id");
        }
        return Integer.parseInt(d.id().substring(0, underscore));
    }

    /** Token texts per sentence number, both in reading order. Stops at the markables, which come after all tokens. */
    private static Map<Integer, List<String>> sentences(XMLInputFactory factory, InputStream in, String entryName)
            throws IOException {
        List<Token> tokens = new ArrayList<>();
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String element = reader.getLocalName();
                    if (element.equals("Markables")) {
                        break;
                    }
                    if (element.equals("token")) {
                        int id = Integer.parseInt(reader.getAttributeValue(null, "t_id"));
                        int sentence = Integer.parseInt(reader.getAttributeValue(null, "sentence"));
                        tokens.add(new Token(id, sentence, reader.getElementText()));
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | NumberFormatException e) {
            throw new IOException(entryName + ": " + e.getMessage(), e);
        }
        tokens.sort(Comparator.comparingInt(Token::id));
        Map<Integer, List<String>> sentences = new TreeMap<>();
        for (Token token : tokens) {
            sentences.computeIfAbsent(token.sentence(), s -> new ArrayList<>()).add(token.text());
        }
        return sentences;
    }

    private static LabeledDocument document(String id, Map<Integer, List<String>> sentences, boolean plus,
                                            String event, String story) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> sentence : sentences.entrySet()) {
            if (plus && sentence.getKey() == 0) {
                continue;
            }
            String line = detokenize(sentence.getValue());
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            throw new IOException(id + ": no text");
        }
        if (lines.size() == 1) {
            return new LabeledDocument(id, null, lines, null, event, story);
        }
        return new LabeledDocument(id, lines.get(0), lines.subList(1, lines.size()), null, event, story);
    }

    /** Joins PTB-style tokens into readable text; {@code ``} and {@code ''} become straight double quotes. */
    static String detokenize(List<String> rawTokens) {
        List<String> tokens = new ArrayList<>();
        for (String raw : rawTokens) {
            String token = raw.strip();
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        StringBuilder text = new StringBuilder();
        boolean glueNext = true;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (!glueNext && !ATTACH_LEFT.contains(token.toLowerCase(Locale.ROOT))) {
                text.append(' ');
            }
            text.append(token.equals("``") || token.equals("''") ? "\"" : token);
            boolean apostrophe = token.equals("'") || token.equals("’");
            boolean cliticFollows = i + 1 < tokens.size()
                    && CLITIC_TAILS.contains(tokens.get(i + 1).toLowerCase(Locale.ROOT));
            glueNext = ATTACH_RIGHT.contains(token) || (apostrophe && cliticFollows);
        }
        return text.toString();
    }
}
