package dev.storyline.nlp;

import opennlp.tools.namefind.TokenNameFinderModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A statistical name finder model (OpenNLP maximum entropy or perceptron) that tags people, organisations, places
 * and other names in tokens. The shipped one, {@value #RESOURCE}, is trained by {@code storyline bench train-ner} on
 * openly licensed data (WikiGold, WNUT-17, the Broad Twitter Corpus, GUM). A model is thread-safe and loaded once;
 * each thread asks it for its own {@link NameTagger}.
 */
public final class NameModel {

    /** The class-path resource of the shipped model. */
    public static final String RESOURCE = "/dev/storyline/nlp/names-en.bin";

    private final TokenNameFinderModel model;

    private NameModel(TokenNameFinderModel model) {
        this.model = model;
    }

    private static final class Shipped {
        static final NameModel MODEL = load();

        private static NameModel load() {
            try (InputStream in = NameModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("name model " + RESOURCE + " is not on the class path");
                }
                return new NameModel(new TokenNameFinderModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load name model " + RESOURCE, e);
            }
        }
    }

    /** The model that ships with Storyline, loaded on first use. */
    public static NameModel shipped() {
        return Shipped.MODEL;
    }

    /** A model just trained, as the training recipe scores it before writing it. */
    public static NameModel of(TokenNameFinderModel model) {
        return new NameModel(model);
    }

    /** A model read from a file written by the training recipe. */
    public static NameModel read(Path file) throws IOException {
        return new NameModel(new TokenNameFinderModel(file));
    }

    /** A tagger on this model for one thread: taggers keep per-document state and are not thread-safe. */
    public NameTagger newTagger() {
        return new NameTagger(model);
    }

    /** Writes the model, as OpenNLP serializes it. */
    public void write(Path file) throws IOException {
        try (var out = Files.newOutputStream(file)) {
            model.serialize(out);
        }
    }
}
