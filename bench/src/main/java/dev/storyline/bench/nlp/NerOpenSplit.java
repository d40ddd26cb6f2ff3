package dev.storyline.bench.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ner-open sets split into training documents and development documents, the same way every time. Development:
 * GUM's official dev documents (its {@code splits.md}), every fifth WikiGold article, every fifth post of the Broad
 * Twitter Corpus's news section {@code g}, and WNUT-17's dev file. The rest is for training, WNUT-17's annotated test
 * file included. The first three together are the "prose" development set settings are chosen on; WNUT-17 dev, being
 * emerging entities in social media, is reported beside it.
 */
final class NerOpenSplit {

    /** One of the ner-open sets. */
    enum Corpus {
        WIKIGOLD, WNUT17, BTC, GUM
    }

    /** Documents of one set for training, and its development documents by name. */
    record Split(List<Conll2003.Document> train, Map<String, List<Conll2003.Document>> dev) {
    }

    private static final int DEV_EVERY = 5;
    private static final String NEWS_SECTION = "g.conll";

    private NerOpenSplit() {
    }

    /** Reads the chosen sets from {@code folder} (the ner-open directory) and splits them. */
    static Split read(Path folder, Set<Corpus> sets, NerOpenData.TwitterMarkup markup) throws IOException {
        List<Conll2003.Document> train = new ArrayList<>();
        Map<String, List<Conll2003.Document>> dev = new LinkedHashMap<>();
        if (sets.contains(Corpus.WIKIGOLD)) {
            List<Conll2003.Document> articles = NerOpenData.wikiGold(folder.resolve("wikigold/wikigold.conll.txt"));
            dev.put("wikigold", everyFifth(articles, train));
        }
        if (sets.contains(Corpus.BTC)) {
            List<Path> sections;
            try (var listing = Files.list(folder.resolve("btc"))) {
                sections = listing.filter(f -> f.getFileName().toString().endsWith(".conll")).sorted().toList();
            }
            for (Path section : sections) {
                List<Conll2003.Document> posts = NerOpenData.twitter(section, markup);
                if (section.getFileName().toString().equals(NEWS_SECTION)) {
                    dev.put("btc-news", everyFifth(posts, train));
                } else {
                    train.addAll(posts);
                }
            }
        }
        if (sets.contains(Corpus.GUM)) {
            Path gum = folder.resolve("gum");
            Set<String> devNames = gumDevDocuments(gum.resolve("splits.md"));
            List<Conll2003.Document> all = NerOpenData.gum(gum, null);
            List<String> names = gumNames(gum);
            List<Conll2003.Document> gumDev = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                (devNames.contains(names.get(i)) ? gumDev : train).add(all.get(i));
            }
            dev.put("gum", gumDev);
        }
        if (sets.contains(Corpus.WNUT17)) {
            Path wnut = folder.resolve("wnut17");
            train.addAll(NerOpenData.twitter(wnut.resolve("train/wnut17train.conll"), markup));
            train.addAll(NerOpenData.twitter(wnut.resolve("test/emerging.test.annotated"), markup));
            dev.put("wnut17", NerOpenData.twitter(wnut.resolve("dev/emerging.dev.conll"), markup));
        }
        return new Split(train, dev);
    }

    /** GUM's dev documents, the names listed under {@code ## dev} in its splits file. */
    static Set<String> gumDevDocuments(Path splits) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        boolean inDev = false;
        for (String line : Files.readAllLines(splits, StandardCharsets.UTF_8)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#")) {
                inDev = trimmed.equals("## dev");
            } else if (inDev && trimmed.startsWith("*")) {
                names.add(trimmed.substring(1).trim());
            }
        }
        return names;
    }

    private static List<String> gumNames(Path gum) throws IOException {
        try (var listing = Files.list(gum)) {
            return listing.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".conllu")).sorted()
                    .map(n -> n.replace(".conllu", "")).toList();
        }
    }

    /** Every fifth document (the 5th, 10th, ...) for development; the others are added to {@code train}. */
    private static List<Conll2003.Document> everyFifth(List<Conll2003.Document> documents, List<Conll2003.Document> train) {
        List<Conll2003.Document> dev = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            (i % DEV_EVERY == DEV_EVERY - 1 ? dev : train).add(documents.get(i));
        }
        return dev;
    }
}
