package dev.storyline.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;

/** One local Spark session for all the tests of this module (starting one takes seconds), on two cores. */
final class LocalSpark {

    static final Path PROJECT = Path.of("").toAbsolutePath().getParent();
    static final Path DEMO = PROJECT.resolve("examples/corpus");
    static final Path SEEDS = PROJECT.resolve("../shared/seeds").normalize();

    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().config(new SparkConf()
                    .setMaster("local[2]")
                    .setAppName("storyline tests")
                    .set("spark.ui.enabled", "false")
                    .set("spark.sql.shuffle.partitions", "4")
                    .set("spark.sql.datetime.java8API.enabled", "true")).getOrCreate();
            session.sparkContext().setLogLevel("ERROR");
        }
        return session;
    }

    static JavaSparkContext context() {
        return JavaSparkContext.fromSparkContext(session().sparkContext());
    }
}
