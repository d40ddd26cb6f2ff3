package dev.storyline.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlDateFinderTest {

    private static final HtmlDateFinder.Window WINDOW =
            new HtmlDateFinder.Window(LocalDate.of(1995, 1, 1), LocalDate.of(2024, 12, 31));

    private static Page page(String head, String body) {
        return page(head, body, "https://news.example/bridge");
    }

    private static Page page(String head, String body, String url) {
        return Page.parse("<html><head>" + head + "</head><body>" + body + "</body></html>", url);
    }

    private static Page body(String body) {
        return page("<title>Council approves new bridge | City News</title>", body);
    }

    // ---- json-ld

    @Test
    void jsonLdReadsDatePublishedOfTheArticleInAGraph() {
        Page page = page("""
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebPage","datePublished":"2018-01-01T00:00:00Z"},
                  {"@type":"NewsArticle","datePublished":"2019-05-12T08:30:00+02:00","dateModified":"2019-05-14"}]}
                </script>""", "");

        assertThat(DateRule.JSON_LD.find(page, WINDOW)).isEqualTo(LocalDate.of(2019, 5, 12));
    }

    @Test
    void jsonLdReadsArraysFallsBackToDateCreatedAndSkipsBrokenBlocks() {
        Page page = page("""
                <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>
                <script type="application/ld+json">[{"@type":"Organization","name":"City News"},
                  {"@type":"BlogPosting","dateCreated":"2017-03-02"}]</script>""", "");

        assertThat(DateRule.JSON_LD.find(page, WINDOW)).isEqualTo(LocalDate.of(2017, 3, 2));
    }

    @Test
    void jsonLdIgnoresDatesOfComments() {
        Page page = page("""
                <script type="application/ld+json">{"@type":"WebPage",
                  "comment":[{"@type":"Comment","datePublished":"2020-02-02"}]}</script>""", "");

        assertThat(DateRule.JSON_LD.find(page, WINDOW)).isNull();
    }

    // ---- meta

    @Test
    void metaPrefersThePublicationTagOverAGenericDate() {
        Page page = page("""
                <meta name="date" content="2021-12-20">
                <meta property="article:published_time" content="2021-11-29T14:13:37+00:00">
                <meta property="article:modified_time" content="2022-01-12T14:27:30+00:00">""", "");

        assertThat(DateRule.META.find(page, WINDOW)).isEqualTo(LocalDate.of(2021, 11, 29));
        assertThat(DateRule.GENERIC_META.find(page, WINDOW)).isEqualTo(LocalDate.of(2021, 12, 20));
        assertThat(DateRule.MODIFIED.find(page, WINDOW)).isEqualTo(LocalDate.of(2022, 1, 12));
    }

    @Test
    void metaReadsOtherVocabulariesThatNameAPublication() {
        Page page = page("<meta property=\"photos:uploaded\" content=\"2013-02-16T04:36:36-05:00\">"
                + "<meta itemprop=\"datePublished\" content=\"\">", "");

        assertThat(DateRule.META.find(page, WINDOW)).isEqualTo(LocalDate.of(2013, 2, 16));
    }

    // ---- time elements

    @Test
    void timeElementTakesTheArticlesTimeNotTheSidebarsOrTheComments() {
        Page page = body("""
                <aside><time datetime="2019-06-01">1 June</time></aside>
                <article><h1>Council approves new bridge</h1>
                  <p class="meta">By Ana Ruiz, <time datetime="2019-05-12T10:00:00+02:00">12 May 2019</time></p>
                  <p>The council voted on Tuesday.</p>
                  <div class="comments"><time datetime="2019-05-13">13 May</time></div>
                </article>""");

        assertThat(DateRule.TIME_ELEMENT.find(page, WINDOW)).isEqualTo(LocalDate.of(2019, 5, 12));
    }

    @Test
    void timeElementPrefersOneMarkedAsThePublicationAndSkipsUpdates() {
        Page page = body("""
                <h1>Council approves new bridge</h1>
                <span class="updated"><time datetime="2019-05-20">20 May</time></span>
                <time datetime="2019-05-18">18 May</time>
                <p>Text.</p>
                <time class="entry-date published" datetime="2019-05-12">12 May</time>""");

        assertThat(DateRule.TIME_ELEMENT.find(page, WINDOW)).isEqualTo(LocalDate.of(2019, 5, 12));
    }

    // ---- date elements

    @Test
    void dateElementReadsTheTextOfADateNamedElementNearestTheHeading() {
        Page page = body("""
                <div class="teaser"><span class="date">01.01.2019</span></div>
                <h1>Council approves new bridge</h1>
                <div class="post-meta">Von Anna Weber | <span class="datum">12. Mai 2019</span></div>
                <p>Der Rat hat am Dienstag entschieden.</p>
                <div class="kommentare"><span class="date">13. Mai 2019</span></div>""");

        assertThat(DateRule.DATE_ELEMENT.find(page, WINDOW)).isEqualTo(LocalDate.of(2019, 5, 12));
    }

    @Test
    void dateElementTakesAnUpdateOnlyWhenNothingElseIsDated() {
        Page labelled = body("<h1>Council approves new bridge</h1><p class=\"info\">Aktualisiert: 30.12.2016</p>");
        Page both = body("<h1>Council approves new bridge</h1><p class=\"info\">Aktualisiert: 30.12.2016</p>"
                + "<p class=\"date\">12.12.2016</p>");

        assertThat(DateRule.DATE_ELEMENT.find(labelled, WINDOW)).isEqualTo(LocalDate.of(2016, 12, 30));
        assertThat(DateRule.DATE_ELEMENT.find(both, WINDOW)).isEqualTo(LocalDate.of(2016, 12, 12));
    }

    @Test
    void dateElementSkipsTodaysDateInTheSiteBanner() {
        Page page = body("""
                <header><a class="logo">City News</a><span class="date">Mittwoch, 26.02.2020</span></header>
                <main><h1>Council approves new bridge</h1><p>Text of the article.</p></main>""");

        assertThat(DateRule.DATE_ELEMENT.find(page, WINDOW)).isNull();
    }

    // ---- url

    private static LocalDate url(String url) {
        return DateRule.URL.find(Page.parse("<p>Text</p>", url), WINDOW);
    }

    @Test
    void urlReadsFullDatesOnly() {
        assertThat(url("https://a.example/2019/05/12/bridge/")).isEqualTo(LocalDate.of(2019, 5, 12));
        assertThat(url("https://a.example/home/2017/7/3/bridge")).isEqualTo(LocalDate.of(2017, 7, 3));
        assertThat(url("https://a.example/news/20190512-bridge")).isEqualTo(LocalDate.of(2019, 5, 12));
        assertThat(url("https://a.example/2019-05-12-bridge.html")).isEqualTo(LocalDate.of(2019, 5, 12));
        assertThat(url("https://a.example/2019/05/bridge/")).isNull();
        assertThat(url("https://web.archive.org/web/20130217080612/http://a.example/x")).isNull();
        assertThat(url(null)).isNull();
    }

    // ---- visible text

    @Test
    void textTakesTheFirstDateFromTheHeadingOnSkippingCopyrightAndUpdates() {
        Page page = body("""
                <div class="top">Heute ist Montag, 3. Juni 2019</div>
                <div class="navigation">Archiv: 1. Januar 2019</div>
                <h1>Council approves new bridge</h1>
                <p>Aktualisiert am 14. Mai 2019</p>
                <p>Erschienen 12. Mai 2019. Der Rat hat am 7. Mai 2019 entschieden.</p>
                <p>© 2019 City News</p>""");

        assertThat(DateRule.TEXT.find(page, WINDOW)).isEqualTo(LocalDate.of(2019, 5, 12));
    }

    @Test
    void publishedLabelTakesTheDateAfterAPublicationWord() {
        Page page = body("""
                <h1>Council approves new bridge</h1>
                <p>The vote of 7 May 2019 was close.</p>
                <p>Published on May 12, 2019 | Updated May 14, 2019</p>""");

        assertThat(DateRule.PUBLISHED_LABEL.find(page, WINDOW)).isEqualTo(LocalDate.of(2019, 5, 12));
    }

    @Test
    void titleReadsADateInTheTitleOrDescription() {
        Page page = page("<title>Parks</title><meta name=\"description\" content=\"Notizia del 14 Gennaio 2020\">", "");

        assertThat(DateRule.TITLE.find(page, WINDOW)).isEqualTo(LocalDate.of(2020, 1, 14));
    }

    @Test
    void anyTextLooksInSidebarsWhenNothingElseIsThere() {
        Page page = body("<h1>Council approves new bridge</h1><p>Text.</p><div id=\"sidebar\">19. Mai 2010</div>");

        assertThat(DateRule.TEXT.find(page, WINDOW)).isNull();
        assertThat(DateRule.ANY_TEXT.find(page, WINDOW)).isEqualTo(LocalDate.of(2010, 5, 19));
    }

    // ---- the whole page

    @Test
    void findPrefersStructuredDataOverTheText() {
        Page page = page("<meta property=\"article:published_time\" content=\"2019-05-12T08:00:00Z\">",
                "<h1>Council approves new bridge</h1><p>The plan dates from 3 March 2017.</p>");

        assertThat(HtmlDateFinder.decide(page)).isEqualTo(new HtmlDateFinder.Finding(LocalDate.of(2019, 5, 12), "meta"));
    }

    @Test
    void findTakesTheShownDateWhenTheMetadataWroteTheInstantInUtc() {
        Page page = page("<meta property=\"article:published_time\" content=\"2019-10-18T22:04:00Z\">", """
                <h1>Council approves new bridge</h1><span class="date">19. Oktober 2019 00:04 Uhr</span>""");

        HtmlDateFinder.Finding finding = HtmlDateFinder.decide(page, LocalDate.of(2024, 1, 1));

        assertThat(finding.date()).isEqualTo(LocalDate.of(2019, 10, 19));
        assertThat(finding.rule()).isEqualTo("date-element");
    }

    @Test
    void findTakesAnEarlierUrlDateOverALaterStructuredDate() {
        Page page = page("<meta property=\"article:published_time\" content=\"2019-06-17T18:28:00+0200\">", "",
                "https://news.example/home/2017/7/12/bridge");

        HtmlDateFinder.Finding finding = HtmlDateFinder.decide(page);

        assertThat(finding).isEqualTo(new HtmlDateFinder.Finding(LocalDate.of(2017, 7, 12), "url"));
    }

    @Test
    void findTakesTheModificationDateThePageShowsFirst() {
        Page page = page("""
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2016-08-29",
                  "dateModified":"2019-05-06T10:00:00Z"}</script>""",
                "<h1>Council approves new bridge</h1><p>May 6, 2019</p><p>The council voted on 29 August 2016.</p>");

        assertThat(HtmlDateFinder.decide(page)).isEqualTo(new HtmlDateFinder.Finding(LocalDate.of(2019, 5, 6), "shown-update"));
    }

    @Test
    void findTakesALaterShownDateThatTheTextShowsFirst() {
        Page page = page("<meta property=\"article:published_time\" content=\"2011-02-21T08:00:00Z\">",
                "<h1>Council approves new bridge</h1><span class=\"date\">03.03.2011</span><p>Text.</p>");

        assertThat(HtmlDateFinder.decide(page)).isEqualTo(new HtmlDateFinder.Finding(LocalDate.of(2011, 3, 3), "date-element"));
    }

    @Test
    void findKeepsTheStructuredDateWhenALaterShownDateIsNotTheFirstOfTheText() {
        Page page = page("<meta property=\"article:published_time\" content=\"2019-05-12T08:00:00Z\">",
                "<h1>Council approves new bridge</h1><p>Written 12 May 2019.</p><p class=\"date\">20.05.2019</p>");

        assertThat(HtmlDateFinder.decide(page)).isEqualTo(new HtmlDateFinder.Finding(LocalDate.of(2019, 5, 12), "meta"));
    }

    @Test
    void findRejectsDatesBefore1995AndAfterTheLatestDay() {
        Page page = page("<meta name=\"pubdate\" content=\"1970-01-01\">",
                "<h1>Council approves new bridge</h1><p>Posted 12 May 2031</p><p>Written 12 May 2019</p>");

        assertThat(HtmlDateFinder.decide(page, LocalDate.of(2024, 1, 1)))
                .isEqualTo(new HtmlDateFinder.Finding(LocalDate.of(2019, 5, 12), "text"));
    }

    @Test
    void findReturnsNullForAPageWithoutADate() {
        Page page = body("<h1>Council approves new bridge</h1><p>No date anywhere. © City News</p>");

        assertThat(HtmlDateFinder.find(page)).isNull();
        assertThat(HtmlDateFinder.decide(page)).isNull();
    }

    // ---- labels

    @Test
    void aPublicationLabelLabelsOnlyTheFirstDateAfterItWithinReach() {
        HtmlDateFinder.Window window = WINDOW;

        assertThat(DateLabels.firstPublishedDate("Posted by Ana on 12 May 2019, edited 14 May 2019", window))
                .isEqualTo(LocalDate.of(2019, 5, 12));
        assertThat(DateLabels.firstPublishedDate("Published: 3 March 2017 and 12 May 2019", window))
                .isEqualTo(LocalDate.of(2017, 3, 3));
        assertThat(DateLabels.firstPublishedDate("Published, then updated 12 May 2019", window)).isNull();
        assertThat(DateLabels.firstPublishedDate("Published in the long and winding series of reports of 12 May 2019",
                window)).isNull();
        assertThat(DateLabels.firstPublishedDate("Posted in 1970-01-01 | Posted 2019-05-12", window))
                .isEqualTo(LocalDate.of(2019, 5, 12));
    }

    @Test
    void theLabelledPublishedDateAgreesWithTheLabelsOfAllDates() {
        String[] texts = {
            "Home  News  Published 12.05.2019 Updated 13.05.2019 The council met on 7 May 2019.",
            "© 2018 City News. Veröffentlicht am 3. Juni 2019, 10:00 Uhr",
            "Posted on May 12, 2019 by Ana. Posted in Politics. Published 2019-05-20",
            "publié le 14/05/2019 à 10h00 — mis à jour le 15/05/2019",
        };
        for (String text : texts) {
            LocalDate expected = null;
            for (DateLabels.Labelled labelled : DateLabels.labelledDates(text, WINDOW)) {
                if (labelled.cue() == DateLabels.Cue.PUBLISHED) {
                    expected = labelled.date();
                    break;
                }
            }
            assertThat(DateLabels.firstPublishedDate(text, WINDOW)).as(text).isEqualTo(expected);
        }
    }
}
