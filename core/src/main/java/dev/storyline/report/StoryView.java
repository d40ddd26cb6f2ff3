package dev.storyline.report;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Claim;
import dev.storyline.model.ClaimStatus;
import dev.storyline.model.Family;
import dev.storyline.model.Quote;
import dev.storyline.model.Story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the human-readable reports show for one story, computed once for both Markdown and HTML: its sources with
 * copies folded, who said what, and the claims by status.
 */
final class StoryView {

    /** One source: the canonical copy of a family and the other documents that carry the same text. */
    record Source(String canonical, List<String> copies) {
    }

    /** One quote and the documents that carry it. */
    record AttributedQuote(String text, Set<String> documents) {
    }

    final Story story;
    final List<Source> sources = new ArrayList<>();
    final Map<String, List<AttributedQuote>> quotesBySpeaker = new LinkedHashMap<>();
    final Map<ClaimStatus, List<Claim>> claims = new LinkedHashMap<>();

    StoryView(Story story, ReportIndex index) {
        this.story = story;
        Set<String> seenFamilies = new LinkedHashSet<>();
        for (String id : story.documents()) {
            String familyId = index.familyOf.get(id);
            if (seenFamilies.add(familyId)) {
                Family family = index.families.get(familyId);
                List<String> copies = new ArrayList<>(family.documents());
                copies.remove(family.canonical());
                sources.add(new Source(family.canonical(), copies));
            }
        }
        for (String id : story.documents()) {
            AnalyzedDocument document = index.documents.get(id);
            for (Quote quote : document.quotes()) {
                String speaker = quote.speaker() == null ? "Unattributed"
                        : quote.anonymous() ? quote.speaker() + " (unnamed source)" : quote.speaker();
                List<AttributedQuote> quotes = quotesBySpeaker.computeIfAbsent(speaker, s -> new ArrayList<>());
                AttributedQuote same = null;
                for (AttributedQuote existing : quotes) {
                    if (normalize(existing.text).equals(normalize(quote.text()))) {
                        same = existing;
                    }
                }
                if (same == null) {
                    quotes.add(new AttributedQuote(quote.text(), new LinkedHashSet<>(List.of(id))));
                } else {
                    same.documents.add(id);
                }
            }
        }
        for (ClaimStatus status : new ClaimStatus[] {ClaimStatus.DISPUTED, ClaimStatus.AGREED, ClaimStatus.SINGLE_SOURCE}) {
            claims.put(status, new ArrayList<>());
        }
        for (Claim claim : story.claims()) {
            claims.get(claim.status()).add(claim);
        }
    }

    private static String normalize(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
