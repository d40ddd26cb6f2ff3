package dev.storyline.report;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.CopyAlignment;
import dev.storyline.model.Family;
import dev.storyline.model.Report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the human-readable reports show for a family with copies, computed once for both Markdown and HTML: the
 * canonical document and, for each other member, how its paragraphs line up with the canonical ones.
 */
final class FamilyView {

    /** Passages quoted in the reports are cut to about this many characters; report.json has them whole. */
    static final int EXCERPT_CHARS = 200;

    /** One copy and its alignment with the canonical document, or null when the family carries none for it. */
    record Copy(String document, CopyAlignment alignment) {
    }

    final Family family;
    final int canonicalParagraphs;
    final List<Copy> copies = new ArrayList<>();

    FamilyView(Family family, ReportIndex index) {
        this.family = family;
        AnalyzedDocument canonical = index.documents.get(family.canonical());
        this.canonicalParagraphs = canonical == null ? 0 : canonical.article().paragraphs().size();
        Map<String, CopyAlignment> alignments = new HashMap<>();
        for (CopyAlignment alignment : family.copies()) {
            alignments.put(alignment.document(), alignment);
        }
        for (String id : family.documents()) {
            if (!id.equals(family.canonical())) {
                copies.add(new Copy(id, alignments.get(id)));
            }
        }
    }

    /** The families of the report that have more than one member, in report order. */
    static List<FamilyView> withCopies(Report report, ReportIndex index) {
        List<FamilyView> views = new ArrayList<>();
        for (Family family : report.families()) {
            if (family.documents().size() > 1) {
                views.add(new FamilyView(family, index));
            }
        }
        return views;
    }

    /** The text cut at a word boundary near {@link #EXCERPT_CHARS} characters, with an ellipsis when cut. */
    static String excerpt(String text) {
        if (text.length() <= EXCERPT_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_CHARS);
        if (cut < EXCERPT_CHARS / 2) {
            cut = Character.isHighSurrogate(text.charAt(EXCERPT_CHARS - 1)) ? EXCERPT_CHARS - 1 : EXCERPT_CHARS;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }
}
