import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

@Suite struct HTMLArticleParserTests {
    static let page = """
        <!DOCTYPE html>
        <html><head>
        <title>Ferry fares to rise 8% | The Harbor Times</title>
        <meta property="og:title" content="Ferry fares to rise 8 percent next year">
        <meta property="og:site_name" content="The Harbor Times">
        <link rel="canonical" href="https://harbortimes.example/ferry-fares">
        <script type="application/ld+json">//<![CDATA[
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ferry fares to rise 8 percent",
         "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Tom Berg"}],
         "datePublished": "2024-03-05T09:30:00-05:00", "publisher": {"@type": "Organization", "name": "The Harbor Times"}}
        //]]></script>
        </head><body>
        <nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav>
        <div class="cookie-banner"><p>We use cookies to improve your experience, as described in our policy, and you can opt out.</p></div>
        <article class="story-body">
        <h1>Ferry fares to rise 8 percent</h1>
        <p>The ferry authority will raise fares by 8 percent in January, its board said on Tuesday, the first increase since 2019.</p>
        <p>A single crossing will cost $4.30, up from $3.98, and a monthly pass $96, according to the authority's budget.</p>
        <p>Ridership fell to 2.1 million trips last year, from 2.6 million before the pandemic, the board said.</p>
        </article>
        <aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Bridge tolls frozen</a></li></ul></aside>
        <footer>© 2024 The Harbor Times</footer>
        </body></html>
        """

    @Test func metadataComesFromJSONLDFirst() {
        let parsed = HTMLArticleParser.parse(Self.page)
        #expect(parsed.metadata.title == "Ferry fares to rise 8 percent")
        #expect(parsed.metadata.author == "Ana Ruiz, Tom Berg")
        #expect(parsed.metadata.published == "2024-03-05")
        #expect(parsed.metadata.publication == "The Harbor Times")
        #expect(parsed.metadata.url == "https://harbortimes.example/ferry-fares")
    }

    @Test func bodyIsTheArticleInParagraphs() {
        let body = HTMLArticleParser.parse(Self.page).body
        #expect(body.hasPrefix("The ferry authority will raise fares"))
        #expect(body.components(separatedBy: "\n\n").count == 3)
        for noise in ["Home", "cookies", "Related", "Bridge tolls", "©", "<", "Ferry fares to rise 8 percent\n"] {
            #expect(!body.contains(noise), "body holds \(noise)")
        }
    }

    @Test func invalidJSONLDFallsBackToMetaTags() {
        let page = """
            <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
            <meta property="og:title" content="From OpenGraph"><meta name="author" content="Lee Chan">
            <meta property="article:published_time" content="2023-11-02T08:00:00Z"></head>
            <body><p>Text of the article, long enough to be the article body of this small page for the test.</p></body></html>
            """
        let parsed = HTMLArticleParser.parse(page)
        #expect(parsed.metadata.title == "From OpenGraph")
        #expect(parsed.metadata.author == "Lee Chan")
        #expect(parsed.metadata.published == "2023-11-02")
    }

    @Test func brokenJSONLDStillGivesItsPlainFields() {
        let page = """
            <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Port traffic up 12%",
            "datePublished": "2021-07-14T10:00:00Z", "author": {"@type": "Person", "name": "Ida Holm"},, }</script></head>
            <body><p>The port handled 4.5 million containers in 2020, up 12 percent on the year before, it said.</p></body></html>
            """
        let parsed = HTMLArticleParser.parse(page)
        #expect(parsed.metadata.title == "Port traffic up 12%")
        #expect(parsed.metadata.published == "2021-07-14")
        #expect(parsed.metadata.author == "Ida Holm")
    }

    @Test func pageBodyIsTheFallback() {
        let page = """
            <html><head><title>City council passes its largest budget - Valley News</title></head><body>
            <div class="byline">By Maria Lopez</div><p>Posted <time datetime="2022-06-30">June 30</time></p>
            <p>The city council passed a budget of 1.2 billion dollars on Thursday, with 7 votes to 2.</p></body></html>
            """
        let parsed = HTMLArticleParser.parse(page)
        #expect(parsed.metadata.title == "City council passes its largest budget")
        #expect(parsed.metadata.author == "Maria Lopez")
        #expect(parsed.metadata.published == "2022-06-30")
    }

    @Test func jsonLDNameAndHeadlineAreSettledByThePageTitle() {
        let page = """
            <html><head><title>New Zealand - Wikipedia</title><script type="application/ld+json">
            {"@type": "Article", "name": "New Zealand", "headline": "constitutional monarchy in Oceania"}</script></head>
            <body><p>New Zealand is an island country in the southwestern Pacific Ocean, with 5.1 million people.</p></body></html>
            """
        #expect(HTMLArticleParser.parse(page).metadata.title == "New Zealand")
    }

