package dev.storyline.bench.clustering;

import java.util.List;
import java.util.Objects;

/**
 * Published Timeline17 results of other timeline summarization systems, to print beside the bench's own scores.
 *
 * <p>The papers that set the standard protocol (Martschat &amp; Markert, CoNLL 2018, "A Temporally Sensitive
 * Submodularity Framework for Timeline Summarization", https://aclanthology.org/K18-1023; Ghalandari &amp; Ifrim,
 * ACL 2020, "Examining the State-of-the-Art in News Timeline Summarization", https://aclanthology.org/2020.acl-main.122,
 * code at github.com/complementizer/news-tls) report alignment-based ROUGE-1 and ROUGE-2 F1 (AR1-F, AR2-F: tilse's
 * {@code align_date_content_costs_many_to_one}, the metric news-tls's {@code experiments/evaluate.py} hard-codes) and
 * date selection F1, each averaged over all gold timelines of all topics. {@link TimelineScores} computes the same
 * three measures (as {@code alignedRouge1}, {@code alignedRouge2} and {@code dateF1}; average them with
 * {@link TimelineScores#meanOfParts}).
 *
 * <p>A published figure is not a like-for-like target for this bench, for three reasons: the papers score all nine
 * Timeline17 topics while {@code shared/data/t17} holds five of them; their ROUGE is the Perl ROUGE-1.5.5 with
 * stopwords removed, while the bench keeps stopwords; and news-tls scores the {@code mj} timeline with the malformed
 * entry moved to 2011-03-03 (see {@link Timeline17#timelines}).
 *
 * <p>The papers' own result tables could not be retrieved here. {@link #all()} lists the Timeline17 rows of Table 2 of
 * SUnSET (arXiv 2507.21903v2, 2025) as a public re-implementation's notes quote it; they were not checked against the
 * paper, and the LLM-TLS rows there may be SUnSET's own runs of it. Replace them with figures read in the papers when
 * they are at hand.
 */
public final class TimelinePeers {

    /**
     * One published result on Timeline17.
     *
     * @param system        the system's name as the paper gives it
     * @param source        where the figures were read: authors, venue and year, table, address
     * @param dateF1        date selection F1, or NaN when the source does not give it
     * @param alignedRouge1 alignment-based ROUGE-1 F1 (AR1-F), or NaN when the source does not give it
     * @param alignedRouge2 alignment-based ROUGE-2 F1 (AR2-F), or NaN when the source does not give it
     */
    public record Peer(String system, String source, double dateF1, double alignedRouge1, double alignedRouge2) {

        public Peer {
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(source, "source");
        }
    }

    private TimelinePeers() {
    }

    private static final String SUNSET_TABLE = "SUnSET, arXiv 2507.21903v2 (2025), Table 2, as quoted by a re-implementation; not checked";

    /** The published results at hand, with where each was read. */
    public static List<Peer> all() {
        return List.of(
                new Peer("CHRONOS (Qwen 72B)", SUNSET_TABLE, 0.522, 0.116, 0.042),
                new Peer("LLM-TLS (Llama 13B)", SUNSET_TABLE, 0.528, 0.118, 0.036),
                new Peer("LLM-TLS (Qwen 72B)", SUNSET_TABLE, 0.543, 0.114, 0.040),
                new Peer("SUnSET (Qwen 72B)", SUNSET_TABLE, 0.576, 0.136, 0.044),
                new Peer("SUnSET (GPT-4o)", SUNSET_TABLE, 0.590, 0.120, 0.039));
    }
}
