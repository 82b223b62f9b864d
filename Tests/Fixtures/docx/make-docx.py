#!/usr/bin/env python3
"""Word drafts (.docx) of the sample report, of kind-B reports and of their fault variants,
for `ita` reading .docx directly (issue 18).

    make-docx.py --set tuning                 # the committed drafts, into Tests/Fixtures/docx/
    make-docx.py --set measuring --out DIR    # other wording, layout and faults: never commit
    make-docx.py --list [--set measuring]

Needs python-docx (PyPI) and, for the measuring drafts that LibreOffice writes, `soffice`.

Two writers make the drafts, so that the reader is not tuned to one program's XML:
- python-docx, which writes what Word writes for the things that matter here: tables with
  merged cells (gridSpan, vMerge), header rows repeated (tblHeader), ruled ("Table Grid") or
  borderless tables, numbering (numbering.xml: a list per run of numbered paragraphs, its start
  in a startOverride, suffix tab, space or nothing), runs split mid-word as Word's revision
  marks split them, proofErr and bookmarks between runs, a text box (wps:txbx in
  mc:AlternateContent, with the VML fallback Word also writes), a page-number field in the
  footer, landscape sections;
- LibreOffice (`soffice --convert-to docx`), from the HTML the PDF fixtures are made from
  (measuring set only).

The text of each draft is known: the seed (Samples/muangphon-2568.txt) or its fault variant
(Tests/Fixtures/validate/make-variants.py), or a kind-B report of Tests/Fixtures/kinds/
make-kinds.py (its NAME.txt and NAME.truth.json). Numbered paragraphs of the seed
("1. หลักการและเหตุผล", "2.2 ผลการ…", a step "1.จัดให้มี…" in a cell) lose their typed number
and get it from Word's numbering instead, shown exactly as the seed writes it.

Besides the reports, `features.docx` holds one of each thing the reader must get right, with
its exact expected text in Tests/WordTextTests.
"""
import argparse
import copy
import importlib.util
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SEED = os.path.join(ROOT, "Samples", "muangphon-2568.txt")


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fixtures = load("make_fixtures", os.path.join(ROOT, "Tests", "Fixtures", "make-fixtures.py"))
variants = load("make_variants", os.path.join(ROOT, "Tests", "Fixtures", "validate", "make-variants.py"))

try:
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt
except ImportError:
    sys.exit("python-docx is needed: pip install python-docx")

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = ('xmlns:w="%s" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"' % W)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------------------
# Numbering: a list per run of paragraphs numbered 1, 2, 3 …; its number shown by Word
# ---------------------------------------------------------------------------
# "1. text", "1.text", "2.2 text", "(1) text": the number, then what stands between it and
# the text.
NUMBERED = re.compile(r"^(\(?)((?:\d+\.)*)(\d+)([.)]?)(\s?)(?=\S)(.*)$", re.S)


def numbered(text):
    """-> (lvlText, start, suffix, rest) or None. lvlText is Word's: `%1.`, `2.%1`, `(%1)`."""
    m = NUMBERED.match(text)
    if not m:
        return None
    opening, prefix, number, closing, space, rest = m.groups()
    if not closing and not prefix:
        return None                       # "2568 …": a number, not a list item
    if opening and closing != ")":
        return None
    if not rest:
        return None
    if re.match(r"\d", rest):             # "1.5 คะแนน" and the like
        return None
    lvl_text = opening + prefix + "%1" + closing
    return lvl_text, int(number), "space" if space else "nothing", rest


