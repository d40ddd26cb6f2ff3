package dev.storyline.bench.nlp;

import java.nio.charset.StandardCharsets;

/**
 * The feature generators a name model can be trained with, as OpenNLP's XML descriptors. The descriptor is stored in
 * the model, so a tagger rebuilds the same features when it loads it.
 */
enum NameFeatures {
    /** OpenNLP's default: tokens and token classes in a window of two, the previous outcome map, bigrams, sentence start. */
    DEFAULT(""),
    /** The default plus prefixes and suffixes of the token (up to four characters): helps with names never seen in training. */
    AFFIXES("""
              <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory">
                <int name="prefixLength">4</int>
              </generator>
              <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory">
                <int name="suffixLength">4</int>
              </generator>
            """);

    private static final String HEAD = """
            <featureGenerators cache="true" name="nameFinder">
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">2</int>
                <int name="nextLength">2</int>
                <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
              </generator>
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">2</int>
                <int name="nextLength">2</int>
                <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory">
                  <bool name="lowercase">true</bool>
                </generator>
              </generator>
              <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
                <bool name="begin">true</bool>
                <bool name="end">false</bool>
              </generator>
            """;

    private final String extra;

    NameFeatures(String extra) {
        this.extra = extra;
    }

    /** The XML descriptor of these features. */
    byte[] descriptor() {
        return (HEAD + extra + "</featureGenerators>\n").getBytes(StandardCharsets.UTF_8);
    }
}
