/// The Python scripts the tests run with openpyxl, the independent reader and writer.
enum OpenpyxlScripts {
    /// Prints, as JSON, what openpyxl reads from the workbook at argv[1]: every sheet's values, merges, freeze
    /// panes, column widths, data validations, print setup and the styles of the cells.
    static let dump = """
        import json, sys, datetime
        import openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        out = {"sheets": []}
        for ws in wb.worksheets:
            cells = {}
            styles = {}
            for row in ws.iter_rows():
                for c in row:
                    if c.value is None:
                        continue
                    v = c.value
                    if isinstance(v, (datetime.datetime, datetime.date)):
                        v = v.isoformat()
                    cells[c.coordinate] = v
                    styles[c.coordinate] = {
                        "bold": bool(c.font.b), "border": c.border.left.style, "wrap": bool(c.alignment.wrap_text),
                        "format": c.number_format, "fill": c.fill.fgColor.rgb if c.fill.fill_type == "solid" else None,
                    }
            out["sheets"].append({
                "name": ws.title,
                "state": ws.sheet_state,
                "cells": cells,
                "styles": styles,
                "merges": sorted(str(r) for r in ws.merged_cells.ranges),
                "freeze": ws.freeze_panes,
                "widths": {k: d.width for k, d in ws.column_dimensions.items() if d.customWidth},
                "validations": [
                    {"type": dv.type, "sqref": str(dv.sqref), "formula1": dv.formula1, "error": dv.error}
                    for dv in ws.data_validations.dataValidation
                ],
                "printTitleRows": ws.print_title_rows,
                "orientation": ws.page_setup.orientation,
                "paperSize": ws.page_setup.paperSize,
                "fitToWidth": ws.page_setup.fitToWidth,
            })
        print(json.dumps(out, ensure_ascii=False, sort_keys=True))
        """

    /// Writes to argv[1] a workbook made by openpyxl: strings, numbers, dates, booleans, merged cells, formulas,
    /// two sheets (the second hidden); with argv[2] == "1904", in the 1904 date system.
    static let make = """
        import sys, datetime
        import openpyxl
        wb = openpyxl.Workbook()
        if len(sys.argv) > 2 and sys.argv[2] == "1904":
            wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
        ws = wb.active
        ws.title = "支出"
        ws.append(["项目", "类别", "金额", "日期", "凭证号", "已付", "备注"])
        ws.append(["JD2021", "XC", 1234.56, datetime.date(2021, 3, 25), "记-1", True, "宣传品"])
        ws.append(["JD2021", "JD", 300, datetime.date(2021, 12, 1), 42, False, None])
        ws.append(["LT2021", "PX", 0.1 + 0.2, datetime.datetime(2021, 7, 1, 15, 30), "记-3", None, "多行\\n备注"])
        ws.merge_cells("G2:G3")
        ws["A6"] = "合计"
        ws["C6"] = "=SUM(C2:C4)"
        ws["D2"].number_format = "yyyy-mm-dd"
        other = wb.create_sheet("代码")
        other.append(["代码", "名称"])
        other.append(["XC", "禁毒宣传"])
        other.sheet_state = "hidden"
        third = wb.create_sheet("空")
        wb.save(sys.argv[1])
        """

