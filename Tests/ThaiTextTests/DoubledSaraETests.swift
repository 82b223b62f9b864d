import XCTest
import ThaiText

/// SARA AE typed as two SARA E, as agencies' web pages often write it.
final class DoubledSaraETests: XCTestCase {
    private let saraE = "\u{0E40}"

    func testTwoSaraEBeforeAConsonantAreSaraAe() {
        assertNormalizes("คะ\(saraE)\(saraE)นน", to: "คะแนน")
        assertNormalizes("\(saraE)\(saraE)ละ", to: "และ")
        assertNormalizes("ด้วย\(saraE)กรด A 90.12 คะ\(saraE)\(saraE)นน \(saraE)\(saraE)ห่ง", to: "ด้วยเกรด A 90.12 คะแนน แห่ง")
    }

    func testOneSaraEAndSaraAeAreKept() {
        assertUnchanged("เกรด และ แห่ง เเ")
        assertUnchanged("\(saraE)\(saraE) 12")
    }

    func testThreeSaraEKeepTheFirst() {
        assertNormalizes("\(saraE)\(saraE)\(saraE)ละ", to: "\(saraE)และ")
        // Normalising again changes nothing.
        assertUnchanged("\(saraE)และ")
    }
}
