/// The report's inline style sheet: A4 pages, CJK fonts the reader already has, tables that split cleanly.
enum HTMLStyle {
    /// The fonts, best first: 仿宋 as government documents use it (Windows, macOS), then the Noto CJK fonts a
    /// Debian machine has with `fonts-noto-cjk`, then any serif. Without a CJK font a browser draws boxes.
    static let fontStack =
        "FangSong, \"仿宋\", \"仿宋_GB2312\", STFangsong, \"Noto Serif CJK SC\", \"Source Han Serif SC\", "
        + "\"Noto Sans CJK SC\", \"Songti SC\", SimSun, serif"

    static let css = """
        @page { size: A4; margin: 18mm 16mm 20mm;
                @bottom-center { content: "— " counter(page) " —"; font-family: \(fontStack); font-size: 10pt; } }
        * { box-sizing: border-box; }
        body { font-family: \(fontStack);
               font-size: 11pt; line-height: 1.6; color: #111; max-width: 178mm; margin: 0 auto; padding: 8mm 0; }
        h1 { font-size: 18pt; text-align: center; margin: 0 0 4mm; }
        h2 { font-size: 14pt; margin: 7mm 0 3mm; border-bottom: 1px solid #888; padding-bottom: 1mm; }
        h3 { font-size: 12pt; margin: 5mm 0 2mm; }
        h4 { font-size: 11pt; margin: 4mm 0 2mm; }
        p { margin: 0 0 2.5mm; text-indent: 2em; text-align: justify; }
        p.meta { text-indent: 0; text-align: center; color: #333; }
        table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; font-size: 9.5pt; page-break-inside: auto; }
        tr { page-break-inside: avoid; }
        th, td { border: 1px solid #444; padding: 1.2mm 1.6mm; vertical-align: top; }
        th { background: #eef2f6; font-weight: bold; text-align: center; }
        td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        tr.total td, tr.total th { font-weight: bold; background: #f7f7f2; }
        ul { margin: 0 0 3mm; padding-left: 6mm; }
        .score { text-align: center; font-size: 13pt; margin: 2mm 0 5mm; }
        .score strong { font-size: 16pt; }
        .charts { display: block; }
        svg.chart { display: block; max-width: 100%; height: auto; margin: 2mm 0 4mm; page-break-inside: avoid; }
        svg .chart-title { font-size: 13px; font-weight: bold; fill: #111; }
        svg .chart-label, svg .chart-value { font-size: 12px; fill: #222; }
        .details { font-size: 9.5pt; color: #333; }
        .form { page-break-before: always; page: landscape; }
        @page landscape { size: A4 landscape; }
        .form caption { font-size: 14pt; font-weight: bold; margin-bottom: 2mm; }
        .warn { color: #8a1f11; }
        .draft { border: 2px solid #b03a2e; color: #b03a2e; font-weight: bold; text-indent: 0; text-align: center;
                 padding: 2mm; margin: 0 0 4mm; }
        p.caption { text-indent: 0; font-weight: bold; margin-top: 3mm; }
        table.form-head, table.form-indicators { table-layout: fixed; }
        table.form-head { margin-bottom: 0; }
        table.form-indicators { margin-top: -1px; }
        thead { display: table-header-group; }
        td.cont, th.cont { border-top-style: hidden; }
        .signoff { margin-top: 6mm; page-break-inside: avoid; }
        .signoff p { text-indent: 0; text-align: left; margin-left: 50%; }
        .blank { display: inline-block; min-width: 40mm; border-bottom: 1px solid #444; }
        @media print { body { padding: 0; max-width: none; } h2 { page-break-after: avoid; } }
        """
}