class Numbering:
    """Adds abstract numbering definitions (one per lvlText and suffix) and list instances
    (w:num, each restarting at its start through a startOverride) to the document."""

    def __init__(self, document, thai_digits=False):
        self.part = document.part.numbering_part.element
        self.abstract = {}
        self.next_abstract = 100
        self.next_num = 100
        self.thai_digits = thai_digits

    def abstract_for(self, lvl_text, suffix):
        key = (lvl_text, suffix)
        if key not in self.abstract:
            aid = self.next_abstract
            self.next_abstract += 1
            fmt = "thaiNumbers" if self.thai_digits else "decimal"
            xml = ('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
                   '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>%s'
                   '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
                   % (NSDECL, aid, fmt, '<w:suff w:val="%s"/>' % suffix if suffix != "tab" else "", esc(lvl_text)))
            # abstractNums come before the nums
            first_num = self.part.find(qn("w:num"))
            element = parse_xml(xml)
            if first_num is not None:
                first_num.addprevious(element)
            else:
                self.part.append(element)
            self.abstract[key] = aid
        return self.abstract[key]

    def new_list(self, lvl_text, suffix, start):
        aid = self.abstract_for(lvl_text, suffix)
        nid = self.next_num
        self.next_num += 1
        self.part.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/><w:lvlOverride w:ilvl="0">'
            '<w:startOverride w:val="%d"/></w:lvlOverride></w:num>' % (NSDECL, nid, aid, start)))
        return nid


def set_numbering(paragraph, num_id, level=0):
    ppr = paragraph._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (NSDECL, level, num_id)))


class ListRun:
    """Numbered paragraphs in one container (the body, or one cell) that go 1, 2, 3 … share a
    list; any other number starts a new one."""

    def __init__(self, numbering, tab_every=0):
        self.numbering = numbering
        self.current = None   # (lvlText, suffix, next number, numId)
        self.count = 0
        self.tab_every = tab_every

    def number(self, text):
        """-> (numId, the text without its number) or None."""
        if self.numbering is None:
            return None
        found = numbered(text)
        if not found:
            return None
        lvl_text, number, suffix, rest = found
        self.count += 1
        # Word's default suffix is a tab: some lists use it where the seed has a space.
        if suffix == "space" and self.tab_every and self.count % self.tab_every == 0:
            suffix = "tab"
        c = self.current
        if c and c[0] == lvl_text and c[1] == suffix and c[2] == number:
            self.current = (lvl_text, suffix, number + 1, c[3])
            return c[3], rest
        nid = self.numbering.new_list(lvl_text, suffix, number)
        self.current = (lvl_text, suffix, number + 1, nid)
        return nid, rest

    def reset(self):
        self.current = None


# ---------------------------------------------------------------------------
# Runs: text split as Word splits it, with what Word puts between runs
# ---------------------------------------------------------------------------
def add_runs(paragraph, text, rng, bold=False, split=True):
    """Adds `text` as runs; `**x**` is bold. With `split`, runs are cut at random places (even
    between a letter and its mark), with proofErr and bookmark elements between some."""
    parts = text.split("**")
    if len(parts) % 2 == 0:
        parts[-2] = parts[-2] + "**" + parts[-1]
        parts.pop()
    for index, part in enumerate(parts):
        if not part:
            continue
        pieces = [part]
        if split and len(part) > 8:
            pieces = []
            start = 0
            while start < len(part):
                length = rng.randint(3, 24)
                pieces.append(part[start:start + length])
                start += length
        for piece in pieces:
            run = paragraph.add_run(piece)
            if bold or index % 2 == 1:
                run.bold = True
            if split and rng.random() < 0.15:
                paragraph._p.append(parse_xml('<w:proofErr %s w:type="spellStart"/>' % NSDECL))
            if split and rng.random() < 0.05:
                bid = rng.randint(1, 10 ** 6)
                paragraph._p.append(parse_xml('<w:bookmarkStart %s w:id="%d" w:name="_Ref%d"/>' % (NSDECL, bid, bid)))
                paragraph._p.append(parse_xml('<w:bookmarkEnd %s w:id="%d"/>' % (NSDECL, bid)))


