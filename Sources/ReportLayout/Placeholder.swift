import PDFText
