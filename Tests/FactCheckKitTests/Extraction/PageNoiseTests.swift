import Testing
@testable import FactCheckKit

@Suite("Header blocks and page noise")
struct PageNoiseTests {
    @Test("a header run together on consecutive lines gives publication, title, byline and date")
    func headerWithoutBlankLines() {
        let text = """
        Lakeside Courier
        FERRY FARES CLIMB FOR THIRD YEAR
        Dana Okafor, Reuters
        © 2011 Lakeside Courier
        March 3, 2011, 7:45PM
        The ferry board raised fares by 12 percent on Monday.
        """
        let parsed = ArticleParser.parse(text)
        #expect(parsed.metadata.publication == "Lakeside Courier")
        #expect(parsed.metadata.title == "FERRY FARES CLIMB FOR THIRD YEAR")
        #expect(parsed.metadata.author == "Dana Okafor")
        #expect(parsed.metadata.published == "2011-03-03")
        #expect(parsed.body == "The ferry board raised fares by 12 percent on Monday.")
    }

    @Test("a byline right under the headline: the publication follows it, and a labelled date is the date")
    func bylineUnderHeadline() {
        let text = """
        Harbour tolls to rise by 5% in April

        By Dana Okafor
        Lakeside Courier
        Published 12 March 2024

        The toll board raised fares by 12 percent on Monday.
        """
        let parsed = ArticleParser.parse(text)
        #expect(parsed.metadata.title == "Harbour tolls to rise by 5% in April")
        #expect(parsed.metadata.publication == "Lakeside Courier")
        #expect(parsed.metadata.author == "Dana Okafor")
        #expect(parsed.metadata.published == "2024-03-12")
        #expect(parsed.body == "The toll board raised fares by 12 percent on Monday.")
    }

    @Test("menu lines above the headline are not the title")
    func navigationAboveHeadline() {
        let parsed = ArticleParser.parse("Harbour tolls rise\n\n1. Skip to content\n  2. Skip to main menu\n\nThe toll rose to $4 on Friday.")
        #expect(parsed.metadata.title == "Harbour tolls rise")
        #expect(parsed.body == "The toll rose to $4 on Friday.")
    }

    @Test("a first line that runs on into the next is prose, not a header")
    func wrappedProseIsNotAHeader() {
        let parsed = ArticleParser.parse("The council voted to raise the levy by 20\npercent on Tuesday.")
        #expect(parsed.metadata.title == nil)
    }

    @Test("page furniture between paragraphs is never a claim", arguments: [
        "Image: Ferry fares rose by 12% in a year",
        "Why you can trust the Courier",
        "By Dana Okafor",
        "— Dana Okafor",
        "March 3, 2011, 7:45PM",
        "Posted on Tuesday 15 October 2019 at 09:11 by Dana Okafor.",
        "Updated: March 4, 2011 at 6:02 a.m.",
        "Last modified 12 May 2011.",
        "1 of 4 | Passengers queue at the ferry terminal in 2011. Courier/Sam Lee | License Photo",
        "Passengers queue for the 7 a.m. ferry. (Sam Lee/Courier)",
        "Ferry fares: here are the 5 biggest changes for 2012",
        "Read more: fares rose 9 percent in 2010",
        "https://example.org/p/12345",
        "By clicking \"Sign up\", I agree to the Courier's Terms and Conditions and its 2 privacy notices.",
        "Ferry fares could rise again in 2013.CreditCreditSam Lee/Courier, via Photo Desk",
        "Clockwise from top: the ferry Nordlys, built in 1984, at the quay; 3 of its 12 lifeboats; the captain, Ivo Marsh, who has sailed the route for 22 years; the engine room after its refit, which cost 4 million kroner and took 9 months.",
    ])
    func furniture(line: String) {
        let body = "The ferry board raised fares by 12 percent on Monday.\n\(line)\nThe board said 4,100 passengers use the route daily."
        let claims = ClaimExtractor().extract(from: body)
        #expect(claims.count == 2)
        #expect(!claims.contains { $0.text.contains(line) || line.contains($0.text) })
    }

