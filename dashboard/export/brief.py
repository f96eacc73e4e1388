"""The one-page brief: map, timeline, a table of the flows shown with their key excerpt and
citation, and the numbered sources, on one A4 landscape page.

Composed with reportlab (pure Python, offline, fast) from kaleido PNGs of the map and the
timeline, so the text of the table and sources is real, searchable PDF text. Article text is
untrusted: reportlab's Paragraph parses a mini-markup, so every string goes through
:func:`para_text` (XML escaping) first. The table shrinks its font until the page fits and,
for very busy views, lists the remaining flows as "see CSV" rather than spilling to page 2.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from dashboard.export.evidence import (
    ShownFlow,
    SourceRef,
    cite,
    format_date,
    format_event_date,
    ref_numbers,
)

PAGE_W, PAGE_H = landscape(A4)
MARGIN = 24.0
EXCERPT_CHARS = 280

_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/truetype/liberation"),
)
_FONT_FILES = {
    "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "LiberationSans": (
        "LiberationSans-Regular.ttf",
        "LiberationSans-Bold.ttf",
        "LiberationSans-Italic.ttf",
    ),
}


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    italic: str
    unicode: bool  # False: core Helvetica, arrows are spelt "->"


def load_fonts() -> Fonts:
    """A Unicode TTF family if the system has one (→, “ ”, accents), else Helvetica.

    reportlab keeps registered fonts in its own registry; registering twice is harmless.
    """
    for family, files in _FONT_FILES.items():
        for folder in _FONT_DIRS:
            paths = [folder / name for name in files]
            if all(p.is_file() for p in paths):
                names = (f"Atlas{family}", f"Atlas{family}-Bold", f"Atlas{family}-Italic")
                for name, path in zip(names, paths, strict=True):
                    if name not in pdfmetrics.getRegisteredFontNames():
                        pdfmetrics.registerFont(TTFont(name, str(path)))
                pdfmetrics.registerFontFamily(
                    names[0], normal=names[0], bold=names[1], italic=names[2], boldItalic=names[1]
                )
                return Fonts(*names, unicode=True)
    return Fonts("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", unicode=False)


def para_text(text: str, fonts: Fonts) -> str:
    """Escape untrusted text for a reportlab Paragraph (its mini-markup sees '<b>' etc.)."""
    if not fonts.unicode:
        text = text.replace("→", "->")
    return escape(text)


def _clip(text: str, limit: int = EXCERPT_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def trim_white(png: bytes, pad: int = 8) -> bytes:
    """Crop the white paper around a rendered map: plotly keeps the projection's aspect, so
    a map rarely fills its frame and the brief would waste a fifth of its height."""
    from PIL import Image, ImageChops

    image = Image.open(io.BytesIO(png)).convert("RGB")
    background = Image.new("RGB", image.size, (255, 255, 255))
    box = ImageChops.difference(image, background).getbbox()
    if box is None:
        return png
    left, top, right, bottom = box
    box = (
        max(0, left - pad),
        max(0, top - pad),
        min(image.width, right + pad),
        min(image.height, bottom + pad),
    )
    out = io.BytesIO()
    image.crop(box).save(out, format="PNG")
    return out.getvalue()


def table_rows(shown: Sequence[ShownFlow], refs: Sequence[SourceRef]) -> list[list[str]]:
    """Plain-text cells: flow, state (latest event and date), key excerpt [n], citation."""
    numbers = ref_numbers(refs)
    by_id = {ref.source.id: ref.source for ref in refs}
    rows: list[list[str]] = []
    for item in shown:
        event = item.latest
        history = ", ".join(dict.fromkeys(e.kind for e in item.events))
        state = f"{item.status}: {event.kind}, {format_event_date(event)}"
        if event.hedged:
            state += ", reported as alleged"
        if event.model_lead:
            state += ", pair-model lead (check the excerpt)"
        if history != event.kind:
            state += f"; history: {history}"
        if event.evidence:
            first = event.evidence[0]
            n = numbers.get(first.source_id)
            more = len(event.evidence) - 1
            excerpt = f"“{_clip(first.text)}” [{n}]" + (
                f" (+{more} more excerpt{'s' if more > 1 else ''})" if more else ""
            )
            source = by_id.get(first.source_id)
            citation = f"[{n}] " + (
                f"{source.outlet or 'Outlet not stated'}, {format_date(source.published)}"
                if source
                else first.source_id
            )
            if source and source.published_note:
                citation += " (date inferred)"
        else:
            excerpt = f"No excerpt: {event.note or 'analyst judgement'}"
            citation = "analyst"
        rows.append([item.label, state, excerpt, citation])
    return rows


def _table(
    rows: Sequence[Sequence[str]], fonts: Fonts, size: float, width: float, status: str
) -> Table:
    cell = ParagraphStyle("cell", fontName=fonts.regular, fontSize=size, leading=size * 1.2)
    head = ParagraphStyle("head", parent=cell, fontName=fonts.bold, textColor=colors.white)
    header = ["Flow", status, "Key excerpt [source]", "Citation"]
    data = [[Paragraph(para_text(h, fonts), head) for h in header]]
    data += [[Paragraph(para_text(c, fonts), cell) for c in row] for row in rows]
    fractions = (0.15, 0.20, 0.48, 0.17)
    table = Table(data, colWidths=[width * f for f in fractions], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#33475b")),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f1f4f7")]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8ced6")),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _fit_table(
    rows: Sequence[Sequence[str]], fonts: Fonts, width: float, height: float, status: str
) -> tuple[Table, float]:
    """The largest font (9 → 6 pt) at which the table fits; if even 6 pt won't, the most rows
    that fit (binary search) and a last row saying how many more flows the CSV lists."""
    sizes = (9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0)
    for size in sizes:
        table = _table(rows, fonts, size, width, status)
        _, h = table.wrap(width, height)
        if h <= height:
            return table, h

    def truncated(k: int) -> list[Sequence[str]]:
        more = len(rows) - k
        return [*rows[:k], [f"+{more} more flows", "", "Listed in the CSV export.", ""]]

    lo, hi = 0, len(rows) - 1  # lo rows always fit (0 rows: just the note)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        _, h = _table(truncated(mid), fonts, sizes[-1], width, status).wrap(width, height)
        if h <= height:
            lo = mid
        else:
            hi = mid - 1
    table = _table(truncated(lo), fonts, sizes[-1], width, status)
    _, h = table.wrap(width, height)
    return table, h


def build_brief_pdf(
    map_png: bytes,
    timeline_png: bytes | None,
    shown: Sequence[ShownFlow],
    refs: Sequence[SourceRef],
    *,
    title: str,
    caption: str,
    generated_on: date,
    as_of: date | None = None,
) -> bytes:
    """Lay out the one-page brief; images are PNG bytes (map 2:1, timeline any ratio)."""
    fonts = load_fonts()
    buffer = io.BytesIO()
    pdf = Canvas(buffer, pagesize=(PAGE_W, PAGE_H), pageCompression=1)
    pdf.setTitle(title)
    pdf.setAuthor("Arms Flow Atlas")
    pdf.setSubject(caption)
    inner_w = PAGE_W - 2 * MARGIN

    # header
    y = PAGE_H - MARGIN
    pdf.setFont(fonts.bold, 16)
    pdf.drawString(MARGIN, y - 14, para_safe(title, fonts))
    pdf.setFont(fonts.regular, 9.5)
    pdf.setFillColor(colors.HexColor("#444444"))
    pdf.drawString(MARGIN, y - 28, para_safe(caption, fonts))
    pdf.drawRightString(
        PAGE_W - MARGIN,
        y - 14,
        para_safe(f"Generated {format_date(generated_on)} · Arms Flow Atlas", fonts),
    )
    pdf.setFillColor(colors.black)
    y -= 36

    # map (left) and timeline + sources (right)
    map_w = inner_w * 0.62
    map_reader = ImageReader(io.BytesIO(trim_white(map_png)))
    iw, ih = map_reader.getSize()
    map_h = min(map_w * 0.56, map_w * ih / iw)
    pdf.drawImage(map_reader, MARGIN, y - map_h, map_w, map_h, preserveAspectRatio=True)
    pdf.setStrokeColor(colors.HexColor("#c8ced6"))
    pdf.rect(MARGIN, y - map_h, map_w, map_h, stroke=1, fill=0)
    right_x = MARGIN + map_w + 10
    right_w = inner_w - map_w - 10
    if timeline_png:
        reader = ImageReader(io.BytesIO(trim_white(timeline_png)))
        iw, ih = reader.getSize()
        tl_h = min(map_h, right_w * ih / iw)
        pdf.drawImage(reader, right_x, y - tl_h, right_w, tl_h, preserveAspectRatio=True)
    y -= map_h + 8

    # table of flows, then the numbered sources under it (space reserved first)
    sources_h = min(_sources_height(refs, fonts, inner_w, 8.0), (y - MARGIN) * 0.3)
    table_h = y - MARGIN - sources_h - 14
    rows = table_rows(shown, refs) or [["No flows match this view.", "", "", ""]]
    status = f"Status as of {format_date(as_of)}" if as_of else "Latest status"
    table, h = _fit_table(rows, fonts, inner_w, table_h, status)
    table.drawOn(pdf, MARGIN, y - h)
    y -= h + 8
    _draw_sources(pdf, refs, fonts, MARGIN, y, inner_w, y - MARGIN)
    pdf.setFont(fonts.regular, 6.5)
    pdf.setFillColor(colors.HexColor("#666666"))
    pdf.drawString(
        MARGIN,
        MARGIN - 12,
        para_safe(
            "Excerpts are quoted verbatim from the sources; [n] refers to the numbered "
            "sources. Dates marked 'date inferred' were not stated by the source.",
            fonts,
        ),
    )
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def para_safe(text: str, fonts: Fonts) -> str:
    """Text for drawString (no markup parsing): only the glyph fallback applies."""
    return text if fonts.unicode else text.replace("→", "->")


def _source_paragraphs(refs: Sequence[SourceRef], fonts: Fonts, size: float) -> list[Paragraph]:
    style = ParagraphStyle("src", fontName=fonts.regular, fontSize=size, leading=size * 1.2)
    paras = [Paragraph(f"<b>{para_text('Sources', fonts)}</b>", style)]
    paras += [
        Paragraph(para_text(f"[{ref.number}] {cite(ref.source)}", fonts), style) for ref in refs
    ]
    return paras


def _sources_height(refs: Sequence[SourceRef], fonts: Fonts, width: float, size: float) -> float:
    return sum(p.wrap(width, 1e6)[1] + 2 for p in _source_paragraphs(refs, fonts, size))


def _draw_sources(
    pdf: Canvas,
    refs: Sequence[SourceRef],
    fonts: Fonts,
    x: float,
    top: float,
    width: float,
    height: float,
) -> None:
    """Numbered source list in the box, shrinking the font until it fits."""
    for size in (8.0, 7.5, 7.0, 6.5, 6.0, 5.5):
        style = ParagraphStyle("src", fontName=fonts.regular, fontSize=size, leading=size * 1.2)
        paras = [Paragraph(f"<b>{para_text('Sources', fonts)}</b>", style)]
        paras += [
            Paragraph(para_text(f"[{ref.number}] {cite(ref.source)}", fonts), style) for ref in refs
        ]
        heights = [p.wrap(width, height)[1] for p in paras]
        if sum(heights) + 2 * len(paras) <= height or size == 5.5:
            break
    y = top
    for para, h in zip(paras, heights, strict=True):
        if y - h < top - height:
            break
        para.drawOn(pdf, x, y - h)
        y -= h + 2