    /// Writes to argv[1] a zip holding a valid workbook whose first sheet (`xl/worksheets/sheet1.xml`) is
    /// argv[2] MiB of spaces inside `<sheetData>`, deflated (a bomb: a MiB of input per KiB of file).
    /// With argv[3] == "lie", the zip's headers declare the part 1000 bytes long.
    static let bomb = """
        import sys, zipfile, zlib, struct
        path, mib = sys.argv[1], int(sys.argv[2])
        lie = len(sys.argv) > 3 and sys.argv[3] == "lie"
        main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
            z.writestr("xl/workbook.xml", f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="支出" sheetId="1" r:id="rId1"/></sheets></workbook>')
            z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
            with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=False) as f:
                f.write(f'<worksheet xmlns="{main}"><sheetData>'.encode())
                chunk = b" " * (1 << 20)
                for _ in range(mib):
                    f.write(chunk)
                f.write(b"</sheetData></worksheet>")
        if lie:
            data = bytearray(open(path, "rb").read())
            name = b"xl/worksheets/sheet1.xml"
            i = 0
            while True:
                i = data.find(b"PK\\x03\\x04", i)
                if i < 0: break
                n = struct.unpack_from("<H", data, i + 26)[0]
                if data[i + 30:i + 30 + n] == name:
                    struct.pack_into("<I", data, i + 22, 1000)
                i += 4
            i = 0
            while True:
                i = data.find(b"PK\\x01\\x02", i)
                if i < 0: break
                n = struct.unpack_from("<H", data, i + 28)[0]
                if data[i + 46:i + 46 + n] == name:
                    struct.pack_into("<I", data, i + 24, 1000)
                i += 4
            open(path, "wb").write(data)
        """

    /// Writes to argv[1] a workbook by hand, in SpreadsheetML that openpyxl never writes but other programs do:
    /// inline strings, rich-text shared strings with a phonetic run, cells and rows without `r`, a formula's text
    /// result, an error, an absolute sheet target and a `../` one, a custom date format, a prefixed namespace.
    static let handmade = """
        import sys, zipfile
        main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
        with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
            z.writestr("_rels/.rels", f'<Relationships xmlns="{pkg}"><Relationship Id="a" Type="{rel}/officeDocument" Target="/book/main.xml"/></Relationships>')
            z.writestr("book/main.xml", f'<x:workbook xmlns:x="{main}" xmlns:r="{rel}"><x:workbookPr date1904="true"/><x:sheets><x:sheet name="一" sheetId="1" r:id="s1"/><x:sheet name="二" sheetId="2" r:id="s2" state="veryHidden"/></x:sheets></x:workbook>')
            z.writestr("book/_rels/main.xml.rels", f'<Relationships xmlns="{pkg}"><Relationship Id="s1" Type="{rel}/worksheet" Target="/book/sheets/first.xml"/><Relationship Id="s2" Type="{rel}/worksheet" Target="../other/second.xml"/><Relationship Id="t" Type="{rel}/sharedStrings" Target="strings.xml"/><Relationship Id="y" Type="{rel}/styles" Target="styles.xml"/></Relationships>')
            z.writestr("book/strings.xml", f'<sst xmlns="{main}"><si><t>plain</t></si><si><r><rPr><b/></rPr><t>禁毒</t></r><r><t xml:space="preserve"> 宣传</t></r><rPh sb="0" eb="1"><t>jindu</t></rPh></si><si><t>a &amp; b &lt;c&gt;</t></si></sst>')
            z.writestr("book/styles.xml", f'<styleSheet xmlns="{main}"><numFmts count="1"><numFmt numFmtId="170" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="170"/><xf numFmtId="4"/></cellXfs></styleSheet>')
            z.writestr("book/sheets/first.xml", f'<x:worksheet xmlns:x="{main}"><x:sheetData>'
                '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:r><x:t>行内</x:t></x:r><x:r><x:t>文字</x:t></x:r></x:is></x:c></x:row>'
                '<x:row><x:c t="s"><x:v>2</x:v></x:c><x:c s="1"><x:v>0</x:v></x:c><x:c s="1"><x:v>6753</x:v></x:c><x:c s="2"><x:v>1.23456E3</x:v></x:c></x:row>'
                '<x:row r="5"><x:c r="B5" t="str"><x:f>A1&amp;"!"</x:f><x:v>plain!</x:v></x:c><x:c r="C5" t="e"><x:v>#DIV/0!</x:v></x:c><x:c r="D5" t="b"><x:v>1</x:v></x:c><x:c r="E5" s="2"/><x:c r="F5"><x:v>-0.5</x:v></x:c></x:row>'
                '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="F5:G6"/></x:mergeCells></x:worksheet>')
            z.writestr("other/second.xml", f'<worksheet xmlns="{main}"><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>hidden</t></is></c></row></sheetData></worksheet>')
        """
}
