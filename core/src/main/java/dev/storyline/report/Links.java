package dev.storyline.report;

import java.util.Locale;

/** Which document URLs the human-readable reports show as links: only web pages, never {@code javascript:} or {@code data:}. */
final class Links {

    private Links() {
    }

    /** The URL trimmed when its scheme is http or https (in any case), else null: then it is shown as text only. */
    static String webUrl(String url) {
        if (url == null) {
            return null;
        }
        String trimmed = url.strip();
        int colon = trimmed.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String scheme = trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") ? trimmed : null;
    }
}
