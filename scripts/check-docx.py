#!/usr/bin/env python3
"""Reads a .docx with python-docx (an independent reader) and prints what the report tests check, as JSON:
the paragraphs' text, every table's size, merged cells and repeated header rows, each section's page size and
orientation, and whether the footers hold a PAGE field.

Usage: scripts/check-docx.py FILE.docx
"""
import json
import sys

import docx
from docx.oxml.ns import qn


def table_facts(table):
    rows = table._tbl.tr_lst
    spans = 0
    restarts = 0
    continues = 0
    header_rows = 0
    first_row_texts = []
    for index, tr in enumerate(rows):
        trPr = tr.trPr
        if trPr is not None and trPr.find(qn("w:tblHeader")) is not None:
            header_rows += 1
        for tc in tr.tc_lst:
            if tc.grid_span > 1:
                spans += 1
            if tc.vMerge == "restart":
                restarts += 1
            elif tc.vMerge == "continue":
                continues += 1
            if index == 0:
                first_row_texts.append("".join(t.text or "" for t in tc.iter(qn("w:t"))))
    return {
        "rows": len(rows),
        "columns": len(table.columns),
        "gridSpans": spans,
        "vMergeRestarts": restarts,
        "vMergeContinues": continues,
        "headerRows": header_rows,
        "firstRow": first_row_texts,
    }


def main(path):
    document = docx.Document(path)
    sections = []
    page_fields = []
    for section in document.sections:
        sections.append({
            "width": section.page_width.twips if section.page_width is not None else None,
            "height": section.page_height.twips if section.page_height is not None else None,
            "landscape": section.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE,
            "header": "".join(p.text for p in section.header.paragraphs),
        })
        footer = section.footer._element
        instructions = "".join(t.text or "" for t in footer.iter(qn("w:instrText")))
        simple = [f.get(qn("w:instr")) or "" for f in footer.iter(qn("w:fldSimple"))]
        page_fields.append("PAGE" in instructions or any("PAGE" in s for s in simple))
    styles = {}
    for name in ["Normal", "Title", "Heading1", "TableText"]:
        style = next((s for s in document.styles if s.style_id == name), None)
        if style is not None:
            rfonts = style.element.find(qn("w:rPr"))
            east = None
            if rfonts is not None and rfonts.find(qn("w:rFonts")) is not None:
                east = rfonts.find(qn("w:rFonts")).get(qn("w:eastAsia"))
            styles[name] = {"eastAsia": east, "size": style.font.size.pt if style.font.size else None}
    print(json.dumps({
        "paragraphs": [p.text for p in document.paragraphs],
        "tables": [table_facts(t) for t in document.tables],
        "sections": sections,
        "pageFields": page_fields,
        "styles": styles,
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