# ---------------------------------------------------------------------------
# Document pieces
# ---------------------------------------------------------------------------
def new_document(font="TH SarabunPSK", size=16):
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    fonts.set(qn("w:cs"), font)
    fonts.set(qn("w:eastAsia"), font)
    cs = parse_xml('<w:szCs %s w:val="%d"/>' % (NSDECL, size * 2))
    rpr.append(cs)
    return document


def set_landscape(section, landscape):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        if section.page_width < section.page_height:
            section.page_width, section.page_height = section.page_height, section.page_width


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % NSDECL))


class Lists:
    """The numbering of a document, and how often a list's space is written as Word's tab."""

    def __init__(self, numbering, tab_every):
        self.numbering, self.tab_every = numbering, tab_every


def fill_cell(cell, paragraphs, rng, lists, bold=False, split=True):
    """A cell's paragraphs; numbered ones numbered by Word."""
    first = cell.paragraphs[0]
    run = ListRun(lists.numbering, lists.tab_every) if lists else None
    for k, text in enumerate(paragraphs or [""]):
        p = first if k == 0 else cell.add_paragraph()
        found = run.number(text) if run else None
        if found:
            set_numbering(p, found[0])
            text = found[1]
        add_runs(p, text, rng, bold=bold, split=split)


def add_footer_page_number(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.add_run("หน้า ")
    for xml in ('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r %s><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>',
                '<w:r %s><w:t>1</w:t></w:r>',
                '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(xml % NSDECL))


def text_box_xml(paragraph_texts, box_id):
    """A text box as Word 2010+ writes it: wps:txbx in mc:Choice, the same text in a VML
    fallback (a reader must take one of the two, not both)."""
    paras = "".join('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                    % esc(t) for t in paragraph_texts)
    return ('<w:r %s><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="5400000" cy="2400000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
            '<wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="2400000"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shape id="Text Box %d" style="width:425pt;height:189pt">'
            '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r>' % (NSDECL, box_id, box_id, paras, box_id, paras))


# ---------------------------------------------------------------------------
# The seed (and its fault variants) as a Word draft
# ---------------------------------------------------------------------------
PICTURE_INTRO = "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 ของเทศบาลเมืองเมืองพล รายเครื่องมือและรายตัวชี้วัด ดังภาพ"
PICTURE_OUTRO = "เทศบาลเมืองเมืองพลจะนำผลการประเมินไปวิเคราะห์และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสต่อไป"


def picture_docx(path, crop, dpi, tint=(255, 255, 255), jpeg=False, width_cm=15):
    """A short draft whose score tables are a screenshot: `crop` (left, top, right, bottom in
    points) of the sample PDF's page 3 drawn at `dpi` (a screen's 96-120, not a scanner's),
    laid on a `tint` as a web page's background, pasted between two paragraphs."""
    from PIL import Image, ImageChops
    import docx
    from docx.shared import Cm
    sample_pdf = os.path.join(ROOT, "Samples", "muangphon-2568-laksaman.pdf")
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "3", "-l", "3", "-png", sample_pdf, os.path.join(work, "p")], check=True)
        page = Image.open([os.path.join(work, f) for f in sorted(os.listdir(work)) if f.endswith(".png")][0]).convert("RGB")
        scale = dpi / 72
        table = page.crop(tuple(int(v * scale) for v in crop))
        # Black letters stay black; the white background takes the web page's tint.
        table = ImageChops.multiply(table, Image.new("RGB", table.size, tint))
        picture = os.path.join(work, "scores.jpg" if jpeg else "scores.png")
        table.save(picture, quality=85) if jpeg else table.save(picture)
        document = new_document()
        document.add_paragraph(nfc("รายงานผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 เทศบาลเมืองเมืองพล"))
        document.add_paragraph(nfc(PICTURE_INTRO))
        document.add_picture(picture, width=Cm(width_cm))
        document.add_paragraph(nfc(PICTURE_OUTRO))
        document.save(path)


def seed_docx(text, path, ruled=True, landscape=False, numbering=True, cover_box=False, footer=True,
              header=None, split=True, seed=1):
    """The seed-format `text` as a .docx at `path`."""
    rng = random.Random(seed)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    blocks = fixtures.parse(lines)
    document = new_document()
    section = document.sections[0]
    set_landscape(section, landscape)
    if footer:
        add_footer_page_number(section)
    if header:
        section.header.paragraphs[0].add_run(header)
    lists = Lists(Numbering(document) if numbering else None, tab_every=3)
    body_list = ListRun(lists.numbering, lists.tab_every)
    body = document.paragraphs[0] if document.paragraphs else None
    first = True
    # The cover (the lines before the first numbered heading, up to the repeated title) in a
    # text box when asked.
    if cover_box:
        # the cover: the paragraphs before the title is written again
        cover = []
        while blocks and blocks[0][0] == "p" and not (cover and blocks[0][1].startswith("การนำผล")):
            cover.append(blocks.pop(0)[1])
        anchor = document.add_paragraph()
        anchor._p.append(parse_xml(text_box_xml(cover, 1)))
    bold_run = False
    for kind, block in blocks:
        if kind == "p":
            text = block
            opens = text.startswith("**") and text.count("**") % 2 == 1
            closes = text.endswith("**") and text.count("**") % 2 == 1
            if opens and not bold_run:
                bold_run, text = True, text[2:]
            end_run = False
            if closes and bold_run:
                text, end_run = text[:-2], True
            p = document.add_paragraph()
            found = body_list.number(text)
            if found:
                set_numbering(p, found[0])
                text = found[1]
            add_runs(p, text, rng, bold=bold_run, split=split)
            if end_run:
                bold_run = False
            continue
        body_list.reset()
        t = block
        table = document.add_table(rows=1 + len(t.rows), cols=t.ncols)
        if ruled:
            table.style = document.styles["Table Grid"]
        for c, cell in enumerate(t.header):
            fill_cell(table.rows[0].cells[c], cell, rng, lists, bold=True, split=split)
        repeat_header(table.rows[0])
        for r, row in enumerate(t.rows, 1):
            cells = table.rows[r].cells
            for c, cell in enumerate(row):
                fill_cell(cells[c], cell, rng, lists, split=split)
        document.add_paragraph()
    document.save(path)


# ---------------------------------------------------------------------------
# Kind B (blocks of make-kinds.py: merged cells as rowspan / colspan)
# ---------------------------------------------------------------------------
def kinds_module():
    return load("make_kinds", os.path.join(ROOT, "Tests", "Fixtures", "kinds", "make-kinds.py"))


def blocks_docx(blocks, path, ruled=True, layout="mixed", seed=2):
    rng = random.Random(seed)
    document = new_document()
    set_landscape(document.sections[0], layout == "landscape")
    lists = Lists(Numbering(document), tab_every=0)
    for block in blocks:
        kind = block[0]
        if kind in ("h", "p"):
            p = document.add_paragraph()
            add_runs(p, block[1], rng, bold=kind == "h")
        elif kind == "landscape":
            if layout == "mixed":
                section = document.add_section(WD_SECTION.NEW_PAGE)
                set_landscape(section, True)
        elif kind == "table":
            t = block[1]
            rows = t.header + t.rows
            table = document.add_table(rows=len(rows), cols=t.ncols)
            if ruled:
                table.style = document.styles["Table Grid"]
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    if cell is None:
                        continue
                    target = table.cell(r, c)
                    if cell.rs > 1 or cell.cs > 1:
                        target = target.merge(table.cell(r + cell.rs - 1, c + cell.cs - 1))
                    fill_cell(target, cell.paras, rng, lists, bold=cell.bold)
            for r in range(len(t.header)):
                repeat_header(table.rows[r])
            document.add_paragraph()
    document.save(path)


# ---------------------------------------------------------------------------
# One of each thing the reader must get right (its expected text is in the tests)
# ---------------------------------------------------------------------------
FEATURES_NUMBERING = """
<w:abstractNum %(ns)s w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/><w:lvlText w:val="%%1.%%2"/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%%3)"/></w:lvl>
</w:abstractNum>
<w:abstractNum %(ns)s w:abstractNumId="91"><w:multiLevelType w:val="singleLevel"/>
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="thaiNumbers"/><w:suff w:val="space"/><w:lvlText w:val="%%1)"/></w:lvl>
</w:abstractNum>
<w:abstractNum %(ns)s w:abstractNumId="92"><w:multiLevelType w:val="singleLevel"/>
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="thaiLetters"/><w:suff w:val="nothing"/><w:lvlText w:val="%%1."/></w:lvl>
</w:abstractNum>
<w:abstractNum %(ns)s w:abstractNumId="93"><w:multiLevelType w:val="singleLevel"/>
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/>
 <w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>
</w:abstractNum>
"""


def features_docx(path):
    """Each feature in a paragraph or table of its own; Tests/WordTextTests asserts the exact
    text of each."""
    document = new_document()
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    for element in parse_xml("<w:numbering %s>%s</w:numbering>" % (NSDECL, FEATURES_NUMBERING % {"ns": NSDECL})):
        first_num.addprevious(copy.deepcopy(element))
    for nid, aid, override in ((90, 90, None), (91, 91, None), (92, 92, None), (93, 93, None), (94, 91, 5)):
        extra = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="%d"/></w:lvlOverride>' % override) if override else ""
        numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>' % (NSDECL, nid, aid, extra)))

    def para(text, num=None, level=0):
        p = document.add_paragraph()
        if num:
            set_numbering(p, num, level)
        if text:
            p.add_run(text)
        return p

    document.sections[0].header.paragraphs[0].add_run("เทศบาลตำบลทดสอบ อำเภอเมือง จังหวัดขอนแก่น")
    add_footer_page_number(document.sections[0])
    # 1: runs split between a consonant and its marks, Thai digits as typed
    p = para(None)
    for piece in ("การประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ", "๒๕๖", "๘ ", "ตัวชี", "้", "วัด"):
        p.add_run(piece)
    # 2: numbered, several levels: 1. / 1.1 / 1.2 / (1) / 2.
    para("หลักการและเหตุผล", 90, 0)
    para("ผลการประเมินในภาพรวม", 90, 1)
    para("ผลการประเมินรายเครื่องมือ", 90, 1)
    para("แบบวัด IIT", 90, 2)
    para("การวิเคราะห์ผล", 90, 0)
    # 3: Thai digits ๑) ๒) and Thai letters ก. ข., bullets, a list restarted at 5
    para("จุดแข็ง", 91, 0)
    para("จุดอ่อน", 91, 0)
    para("ด้านแรก", 92, 0)
    para("ด้านที่สอง", 92, 0)
    para("ข้อสังเกต", 93, 0)
    para("ข้อที่ห้า", 94, 0)
    # 4: a tab, a line break, a no-break hyphen, hidden text, a tracked deletion and insertion,
    # a field's instruction (not shown) and its result (shown)
    p = para("คะแนน")
    p._p.append(parse_xml('<w:r %s><w:tab/><w:t>97.28</w:t><w:br/><w:t xml:space="preserve">บรรทัดใหม่ ITA</w:t>'
                          '<w:noBreakHyphen/><w:t>2568</w:t></w:r>' % NSDECL))
    p._p.append(parse_xml('<w:r %s><w:rPr><w:vanish/></w:rPr><w:t>ข้อความซ่อน</w:t></w:r>' % NSDECL))
    p._p.append(parse_xml('<w:del %s w:id="1" w:author="a" w:date="2025-01-01T00:00:00Z"><w:r><w:delText>96.28</w:delText></w:r></w:del>' % NSDECL))
    p._p.append(parse_xml('<w:ins %s w:id="2" w:author="a" w:date="2025-01-01T00:00:00Z"><w:r><w:t xml:space="preserve"> คะแนน</w:t></w:r></w:ins>' % NSDECL))
    p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % NSDECL))
    p._p.append(parse_xml('<w:r %s><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>' % NSDECL))
    p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % NSDECL))
    p._p.append(parse_xml('<w:r %s><w:t xml:space="preserve"> (ผล)</w:t></w:r>' % NSDECL))
    p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % NSDECL))
    # 5: an empty paragraph (not counted), then a text box anchored in a paragraph of its own text
    para("")
    p = para("ก่อนกล่อง")
    p._p.append(parse_xml(text_box_xml(["ในกล่องข้อความ บรรทัดแรก", "บรรทัดที่สอง"], 7)))
    # 6: a table of 4 grid columns, as Word writes it: a header cell over two columns
    # (gridSpan), a tool's score merged down over three rows (vMerge), a last row that starts
    # one column in (gridBefore), a cell of two paragraphs, a nested table
    def tc(text, span=1, vmerge=None, paragraphs=None):
        props = ""
        if span > 1:
            props += '<w:gridSpan w:val="%d"/>' % span
        if vmerge == "restart":
            props += '<w:vMerge w:val="restart"/>'
        elif vmerge == "continue":
            props += "<w:vMerge/>"
        body = "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % esc(t) for t in (paragraphs or [text]) if t) or "<w:p/>"
        return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (props, body)

    nested = ('<w:tc><w:tcPr/><w:tbl><w:tblGrid><w:gridCol w:w="500"/><w:gridCol w:w="500"/></w:tblGrid>'
              "<w:tr>%s%s</w:tr></w:tbl><w:p/></w:tc>" % (tc("ซ้อน"), tc("ใน")))
    rows = [
        tc("ตัวชี้วัด") + tc("คะแนนรายตัวชี้วัด", span=2) + tc("คะแนนรายเครื่องมือ"),
        tc("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่") + tc("100", span=2) + tc("99.17", vmerge="restart"),
        tc("ตัวชี้วัดที่ 2 การใช้งบประมาณ") + tc("99.50", span=2) + tc("", vmerge="continue"),
        tc("ตัวชี้วัดที่ 3 การใช้อำนาจ") + tc("98.00", span=2) + tc("", vmerge="continue"),
        '<w:trPr><w:gridBefore w:val="1"/></w:trPr>' + tc(None, span=2, paragraphs=["หมายเหตุ", "ย่อหน้าที่สองในช่อง"]) + nested,
    ]
    table = ('<w:tbl %s><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>'
             % (NSDECL, '<w:gridCol w:w="2000"/>' * 4, "".join("<w:tr>%s</w:tr>" % r for r in rows)))
    document.element.body.insert(len(document.element.body) - 1, parse_xml(table))
    para("ท้ายเอกสาร")
    document.save(path)


