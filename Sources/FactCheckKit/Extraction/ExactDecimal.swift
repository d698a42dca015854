/// Values as the article writes them: "$4.1 billion" is 4100000000 and "1.7 percent" is 1.7, not the
/// 4099999999.9999995 and 1.7000000000000002 that multiplying or summing binary fractions gives.
enum ExactDecimal {
    /// Powers of ten that a `Double` holds exactly.
    static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { acc, _ in acc * 10 } }

    /// `value × scale`, computed in decimal when `scale` is a power of ten: the digits of `value` as written
    /// shortest, moved by the exponent, then rounded to a `Double` once.
    static func times(_ value: Double, _ scale: Double) -> Double {
        guard let k = powersOfTen.firstIndex(of: scale), k > 0 else { return value * scale }
        return shifted(value, by: k) ?? value * scale
    }

    /// `value ÷ scale` the same way: "45 cents" is 0.45.
    static func divided(_ value: Double, _ scale: Double) -> Double {
        guard let k = powersOfTen.firstIndex(of: scale), k > 0 else { return value / scale }
        return shifted(value, by: -k) ?? value / scale
    }

    /// The integer `mantissa` over 10^`fractionDigits`: one correctly rounded division of two exact values.
    static func value(mantissa: Double, fractionDigits: Int) -> Double {
        if fractionDigits < powersOfTen.count, mantissa < 9_007_199_254_740_992 { return mantissa / powersOfTen[fractionDigits] }
        return Double("\(mantissa)e-\(fractionDigits)") ?? mantissa / 10
    }

    private static func shifted(_ value: Double, by exponent: Int) -> Double? {
        guard value.isFinite else { return nil }
        let written = "\(value)"
        // A value Swift already prints with an exponent is too large or small to have been written as digits.
        guard !written.containsByte(0x65) else { return nil }
        return Double(written + "e\(exponent)")
    }
}
