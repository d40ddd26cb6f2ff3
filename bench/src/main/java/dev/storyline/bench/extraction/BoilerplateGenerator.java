package dev.storyline.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes plain-text pages around a gold article body: the boilerplate lines news sites print above, below and inside
 * an article, in English, German and French, with names, dates and numbers filled in from a seeded {@link Random}.
 *
 * <p>Each outlet has a style of its own: a language, a site name and, for every kind of boilerplate, two of that
 * language's templates. Its pages pick one of the two each time and fill in fresh names and numbers, so an outlet's
 * boilerplate recurs across its pages (as on real sites, and as corpus evidence expects) while the whole set sees
 * many wordings per kind.
 */
final class BoilerplateGenerator {

    /** One line of a generated page: its text and its kind, where {@link #BODY} marks a gold body line. */
    record Line(String text, String kind) {
        boolean isBody() {
            return kind.equals(BODY);
        }
    }

    static final String BODY = "body";

    private static final int EN = 0;
    private static final int DE = 1;
    private static final int FR = 2;

    /** Templates per kind, by language: English, German, French. */
    private static final Map<String, String[][]> TEMPLATES = new HashMap<>();

    static {
        TEMPLATES.put("donation", new String[][] {
                {"Support {site}!", "Support independent journalism. Donate today.",
                        "If you value our reporting, please consider making a donation. Every contribution, however small, helps.",
                        "We rely on readers like you. Become a member from just {price} a month.", "Donate now",
                        "Make a gift to {site} today and help keep our journalism free for everyone.",
                        "Our journalism is funded by readers. Chip in {price} to support our newsroom.",
                        "Not ready to support today?", "Help us keep reporting: support {site} with a monthly donation of {price}.",
                        "Your support, no matter how small, makes a world of difference. If you can, please support us monthly starting from just {price}."},
                {"Unterstützen Sie {site}!", "Jetzt spenden",
                        "Unabhängiger Journalismus kostet Geld. Unterstützen Sie uns mit einer Spende ab {price}.",
                        "Werden Sie Mitglied und sichern Sie unsere Arbeit.",
                        "Gefällt Ihnen unsere Arbeit? Dann unterstützen Sie uns mit einem freiwilligen Beitrag.",
                        "Helfen Sie mit: Jetzt {site} unterstützen."},
                {"Soutenez {site} !", "Faites un don",
                        "Notre journalisme est indépendant grâce à nos lecteurs. Faites un don dès {price}.",
                        "Soutenez une information libre et indépendante : abonnez-vous.",
                        "Vous aimez notre travail ? Soutenez-nous avec un don mensuel.",
                        "Aidez-nous à poursuivre notre mission : faites un don à {site}."}});
        TEMPLATES.put("newsletter", new String[][] {
                {"Sign up for our free {weekday} newsletter", "Get the latest headlines delivered to your inbox every morning.",
                        "Subscribe to our newsletter", "Enter your email address to receive our {section} newsletter.",
                        "Our weekly newsletter contains a hand-picked selection of news, features and analysis from {site}. You will receive it in your mailbox every {weekday}.",
                        "Never miss a story: subscribe to the {site} daily briefing.",
                        "Want more stories like this? Sign up here.", "Subscribers agree to the Privacy Policy"},
                {"Newsletter abonnieren", "Melden Sie sich für unseren kostenlosen Newsletter an.",
                        "Jeden {weekday} die wichtigsten Nachrichten in Ihrem Postfach: Jetzt anmelden.",
                        "Der {site}-Newsletter: Das Wichtigste des Tages, jeden Abend per E-Mail.",
                        "Mit der Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu."},
                {"Inscrivez-vous à notre newsletter", "Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail.",
                        "Abonnez-vous à la lettre d'information de {site}.",
                        "Newsletter {section} : recevez gratuitement nos articles chaque {weekday}.",
                        "En vous inscrivant, vous acceptez notre politique de confidentialité."}});
        TEMPLATES.put("breadcrumb", new String[][] {
                {"Home / {section} / {sub}", "Home > {section} > {sub}", "Home » {section} » {headline}",
                        "Home News {headline}", "You are here: Home / {section}", "Home / Uncategorized / {headline}"},
                {"Startseite › {section} › {sub}", "Sie sind hier: Startseite / {section}", "Startseite > {section} > {headline}",
                        "Home / {section} / {sub}"},
                {"Accueil > {section} > {sub}", "Accueil / {section} / {headline}", "Vous êtes ici : Accueil » {section}",
                        "Accueil › {section}"}});
        TEMPLATES.put("tag list", new String[][] {
                {"Tags: {tag1} | {tag2} | {tag3} |", "Tags: {tag1}, {tag2}, {tag3}", "Topics: {tag1}, {tag2}",
                        "Filed under: {tag1}, {tag2}", "Keywords: {tag1}; {tag2}; {tag3}"},
                {"Schlagworte: {tag1}, {tag2}, {tag3}", "Themen: {tag1} · {tag2}", "Tags: {tag1} | {tag2}",
                        "Schlagwörter: {tag1}, {tag2}"},
                {"Mots-clés : {tag1}, {tag2}, {tag3}", "Sujets : {tag1} / {tag2}", "Thèmes : {tag1}, {tag2}",
                        "Tags : {tag1} | {tag2}"}});
        TEMPLATES.put("credit", new String[][] {
                {"Photo: {name}/{agency}", "(Photo: {agency})", "Photo by {name} on Unsplash", "Image: {name} / {site}",
                        "Credit: {agency}", "{name}/{agency} via Getty Images", "Top image of {city} from {agency}.",
                        "Photograph: {name}/{agency}"},
                {"Foto: {agency}", "Bild: {name}/{agency}", "Foto: {name} / {site}", "Bildquelle: {agency}",
                        "(Foto: {name}/{agency})"},
                {"Photo : {name} / {agency}", "© {name} / {agency}", "Crédit photo : {agency}", "(Photo {agency})",
                        "Illustration : {name} pour {site}"}});
        TEMPLATES.put("share", new String[][] {
                {"Share this article", "Share on Facebook", "Share on Twitter", "Share via Email",
                        "Facebook Twitter LinkedIn Email", "Share: Facebook | Twitter | WhatsApp", "Copy link", "Print",
                        "Share"},
                {"Artikel teilen", "Teilen Sie diesen Artikel", "Auf Facebook teilen", "Drucken",
                        "Facebook Twitter WhatsApp E-Mail", "Link kopieren"},
                {"Partager sur Facebook", "Partager cet article", "Imprimer", "Facebook Twitter E-mail",
                        "Copier le lien", "Partager"}});
        TEMPLATES.put("cookie", new String[][] {
                {"We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.",
                        "This website uses cookies. Accept all cookies", "Accept all cookies",
                        "By clicking “Accept”, you agree to the storing of cookies on your device.",
                        "Cookie settings", "Manage cookie preferences"},
                {"Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit der Nutzung der Seite stimmen Sie zu.",
                        "Alle Cookies akzeptieren", "Cookie-Einstellungen",
                        "Diese Website verwendet Cookies. Mehr erfahren in unserer Datenschutzerklärung."},
                {"Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.",
                        "Accepter les cookies", "Paramètres des cookies",
                        "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter"}});
        TEMPLATES.put("comment", new String[][] {
                {"{n} comments", "Leave a comment", "Comments are closed.", "Join the conversation", "Show comments ({n})",
                        "Comments ({n})", "Be the first to comment", "You must be logged in to post a comment."},
                {"Kommentare ({n})", "Kommentar schreiben", "{n} Kommentare", "Kommentare anzeigen",
                        "Die Kommentarfunktion ist geschlossen."},
                {"Laisser un commentaire", "{n} commentaires", "Réagir à cet article", "Voir les commentaires ({n})",
                        "Les commentaires sont fermés."}});
        TEMPLATES.put("banner", new String[][] {
                {"{weekday} {day} {month} {year}", "»", "{SECTION} NEWS", "More {SECTION} NEWS Stories", "Ads",
                        "Advertisement", "calendarCalendar of Events", "BREAKING"},
                {"{weekday}, {day}. {month} {year}", "»", "{SECTION}", "Anzeige", "Mehr aus {section}", "EILMELDUNG"},
                {"{weekday} {day} {month} {year}", "»", "{SECTION}", "Publicité", "À la une", "DIRECT"}});
        TEMPLATES.put("date line", new String[][] {
                {"Published on {dmy}", "Published {month} {day}, {year}", "Updated {hour}:{minute} {ampm} ET, {month} {day}, {year}",
                        "{month} {day}, {year}", "Posted on {month} {day}, {year} at {hour}:{minute}"},
                {"Veröffentlicht am {day}. {month} {year}", "{day}.{mm}.{year}, {hour}:{minute} Uhr",
                        "Aktualisiert am {day}.{mm}.{year}"},
                {"Publié le {day} {month} {year} à {hour}h{minute}", "Mis à jour le {day}/{mm}/{year}",
                        "Le {day} {month} {year}"}});
        TEMPLATES.put("dateline", new String[][] {
                {"{CITY}, {month} {day}, {year}", "{CITY} ({agency}), {month} {day}, {year}"},
                {"{CITY}, {day}. {month} {year}"},
                {"{CITY}, {day} {month} {year}"}});
        TEMPLATES.put("byline", new String[][] {
                {"By {name}", "By {name}, {agency}", "By {name} and {name2}", "By {name} | {site}", "BY {NAME}",
                        "Written by {name}"},
                {"Von {name}", "Von {name}, {agency}", "Von {name} und {name2}"},
                {"Par {name}", "Par {name} avec AFP", "Par {name} et {name2}", "Par AFP"}});
        TEMPLATES.put("copyright", new String[][] {
                {"© {year} {site}", "Copyright © {year} {site}. All rights reserved.", "(c) {year} {site}"},
                {"© {year} {site}", "© {site} {year} – Alle Rechte vorbehalten"},
                {"© {site} {year}", "© {year} {site}. Tous droits réservés."}});
    }