# ---------------------------------------------------------------------------
# LibreOffice: HTML -> .docx (measuring set)
# ---------------------------------------------------------------------------
def soffice_docx(html_text, path):
    work = tempfile.mkdtemp(prefix="mkdocx-")
    try:
        name = os.path.splitext(os.path.basename(path))[0]
        html_path = os.path.join(work, name + ".html")
        with open(html_path, "w", encoding="utf-8") as f:
            f.write(html_text)
        profile = os.path.join(tempfile.gettempdir(), "mkdocx-lo-profile")
        cmd = ["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--norestore",
               "--infilter=HTML (StarWriter)", "--convert-to", 'docx:MS Word 2007 XML', "--outdir", work, html_path]
        result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=300)
        made = os.path.join(work, name + ".docx")
        if result.returncode != 0 or not os.path.exists(made):
            sys.stderr.write(result.stdout + result.stderr)
            raise SystemExit("soffice failed on %s" % html_path)
        shutil.move(made, path)
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ---------------------------------------------------------------------------
# Bad input (tuning set): each must give a clear message and exit 2
# ---------------------------------------------------------------------------
def bad_inputs(out, sample_docx):
    written = []
    # not a zip at all, though named .docx
    path = os.path.join(out, "bad-not-a-zip.docx")
    with open(path, "w", encoding="utf-8") as f:
        f.write("รายงานผลการประเมิน ITA ที่บันทึกเป็นข้อความแต่ตั้งชื่อเป็น .docx\n")
    written.append(path)
    # a zip that is no Word document (an OpenDocument text, as LibreOffice saves by default)
    path = os.path.join(out, "bad-zip-not-word.docx")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    written.append(path)
    # a Word document cut short (a download that stopped half-way)
    path = os.path.join(out, "bad-cut-short.docx")
    with open(sample_docx, "rb") as f:
        data = f.read()
    with open(path, "wb") as f:
        f.write(data[: len(data) // 2])
    written.append(path)
    # XML nested deeper than any document: 100 000 levels of w:sdt
    path = os.path.join(out, "bad-deep-nesting.docx")
    with zipfile.ZipFile(sample_docx) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for item in source.infolist():
            if item.filename == "word/document.xml":
                depth = 100000
                body = ('<w:document xmlns:w="%s"><w:body>' % W + "<w:sdt><w:sdtContent>" * depth
                        + "<w:p><w:r><w:t>ITA</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>" * depth + "</w:body></w:document>")
                z.writestr(item.filename, body)
            else:
                z.writestr(item, source.read(item.filename))
    written.append(path)
    # encrypted: the real thing when msoffcrypto-tool is there, else not written
    try:
        from msoffcrypto.format.ooxml import OOXMLFile
        path = os.path.join(out, "bad-encrypted-password-ita2568.docx")
        with open(sample_docx, "rb") as source, open(path, "wb") as target:
            OOXMLFile(source).encrypt("ita2568", target)
        written.append(path)
    except ImportError:
        sys.stderr.write("msoffcrypto-tool not installed: bad-encrypted-*.docx not written (pip install msoffcrypto-tool)\n")
    return written


# ---------------------------------------------------------------------------
# The sets
# ---------------------------------------------------------------------------
def seed_text():
    with open(SEED, encoding="utf-8") as f:
        return f.read()


def variant_text(name):
    for vname, _code, edits in variants.VARIANTS:
        if vname == name:
            return variants.apply(seed_text(), edits)
    raise SystemExit("no variant %s" % name)


TUNING_FAULTS = ["ita001-overall-score", "ita006-impossible-date", "ita008-no-responsible-unit"]
TUNING_KINDS = ["b-khoksamran-2566"]


def tuning(out):
    written = []
    sample = os.path.join(out, "muangphon-2568.docx")
    seed_docx(seed_text(), sample, ruled=True, numbering=True, cover_box=True)
    written.append(sample)
    for name in TUNING_FAULTS:
        path = os.path.join(out, name + ".docx")
        seed_docx(variant_text(name), path, ruled=True, numbering=True, seed=zlib.crc32(name.encode()) % 1000)
        written.append(path)
    kinds = kinds_module()
    all_b = kinds.all_b()
    for name in TUNING_KINDS:
        blocks, _truth, _set = all_b[name]
        path = os.path.join(out, name + ".docx")
        blocks_docx(blocks, path, ruled=True, layout="mixed")
        written.append(path)
    path = os.path.join(out, "scores-as-picture.docx")
    picture_docx(path, (36, 283, 560, 760), 110)
    written.append(path)
    path = os.path.join(out, "features.docx")
    features_docx(path)
    written.append(path)
    written += bad_inputs(out, sample)
    return written


def measuring(out):
    """Drafts the tuning set does not hold: the sample borderless, landscape, with its numbers
    typed rather than numbered, in Thai digits' numbering, with a running header; as LibreOffice
    writes it; every other fault variant; the other kind-B reports and their faults."""
    written = []
    text = seed_text()
    for name, options in (
            ("muangphon-2568-borderless", dict(ruled=False)),
            ("muangphon-2568-landscape-typed-numbers", dict(landscape=True, numbering=False, split=False)),
            ("muangphon-2568-borderless-header", dict(ruled=False, header="การนำผลการประเมิน ITA ไปสู่การพัฒนา เทศบาลเมืองเมืองพล", cover_box=True)),
            ("muangphon-2568-no-footer-whole-runs", dict(footer=False, split=False, seed=7))):
        path = os.path.join(out, name + ".docx")
        seed_docx(text, path, **options)
        written.append(path)
    if shutil.which("soffice"):
        blocks = fixtures.parse([l for l in text.split("\n")])
        for name, ruled in (("muangphon-2568-libreoffice-ruled", True), ("muangphon-2568-libreoffice-borderless", False)):
            html_text = fixtures.render_html(blocks, "Laksaman", 16, False, ruled, "left", name)
            path = os.path.join(out, name + ".docx")
            soffice_docx(html_text, path)
            written.append(path)
    else:
        sys.stderr.write("soffice not found: the LibreOffice drafts are not written\n")
    for vname, _code, _edits in variants.VARIANTS:
        if vname in TUNING_FAULTS:
            continue
        path = os.path.join(out, vname + ".docx")
        seed_docx(variant_text(vname), path, ruled=(zlib.crc32(vname.encode()) % 2 == 0), numbering=True, seed=zlib.crc32(vname.encode()) % 1000)
        written.append(path)
    # Screenshots of the scores the tuning draft does not have: the tools alone at a screen's
    # 96 dpi on a grey page, and both tables as a JPEG on a pale blue one.
    path = os.path.join(out, "scores-as-picture-tools-96dpi.docx")
    picture_docx(path, (50, 298, 545, 452), 96, tint=(235, 235, 235))
    written.append(path)
    path = os.path.join(out, "scores-as-picture-jpeg.docx")
    picture_docx(path, (36, 283, 560, 760), 120, tint=(225, 238, 250), jpeg=True, width_cm=16)
    written.append(path)
    kinds = kinds_module()
    all_b = kinds.all_b()
    for name, (blocks, truth, _set) in sorted(all_b.items()):
        for ruled in (True, False):
            if name in TUNING_KINDS and ruled:
                continue
            suffix = "" if ruled else "-borderless"
            path = os.path.join(out, name + suffix + ".docx")
            blocks_docx(blocks, path, ruled=ruled, layout="mixed" if ruled else "portrait")
            written.append(path)
        kinds.write_json(os.path.join(out, name + ".truth.json"), truth)
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(kinds.text_doc(blocks))
    if shutil.which("soffice"):
        name = "b-thungkula-2568"
        blocks = all_b[name][0]
        html_text = nfc(kinds.html_doc([b for b in blocks if b[0] != "landscape"], "Garuda", 14, False, True, name))
        path = os.path.join(out, name + "-libreoffice.docx")
        soffice_docx(html_text, path)
        written.append(path)
    return written


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", default="tuning", choices=["tuning", "measuring"])
    parser.add_argument("--out", help="output folder (default: this folder for tuning; required for measuring)")
    args = parser.parse_args(argv)
    out = args.out or (HERE if args.set == "tuning" else None)
    if out is None:
        parser.error("--out is required for the measuring set (never commit it)")
    if args.set == "measuring" and os.path.abspath(out).startswith(os.path.abspath(os.path.join(ROOT, "Tests"))):
        parser.error("the measuring set must not be written into the repository")
    os.makedirs(out, exist_ok=True)
    for path in (tuning if args.set == "tuning" else measuring)(out):
        print(path)


if __name__ == "__main__":
    main()
