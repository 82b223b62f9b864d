/// The tolerances of reading a page by OCR, each with its default and why.
public struct OCRSettings: Sendable {
    /// Dots per inch a page is drawn at for tesseract: its Thai model is trained on text about
    /// 30 pixels high, which 300 dpi gives a 14–16 pt Thai line.
    public var dpi: Double = 300
    /// tesseract's languages: Thai, and English for the tools' codes (IIT, EIT, OIT) and the
    /// names written in Latin letters, which the Thai model alone misreads (`(ITA)` as `(!1/ง0`).
    public var languages = "tha+eng"
    /// Below this grey (0 black, 255 white) a pixel may be part of a ruling: inner rulings are
    /// often drawn thin and light grey (about 200 once scanned), and only a long unbroken run
    /// of such pixels counts, which text and paper noise do not make.
    public var rulingInk: UInt8 = 215
    /// A run of ruling pixels carries on over a gap this long, in pixels: a scan's dropouts.
    public var rulingGap = 2
    /// A horizontal run of ink at least this long, in inches, is a table ruling: a Thai letter's
    /// longest stroke at 16 pt is about a tenth of an inch, a table's narrowest column wider
    /// than a third.
    public var minimumRulingLength = 0.3
    /// A ruling is at most this thick, in inches (a thicker bar is a picture or a filled cell).
    public var maximumRulingThickness = 0.04
    /// A skew of less than this many degrees is left as it is.
    public var minimumDeskewAngle = 0.05
    /// A word tesseract is less sure of than this (0–100) makes its line "read with low
    /// confidence", which the validator asks the user to check against the paper.
    public var lowConfidence = 80.0
    /// Darker than this a pixel is ink, for telling a blank page or table cell: printed text
    /// is near black once scanned, paper and its grain stay far lighter. A page or cell with
    /// too few such pixels is not sent to tesseract, which reads paper grain as letters.
    public var blankPageInk: UInt8 = 128
    /// A number read in a table cell (a score) is read again from its picture scaled by this
    /// much: a reading that a small change of the image changes is not to be trusted. Default
    /// 1.25; 1 or less reads nothing again.
    public var stabilityScale = 1.25
    /// The confidence a number that read otherwise the second time is given at most, so that
    /// the validator asks for it to be checked against the paper (below `lowConfidence`).
    public var unstableConfidence = 50.0

    public init() {}
}
