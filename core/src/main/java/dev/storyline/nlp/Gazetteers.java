package dev.storyline.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Name lists that ship with Storyline ({@code resources/dev/storyline/nlp/gazetteer/}): countries, other places,
 * organisations, given names and nationality words. Entries are compared lower-cased, so that a dateline in capitals
 * ("LONDON") finds its place.
 */
final class Gazetteers {

    static final Set<String> COUNTRIES = load("countries.txt");
    static final Set<String> PLACES = load("places.txt");
    static final Set<String> ORGANIZATIONS = load("organizations.txt");
    static final Set<String> FIRST_NAMES = load("first-names.txt");
    static final Set<String> DEMONYMS = load("demonyms.txt");

    private Gazetteers() {
    }

    static boolean isPlace(String name) {
        String key = key(name);
        return COUNTRIES.contains(key) || PLACES.contains(key);
    }

    static boolean isCountry(String name) {
        return COUNTRIES.contains(key(name));
    }

    static boolean isOrganization(String name) {
        return ORGANIZATIONS.contains(key(name));
    }

    static boolean isFirstName(String token) {
        return FIRST_NAMES.contains(key(token));
    }

    static boolean isDemonym(String name) {
        return DEMONYMS.contains(key(name));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static Set<String> load(String file) {
        String resource = "/dev/storyline/nlp/gazetteer/" + file;
        try (InputStream in = Gazetteers.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer " + resource + " is not on the class path");
            }
            Set<String> entries = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    entries.add(key(line.strip()));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + resource, e);
        }
    }
}
