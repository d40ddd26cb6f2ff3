package dev.storyline.bench.story;

import dev.storyline.model.DeclaredMetadata;
import dev.storyline.model.MediaType;
import dev.storyline.model.RawDocument;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small news documents that all report one developing situation: an invented bridge collapse followed over
 * {@value #DAYS} days. They share a cast (officials with their roles, organisations, places), quote the same people
 * with the same or reworded statements, give casualty and evacuation figures that grow over the weeks and that some
 * outlets get wrong on a given day, deny what others claim, and fill the rest with background sentences whose
 * vocabulary keeps growing (street names, witnesses, invented local words), as a story's coverage does. Seeded: the
 * same seed gives the same documents.
 */
final class OneStoryGenerator {

    /** How long the situation is followed. */
    static final int DAYS = 42;
    /** Days between two developments: the documents of one development form one event. */
    static final int DAYS_PER_DEVELOPMENT = 3;

    private static final String PLACE = "Velmora";
    private static final String BRIDGE = "Harlow Street bridge";
    private static final String[][] CAST = {
            {"Mayor", "Ana Korvel"}, {"Inspector", "Tomas Reyd"}, {"Transport Minister", "Elin Drago"},
            {"police chief", "Marta Sollen"}, {"engineer", "Piet Valko"}, {"council spokesman", "Omar Lind"},
            {"hospital director", "Ruth Amsel"}, {"union leader", "Karel Bosk"}};
    private static final String[] ORGANISATIONS = {"Velmora City Council", "Kestrany Roads Inspectorate",
            "Velmora General Hospital", "Northline Construction", "Ost River Authority"};
    private static final String[] OUTLETS = {"Velmora Courier", "Kestrany Times", "Ost Valley News", "Daily Ledger",
            "Northern Wire", "Morning Post", "Harbour Herald", "City Bulletin", "Regional Voice", "Evening Star"};
    private static final String[] SYLLABLES = {"ka", "lo", "mer", "dan", "vi", "tor", "sel", "ra", "no", "bel", "kin",
            "ash", "ven", "dro", "pal", "mir", "ost", "lun", "gar", "tes", "bri", "cal", "dun", "fel", "hol", "jas"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};
    private static final String[] SUBJECTS = {"residents", "commuters", "shop owners", "rescue teams", "volunteers",
            "engineers", "families", "teachers", "drivers", "students", "nurses", "firefighters", "divers", "pupils"};
    private static final String[] ACTIONS = {"gathered near", "waited outside", "cleared debris from", "inspected",
            "walked along", "photographed", "measured", "guarded", "surveyed", "blocked", "visited", "left"};
    private static final String[] SETTINGS = {"the river bank", "the old ferry landing", "the town hall",
            "the temporary crossing", "the eastern approach road", "the railway station", "the market square",
            "the school gym", "the sports hall", "the harbour office", "the north pier", "the bus depot"};
    private static final String[] TIMES = {"early in the morning", "late on", "throughout", "for most of",
            "before dawn on", "in heavy rain on", "after midnight on", "around noon on"};
    private static final String[] CAUSES = {"corroded steel cables", "a failed expansion joint", "flood damage to a pier",
            "overloaded lorries", "a design flaw in the deck", "skipped maintenance"};
    private static final String[][] STATEMENTS = {
            {"We will rebuild the bridge and we will find out what went wrong", "We are going to rebuild the bridge and find out what went wrong"},
            {"The inspection in March found no sign of danger", "Our inspection in March found no sign of any danger"},
            {"Nobody should have been allowed on that bridge", "Nobody should ever have been allowed on that bridge"},
            {"Every family that lost its home will be housed by the council", "Every family who lost a home will be housed by the council"},
            {"The cables had been replaced only two years ago", "Those cables were replaced just two years ago"},
            {"We have asked the inspectorate for every report since the bridge opened", "We asked the inspectorate for all its reports since the bridge opened"},
            {"The hospital has enough beds for everyone who was hurt", "The hospital has beds for everyone who was hurt"},
            {"Our workers warned about the cracks months before the collapse", "Our members warned about those cracks months before it collapsed"}};

    private final long seed;

    OneStoryGenerator(long seed) {
        this.seed = seed;
    }

    /** {@code count} documents, published over {@value #DAYS} days from {@code start}, in publication order. */
    List<RawDocument> documents(int count, LocalDate start) {
        Random random = new Random(seed);
        List<RawDocument> documents = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int day = (int) ((long) n * DAYS / count);
            LocalDate published = start.plusDays(day);
            String id = "story-" + n;
            String title = title(random, day);
            String text = text(random, day, published);
            documents.add(new RawDocument(id, id + ".txt", null, MediaType.TEXT, text.getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8, null, new DeclaredMetadata(title, published.toString())));
        }
        return documents;
    }

    /** The development a day belongs to: days {@code k * DAYS_PER_DEVELOPMENT} onwards form development k. */
    static int development(int day) {
        return day / DAYS_PER_DEVELOPMENT;
    }

    private static String title(Random random, int day) {
        return PLACE + " bridge collapse, day " + (day + 1) + ": " + pick(random, CAUSES) + " under scrutiny";
    }

    private static String text(Random random, int day, LocalDate published) {
        List<String> paragraphs = new ArrayList<>();
        int injured = 14 + 3 * development(day);
        int evacuated = 200 + 40 * development(day);
        boolean wrongFigure = random.nextInt(10) == 0;
        int reportedInjured = wrongFigure ? injured + 5 + random.nextInt(6) : injured;
        String weekday = WEEKDAYS[published.minusDays(random.nextInt(2)).getDayOfWeek().getValue() - 1];
        paragraphs.add(PLACE + " officials said on " + weekday + " that " + reportedInjured + " people were injured after the "
                + BRIDGE + " collapsed into the river Ost. " + (random.nextBoolean()
                ? "About " + evacuated + " residents were evacuated from the " + streetName(random) + " district."
                : "The " + pick(random, ORGANISATIONS) + " said " + evacuated + " residents had been evacuated."));
        int sentences = 3 + random.nextInt(5);
        for (int s = 0; s < sentences; s++) {
            paragraphs.add(switch (random.nextInt(6)) {
                case 0, 1 -> quote(random);
                case 2 -> "The " + pick(random, ORGANISATIONS) + " said the collapse was caused by " + pick(random, CAUSES)
                        + ", according to a report seen by the " + pick(random, OUTLETS) + ".";
                case 3 -> random.nextInt(3) == 0
                        ? "The " + ORGANISATIONS[1] + " denied that the inspection of the " + BRIDGE
                        + " had been skipped in March."
                        : "Inspectors skipped the inspection of the " + BRIDGE + " in March, two former employees said.";
                default -> background(random, weekday);
            });
        }
        return String.join("\n\n", paragraphs);
    }

    private static String quote(Random random) {
        int speaker = random.nextInt(STATEMENTS.length);
        String[] role = CAST[speaker];
        String words = STATEMENTS[speaker][random.nextInt(4) == 0 ? 1 : 0];
        return random.nextBoolean()
                ? "\"" + words + ",\" " + role[0] + " " + role[1] + " said."
                : role[0] + " " + role[1] + " said: \"" + words + ".\"";
    }

    /** A sentence of local colour with words of its own: what coverage adds day after day. */
    private static String background(Random random, String weekday) {
        String witness = name(random, 2) + " " + name(random, 3);
        return capitalize(pick(random, SUBJECTS)) + " " + pick(random, ACTIONS) + " " + pick(random, SETTINGS) + " "
                + pick(random, TIMES) + " " + weekday + ", while " + witness + ", who lives on " + streetName(random)
                + " Street, watched the " + pick(random, SUBJECTS) + " " + pick(random, ACTIONS) + " "
                + pick(random, SETTINGS) + ".";
    }

    private static String streetName(Random random) {
        return name(random, 2 + random.nextInt(2));
    }

    private static String name(Random random, int syllables) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return capitalize(name.toString());
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
