import Foundation
import Testing
@testable import FactCheckKit

/// Text for a terminal, names, clocks and JSON failures: the small rules behind issue 9's text items.
@Suite struct TerminalTextTests {
    @Test(arguments: [
        ("\u{1B}[2J", "\\x1B[2J"), ("a\u{0}b", "a\\x00b"), ("tab\tkept", "tab\tkept"), ("line\nbreak", "line\\x0Abreak"),
        ("del\u{7F}", "del\\x7F"), ("c1\u{9B}31m", "c1\\x9B31m"), ("sep\u{2028}", "sep\\u{2028}"), ("Café 🎉 مرحبا", "Café 🎉 مرحبا"),
    ])
    func controlCharactersBecomeVisibleEscapes(text: String, escaped: String) {
        #expect(TerminalText.escaped(text) == escaped)
    }

    @Test func directionOverridesAreEscapedInNamesOnly() {
        #expect(TerminalText.name("\u{202E}nna") == "\\u{202E}nna")
        #expect(TerminalText.name("\u{2066}bob\u{2069}") == "\\u{2066}bob\\u{2069}")
        #expect(TerminalText.escaped("\u{202E}text") == "\u{202E}text", "article text may need them")
    }

    @Test func editorNamesAreTrimmedAndRefusedWithControlCharacters() throws {
        #expect(try EditorName.normalized("  alice \n", source: "--to") == "alice")
        #expect(throws: InputError.emptyName(source: "FACTCHECK_EDITOR")) { try EditorName.normalized("   ", source: "FACTCHECK_EDITOR") }
        for bad in ["mal\nlory", "ann\u{1B}[2J", "\u{202E}nna", "a\tb", "x\u{85}y"] {
            #expect(throws: InputError.controlCharacterInName(source: "--editor")) { try EditorName.normalized(bad, source: "--editor") }
        }
    }

    @Test(arguments: ["nan", "inf", "-inf", "1e20", "12.5", "-1", " 5", "99999999999999", "253402300800", "0x10", ""])
    func epochSecondsAreSaneIntegersOnly(raw: String) {
        #expect(Clock.epochSeconds(raw) == nil)
    }

    @Test func reportTimeFollowsSourceDateEpochButRecordedTimesDoNot() {
        #expect(Clock.reportTime(["SOURCE_DATE_EPOCH": "315532800"]).date == Date(timeIntervalSince1970: 315_532_800))
        #expect(Clock.reportTime(["SOURCE_DATE_EPOCH": "nan"]).warning == .ignoredSourceDateEpoch("nan"))
        #expect(Clock.reportTime([:]).date == nil && Clock.reportTime([:]).warning == nil)
        #expect(Clock.reportTime(["SOURCE_DATE_EPOCH": ""]).warning == nil, "empty is unset")
        let recorded = Clock.fromEnvironment(["SOURCE_DATE_EPOCH": "315532800"]).now()
        #expect(recorded.timeIntervalSince1970 > 1_700_000_000, "SOURCE_DATE_EPOCH never pins what is stored")
        #expect(Clock.fromEnvironment(["FACTCHECK_NOW": "1767225600"]).timestamp() == "2026-01-01T00:00:00.000Z")
    }

    @Test func aValueJSONCannotHoldIsAnError() {
        let quantity = Quantity(text: "1e400", value: .infinity, unit: nil, kind: .number)
        #expect(throws: JSONOutputError.self) { try JSONOutput.string([quantity]) }
        do {
            _ = try JSONOutput.string([quantity])
        } catch {
            #expect(error.errorDescription?.contains("[0].value") == true, "\(error)")
        }
    }

    @Test(arguments: [("2024-02-29", "2024-02-29"), ("29 February 2024", "2024-02-29")])
    func calendarDatesAreRead(text: String, iso: String) {
        #expect(DateText.isoDate(text) == iso)
    }

    @Test(arguments: ["2023-02-29", "2024-02-30", "2024-04-31", "31 April 2024", "February 30, 2024", "1900-02-29"])
    func datesOutsideTheCalendarAreNot(text: String) {
        #expect(DateText.isoDate(text) == nil)
    }
}