    @Test func bylineMarkedInAnAsideWhenNothingElseNamesTheAuthor() {
        let page = """
            <html><head><title>Code coverage for the front end, explained</title></head><body><nav><a class="author" href="/">Menu</a></nav>
            <section><p>Code coverage tells you which lines your tests run, and which they never reach at all.</p></section>
            <aside><p><span class="article-author" itemprop="author"><span itemprop="name">Nicolas Perriault</span> —</span>
            <time datetime="2013-09-29">29 September 2013</time></p></aside></body></html>
            """
        let parsed = HTMLArticleParser.parse(page)
        #expect(parsed.metadata.author == "Nicolas Perriault")
        #expect(parsed.metadata.published == "2013-09-29")
    }

    @Test func aDatelineIsNotAByline() {
        let page = """
            <html><head><title>Uber and the truth about the sharing economy</title></head><body>
            <span class="dateline">Sunday, Feb 1, 2015 11:57 AM UTC</span>
            <p>The sharing economy is a lie, the author argues, and the companies in it know this very well indeed.</p></body></html>
            """
        let parsed = HTMLArticleParser.parse(page)
        #expect(parsed.metadata.author == nil)
        #expect(!parsed.body.contains("11:57"))
    }

    @Test func sniffsHTML() {
        #expect(HTMLArticleParser.looksLikeHTML("\u{FEFF}  <!DOCTYPE html><html>"))
        #expect(HTMLArticleParser.looksLikeHTML("<!-- saved --><HTML lang=en>"))
        #expect(!HTMLArticleParser.looksLikeHTML("The council spent <b>12</b> million."))
    }
}

/// Hostile pages: each ends quickly, does not crash, and lets no markup or control character into the text.
@Suite struct HostileHTMLTests {
    func assertClean(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!text.contains("<p"), sourceLocation: sourceLocation)
        #expect(!text.contains("</"), sourceLocation: sourceLocation)
        #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }, sourceLocation: sourceLocation)
    }

    @Test func unclosedEverything() {
        let page = "<html><body><div><p>First <b>bold <i>italic <a href='x'>link <table><tr><td>cell <ul><li>item <p>Second paragraph with enough words to count as text for the finder"
        let parsed = HTMLArticleParser.parse(page)
        assertClean(parsed.body)
        #expect(parsed.body.contains("Second paragraph"))
    }

    @Test(.timeLimit(.minutes(1))) func deeplyNestedTags() {
        let depth = 100_000
        let page = String(repeating: "<div>", count: depth) + "<p>Deep text of the article at the bottom of the nesting.</p>" + String(repeating: "</div>", count: depth)
        let parsed = HTMLArticleParser.parse(page)
        assertClean(parsed.body)
        #expect(parsed.body.contains("Deep text of the article"))
    }

    @Test func hugeSingleTextNode() {
        // 50 MB in release builds; 5 MB in debug, where the same code is ten times slower.
        #if DEBUG
        let size = 5_000_000
        #else
        let size = 50_000_000
        #endif
        let word = "claim "
        let page = "<html><body><p>" + String(repeating: word, count: size / word.utf8.count) + "</p></body></html>"
        let parsed = HTMLArticleParser.parse(page)
        #expect(parsed.body.utf8.count > size - 10)
        assertClean(parsed.body)
    }

    @Test func entitiesDecodingToControlCharacters() {
        let page = "<p>Bell&#7; escape&#27;[2J null&#0; del&#127; c1&#x85; &#x1b;]0;title&#7; end of the paragraph text here.</p>"
        let parsed = HTMLArticleParser.parse(page)
        assertClean(parsed.body)
        #expect(parsed.body.contains("escape [2J"))
    }

    @Test func scriptContainingClosingParagraph() {
        let page = "<html><body><p>Before the script, a sentence of the article.</p><script>document.write('</p><p>injected');</script><p>After the script, more of the article text.</p></body></html>"
        let parsed = HTMLArticleParser.parse(page)
        assertClean(parsed.body)
        #expect(!parsed.body.contains("injected"))
        #expect(parsed.body.contains("After the script"))
    }

    @Test func randomBytesNeverCrash() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("<>/!-&#;=\"' abcpdivscript\n[]CDATA?x0123".utf8)
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0..<400, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let parsed = HTMLArticleParser.parse(String(decoding: bytes, as: UTF8.self))
            #expect(!parsed.body.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        }
    }
}
