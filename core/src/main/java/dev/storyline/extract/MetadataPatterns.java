package dev.storyline.extract;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads metadata written as text in a page: outlet names in boilerplate, bylines, date labels, datelines. */
final class MetadataPatterns {

    private static final String NAME = "((?:The |the )?[A-Z][\\p{L}&.'’-]*(?: (?:of |and |on )?[A-Z][\\p{L}&.'’-]*){0,5})";
    private static final Pattern[] OUTLET_PATTERNS = {
            Pattern.compile("^(?:©|\\(c\\)|Copyright)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s+)?" + NAME),
            Pattern.compile("^A message from " + NAME + "\\s*:", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^Support " + NAME + "\\s*[!.]"),
    };
    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY|Written by|Reporting by)\\s+([A-Z][\\p{L}.'’-]+(?:\\s+(?:and\\s+)?[A-Z][\\p{L}.'’-]+){0,5})(?:\\s*[,|–-].*)?$");
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "^(published|posted|date|first published)( on| at)?\\s*:?\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATED_LABEL = Pattern.compile("^(updated|last updated|modified)( on| at)?\\s*:?\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE = Pattern.compile("^[A-Z][A-Z .'-]{1,40},\\s*(.{6,30}?\\d{4})\\b");

    private MetadataPatterns() {
    }

    /**
     * The outlet named in boilerplate lines ("© 2026 X", "A Message from X:", "Support The X!", in that order of
     * trust), or null.
     */
    static String outletIn(List<String> lines) {
        for (Pattern pattern : OUTLET_PATTERNS) {
            for (String line : lines) {
                String name = match(pattern, line);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    private static String match(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).trim();
        int sentenceEnd = name.indexOf(". ");
        if (sentenceEnd > 0) {
            name = name.substring(0, sentenceEnd);
        }
        if (name.startsWith("the ")) {
            name = "The " + name.substring(4);
        }
        return name.replaceAll("[.]$", "");
    }

    /** The author named by a byline line ("By Ana Ruiz"), or null. */
    static String bylineIn(String line) {
        Matcher m = BYLINE.matcher(line.trim());
        return m.matches() ? m.group(1).trim() : null;
    }

    static boolean isPublishedLabel(String line) {
        return PUBLISHED_LABEL.matcher(line).find();
    }

    static boolean isUpdatedLabel(String line) {
        return UPDATED_LABEL.matcher(line).find();
    }

    /** True for a line or paragraph opening with a dateline: a place in capitals, a comma and a date. */
    static boolean startsWithDateline(String line) {
        Matcher m = DATELINE.matcher(line);
        return m.find() && DateParser.parse(m.group(1)) != null;
    }

    /** The host of a URL without {@code www.}, or null. */
    static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.trim()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