    @Test("a sentence opening 'Published in' a year is no time stamp")
    func publishedInAYear() {
        let claims = ClaimExtractor().extract(from: "Published in 1963, the atlas sold 40,000 copies in its first year.")
        #expect(claims.count == 1)
    }

    @Test("a dateline is not part of the first sentence")
    func datelines() throws {
        for (body, first) in [
            ("HALIFAX — The port moved 550,000 containers last year.", "The port moved"),
            ("PORTLAND, Maine, Feb. 2 (UPI) -- The port moved 550,000 containers last year.", "The port moved"),
            ("WASHINGTON (AP) — The port moved 550,000 containers last year.", "The port moved"),
        ] {
            let claim = try #require(ClaimExtractor().extract(from: body).first)
            #expect(claim.text.hasPrefix(first))
        }
    }

    @Test("a dateline that is a date is not part of the first sentence")
    func dateDateline() {
        let claims = ClaimExtractor().extract(from: "Feb. 23, 2015 -- Ferry fares rose 40 percent in a decade.\n\nMarch 3 — The port hired 12 pilots.")
        #expect(claims.map(\.text) == ["Ferry fares rose 40 percent in a decade.", "The port hired 12 pilots."])
        #expect(claims.first?.timeReferences.contains("Feb. 23, 2015") == false)
    }

    @Test("a dateline on a line of its own is not a claim")
    func datelineAlone() {
        let claims = ClaimExtractor().extract(from: "OSLO —\nThe port moved 550,000 containers last year.\nIt hired 40 pilots.")
        #expect(claims.map(\.text) == ["The port moved 550,000 containers last year.", "It hired 40 pilots."])
    }

    @Test("reference marks end with their sentence and are no figures")
    func referenceMarks() {
        let claims = ClaimExtractor().extract(from: "The valley held 12 farms by 1850.[14] Drought cut that to 5 by 1890,[15][16] a survey found.[a] Rain returned in 1902.[citation needed] Few stayed.")
        #expect(claims.map(\.text) == [
            "The valley held 12 farms by 1850.[14]", "Drought cut that to 5 by 1890,[15][16] a survey found.[a]",
            "Rain returned in 1902.[citation needed]",
        ])
        #expect(claims.flatMap(\.quantities).map(\.value) == [12, 5])
        // A bracketed aside is no mark: "[12 percent more]" is read.
        #expect(quantities(in: "Fares rose [12 percent more than wages] in 2019.").map(\.value) == [12])
    }

    @Test("a credit line for a page's photos is no claim")
    func photoCredits() {
        let body = "The port moved 550,000 containers last year.\n\nPhotos by Ada Lind (Harbour Press), J B, Tom Berg, 401(K) 2012.\n\nIllustration by Dana Okafor, 2019."
        #expect(ClaimExtractor().extract(from: body).map(\.text) == ["The port moved 550,000 containers last year."])
    }

    @Test("a reference list's entries are no claims")
    func referenceList() {
        let body = """
            The port moved 550,000 containers last year.

            ^ Lind, Ada (2004). Harbours of the North. Halden University Press. p. 212. ISBN 0-521-53927-7.

            Okafor, Dana; Berg, Jonas (2013). Tides, second edition. Northgate Press. ISBN-13: 9780521839402.

            The port's 2019 guide, which has no ISBN, listed 40 berths.
            """
        #expect(ClaimExtractor().extract(from: body).map(\.text) == [
            "The port moved 550,000 containers last year.", "The port's 2019 guide, which has no ISBN, listed 40 berths.",
        ])
    }

    @Test("a short subscription prompt is left out whole")
    func prompts() {
        let body = "The port moved 550,000 containers last year.\n\nGood reporting costs money, more than ever.\nBy subscribing, you keep it going."
        #expect(ClaimExtractor().extract(from: body).map(\.text) == ["The port moved 550,000 containers last year."])
    }
}
