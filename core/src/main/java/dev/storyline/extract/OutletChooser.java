package dev.storyline.extract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * Chooses the outlet that published an HTML page. The rules, in order of trust: {@code og:site_name}; the
 * {@code JSON-LD publisher} of the article (or the page's {@code WebSite} object); the {@code application-name}
 * meta tag; a {@code copyright or appeal line} of the page ("© 2026 The Daily Planet", "Support The Daily
 * Planet!"); the {@code host} of the page's address.
 */
final class OutletChooser {

    private OutletChooser() {
    }

    /** The outlet named by the page's metadata, or null; {@link #fromLines} and the host come after the body is read. */
    static Choice fromMetadata(Page page) {
        String siteName = page.meta("og:site_name");
        if (siteName != null) {
            return new Choice(siteName, "og:site_name");
        }
        JsonNode article = page.jsonLdArticle();
        String publisher = article == null ? null : name(article.path("publisher"));
        if (publisher == null) {
            for (JsonNode object : page.jsonLd()) {
                if (object.path("@type").asText("").equals("WebSite") && object.path("name").isTextual()) {
                    publisher = object.get("name").asText().strip();
                    break;
                }
            }
        }
        if (publisher != null && !publisher.isBlank()) {
            return new Choice(publisher, "JSON-LD publisher");
        }
        String application = page.meta("application-name");
        return application == null ? null : new Choice(application, "application-name");
    }

    /** The outlet a copyright or appeal line names, among the lines left out of the body and then the body. */
    static Choice fromLines(List<String> lines) {
        String named = MetadataPatterns.outletIn(lines);
        return named == null ? null : new Choice(named, "copyright or appeal line");
    }

    /** The host of the page's address, without {@code www.}. */
    static Choice fromHost(String url) {
        String host = MetadataPatterns.hostOf(url);
        return host == null ? null : new Choice(host, "host");
    }

    private static String name(JsonNode publisher) {
        JsonNode node = publisher.isArray() && !publisher.isEmpty() ? publisher.get(0) : publisher;
        if (node.isTextual()) {
            return node.asText().strip();
        }
        return node.path("name").isTextual() ? node.get("name").asText().strip() : null;
    }
}
