/// The HTML report's stylesheet and status colours, inline so the page stands alone.
enum HTMLStyle {
    /// Badge colours by status; the chart uses the same ones. Each passes WCAG AA against white text.
    static func colour(_ status: ClaimStatus) -> String {
        switch status {
        case .unverified: "#6b6b6b"
        case .inReview: "#1f5fa8"
        case .verified: "#1b7f3b"
        case .disputed: "#8a5a00"
        case .false: "#b00020"
        case .misleading: "#b34700"
        case .unverifiable: "#4a4a4a"
        }
    }

    static let css: String = {
        let badges = ClaimStatus.allCases.map { ".s-\($0.rawValue) .badge,.badge.s-\($0.rawValue){background:\(colour($0))}" }
        let borders = ClaimStatus.allCases.map { ".claim.s-\($0.rawValue){border-left-color:\(colour($0))}" }
        return ([
            "*{box-sizing:border-box}",
            "body{font:17px/1.55 Georgia,'Times New Roman',serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff;overflow-wrap:anywhere}",
            "h1,h2,h3,h4,.badge,.stance,.meta,table{font-family:'Helvetica Neue',Helvetica,Arial,sans-serif}",
            "h1{font-size:2rem;margin:0 0 .25rem}h2{font-size:1.4rem;line-height:1.25}h3{font-size:1.05rem;margin:0 0 .5rem}",
            "h4{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:#555;margin:1rem 0 .3rem}",
            "section.article>h2{border-top:3px solid #1a1a1a;padding-top:1rem;margin-top:2.5rem}",
            ".meta{color:#555;font-size:.85rem;margin:.25rem 0}",
            ".summary svg{display:block;max-width:100%;height:auto;margin:.5rem 0}",
            "table.counts{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}",
            "table.counts th,table.counts td{border-bottom:1px solid #ddd;padding:.25rem .9rem .25rem 0;text-align:left}",
            "table.counts td.n{text-align:right;font-variant-numeric:tabular-nums}",
            ".claim{border-left:5px solid #ccc;padding:.1rem 0 .1rem 1rem;margin:1.75rem 0;break-inside:avoid}",
            ".claim>blockquote{margin:.4rem 0;font-size:1.15rem}",
            "mark{background:#fff0a8;color:inherit;padding:0 .1em;border-radius:.15em}",
            ".unsupported{color:#b00020;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:.9rem}",
            ".badge,.stance{display:inline-block;font-size:.7rem;font-weight:bold;text-transform:uppercase;letter-spacing:.04em;padding:.15rem .5rem;border-radius:.25rem;color:#fff;background:#666;vertical-align:middle}",
            ".stance{background:#eee;color:#333;border:1px solid #bbb}",
            ".st-supports{border-color:#1b7f3b;color:#145c2b}.st-refutes{border-color:#b00020;color:#8a0019}",
            ".verdict{background:#f6f6f2;padding:.5rem .75rem;margin:.5rem 0}",
            "ul.evidence{padding-left:1.1rem}ul.evidence li{margin:.35rem 0}",
            "blockquote.quote{margin:.25rem 0 .25rem .5rem;padding-left:.6rem;border-left:2px solid #bbb;color:#333;font-style:italic}",
            ".note{margin:.2rem 0 0 .5rem;font-size:.9rem;color:#444}",
            "ol.history{font:.8rem/1.4 'Helvetica Neue',Helvetica,Arial,sans-serif;color:#444;padding-left:1.4rem}",
            "a{color:#0b4f9c}",
            ".empty{font-style:italic}",
        ] + badges + borders + [
            "@media print{body{margin:0;max-width:none;font-size:11pt}a{color:#000}",
            ".badge,.stance,mark,.verdict,.summary svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}",
            "ul.evidence a::after{content:\" <\" attr(href) \">\";font-size:.8em;color:#444}",
            "section.article>h2{break-after:avoid}h3,h4{break-after:avoid}}",
        ]).joined(separator: "\n")
    }()
}
