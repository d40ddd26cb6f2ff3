package dev.storyline.compare;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import dev.storyline.model.StoryEntity;
import dev.storyline.util.DisjointSets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges the entities of a story's documents into one entry per person, organisation or place. Two names are the
 * same entity when:
 * <ol>
 *   <li>they are equal once case, accents, a leading "the", an honorific ("Mr", "Dr") and US/UK spelling
 *       ("Defense"/"Defence", "center"/"centre", "-ization"/"-isation") are set aside;</li>
 *   <li>the alias table ({@code resources/dev/storyline/compare/aliases.txt}) lists them together ("Islamic State",
 *       "ISIS", "ISIL");</li>
 *   <li>one is an acronym of the other's capitalized words ("KRI", "Kestrany Roads Inspectorate"), and no other name
 *       of the story has the same initials;</li>
 *   <li>one is a single word that ends exactly one longer person name of the story ("Shoigu", "Sergei Shoigu").</li>
 * </ol>
 * The entity takes the longest of its names and the type most of its documents gave it.
 */
public final class EntityMerger {

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof");
    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for", "de", "in", "on", "at");
    private static final Map<String, String> US_TO_UK = Map.ofEntries(
            Map.entry("defense", "defence"), Map.entry("offense", "offence"), Map.entry("center", "centre"),
            Map.entry("theater", "theatre"), Map.entry("meter", "metre"), Map.entry("labor", "labour"),
            Map.entry("harbor", "harbour"), Map.entry("honor", "honour"), Map.entry("program", "programme"),
            Map.entry("color", "colour"), Map.entry("favor", "favour"), Map.entry("neighbor", "neighbour"));
    private static final Map<String, String> ALIASES = loadAliases();

    /** The merged entities and, for the comparison form ({@link #key}) of each name used, the id of its entity. */
    public record Result(List<StoryEntity> entities, Map<String, String> idByKey) {

        /**
         * The id of the entity a speaker is, found by the same rules as names: null for a description ("the
         * minister") or a name no document marked as an entity.
         */
        public String idOf(String speaker) {
            return speaker == null ? null : idByKey.get(key(speaker));
        }
    }

    /**
     * Merges the entities of {@code documents}; ids are {@code idPrefix} followed by a running number, so that they
     * are unique in a report when each story has its own prefix.
     */
    public Result merge(List<AnalyzedDocument> documents, String idPrefix) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> indexOfName = new HashMap<>();
        Map<String, Map<EntityType, Integer>> typeVotes = new HashMap<>();
        Map<String, Set<String>> documentsOfName = new HashMap<>();
        for (AnalyzedDocument document : documents) {
            for (Entity entity : document.entities()) {
                if (indexOfName.putIfAbsent(entity.name(), names.size()) == null) {
                    names.add(entity.name());
                }
                typeVotes.computeIfAbsent(entity.name(), n -> new HashMap<>()).merge(entity.type(), 1, Integer::sum);
                documentsOfName.computeIfAbsent(entity.name(), n -> new LinkedHashSet<>()).add(document.id());
            }
        }
        DisjointSets sets = new DisjointSets(names.size());
        joinSameKeys(names, sets);
        joinAcronyms(names, sets);
        joinSurnames(names, typeVotes, sets);

