package dev.storyline.bench.extraction;

/** The peers' published figures for each data set, as quoted in the data sets' SOURCE.md and the extraction issue. */
final class PeerFigures {

    private PeerFigures() {
    }

    static String of(DataSets.Kind kind, String measure) {
        return switch (kind) {
            case AEB -> measure.equals("f1")
                    ? "rs_trafilatura 0.970, trafilatura 2.0 0.958, readability.js 0.947, readability-lxml 0.922, goose3 0.896, boilerpipe 0.860"
                    : "";
            case TRAFILATURA -> measure.equals("f1") ? "trafilatura 2.2 0.924, jusText 0.862, readability-lxml 0.826" : "";
            case HTMLDATE -> measure.equals("dateAccuracy") ? "htmldate extensive 0.903, newspaper4k 0.680" : "";
        };
    }
}
