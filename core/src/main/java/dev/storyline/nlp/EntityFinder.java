package dev.storyline.nlp;

import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import dev.storyline.model.Sentence;
import dev.storyline.util.Deadline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds named entities as runs of proper nouns in the part-of-speech tags, and types them with rules: a person title
 * before a name ("President", "Mr", "chief engineer"), an organisation word inside it ("Ministry", "Agency"), a
 * place word or a preposition of place before it ("Lake", "in"). A {@link NameSource} can add the statistical
 * {@link NameModel}'s names and types to the rules'. A name's type is the vote of its mentions; a surname alone is
 * linked to the full name of the person mentioned in the same document.
 */
public final class EntityFinder {

    /** Titles and roles written before a person's name ("President", "Mr", "Striker"). */
    public static final Set<String> PERSON_TITLES = Set.of("President", "Minister", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.",
            "Dr", "Dr.", "Secretary", "Senator", "Mayor", "Judge", "Chancellor", "Governor", "Sir", "Director",
            "Spokesman", "Spokeswoman", "Spokesperson", "Chairman", "Chairwoman", "Chair", "Ambassador", "Commissioner",
            "Professor", "Prof.", "General", "Gen.", "Colonel", "Col.", "Captain", "Capt.", "King", "Queen", "Prince",
            "Princess", "Pope", "Sheikh", "Manager", "Coach", "Inspector", "Sergeant", "Lieutenant", "Premier",
            "Chief", "Deputy", "Speaker", "Justice", "Bishop", "Father", "Lord", "Lady", "Dame", "Rep.", "Sen.",
            "Striker", "Midfielder", "Defender", "Goalkeeper");
    private static final Set<String> LOWERCASE_ROLES = Set.of("engineer", "spokesman", "spokeswoman", "spokesperson",
            "minister", "president", "director", "chairman", "chairwoman", "chair", "judge", "manager", "senator",
            "mayor", "chief", "official", "secretary", "leader", "head", "coach", "founder", "captain", "driver",
            "analyst", "professor", "economist", "resident", "witness", "farmer", "historian", "curator", "player",
            "lawyer", "general", "commander", "governor", "ambassador", "editor", "reporter", "correspondent", "owner");
    private static final Set<String> ORGANIZATION_WORDS = Set.of("Ministry", "Council", "Agency", "Party", "Army",
            "Organisation", "Organization", "Union", "Times", "News", "Press", "Post", "Gazette", "Herald", "Courier",
            "Committee", "Court", "Bank", "Company", "Corporation", "Corp", "Inc", "Ltd", "Group", "University",
            "Association", "Coalition", "Office", "Department", "Government", "Parliament", "Assembly", "Inspectorate",
            "Board", "Service", "Institute", "Foundation", "Forces", "Navy", "Police", "Commission", "Federation",
            "League", "Club", "FC", "Rovers", "Authority", "Kremlin", "Reuters", "Congress", "Senate", "Museum",
            "School", "College", "Hospital", "Society", "Network", "Radio", "Television", "TV", "Review", "Dispatch",
            "Voice", "Journal", "Tribune", "Daily", "Front", "Movement", "Alliance", "Brigade", "State", "Holdings",
            "Holding", "Systems", "Capital", "Insurance", "Partners", "Technologies", "Industries", "Airlines", "Airways",
            "Motors", "Pharmaceuticals", "Securities", "Investments", "Ventures", "Enterprises", "Labs", "Bancorp",
            "LLC", "PLC", "plc", "AG", "GmbH", "Inc.", "Ltd.", "Corp.", "Co.");
    private static final Set<String> PLACE_WORDS = Set.of("River", "Sea", "Lake", "Mountains", "Mountain", "Province",
            "Region", "Valley", "City", "Street", "Bridge", "Island", "Islands", "Bay", "Gulf", "Ocean", "County",
            "Square", "Road", "Avenue", "Park", "District", "Quarter", "Harbour", "Harbor", "Port", "Strait", "Desert",
            "Coast", "Peninsula", "Canal", "Airport", "Station");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "to", "near", "across", "into",
            "towards", "toward", "outside", "inside", "around", "through", "via");
    /** Words that make a name an event or a competition ("World Cup", "Australian Open"), which is none of ours. */
    private static final Set<String> EVENT_WORDS = Set.of("Cup", "Series", "Championship", "Championships", "Open",
            "Games", "Olympics", "Olympic", "Prix", "Trophy", "Masters", "Tour", "Classic", "Grand Slam", "Derby", "Festival",
            "Award", "Awards", "Prize", "War", "Day");
    private static final Set<String> LINKING_WORDS = Set.of("of", "for", "the");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "al", "de", "del", "la", "van", "von", "bin", "the");
    private static final Set<String> CALENDAR_WORDS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December");
    private static final Set<String> PLACE_ACRONYMS = Set.of("US", "U.S.", "UK", "U.K.", "UAE", "USA");
    /** Capitalized abbreviations that name no one: time zones, units, titles of jobs. */
    private static final Set<String> NOT_NAMES = Set.of("GMT", "CET", "EST", "EDT", "PST", "BST", "AM", "PM", "CEO",
            "GDP", "TV", "OK", "NB", "PS", "UTC");
    /**
     * The source {@code new EntityFinder()} uses, chosen on the development split of the name data and on PolNeAR's
     * train and dev speakers together: {@link NameSource#SURE_RULES_THEN_MODEL} is best on the name data alone
     * (F1 0.670 against 0.636) but loses speakers the rules' other names give; the rules alone score 0.521 there.
     */
    public static final NameSource DEFAULT_SOURCE = NameSource.SURE_RULES_THEN_MODEL_THEN_RULES;

    private final NameSource source;
    private final NameTagger tagger;

    /** The product's finder: names from {@link #DEFAULT_SOURCE}, with the shipped name model if that source uses one. */
    public EntityFinder() {
        this(DEFAULT_SOURCE, DEFAULT_SOURCE.usesModel() ? NameModel.shipped() : null);
    }

    /**
     * A finder taking names from {@code source}, with {@code model} when the source uses one: for evaluations that
     * compare sources or score a model just trained. Not thread-safe: one finder per thread.
     */
    public EntityFinder(NameSource source, NameModel model) {
        if (source.usesModel() && model == null) {
            throw new IllegalArgumentException(source + " needs a name model");
        }
        this.source = source;
        this.tagger = source.usesModel() ? model.newTagger() : null;
    }

    /** The distinct entities of a document, each with the type most of its mentions suggest. */
    List<Entity> find(List<Sentence> sentences) {
        return find(sentences, Deadline.NONE);
    }

    /** As {@link #find(List)}, checking {@code deadline} at every sentence. */
    List<Entity> find(List<Sentence> sentences, Deadline deadline) {
        List<Entity> entities = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, String> fullNames = new HashMap<>();
        for (EntityMention mention : mentions(sentences, fullNames, deadline)) {
            if (!fullNames.containsKey(mention.name()) && seen.add(mention.name())) {
                entities.add(new Entity(mention.name(), mention.type()));
            }
        }
        return entities;
    }

    /**
     * Every mention of a name in a document, with its token span in its sentence and the type the document's
     * mentions of that name vote for; a surname used alone takes the type of the full name it stands for.
     */
    public List<EntityMention> mentions(List<Sentence> sentences) {
        return mentions(sentences, new HashMap<>(), Deadline.NONE);
    }

    private List<EntityMention> mentions(List<Sentence> sentences, Map<String, String> fullNames, Deadline deadline) {
        List<EntityMention> raw = new ArrayList<>();
        Map<String, Map<EntityType, Integer>> votes = new LinkedHashMap<>();
        if (tagger != null) {
            tagger.startDocument();
        }
        for (int s = 0; s < sentences.size(); s++) {
            deadline.check();
            List<String> tokens = sentences.get(s).tokens();
            List<String> tags = sentences.get(s).tags();
            List<EntityMention> found = source.usesRules() ? ruleMentions(s, tokens, tags) : List.of();
            if (tagger != null) {
                found = withModel(s, tokens, tags, found);
            }
            for (EntityMention mention : found) {
                raw.add(mention);
                votes.computeIfAbsent(mention.name(), n -> new HashMap<>()).merge(mention.type(), 1, Integer::sum);
            }
        }
        Map<String, EntityType> types = new HashMap<>();
        for (Map.Entry<String, Map<EntityType, Integer>> entry : votes.entrySet()) {
            types.put(entry.getKey(), winner(entry.getValue()));
        }
        fullNames.putAll(surnamesOfPeople(types));
        List<EntityMention> resolved = new ArrayList<>();
        for (EntityMention mention : raw) {
            String fullName = fullNames.get(mention.name());
            EntityType type = fullName != null ? EntityType.PERSON : types.get(mention.name());
            resolved.add(new EntityMention(mention.sentence(), mention.start(), mention.end(), mention.name(), type));
        }
        return resolved;
    }

    /**
     * The sentence's names from the model and the rules' names {@code rules}, combined as the source says: the rules'
     * sure names first, then the model's that overlap none of them, then (for
     * {@link NameSource#SURE_RULES_THEN_MODEL_THEN_RULES}) the rules' other names where neither found one.
     */
    private List<EntityMention> withModel(int s, List<String> tokens, List<String> tags, List<EntityMention> rules) {
        List<EntityMention> sureFirst = combine(sureOnly(tokens, rules), modelMentions(s, tokens, tags));
        return source.addsOtherRuleNames() ? combine(widened(sureFirst, rules), rules) : sureFirst;
    }

    /**
     * The mentions with each one the model cut short widened to the rules' run of proper nouns that holds it, keeping
     * the model's type: the model often stops a name early ("Emil" of "Emil Vorst"), while the run of capitals has the
     * whole name.
     */
    private static List<EntityMention> widened(List<EntityMention> mentions, List<EntityMention> rules) {
        List<EntityMention> result = new ArrayList<>(mentions.size());
        for (EntityMention mention : mentions) {
            EntityMention wider = mention;
            for (EntityMention rule : rules) {
                boolean holds = rule.start() <= mention.start() && mention.end() <= rule.end()
                        && rule.end() - rule.start() > mention.end() - mention.start();
                if (holds && overlapsOnly(rule, mention, mentions)) {
                    EntityType type = mention.type() == EntityType.OTHER ? rule.type() : mention.type();
                    wider = new EntityMention(rule.sentence(), rule.start(), rule.end(), rule.name(), type);
                    break;
                }
            }
            result.add(wider);
        }
        return result;
    }

    /** Whether {@code span} overlaps no mention of {@code mentions} but {@code own}. */
    private static boolean overlapsOnly(EntityMention span, EntityMention own, List<EntityMention> mentions) {
        for (EntityMention other : mentions) {
            if (other != own && span.start() < other.end() && other.start() < span.end()) {
                return false;
            }
        }
        return true;
    }

    /** The names of one sentence found as runs of proper nouns, typed by the rules. */
    private static List<EntityMention> ruleMentions(int s, List<String> tokens, List<String> tags) {
        List<EntityMention> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!isNamePart(tokens, tags, i)) {
                i++;
                continue;
            }
            int start = i;
            while (start > 0 && isCapitalizedAdjective(tokens.get(start - 1), tags.get(start - 1))) {
                start--;
            }
            int end = i + 1;
            while (end < tokens.size()) {
                if (isNamePart(tokens, tags, end)) {
                    end++;
                } else if (CONNECTORS.contains(tokens.get(end)) && end + 1 < tokens.size()
                        && isNamePart(tokens, tags, end + 1) && joinsAcross(tokens, end)) {
                    end += 2;
                } else {
                    break;
                }
            }
            EntityMention mention = mention(s, tokens, trimStart(tokens, start, end), end);
            if (mention != null) {
                found.add(mention);
            }
            i = end;
        }
        return found;
    }

    /** The names the model finds in one sentence, with its types (a gazetteer's where the source says so). */
    private List<EntityMention> modelMentions(int s, List<String> tokens, List<String> tags) {
        List<EntityMention> found = new ArrayList<>();
        for (NameTagger.TypedSpan span : tagger.find(tokens, tags)) {
            int start = span.start();
            if (span.type() == EntityType.PERSON) {
                while (start < span.end() - 1 && PERSON_TITLES.contains(tokens.get(start))) {
                    start++;
                }
            }
            String name = cleanName(tokens, start, span.end());
            if (name.length() < 2 || NOT_NAMES.contains(name) || PERSON_TITLES.contains(name)) {
                continue;
            }
            EntityType type = span.type();
            if (source.gazetteerOverridesModel()) {
                EntityType known = gazetteerType(name, String.join(" ", tokens.subList(start, span.end())));
                if (known != null) {
                    type = known;
                }
            }
            found.add(new EntityMention(s, start, span.end(), name, type));
        }
        return found;
    }

    /**
     * The rule mentions whose type rests on evidence rather than on a default: a title before the name, a gazetteer
     * entry, an organisation, place or event word in it, a role word before it, a score after it, a listed given name
     * opening a person's name of two words or more, "who" after a person's name ("Ruta Penner, who keeps ...").
     */
    private static List<EntityMention> sureOnly(List<String> tokens, List<EntityMention> rules) {
        List<EntityMention> sure = new ArrayList<>();
        for (EntityMention rule : rules) {
            int before = rule.start() - 1;
            String written = String.join(" ", tokens.subList(rule.start(), rule.end()));
            if (before >= 0 && (PERSON_TITLES.contains(tokens.get(before)) || LOWERCASE_ROLES.contains(tokens.get(before)))
                    || gazetteerType(rule.name(), written) != null
                    || containsAny(tokens, rule.start(), rule.end(), ORGANIZATION_WORDS)
                    || containsAny(tokens, rule.start(), rule.end(), PLACE_WORDS)
                    || containsAny(tokens, rule.start(), rule.end(), EVENT_WORDS)
                    || rule.end() < tokens.size() && isScore(tokens.get(rule.end()))
                    || rule.type() == EntityType.PERSON && (rule.end() - rule.start() >= 2
                    && Gazetteers.isFirstName(tokens.get(rule.start())) || isFollowedByWho(tokens, rule.end()))) {
                sure.add(rule);
            }
        }
        return sure;
    }

    /** Whether "who" follows token {@code end}, straight or after a comma: the name before it is a person's. */
    private static boolean isFollowedByWho(List<String> tokens, int end) {
        int at = end < tokens.size() && tokens.get(end).equals(",") ? end + 1 : end;
        return at < tokens.size() && tokens.get(at).equals("who");
    }

    /** The first list's mentions, then the second's that overlap none of them, in sentence order. */
    private static List<EntityMention> combine(List<EntityMention> model, List<EntityMention> rules) {
        if (rules.isEmpty()) {
            return model;
        }
        List<EntityMention> combined = new ArrayList<>(model);
        for (EntityMention rule : rules) {
            boolean overlaps = false;
            for (EntityMention m : model) {
                if (rule.start() < m.end() && m.start() < rule.end()) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                combined.add(rule);
            }
        }
        combined.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return combined;
    }

    /** The type a gazetteer gives a name (nationality words are names of no type), or null if none lists it. */
    private static EntityType gazetteerType(String name, String written) {
        if (Gazetteers.isDemonym(name)) {
            return EntityType.OTHER;
        }
        if (Gazetteers.isOrganization(name) || Gazetteers.isOrganization(written)) {
            return EntityType.ORGANIZATION;
        }
        if (Gazetteers.isPlace(name) || Gazetteers.isPlace(written)) {
            return EntityType.LOCATION;
        }
        return null;
    }

    /** The name in tokens [start, end) as written, hyphens closed up, a possessive or trailing punctuation dropped. */
    private static String cleanName(List<String> tokens, int start, int end) {
        return String.join(" ", tokens.subList(start, end)).replace(" - ", "-")
                .replaceAll("(['’]s|[.,;:\\]\\[])$", "");
    }

    /**
     * The type a mention's own context suggests when no title precedes it: a gazetteer entry, a word of its kind inside it
     * ("Ministry", "Lake"), a role or a preposition of place before it, a given name at its start; otherwise a short
     * run of capitalized words reads as a person's name. Events and competitions ("World Cup"), nationality words and
     * an institution word alone ("League", "Group B") are names of no type.
     */
    private static EntityType type(List<String> tokens, int start, int nameStart, int end, String name) {
        EntityType listed = gazetteerType(name, String.join(" ", tokens.subList(nameStart, end)));
        if (listed != null) {
            return listed;
        }
        if (end - start == 1 && PLACE_ACRONYMS.contains(tokens.get(start))) {
            return EntityType.LOCATION;
        }
        if (containsAny(tokens, nameStart, end, EVENT_WORDS) || end - nameStart == 1 && ORGANIZATION_WORDS.contains(name)
                || end - nameStart == 2 && ORGANIZATION_WORDS.contains(tokens.get(nameStart)) && tokens.get(end - 1).length() == 1) {
            return EntityType.OTHER;
        }
        if (containsAny(tokens, start, end, ORGANIZATION_WORDS) || isAcronym(tokens, start, end)) {
            return EntityType.ORGANIZATION;
        }
        if (containsAny(tokens, start, end, PLACE_WORDS)) {
            return EntityType.LOCATION;
        }
        if (start > 0 && LOWERCASE_ROLES.contains(tokens.get(start - 1))) {
            return EntityType.PERSON;
        }
        if (end - nameStart >= 2 && Gazetteers.isFirstName(tokens.get(nameStart))) {
            return EntityType.PERSON;
        }
        if (start > 0 && PLACE_PREPOSITIONS.contains(tokens.get(start - 1))) {
            return EntityType.LOCATION;
        }
        if (end - nameStart >= 2 && end - nameStart <= 3 && !isShouted(tokens, nameStart, end)) {
            return EntityType.PERSON;
        }
        return EntityType.OTHER;
    }

    /**
     * Whether the connector at {@code i} belongs inside the name: "of", "for" and "the" only after the head of an
     * institution, place or office ("Bank of England", "Gulf of Mexico", "Secretary of State"), not between a person
     * and a country ("Paolo Fulci of Italy"); the others ("al", "van", "bin") always.
     */
    private static boolean joinsAcross(List<String> tokens, int i) {
        if (!LINKING_WORDS.contains(tokens.get(i))) {
            return true;
        }
        String head = tokens.get(i - 1);
        return ORGANIZATION_WORDS.contains(head) || PLACE_WORDS.contains(head) || PERSON_TITLES.contains(head);
    }

    /**
     * A small whole number right after a city's name, as in "Barcelona 3 Valencia 1": the city is a club. A country
     * before a score stays a place: national teams go by their country.
     */
    private static boolean isScore(String token) {
        return token.length() <= 3 && token.chars().allMatch(Character::isDigit);
    }

    private static boolean isKnown(String name) {
        return Gazetteers.isPlace(name) || Gazetteers.isOrganization(name) || Gazetteers.isDemonym(name);
    }

    /** Every token in capitals, as in a headline or a dateline ("LONDON", "STANDINGS"). */
    private static boolean isShouted(List<String> tokens, int start, int end) {
        for (int k = start; k < end; k++) {
            String token = tokens.get(k);
            for (int c = 0; c < token.length(); c++) {
                if (Character.isLowerCase(token.charAt(c))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The start of a span with leading day and month names left out: they are dates, not names. */
    private static int trimStart(List<String> tokens, int start, int end) {
        while (start < end && CALENDAR_WORDS.contains(tokens.get(start))) {
            start++;
        }
        return start;
    }

    /** The mention of the name in tokens [start, end) with the type its own context suggests, or null if none. */
    private static EntityMention mention(int sentence, List<String> tokens, int start, int end) {
        if (start >= end) {
            return null;
        }
        int lastTitle = -1;
        for (int k = start; k < end; k++) {
            if (PERSON_TITLES.contains(tokens.get(k))) {
                lastTitle = k;
            }
        }
        boolean titled = lastTitle >= 0 && lastTitle < end - 1 && !containsAny(tokens, lastTitle + 1, end, ORGANIZATION_WORDS);
        int nameStart = titled ? lastTitle + 1 : start;
        if (lastTitle == end - 1 || CONNECTORS.contains(tokens.get(nameStart))) {
            return null;
        }
        String name = cleanName(tokens, nameStart, end);
        if (name.length() < 2 || isShouted(tokens, nameStart, end) && !isKnown(name) && end - nameStart == 1
                && tokens.get(nameStart).length() > 4 || NOT_NAMES.contains(name)) {
            return null;
        }
        EntityType type = titled ? EntityType.PERSON : type(tokens, start, nameStart, end, name);
        if (type == EntityType.LOCATION && end < tokens.size() && isScore(tokens.get(end)) && !Gazetteers.isCountry(name)) {
            type = EntityType.ORGANIZATION;
        }
        return new EntityMention(sentence, nameStart, end, name, type);
    }

    /** Surnames used alone, mapped to the one full name of a person in the document that ends with them. */
    private static Map<String, String> surnamesOfPeople(Map<String, EntityType> types) {
        Map<String, String> surnameToFullName = new HashMap<>();
        for (Map.Entry<String, EntityType> entry : types.entrySet()) {
            String[] parts = entry.getKey().split(" ");
            if (entry.getValue() == EntityType.PERSON && parts.length > 1) {
                surnameToFullName.merge(parts[parts.length - 1], entry.getKey(), (a, b) -> a.equals(b) ? a : "");
            }
        }
        Map<String, String> linked = new HashMap<>();
        for (Map.Entry<String, String> entry : surnameToFullName.entrySet()) {
            if (!entry.getValue().isEmpty() && types.containsKey(entry.getKey())) {
                linked.put(entry.getKey(), entry.getValue());
            }
        }
        return linked;
    }

    private static EntityType winner(Map<EntityType, Integer> votes) {
        EntityType best = EntityType.OTHER;
        int bestCount = 0;
        for (EntityType type : EntityType.values()) {
            int count = votes.getOrDefault(type, 0);
            if (type != EntityType.OTHER && count > bestCount) {
                best = type;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * A capitalized proper noun, or a capitalized common noun inside a sentence: the tagger often reads the head of
     * a name ("Ministry" in "Foreign Ministry") as a common noun.
     */
    private static boolean isNamePart(List<String> tokens, List<String> tags, int i) {
        String token = tokens.get(i);
        String tag = tags.get(i);
        if (token.isEmpty() || !Character.isUpperCase(token.codePointAt(0))) {
            return false;
        }
        if (Gazetteers.isPlace(token) || Gazetteers.isOrganization(token)) {
            return true;
        }
        return tag.equals("PROPN") || tag.equals("NNP") || tag.equals("NNPS")
                || i > 0 && (tag.equals("NOUN") || tag.equals("NN") || tag.equals("NNS"));
    }

    /** "Islamic" in "Islamic State", "Foreign" in "Foreign Ministry": part of the name they precede. */
    private static boolean isCapitalizedAdjective(String token, String tag) {
        return (tag.equals("ADJ") || tag.equals("JJ")) && !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
    }

    private static boolean containsAny(List<String> tokens, int start, int end, Set<String> words) {
        for (int k = start; k < end; k++) {
            if (words.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAcronym(List<String> tokens, int start, int end) {
        if (end - start != 1) {
            return false;
        }
        String token = tokens.get(start);
        return token.length() >= 2 && token.chars().allMatch(Character::isUpperCase) && !PLACE_ACRONYMS.contains(token);
    }
}
