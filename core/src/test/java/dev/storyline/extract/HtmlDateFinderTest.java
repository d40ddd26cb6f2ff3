package dev.storyline.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlDateFinderTest {

    private static final HtmlDateFinder.Window WINDOW =
            new HtmlDateFinder.Window(LocalDate.of(1995, 1, 1), LocalDate.of(2024, 12, 31));

    private static Document page(String head, String body) {
        return Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", "https://news.example/");
    }

    private static Document body(String body) {
        return page("<title>Council approves new bridge | City News</title>", body);
    }

    // ---- json-ld

    @Test
    void jsonLdReadsDatePublishedOfTheArticleInAGraph() {
        Document page = page("""
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebPage","datePublished":"2018-01-01T00:00:00Z"},
                  {"@type":"NewsArticle","datePublished":"2019-05-12T08:30:00+02:00","dateModified":"2019-05-14"}]}
                </script>""", "");

        assertThat(HtmlDateFinder.fromJsonLd(page, WINDOW)).isEqualTo(LocalDate.of(2019, 5, 12));
    }

    @Test
    void jsonLdReadsArraysFallsBackToDateCreatedAndSkipsBrokenBlocks() {
        Document page = page("""
                <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>
                <script type="application/ld+json">[{"@type":"Organization","name":"City News"},
                  {"@type":"BlogPosting","dateCreated":"2017-03-02"}]</script>""", "");

        assertThat(HtmlDateFinder.fromJsonLd(page, WINDOW)).isEqualTo(LocalDate.of(2017, 3, 2));
    }

    @Test
    void jsonLdIgnoresDatesOfComments() {
        Document page = page("""
                <script type="application/ld+json">{"@type":"WebPage",
                  "comment":[{"@type":"Comment","datePublished":"2020-02-02"}]}</script>""", "");

        assertThat(HtmlDateFinder.fromJsonLd(page, WINDOW)).isNull();
    }

    // ---- meta

    @Test
    void metaPrefersThePublicationTagOverAGenericDate() {
        Document page = page("""
                <meta name="date" content="2021-12-20">
                <meta property="article:published_time" content="2021-11-29T14:13:37+00:00">
                <meta property="article:modified_time" content="2022-01-12T14:27:30+00:00">""", "");

        assertThat(HtmlDateFinder.fromMeta(page, WINDOW)).isEqualTo(LocalDate.of(2021, 11, 29));
        assertThat(HtmlDateFinder.fromGenericMeta(page, WINDOW)).isEqualTo(LocalDate.of(2021, 12, 20));
        assertThat(HtmlDateFinder.fromModified(page, WINDOW)).isEqualTo(LocalDate.of(2022, 1, 12));
    }

    @Test
    void metaReadsOtherVocabulariesThatNameAPublication() {
        Document page = page("<meta property=\"photos:uploaded\" content=\"2013-02-16T04:36:36-05:00\">"
                + "<meta itemprop=\"datePublished\" content=\"\">", "");

        assertThat(HtmlDateFinder.fromMeta(page, WINDOW)).isEqualTo(LocalDate.of(2013, 2, 16));
    }

    // ---- time elements

    @Test
    void timeElementTakesTheArticlesTimeNotTheSidebarsOrTheComments() {
        Document page = body("""
                <aside><time datetime="2019-06-01">1 June</time></aside>
                <article><h1>Council approves new bridge</h1>
                  <p class="meta">By Ana Ruiz, <time datetime="2019-05-12T10:00:00+02:00">12 May 2019</time></p>
                  <p>The council voted on Tuesday.</p>
                  <div class="comments"><time datetime="2019-05-13">13 May</time></div>
                </article>""");

        assertThat(HtmlDateFinder.fromTimeElements(page, WINDOW)).isEqualTo(LocalDate.of(2019, 5, 12));
    }

    @Test
    void timeElementPrefersOneMarkedAsThePublicationAndSkipsUpdates() {
        Document page = body("""
                <h1>Council approves new bridge</h1>
                <span class="updated"><time datetime="2019-05-20">20 May</time></span>
                <time datetime="2019-05-18">18 May</time>
                <p>Text.</p>
                <time class="entry-date published" datetime="2019-05-12">12 May</time>""");

        assertThat(HtmlDateFinder.fromTimeElements(page, WINDOW)).isEqualTo(LocalDate.of(2019, 5, 12));
    }

    // ---- date elements

    @Test
    void dateElementReadsTheTextOfADateNamedElementNearestTheHeading() {
        Document page = body("""
                <div class="teaser"><span class="date">01.01.2019</span></div>
                <h1>Council approves new bridge</h1>
                <div class="post-meta">Von Anna Weber | <span class="datum">12. Mai 2019</span></div>
                <p>Der Rat hat am Dienstag entschieden.</p>
                <div class="kommentare"><span class="date">13. Mai 2019</span></div>""");

        assertThat(HtmlDateFinder.fromDateElements(page, WINDOW)).isEqualTo(LocalDate.of(2019, 5, 12));
    }

    @Test
    void dateElementTakesAnUpdateOnlyWhenNothingElseIsDated() {
        Document labelled = body("<h1>Council approves new bridge</h1><p class=\"info\">Aktualisiert: 30.12.2016</p>");
        Document both = body("<h1>Council approves new bridge</h1><p class=\"info\">Aktualisiert: 30.12.2016</p>"
                + "<p class=\"date\">12.12.2016</p>");

        assertThat(HtmlDateFinder.fromDateElements(labelled, WINDOW)).isEqualTo(LocalDate.of(2016, 12, 30));
        assertThat(HtmlDateFinder.fromDateElements(both, WINDOW)).isEqualTo(LocalDate.of(2016, 12, 12));
    }

    @Test
    void dateElementSkipsTodaysDateInTheSiteBanner() {
        Document page = body("""
                <header><a class="logo">City News</a><span class="date">Mittwoch, 26.02.2020</span></header>
                <main><h1>Council approves new bridge</h1><p>Text of the article.</p></main>""");

        assertThat(HtmlDateFinder.fromDateElements(page, WINDOW)).isNull();
    }

    // ---- url

    @Test
    void urlReadsFullDatesOnly() {
        assertThat(HtmlDateFinder.fromUrl("https://a.example/2019/05/12/bridge/", WINDOW)).isEqualTo(LocalDate.of(2019, 5, 12));
        assertThat(HtmlDateFinder.fromUrl("https://a.example/home/2017/7/3/bridge", WINDOW)).isEqualTo(LocalDate.of(2017, 7, 3));
        assertThat(HtmlDateFinder.fromUrl("https://a.example/news/20190512-bridge", WINDOW)).isEqualTo(LocalDate.of(2019, 5, 12));
        assertThat(HtmlDateFinder.fromUrl("https://a.example/2019-05-12-bridge.html", WINDOW)).isEqualTo(LocalDate.of(2019, 5, 12));
        assertThat(HtmlDateFinder.fromUrl("https://a.example/2019/05/bridge/", WINDOW)).isNull();
        assertThat(HtmlDateFinder.fromUrl("https://web.archive.org/web/20130217080612/http://a.example/x", WINDOW)).isNull();
        assertThat(HtmlDateFinder.fromUrl(null, WINDOW)).isNull();
    }

    // ---- visible text

    @Test
    void textTakesTheFirstDateFromTheHeadingOnSkippingCopyrightAndUpdates() {
        Document page = body("""
                <div class="top">Heute ist Montag, 3. Juni 2019</div>
                <div class="navigation">Archiv: 1. Januar 2019</div>
                <h1>Council approves new bridge</h1>
                <p>Aktualisiert am 14. Mai 2019</p>
                <p>Erschienen 12. Mai 2019. Der Rat hat am 7. Mai 2019 entschieden.</p>
                <p>© 2019 City News</p>""");

        assertThat(HtmlDateFinder.fromText(page, WINDOW)).isEqualTo(LocalDate.of(2019, 5, 12));
    }

    @Test
    void publishedLabelTakesTheDateAfterAPublicationWord() {
        Document page = body("""
                <h1>Council approves new bridge</h1>
                <p>The vote of 7 May 2019 was close.</p>
                <p>Published on May 12, 2019 | Updated May 14, 2019</p>""");

        assertThat(HtmlDateFinder.fromPublishedLabel(page, WINDOW)).isEqualTo(LocalDate.of(2019, 5, 12));
    }

    @Test
    void titleReadsADateInTheTitleOrDescription() {
        Document page = page("<title>Parks</title><meta name=\"description\" content=\"Notizia del 14 Gennaio 2020\">", "");

        assertThat(HtmlDateFinder.fromTitle(page, WINDOW)).isEqualTo(LocalDate.of(2020, 1, 14));
    }

    @Test
    void anyTextLooksInSidebarsWhenNothingElseIsThere() {
        Document page = body("<h1>Council approves new bridge</h1><p>Text.</p><div id=\"sidebar\">19. Mai 2010</div>");

        assertThat(HtmlDateFinder.fromText(page, WINDOW)).isNull();
        assertThat(HtmlDateFinder.fromAnyText(page, WINDOW)).isEqualTo(LocalDate.of(2010, 5, 19));
    }

    // ---- the whole page

    @Test
    void findPrefersStructuredDataOverTheText() {
        Document page = page("<meta property=\"article:published_time\" content=\"2019-05-12T08:00:00Z\">",
                "<h1>Council approves new bridge</h1><p>The plan dates from 3 March 2017.</p>");

        assertThat(HtmlDateFinder.find(page, "https://news.example/bridge")).isEqualTo(LocalDate.of(2019, 5, 12));
    }

    @Test
    void findTakesTheShownDateWhenTheMetadataWroteTheInstantInUtc() {
        Document page = page("<meta property=\"article:published_time\" content=\"2019-10-18T22:04:00Z\">", """
                <h1>Council approves new bridge</h1><span class="date">19. Oktober 2019 00:04 Uhr</span>""");

        HtmlDateFinder.Finding finding = HtmlDateFinder.decide(page, "https://news.example/bridge", LocalDate.of(2024, 1, 1));

        assertThat(finding.date()).isEqualTo(LocalDate.of(2019, 10, 19));
        assertThat(finding.rule()).isEqualTo("date-element");
    }

    @Test
    void findTakesAnEarlierUrlDateOverALaterStructuredDate() {
        Document page = page("<meta property=\"article:published_time\" content=\"2019-06-17T18:28:00+0200\">", "");

        assertThat(HtmlDateFinder.find(page, "https://news.example/home/2017/7/12/bridge")).isEqualTo(LocalDate.of(2017, 7, 12));
    }

    @Test
    void findRejectsDatesBefore1995AndAfterTheLatestDay() {
        Document page = page("<meta name=\"pubdate\" content=\"1970-01-01\">",
                "<h1>Council approves new bridge</h1><p>Posted 12 May 2031</p><p>Written 12 May 2019</p>");

        assertThat(HtmlDateFinder.find(page, "https://news.example/bridge", LocalDate.of(2024, 1, 1)))
                .isEqualTo(LocalDate.of(2019, 5, 12));
    }

    @Test
    void findReturnsNullForAPageWithoutADate() {
        Document page = body("<h1>Council approves new bridge</h1><p>No date anywhere. © City News</p>");

        assertThat(HtmlDateFinder.find(page, "https://news.example/bridge")).isNull();
    }
}
