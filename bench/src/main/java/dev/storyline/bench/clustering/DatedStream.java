package dev.storyline.bench.clustering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A dated news stream made from data-set articles, for speed and for the part of clustering that only dates can
 * test. Each gold event of the source data is a template; the stream repeats templates at random days over a year,
 * and each occurrence is a separate gold event: another happening of the same kind, with its own cast (every
 * capitalized word of the template is consistently replaced by another capitalized word of the corpus, half of the
 * time), whose reports are perturbed copies of the template's articles (some paragraphs dropped, some words replaced,
 * the headline sometimes missing), dated over two days. The gold story of an occurrence is the template's story.
 */
final class DatedStream {

    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final int DAYS = 365;

    private final List<List<LabeledDocument>> templates;
    private final List<String> words;
    private final List<String> names;
    private Map<String, String> cast = Map.of();
    private final Random random;

    DatedStream(List<LabeledDocument> sources, long seed) {
        Map<String, List<LabeledDocument>> byEvent = new LinkedHashMap<>();
        List<String> vocabulary = new ArrayList<>();
        List<String> capitalized = new ArrayList<>();
        for (LabeledDocument document : sources) {
            byEvent.computeIfAbsent(document.event(), e -> new ArrayList<>()).add(document);
            for (String paragraph : document.paragraphs()) {
                for (String word : paragraph.split("\\s+")) {
                    vocabulary.add(word);
                    if (isCapitalized(word)) {
                        capitalized.add(word);
                    }
                }
            }
        }
        this.templates = new ArrayList<>(byEvent.values());
        this.words = vocabulary;
        this.names = capitalized;
        this.random = new Random(seed);
    }

    /** {@code size} documents in time order. */
    List<LabeledDocument> generate(int size) {
        List<LabeledDocument> stream = new ArrayList<>(size);
        int occurrence = 0;
        while (stream.size() < size) {
            List<LabeledDocument> template = templates.get(random.nextInt(templates.size()));
            LocalDate day = START.plusDays(random.nextInt(DAYS));
            String event = template.get(0).event() + "@" + occurrence++;
            cast = new HashMap<>();
            int reports = Math.min(size - stream.size(), 1 + random.nextInt(Math.max(1, template.size())));
            for (int r = 0; r < reports; r++) {
                LabeledDocument source = template.get(random.nextInt(template.size()));
                stream.add(new LabeledDocument("g" + stream.size(), perturbedTitle(source.title()),
                        perturbed(source.paragraphs()), day.plusDays(random.nextInt(3)), event, source.story()));
            }
        }
        stream.sort(Comparator.comparing(LabeledDocument::date));
        return stream;
    }

    private static boolean isCapitalized(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1));
    }

    private String perturbedTitle(String title) {
        if (title == null || random.nextDouble() < 0.2) {
            return null;
        }
        return replaceWords(title, 0.1);
    }

    private List<String> perturbed(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (random.nextDouble() >= 0.25) {
                kept.add(replaceWords(paragraph, 0.08));
            }
        }
        if (kept.isEmpty()) {
            kept.add(replaceWords(paragraphs.get(0), 0.08));
        }
        return kept;
    }

    private String replaceWords(String text, double rate) {
        String[] tokens = text.split(" ");
        for (int i = 0; i < tokens.length; i++) {
            if (random.nextDouble() < rate) {
                tokens[i] = words.get(random.nextInt(words.size()));
            } else if (isCapitalized(tokens[i])) {
                tokens[i] = cast.computeIfAbsent(tokens[i],
                        name -> random.nextBoolean() ? name : names.get(random.nextInt(names.size())));
            }
        }
        return String.join(" ", tokens);
    }
}
