package dev.storyline.bench.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * News-like documents for load tests, as JSON Lines: stories of 1 to 20 articles, each story with its own invented
 * place, person, organisation and topic words (common nouns and invented terms, as real stories have their own
 * names), over a year of dates; articles of a story share those words and differ in sentences, numbers and quotes.
 * About 200 words an article.
 */
public final class GeneratedCorpus {

    private static final String[] SYLLABLES = {"ka", "lo", "mer", "dan", "vi", "tor", "sel", "ra", "no", "bel", "kin",
            "ash", "ven", "dro", "pal", "mir", "ost", "lun", "gar", "tes", "bri", "cal", "dun", "fel", "hol", "jas",
            "kor", "lim", "mod", "nes", "pra", "quil", "rus", "sim", "tal", "ul", "vor", "wen", "yar", "zel"};
    private static final String[] TOPIC_WORDS = {"bridge", "harbour", "election", "budget", "strike", "flood", "school",
            "hospital", "railway", "factory", "drought", "festival", "court", "prison", "airport", "museum", "reservoir",
            "tunnel", "market", "pipeline", "vaccine", "library", "stadium", "refinery", "ferry", "wildfire", "border",
            "tariff", "pension", "curfew", "landslide", "mine", "dam", "fishery", "treaty", "protest", "census", "quarry",
            "vineyard", "satellite", "orchestra", "clinic", "senate", "harvest", "storm", "lighthouse", "canal", "forest"};
    private static final String[] VERBS = {"approve", "delay", "review", "close", "reopen", "fund", "inspect", "expand",
            "suspend", "rebuild", "investigate", "protect"};
    private static final String[] PARTICIPLES = {"injured", "evacuated", "hired", "arrested", "rescued", "counted", "moved"};
    private static final String[] FILLER = {"the", "council", "week", "residents", "plan", "report", "officials", "city",
            "said", "would", "after", "before", "new", "local", "year", "month", "government", "regional", "works",
            "cost", "people", "families", "agency", "minister", "statement", "morning", "evening", "river", "road"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private record Topic(String place, String person, String organisation, String[] words, LocalDate start) {
    }

    private final long seed;
    private final List<Topic> topics = new ArrayList<>();

    public GeneratedCorpus(long seed) {
        this.seed = seed;
    }

    /** Writes {@code count} documents dated over 2025 to {@code file} as JSON Lines with id, title, published and text. */
    void write(Path file, int count) throws IOException {
        write(file, count, 0, LocalDate.of(2025, 1, 1), 365);
    }

    /**
     * Writes {@code count} more documents, numbered from {@code firstNumber}, whose stories start within {@code days}
     * days from {@code from}: a later crawl of the same news.
     */
    public void write(Path file, int count, int firstNumber, LocalDate from, int days) throws IOException {
        Random random = new Random(seed + firstNumber);
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int written = 0;
            while (written < count) {
                Topic topic = topic(random, from, days);
                topics.add(topic);
                int size = Math.min(count - written, 1 + random.nextInt(20));
                for (int k = 0; k < size; k++) {
                    ObjectNode line = json.createObjectNode();
                    LocalDate published = topic.start().plusDays(random.nextInt(4));
                    String id = "gen-" + (firstNumber + written);
                    line.put("id", id);
                    line.put("url", "https://example.org/" + published + "/" + id);
                    line.put("title", title(topic, random));
                    line.put("published", published.toString());
                    line.put("text", text(topic, random));
                    out.write(json.writeValueAsString(line));
                    out.write('\n');
                    written++;
                }
            }
        }
    }

    /** A query a user of this corpus might type: a story's place and one of its words. */
    String query(Random random) {
        Topic topic = topics.get(random.nextInt(topics.size()));
        return topic.place() + " " + topic.words()[random.nextInt(topic.words().length)];
    }

    private static Topic topic(Random random, LocalDate from, int days) {
        String[] words = new String[6];
        for (int i = 0; i < words.length; i++) {
            words[i] = i < 3 ? TOPIC_WORDS[random.nextInt(TOPIC_WORDS.length)] : name(random, 3).toLowerCase();
        }
        String place = name(random, 2 + random.nextInt(2));
        String person = name(random, 2) + " " + name(random, 3);
        return new Topic(place, person, place + " " + capitalize(words[0]) + " Authority", words,
                from.plusDays(random.nextInt(days)));
    }

    private static String title(Topic topic, Random random) {
        return topic.place() + " " + topic.words()[0] + " " + topic.words()[1] + ": " + topic.person() + " moves to "
                + VERBS[random.nextInt(VERBS.length)] + " " + topic.words()[2] + " plan";
    }

    private static String text(Topic topic, Random random) {
        StringBuilder text = new StringBuilder();
        String[] w = topic.words();
        text.append(topic.place()).append(" officials said on ").append(WEEKDAYS[random.nextInt(7)]).append(" that the ")
                .append(w[0]).append(" of the ").append(w[1]).append(" would ").append(VERBS[random.nextInt(VERBS.length)])
                .append(" after ").append(2 + random.nextInt(400)).append(" people were ")
                .append(PARTICIPLES[random.nextInt(PARTICIPLES.length)]).append(".\n\n");
        text.append('"').append("We will ").append(VERBS[random.nextInt(VERBS.length)]).append(" the ").append(w[2])
                .append(" before the ").append(w[3]).append(" season,").append('"').append(' ').append(topic.person())
                .append(" said.\n\n");
        text.append("The ").append(topic.organisation()).append(" reported ").append(10 + random.nextInt(900)).append(' ')
                .append(w[3]).append(" cases in the ").append(w[1]).append(" district. ").append(filler(random, w)).append("\n\n");
        for (int p = 0; p < 3; p++) {
            text.append(filler(random, w)).append(' ').append(filler(random, w)).append("\n\n");
        }
        return text.toString().strip();
    }

    private static String filler(Random random, String[] topicWords) {
        int length = 10 + random.nextInt(10);
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < length; i++) {
            String word = random.nextInt(3) == 0 ? topicWords[random.nextInt(topicWords.length)] : FILLER[random.nextInt(FILLER.length)];
            sentence.append(i == 0 ? capitalize(word) : word).append(i == length - 1 ? "." : " ");
        }
        return sentence.toString();
    }

    private static String name(Random random, int syllables) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return capitalize(name.toString());
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
