import Foundation
import ReportLayout
import ThaiText

/// Reads dated events: `วันที่ 14 มกราคม 2568 เวลา 13.30 น. …`. Lines copied from social media
/// (`14 มกราคม · 🌐`) carry no year and are not events.
struct EventReader {
    var dates = ThaiDateParser()

    func read(_ lines: [DocumentContent.Line]) -> [Event] {
        lines.compactMap { line in
            guard line.text.containsExactly("วันที่"), !line.text.containsExactly("·"),
                  let date = try? dates.date(in: line.text) else { return nil }
            var iso = date.iso
            if let time = dates.time(in: line.text) { iso += String(format: "T%02d:%02d", time.hour, time.minute) }
            return Event(date: iso, text: line.text.trimmingCharacters(in: .whitespaces), where: line.provenance)
        }
    }
}
