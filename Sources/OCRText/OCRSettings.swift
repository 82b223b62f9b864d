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

    /// A scanned page's upright lines may lean this much, in degrees, either way, once its
    /// lines of text lie level (`PageUnshearer`): a sheet that slid in a feeder is sheared.
    public var maximumShear = 1.5
    /// The lean is looked for in steps of this many degrees.
    public var shearStep = 0.05
    /// A lean smaller than this, in degrees, is left: a twentieth of a degree moves a line by
    /// less than a pixel across a page of text.
    public var minimumShear = 0.1
    /// A lean is taken only when sliding the rows back by it stacks the ink into columns this
    /// much sharper (their sum of squares): a page of text without vertical lines gains little
    /// from any lean, and is left as it is.
    public var minimumShearGain = 1.05
    /// A page longer than this, in inches, is larger than any paper a report is printed or
    /// scanned on (A3 is 16.5 inches long): its scan was put on a page of the wrong size (an
    /// office's scanner software puts a 200 dpi A4 scan on a 22-inch page). Every length in
    /// inches here is of the paper, so such a page is taken for `oversizedPagePaper`.
    public var largestPaper = 17.0
    /// The longer side, in inches, of the paper an oversized page stands for: A4's, the paper of
    /// Thai government letters and reports.
    public var oversizedPagePaper = 11.69
    /// A page that is one scan is drawn for OCR at its scan's own resolution enlarged at most
    /// this many times, when that is below `dpi`: a picture enlarged four times over is blocks
    /// of grey that tesseract reads no better, and slowly. Twice keeps a 150 dpi scan at 300.
    public var maximumUpscale = 2.0
    /// A picture covering at least this share of the page is the page's scan (`maximumUpscale`).
    public var scanCoverShare = 0.5
    /// Numbers in Thai digits are read again by the digits' shapes (`ThaiDigitReader`).
    public var readsThaiDigitsByShape = true
    /// A Thai digit this many pixels high, or more, is read by its shape: smaller, too little of
    /// it is left to tell.
    public var minimumDigitHeight = 7
    /// A gap between two marks wider than this share of the digits' height parts two numbers
    /// (`๒๙.๒๓ ๒๖.๖๕`): a number's digits stand closer.
    public var digitGapShare = 1.0
    /// A mark wider than this many times its height is digits run together, and is parted
    /// (`ThaiDigitReader.split`): the widest Thai digit in the fonts of the templates (๘ in Umpush Bold) is 1.37 times as wide as high.
    public var widestDigit = 1.45
    /// How much a digit's proportions count against its shape (`ThaiDigitShape.distance`).
    public var digitAspectWeight = 8.0
    /// A mark further than this from every digit's shape (of 256: the ink that differs on a
    /// 16 × 16 grid) is not a digit, and the number is left as tesseract read it.
    public var maximumDigitDistance = 70.0

    /// Finds the columns of tables drawn without rulings from the ink between the rows of the
    /// whole table (`ColumnChannels`), so that cells tesseract ran together stay apart; nil
    /// leaves tesseract's lines as it read them.
    public var columnChannels: ColumnChannels? = ColumnChannels()
    /// Latin nonsense tesseract's English model read inside Thai lines is read again by the
    /// Thai model alone (`StrayLatinWords`); nil leaves it as read.
    public var strayLatin: StrayLatinWords? = StrayLatinWords()

    public init() {}
}
