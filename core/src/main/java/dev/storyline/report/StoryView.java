package dev.storyline.report;

import dev.storyline.model.Claim;
import dev.storyline.model.ClaimStatus;
import dev.storyline.model.Family;
import dev.storyline.model.StoryEntity;
import dev.storyline.model.StoryQuote;
import dev.storyline.model.Story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the human-readable reports show for one story, computed once for both Markdown and HTML: its sources with
 * copies folded, who said what grouped by speaker (the story entity when the speaker is one), and the claims by
 * status.
 */
final class StoryView {

    /** One source: the canonical copy of a family and the other documents that carry the same text. */
    record Source(String canonical, List<String> copies) {
    }

    final Story story;
    final List<Source> sources = new ArrayList<>();
    final Map<String, List<StoryQuote>> quotesBySpeaker = new LinkedHashMap<>();
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
        Map<String, String> entityNames = new HashMap<>();
        for (StoryEntity entity : story.entities()) {
            entityNames.put(entity.id(), entity.name());
        }
        for (StoryQuote quote : story.quotes()) {
            String speaker = quote.speakerId() != null ? entityNames.get(quote.speakerId())
                    : quote.speaker() == null ? "Unattributed"
                    : quote.anonymous() ? quote.speaker() + " (unnamed source)" : quote.speaker();
            quotesBySpeaker.computeIfAbsent(speaker, k -> new ArrayList<>()).add(quote);
        }
        for (ClaimStatus status : new ClaimStatus[] {ClaimStatus.DISPUTED, ClaimStatus.AGREED, ClaimStatus.SINGLE_SOURCE}) {
            claims.put(status, new ArrayList<>());
        }
        for (Claim claim : story.claims()) {
            claims.get(claim.status()).add(claim);
        }
    }
}
