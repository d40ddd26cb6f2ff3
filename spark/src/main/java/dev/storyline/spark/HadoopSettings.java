package dev.storyline.spark;

import org.apache.hadoop.conf.Configuration;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The driver's Hadoop configuration carried to the executors (Hadoop's {@link Configuration} is not serializable), so
 * that a file system the user configured with {@code --conf spark.hadoop.*} is read the same way everywhere.
 */
record HadoopSettings(Map<String, String> values) implements Serializable {

    HadoopSettings {
        values = Map.copyOf(values);
    }

    static HadoopSettings of(Configuration configuration) {
        Map<String, String> values = new HashMap<>();
        for (Map.Entry<String, String> entry : configuration) {
            values.put(entry.getKey(), entry.getValue());
        }
        return new HadoopSettings(values);
    }

    Configuration configuration() {
        Configuration configuration = new Configuration(false);
        values.forEach(configuration::set);
        return configuration;
    }
}
