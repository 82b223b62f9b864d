/// A count in Thai words (`thaiCounting`: หนึ่ง, สอง … ยี่สิบเอ็ด), for lists numbered so.
enum ThaiNumberWords {
    static let digits = ["", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]
    static let places = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"]

    /// 1 … 999 999 in words; nil outside that range.
    static func words(_ value: Int) -> String? {
        guard value > 0, value < 1_000_000 else { return nil }
        let digitsOfValue = String(value).compactMap(\.wholeNumberValue)
        var text = ""
        for (index, digit) in digitsOfValue.enumerated() where digit > 0 {
            let place = digitsOfValue.count - 1 - index
            switch (place, digit) {
            case (1, 1): text += "สิบ"
            case (1, 2): text += "ยี่สิบ"
            case (0, 1) where value > 10: text += "เอ็ด"
            default: text += digits[digit] + places[place]
            }
        }
        return text
    }
}
