package dev.storyline.nlp;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The English OpenNLP models (Universal Dependencies EWT), loaded once from the {@code opennlp-models-*-en} jars on
 * the class path. Models are thread-safe; the tools built on them are not.
 */
final class OpenNlpModels {

    private static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** The entry of a part-of-speech model package that holds its classifier (private in {@link POSModel}). */
    private static final String POS_CLASSIFIER = "pos.model";

    private OpenNlpModels() {
    }

    private static final class Holder {
        static final SentenceModel SENTENCES = load(SENTENCE, SentenceModel::new);
        static final TokenizerModel TOKENIZER = load(TOKENS, TokenizerModel::new);
        static final POSModel TAGGER = load(POS, POSModel::new);
    }

    static SentenceModel sentences() {
        return Holder.SENTENCES;
    }

    static TokenizerModel tokenizer() {
        return Holder.TOKENIZER;
    }

    static POSModel tagger() {
        return Holder.TAGGER;
    }

    /** The tagger's classifier, which gives the probability of each tag at one token: for decoding without a beam. */
    static MaxentModel tagClassifier() {
        Object classifier = Holder.TAGGER.getArtifact(POS_CLASSIFIER);
        if (!(classifier instanceof MaxentModel maxent)) {
            throw new IllegalStateException("OpenNLP model " + POS + " has no maximum entropy classifier");
        }
        return maxent;
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
