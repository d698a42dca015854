import Testing
@testable import FactCheckKit

@Suite struct HTMLTokenizerTests {
    func tokens(_ html: String) -> [HTMLToken] {
        var result: [HTMLToken] = []
        HTMLTokenizer.tokenize(Array(html.utf8)) { result.append($0) }
        return result
    }

    @Test func tagsAttributesAndText() {
        #expect(tokens(#"<P Class="lede" id=x data-a='1 2'>Hi</p>"#) == [
            .startTag(name: "p", attributes: ["class": "lede", "id": "x", "data-a": "1 2"], selfClosing: false),
            .text("Hi"), .endTag(name: "p"),
        ])
    }

    @Test func characterReferences() {
        #expect(tokens("caf&eacute; &amp; &#8217;s &#x2014; &copy 2024 &bogus; AT&T") == [
            .text("café & ’s — © 2024 &bogus; AT&T"),
        ])
        // Numeric references to controls, NUL and out-of-range values never produce control characters.
        #expect(tokens("a&#0;b&#1;c&#x7f;d&#x9d;e&#150;f&#x110000;g") == [.text("a\u{FFFD}b c d e–f\u{FFFD}g")])
    }

    @Test func rawControlCharactersBecomeSpaces() {
        #expect(tokens("a\u{01}b\u{1B}[31mc\u{85}d") == [.text("a b [31mc d")])
    }

    @Test func scriptAndStyleAreRawText() {
        #expect(tokens("<script>if (a < b) { x = '</p>'; }</script><p>ok</p>") == [
            .startTag(name: "script", attributes: [:], selfClosing: false),
            .rawText(element: "script", text: "if (a < b) { x = '</p>'; }"),
            .endTag(name: "script"),
            .startTag(name: "p", attributes: [:], selfClosing: false), .text("ok"), .endTag(name: "p"),
        ])
    }

    @Test func commentsDoctypeCDATAAndStrayBrackets() {
        #expect(tokens("<!DOCTYPE html><!-- <p>hidden</p> -->a < b<![CDATA[x]]><?xml v?>c") == [.text("a < b"), .text("c")])
    }

    @Test func inputCutOffAnywhereEnds() {
        for html in ["<p class=\"unterminated", "<p", "<!-- never closed", "<script>never closed", "</", "<a href='x", "&#", "&#x", "&"] {
            _ = tokens(html)
        }
        #expect(tokens("<script>never closed").contains(.rawText(element: "script", text: "never closed")))
    }
}