        Map<Integer, List<String>> groups = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            groups.computeIfAbsent(sets.find(i), r -> new ArrayList<>()).add(names.get(i));
        }
        Map<String, Integer> positionOf = new HashMap<>();
        for (AnalyzedDocument document : documents) {
            positionOf.putIfAbsent(document.id(), positionOf.size());
        }
        List<StoryEntity> entities = new ArrayList<>();
        Map<String, String> idByKey = new HashMap<>();
        for (List<String> group : groups.values()) {
            String id = idPrefix + (entities.size() + 1);
            String name = longest(group);
            List<String> aliases = new ArrayList<>(group);
            aliases.remove(name);
            Map<EntityType, Integer> votes = new HashMap<>();
            Set<String> mentionedIn = new LinkedHashSet<>();
            for (String member : group) {
                typeVotes.get(member).forEach((type, count) -> votes.merge(type, count, Integer::sum));
                mentionedIn.addAll(documentsOfName.get(member));
                idByKey.put(key(member), id);
            }
            entities.add(new StoryEntity(id, name, mostVoted(votes), aliases, orderedAs(positionOf, mentionedIn)));
        }
        return new Result(entities, idByKey);
    }

    /** The comparison form of a name: case, accents, "the", honorifics, possessives and US spelling set aside. */
    static String key(String name) {
        String normal = normalized(name);
        return ALIASES.getOrDefault(normal, normal);
    }

    private static String normalized(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s\\b", "").replaceAll("[.]", "");
        List<String> words = new ArrayList<>();
        for (String word : plain.split("[^\\p{L}\\p{N}']+")) {
            if (word.isEmpty() || words.isEmpty() && (word.equals("the") || HONORIFICS.contains(word))) {
                continue;
            }
            words.add(ukSpelling(word));
        }
        return String.join(" ", words);
    }

    private static String ukSpelling(String word) {
        String uk = US_TO_UK.get(word);
        if (uk != null) {
            return uk;
        }
        if (word.endsWith("ization") || word.endsWith("izations")) {
            return word.replace("ization", "isation");
        }
        return word;
    }

    private static void joinSameKeys(List<String> names, DisjointSets sets) {
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Integer first = firstWithKey.putIfAbsent(key(names.get(i)), i);
            if (first != null) {
                sets.union(first, i);
            }
        }
    }

    private static void joinAcronyms(List<String> names, DisjointSets sets) {
        Map<String, List<Integer>> byInitials = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String initials = initials(names.get(i));
            if (initials.length() >= 2) {
                byInitials.computeIfAbsent(initials, k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < names.size(); i++) {
            String acronym = names.get(i).replace(".", "");
            if (acronym.length() < 2 || !acronym.equals(acronym.toUpperCase(Locale.ROOT)) || acronym.contains(" ")) {
                continue;
            }
            List<Integer> expansions = byInitials.get(acronym);
            if (expansions != null && expansions.size() == 1) {
                sets.union(i, expansions.get(0));
            }
        }
    }

    /** The first letters of a name's capitalized words, minor words skipped: "KRI" for "Kestrany Roads Inspectorate". */
    private static String initials(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 2) {
            return "";
        }
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT)) && !word.isEmpty()) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.toString();
    }

    private static void joinSurnames(List<String> names, Map<String, Map<EntityType, Integer>> typeVotes,
                                     DisjointSets sets) {
        Map<String, List<Integer>> fullNamesBySurname = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String[] words = key(names.get(i)).split(" ");
            if (words.length >= 2 && mostVoted(typeVotes.get(names.get(i))) == EntityType.PERSON) {
                fullNamesBySurname.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(i);
            }
        }
        for (int i = 0; i < names.size(); i++) {
            String key = key(names.get(i));
            List<Integer> fullNames = fullNamesBySurname.get(key);
            if (key.contains(" ") || fullNames == null) {
                continue;
            }
            Set<Integer> people = new LinkedHashSet<>();
            for (int fullName : fullNames) {
                people.add(sets.find(fullName));
            }
            if (people.size() == 1) {
                sets.union(i, fullNames.get(0));
            }
        }
    }

    private static String longest(List<String> group) {
        String longest = group.get(0);
        for (String name : group) {
            if (name.split("\\s+").length > longest.split("\\s+").length) {
                longest = name;
            }
        }
        return longest;
    }

    private static EntityType mostVoted(Map<EntityType, Integer> votes) {
        EntityType best = EntityType.OTHER;
        int bestCount = 0;
        for (EntityType type : EntityType.values()) {
            int count = votes.getOrDefault(type, 0);
            if (count > bestCount) {
                best = type;
                bestCount = count;
            }
        }
        return best;
    }

    /** {@code ids} in the order of {@code documents}, looked up by position rather than by scanning every document. */
    private static List<String> orderedAs(Map<String, Integer> positionOf, Set<String> ids) {
        List<String> ordered = new ArrayList<>(ids);
        ordered.sort(Comparator.comparingInt(positionOf::get));
        return ordered;
    }

    /** Each alias key mapped to the key of the first name on its line. */
    private static Map<String, String> loadAliases() {
        String resource = "/dev/storyline/compare/aliases.txt";
        try (InputStream in = EntityMerger.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("alias table " + resource + " is not on the class path");
            }
            Map<String, String> aliases = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] names = line.split(" \\| ");
                String preferred = normalized(names[0]);
                for (String name : names) {
                    aliases.put(normalized(name), preferred);
                }
            }
            return aliases;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read alias table " + resource, e);
        }
    }
}
