package dev.storyline.bench.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labelled near-duplicates from any collection of article bodies. Each group starts from one body and adds copies the
 * way syndication makes them: paragraphs dropped, added (taken from other articles) or moved, words substituted
 * (aliases such as {@code Islamic State} to {@code ISIS}, or any other word), American and British spellings swapped,
 * outlet boilerplate added at the top or bottom, quotes and dashes retyped, and the story truncated. Each edit is
 * applied with its own probability, so copies range from nearly identical to barely related. A copy is made from the
 * group's original or, now and then, from an earlier copy, as re-syndicated stories are.
 *
 * <p>Once the real bodies are used up, further groups start from synthetic bodies: paragraphs drawn at random from
 * the whole collection, so that a large stream does not repeat its originals.
 */
final class NearDuplicateGenerator {

    /** One generated document: its group (copies of one original share a group) and the edits that made it. */
    record Generated(int group, String text, String edits) {
    }

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("Islamic State", "ISIS"), Map.entry("United States", "U.S."),
            Map.entry("Donald Trump", "Trump"), Map.entry("Hillary Clinton", "Clinton"),
            Map.entry("President Obama", "Obama"), Map.entry("percent", "per cent"),
            Map.entry("Republican", "GOP"), Map.entry("Democratic Party", "Democrats"),
            Map.entry("United Kingdom", "Britain"), Map.entry("European Union", "EU"),
            Map.entry("Defense Department", "Pentagon"), Map.entry("Federal Bureau of Investigation", "FBI"));
    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("defense", "defence"), Map.entry("center", "centre"), Map.entry("color", "colour"),
            Map.entry("favor", "favour"), Map.entry("honor", "honour"), Map.entry("labor", "labour"),
            Map.entry("organization", "organisation"), Map.entry("program", "programme"),
            Map.entry("realize", "realise"), Map.entry("recognize", "recognise"), Map.entry("criticize", "criticise"),
            Map.entry("analyze", "analyse"), Map.entry("traveled", "travelled"), Map.entry("theater", "theatre"),
            Map.entry("neighbor", "neighbour"), Map.entry("behavior", "behaviour"), Map.entry("gray", "grey"),
            Map.entry("license", "licence"), Map.entry("offense", "offence"), Map.entry("catalog", "catalogue"));
    private static final List<String> BOILERPLATE = List.of(
            "Reporting by staff writers; editing by the news desk.",
            "Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
            "Sign up for our morning newsletter to get the day's top stories in your inbox.",
            "Share this article on Facebook, Twitter or by email.",
            "Read more: the latest coverage from our correspondents around the world.",
            "This story has been updated with additional reporting.",
            "Follow us for breaking news and analysis.",
            "Advertisement",
            "Photo: a file image shows the scene described in this report.",
            "Have a news tip? Contact our newsroom, day or night.");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");

    private final Random random;
    private final List<List<String>> bodies;
    private final List<String> paragraphPool = new ArrayList<>();
    private final List<String> vocabulary = new ArrayList<>();

    NearDuplicateGenerator(List<List<String>> bodies, long seed) {
        this.random = new Random(seed);
        this.bodies = bodies;
        for (List<String> body : bodies) {
            paragraphPool.addAll(body);
            for (String paragraph : body) {
                Matcher word = WORD.matcher(paragraph);
                while (word.find()) {
                    vocabulary.add(word.group());
                }
            }
        }
    }

    /** {@code documents} documents in groups of one original and 0 to 8 copies, groups in order. */
    List<Generated> generate(int documents) {
        List<Generated> generated = new ArrayList<>(documents);
        int group = 0;
        while (generated.size() < documents) {
            List<String> original = group < bodies.size() ? bodies.get(group) : syntheticBody();
            List<List<String>> members = new ArrayList<>();
            members.add(original);
            generated.add(new Generated(group, String.join("\n\n", original), "original"));
            int copies = random.nextInt(9);
            for (int c = 0; c < copies && generated.size() < documents; c++) {
                List<String> source = random.nextDouble() < 0.25 ? members.get(random.nextInt(members.size())) : original;
                StringBuilder edits = new StringBuilder();
                List<String> copy = copyOf(source, edits);
                members.add(copy);
                generated.add(new Generated(group, String.join("\n\n", copy), edits.toString().strip()));
            }
            group++;
        }
        return generated;
    }

    private List<String> syntheticBody() {
        int paragraphs = 4 + random.nextInt(16);
        List<String> body = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            body.add(paragraphPool.get(random.nextInt(paragraphPool.size())));
        }
        return body;
    }

    private List<String> copyOf(List<String> source, StringBuilder edits) {
        List<String> copy = new ArrayList<>(source);
        if (random.nextDouble() < 0.35) {
            int drops = 1 + random.nextInt(Math.max(1, copy.size() / 5));
            for (int i = 0; i < drops && copy.size() > 2; i++) {
                copy.remove(1 + random.nextInt(copy.size() - 1));
            }
            edits.append(" dropped:").append(drops);
        }
        if (random.nextDouble() < 0.35) {
            int additions = 1 + random.nextInt(2);
            for (int i = 0; i < additions; i++) {
                copy.add(1 + random.nextInt(copy.size()), paragraphPool.get(random.nextInt(paragraphPool.size())));
            }
            edits.append(" added:").append(additions);
        }
        if (random.nextDouble() < 0.2 && copy.size() > 3) {
            String moved = copy.remove(1 + random.nextInt(copy.size() - 1));
            copy.add(1 + random.nextInt(copy.size()), moved);
            edits.append(" moved");
        }
        if (random.nextDouble() < 0.5) {
            int substitutions = substitute(copy);
            edits.append(" substituted:").append(substitutions);
        }
        if (random.nextDouble() < 0.4) {
            edits.append(" spelling:").append(respell(copy));
        }
        if (random.nextDouble() < 0.3) {
            for (int i = 0; i < copy.size(); i++) {
                copy.set(i, copy.get(i).replace("\"", "”").replace(" - ", " — ").replace("'", "’"));
            }
            edits.append(" typography");
        }
        if (random.nextDouble() < 0.25 && copy.size() > 2) {
            double kept = 0.4 + 0.5 * random.nextDouble();
            int keep = Math.max(2, (int) Math.ceil(copy.size() * kept));
            copy = new ArrayList<>(copy.subList(0, Math.min(copy.size(), keep)));
            edits.append(" truncated:").append(String.format("%.2f", kept));
        }
        if (random.nextDouble() < 0.5) {
            int lines = 1 + random.nextInt(3);
            for (int i = 0; i < lines; i++) {
                String line = BOILERPLATE.get(random.nextInt(BOILERPLATE.size()));
                if (random.nextBoolean()) {
                    copy.add(0, line);
                } else {
                    copy.add(line);
                }
            }
            edits.append(" boilerplate:").append(lines);
        }
        return copy;
    }

    /** Replaces a known alias everywhere it occurs, or else 1 to 2 % of the words with words from the collection. */
    private int substitute(List<String> copy) {
        List<Map.Entry<String, String>> aliases = new ArrayList<>(ALIASES.entrySet());
        aliases.sort(Map.Entry.comparingByKey());
        for (Map.Entry<String, String> alias : aliases) {
            if (random.nextBoolean() && String.join(" ", copy).contains(alias.getKey())) {
                for (int i = 0; i < copy.size(); i++) {
                    copy.set(i, copy.get(i).replace(alias.getKey(), alias.getValue()));
                }
                return 1;
            }
        }
        int substitutions = 0;
        for (int i = 0; i < copy.size(); i++) {
            String[] words = copy.get(i).split(" ");
            for (int w = 0; w < words.length; w++) {
                if (random.nextDouble() < 0.015) {
                    words[w] = vocabulary.get(random.nextInt(vocabulary.size()));
                    substitutions++;
                }
            }
            copy.set(i, String.join(" ", words));
        }
        return substitutions;
    }

    private static int respell(List<String> copy) {
        int changed = 0;
        for (Map.Entry<String, String> spelling : SPELLINGS.entrySet()) {
            Pattern american = Pattern.compile("\\b" + spelling.getKey() + "(s|ed|ing)?\\b", Pattern.CASE_INSENSITIVE);
            for (int i = 0; i < copy.size(); i++) {
                Matcher matcher = american.matcher(copy.get(i));
                if (matcher.find()) {
                    copy.set(i, matcher.replaceAll(match -> keepCase(match.group(), spelling.getValue())
                            + (match.group(1) == null ? "" : match.group(1))));
                    changed++;
                }
            }
        }
        return changed;
    }

    private static String keepCase(String original, String replacement) {
        return Character.isUpperCase(original.charAt(0))
                ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1)
                : replacement;
    }
}