    private static final String[] TOWNS = {"Marlow", "Harwick", "Castlebay", "Ashford", "Linden", "Brookfield", "Kessel",
            "Aurach", "Villers", "Montclair", "Westhaven", "Dornbach", "Saint-Aubin", "Fairmont", "Oakridge", "Lakeside"};
    private static final String[][] SITE_NOUNS = {
            {"Courier", "Herald", "Gazette", "Chronicle", "Post", "Times", "Observer", "Ledger", "Tribune", "Dispatch"},
            {"Zeitung", "Rundschau", "Anzeiger", "Kurier", "Tagblatt", "Nachrichten"},
            {"Journal", "Courrier", "Républicain", "Progrès", "Messager", "Éclaireur"}};
    private static final String[] FIRST = {"Ana", "Ben", "Claire", "David", "Elif", "Farid", "Grace", "Hanna", "Ines",
            "Jonas", "Karim", "Laura", "Marie", "Nils", "Olga", "Pierre", "Rosa", "Sophie", "Tomás", "Victor", "Wen",
            "Yusuf", "Zoé", "Jean-Luc"};
    private static final String[] LAST = {"Ruiz", "Okoro", "Müller", "Dubois", "Lefèvre", "Schmidt", "Nakamura",
            "Kowalski", "Haddad", "O'Neill", "McAllister", "Rossi", "Petrov", "Andersen", "Fischer", "Moreau", "Brennan",
            "Chen", "Osei", "Lindqvist"};
    private static final String[] AGENCIES = {"AFP", "Reuters", "AP", "dpa", "EPA", "Getty Images", "ANP", "Xinhua"};
    private static final String[][] SECTIONS = {
            {"World", "Politics", "Business", "Sport", "Culture", "Science", "Opinion", "Local"},
            {"Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Panorama", "Meinung", "Regional"},
            {"Monde", "Politique", "Économie", "Sport", "Culture", "Sciences", "Opinions", "Régions"}};
    private static final String[][] TAGS = {
            {"elections", "Congress", "climate", "health care", "economy", "Europe", "Middle East", "courts", "energy", "schools"},
            {"Wahlen", "Bundestag", "Klima", "Gesundheit", "Wirtschaft", "Europa", "Nahost", "Justiz", "Energie", "Schule"},
            {"élections", "Assemblée", "climat", "santé", "économie", "Europe", "Proche-Orient", "justice", "énergie", "école"}};
    private static final String[][] WEEKDAYS = {
            {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
            {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"},
            {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}};
    private static final String[][] MONTHS = {
            {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
            {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
            {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}};
    private static final String[] CITIES = {"WASHINGTON", "MOSCOW", "BERLIN", "PARIS", "UNITED NATIONS", "LONDON",
            "NAIROBI", "TOKYO", "BRUSSELS", "NEW DELHI", "SÃO PAULO", "GENEVA"};

    /** An outlet's style: its language, its site name and two templates per kind. */
    private record Style(int language, String site, Map<String, String[]> templates) {
    }

    private final long seed;
    private final Map<String, Style> styles = new HashMap<>();

    BoilerplateGenerator(long seed) {
        this.seed = seed;
    }

    /** The site name printed by the outlet known by {@code outletKey}. */
    String siteName(String outletKey) {
        return style(outletKey).site;
    }

    /**
     * A page of the outlet {@code outletKey} around {@code body}: boilerplate at the top, between the headline and
     * the body, now and then between body paragraphs, and at the bottom. {@code title} may be null.
     */
    List<Line> page(String outletKey, String pageId, String title, List<String> body) {
        Style style = style(outletKey);
        Random random = new Random(seed * 31 + pageId.hashCode());
        Fill fill = new Fill(style, random, title);
        List<Line> lines = new ArrayList<>();
        maybe(lines, random, 0.15, "cookie", style, fill);
        if (random.nextDouble() < 0.45) {
            add(lines, "banner", style, fill);
            if (random.nextDouble() < 0.3) {
                add(lines, "banner", style, fill);
            }
        }
        maybe(lines, random, 0.15, "donation", style, fill);
        maybe(lines, random, 0.45, "breadcrumb", style, fill);
        maybe(lines, random, 0.1, "share", style, fill);
        if (title != null) {
            lines.add(new Line(title, "headline"));
        }
        maybe(lines, random, 0.55, "byline", style, fill);
        maybe(lines, random, 0.5, "date line", style, fill);
        maybe(lines, random, 0.2, "share", style, fill);
        maybe(lines, random, 0.15, "credit", style, fill);
        maybe(lines, random, 0.2, "dateline", style, fill);
        for (int i = 0; i < body.size(); i++) {
            lines.add(new Line(body.get(i), BODY));
            boolean middle = i >= 1 && i < body.size() - 2;
            if (middle && random.nextDouble() < 0.06) {
                String[] kinds = {"newsletter", "donation", "credit", "share"};
                add(lines, kinds[random.nextInt(kinds.length)], style, fill);
            }
        }
        maybe(lines, random, 0.15, "credit", style, fill);
        maybe(lines, random, 0.4, "share", style, fill);
        maybe(lines, random, 0.45, "tag list", style, fill);
        maybe(lines, random, 0.35, "newsletter", style, fill);
        maybe(lines, random, 0.3, "donation", style, fill);
        maybe(lines, random, 0.4, "comment", style, fill);
        maybe(lines, random, 0.2, "banner", style, fill);
        maybe(lines, random, 0.35, "copyright", style, fill);
        maybe(lines, random, 0.1, "cookie", style, fill);
        return lines;
    }

    private static void maybe(List<Line> lines, Random random, double probability, String kind, Style style, Fill fill) {
        if (random.nextDouble() < probability) {
            add(lines, kind, style, fill);
        }
    }

    private static void add(List<Line> lines, String kind, Style style, Fill fill) {
        String[] two = style.templates.get(kind);
        String template = two[fill.random.nextInt(two.length)];
        lines.add(new Line(fill.apply(template), kind));
    }

    private Style style(String outletKey) {
        return styles.computeIfAbsent(outletKey, key -> {
            Random random = new Random(seed * 17 + key.hashCode());
            double p = random.nextDouble();
            int language = p < 0.6 ? EN : p < 0.8 ? DE : FR;
            String town = TOWNS[random.nextInt(TOWNS.length)];
            String noun = SITE_NOUNS[language][random.nextInt(SITE_NOUNS[language].length)];
            String site = switch (language) {
                case DE -> town + "er " + noun;
                case FR -> "Le " + noun + " de " + town;
                default -> "The " + town + " " + noun;
            };
            Map<String, String[]> templates = new HashMap<>();
            for (Map.Entry<String, String[][]> entry : TEMPLATES.entrySet()) {
                String[] pool = entry.getValue()[language];
                String first = pool[random.nextInt(pool.length)];
                String second = pool[random.nextInt(pool.length)];
                templates.put(entry.getKey(), new String[] {first, second});
            }
            return new Style(language, site, templates);
        });
    }

    /** Fills a template's placeholders for one page. */
    private static final class Fill {
        private final Style style;
        private final Random random;
        private final String headline;

        Fill(Style style, Random random, String title) {
            this.style = style;
            this.random = random;
            this.headline = title != null ? title : "Latest news";
        }

        String apply(String template) {
            int lang = style.language;
            String name = pick(FIRST) + " " + pick(LAST);
            int month = random.nextInt(12);
            String text = template
                    .replace("{site}", style.site)
                    .replace("{NAME}", name.toUpperCase(java.util.Locale.ROOT))
                    .replace("{name2}", pick(FIRST) + " " + pick(LAST))
                    .replace("{name}", name)
                    .replace("{agency}", pick(AGENCIES))
                    .replace("{price}", lang == EN ? "$" + (1 + random.nextInt(10)) : (1 + random.nextInt(10)) + " €")
                    .replace("{n}", Integer.toString(random.nextInt(300)))
                    .replace("{weekday}", pick(WEEKDAYS[lang]))
                    .replace("{month}", MONTHS[lang][month])
                    .replace("{mm}", String.format("%02d", month + 1))
                    .replace("{day}", Integer.toString(1 + random.nextInt(28)))
                    .replace("{year}", Integer.toString(2012 + random.nextInt(14)))
                    .replace("{hour}", Integer.toString(1 + random.nextInt(12)))
                    .replace("{minute}", String.format("%02d", random.nextInt(60)))
                    .replace("{ampm}", random.nextBoolean() ? "AM" : "PM")
                    .replace("{CITY}", pick(CITIES))
                    .replace("{city}", capitalized(pick(CITIES)))
                    .replace("{headline}", headline)
                    .replace("{tag1}", pick(TAGS[lang]))
                    .replace("{tag2}", pick(TAGS[lang]))
                    .replace("{tag3}", pick(TAGS[lang]));
            String section = pick(SECTIONS[lang]);
            text = text.replace("{SECTION}", section.toUpperCase(java.util.Locale.ROOT)).replace("{section}", section)
                    .replace("{sub}", pick(SECTIONS[lang]));
            if (text.contains("{dmy}")) {
                text = text.replace("{dmy}", String.format("%02d/%02d/%d", 1 + random.nextInt(28), month + 1, 2012 + random.nextInt(14)));
            }
            return text;
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }

        private static String capitalized(String city) {
            StringBuilder out = new StringBuilder();
            for (String word : city.toLowerCase(java.util.Locale.ROOT).split(" ")) {
                out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
            return out.toString();
        }
    }
}
