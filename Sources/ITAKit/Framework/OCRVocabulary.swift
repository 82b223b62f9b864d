import Foundation
import ThaiText

/// The words OCR's dropped marks are put back from (`DroppedToneRestoration`): every Thai
/// phrase of the templates (the frameworks' tool, indicator and question wordings, the reading
/// words, the units), with the corpus's words. Built once, when a page is first read by OCR.
public enum OCRVocabulary {
    public static let restoration: DroppedToneRestoration = DroppedToneRestoration(vocabulary: phrases())

    static func phrases() -> [String] {
        let folder = TemplatesFolder.url
        let files = [folder.appendingPathComponent("reading.json"), folder.appendingPathComponent("units.json")]
            + ((try? FileManager.default.contentsOfDirectory(at: folder.appendingPathComponent("frameworks"),
                                                               includingPropertiesForKeys: nil)) ?? [])
                .filter { $0.pathExtension == "json" }
        var phrases: [String] = []
        func collect(_ value: Any) {
            switch value {
            case let text as String: if text.unicodeScalars.contains(where: ThaiCharacter.isThai) { phrases.append(text) }
            case let list as [Any]: list.forEach(collect)
            case let object as [String: Any]: object.values.forEach(collect)
            default: break
            }
        }
        for file in files {
            guard let data = try? Data(contentsOf: file), let json = try? JSONSerialization.jsonObject(with: data) else { continue }
            collect(json)
        }
        return phrases
    }
}
