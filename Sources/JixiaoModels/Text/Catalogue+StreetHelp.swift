extension Catalogue {
    /// `street`'s help: each command's abstract and discussion, each option's help (keys
    /// `street.COMMAND.abstract`, `street.COMMAND.discussion`, `street.COMMAND.PROPERTY`).
    static let streetHelp: [String: Entry] = [
        "street.note.year": Entry(
            zh: "项目所属年度，区里为该项目安排了多个年度的计划时需要（默认：唯一的年度）。",
            en: "The project's year, when the district planned the project for several years (default: the only one)."
        ),
        "street.config.abstract": Entry(
            zh: "查看或修改本单位的区级服务器和密钥（服务器迁移或换发新密钥后使用）。",
            en: "Show or change this office's district server and secret (after a move or a new secret)."
        ),
        "street.config.discussion": Entry(
            zh: """
                示例：
                  street config
                  street config --server district.example:7420
                  street config --enrol wangluyuan.enrol         （区里执行 district office rotate-secret 或 enrol 之后）
                  street config --secret-stdin < new-secret.txt

                本单位的数据、变更记录和尚未上传的修改都保持不变：下次 street sync 从上次结束的地方接着同步。密钥从不显示。
                """,
            en: """
                Examples:
                  street config
                  street config --server district.example:7420
                  street config --enrol wangluyuan.enrol         (after district office rotate-secret or enrol)
                  street config --secret-stdin < new-secret.txt

                The office's rows, its change log and its unsent changes stay as they are: the next street sync \
                goes on from where the last one ended. The secret is never printed.
                """
        ),
        "street.config.server": Entry(
            zh: "今后同步所用的区级服务器。",
            en: "The district server to sync with from now on."
        ),
        "street.conflicts.abstract": Entry(
            zh: "列出截至上次同步，本单位各台电脑之间的冲突。",
            en: "List the conflicts between this office's devices, as of the last sync."
        ),
        "street.conflicts.discussion": Entry(
            zh: "本单位两台电脑在同步之前改了同一行数据时，各台电脑都保留较新的版本，另一版本连同其数值列在这里，不会悄悄丢失。",
            en: """
                When two devices of the office change the same row before either has synced, the later version is \
                kept on every device and the other is listed here, with its values, so nothing is lost silently.
                """
        ),
        "street.conflicts.utc": Entry(
            zh: "用 UTC 显示时间，而不是本地时间。",
            en: "Show times in UTC instead of local time."
        ),
        "street.enrolment-option.file": Entry(
            zh: "区里 `district office add` 或 `rotate-secret` 生成的注册文件（内含密钥：用完请删除）。",
            en:
                "The enrolment file from `district office add` or `rotate-secret` (it holds the secret: delete it after)."
        ),
        "street.expense.abstract": Entry(
            zh: "录入、列出、修改和删除支出。",
            en: "Record, list, edit and delete expenditures (支出)."
        ),
        "street.expense.add.abstract": Entry(
            zh: "录入一笔支出，并显示其编号。",
            en: "Record an expenditure and print its id."
        ),
        "street.expense.add.discussion": Entry(
            zh: "金额以元为单位（1234.56、1,234.56）或以万元为单位（12.5万），以元计时最多两位小数。日期必须在项目所属年度内。项目只有一个资金来源时，可省略 --fund。",
            en: """
                Amounts are in 元 (1234.56, 1,234.56) or 万元 (12.5万), at most two decimals in 元. The date must be \
                in the project's year. --fund may be left out when the project has a single fund.
                """
        ),
        "street.expense.add.project": Entry(
            zh: "项目代码。",
            en: "The project code."
        ),
        "street.expense.add.category": Entry(
            zh: "类别代码。",
            en: "The category code."
        ),
        "street.expense.add.fund": Entry(
            zh: "资金来源代码。",
            en: "The fund code (资金来源)."
        ),
        "street.expense.add.amount": Entry(
            zh: "金额，单位元；带“万”则为万元。",
            en: "The amount in 元, or 万元 with 万."
        ),
        "street.expense.add.date": Entry(
            zh: "日期，例如 2021-06-26。",
            en: "The date, e.g. 2021-06-26."
        ),
        "street.expense.add.voucher": Entry(
            zh: "凭证号。",
            en: "The voucher number (凭证号)."
        ),
        "street.expense.add.payee": Entry(
            zh: "收款方。",
            en: "Who was paid (收款方)."
        ),
        "street.expense.add.note": Entry(
            zh: "备注。",
            en: "A note (备注)."
        ),
        "street.expense.add.allowDuplicateVoucher": Entry(
            zh: "允许使用该项目已有的凭证号。",
            en: "Accept a voucher number the project already has."
        ),
        "street.expense.list.abstract": Entry(
            zh: "按日期列出支出。",
            en: "List expenditures, by date."
        ),
        "street.expense.list.project": Entry(
            zh: "只列此项目。",
            en: "Only this project."
        ),
        "street.expense.list.period": Entry(
            zh: "只列此期间：2021、2021Q2 或 2021-06。",
            en: "Only this period: 2021, 2021Q2 or 2021-06."
        ),
        "street.expense.list.format": Entry(
            zh: "输出格式。",
            en: "The output format."
        ),
        "street.expense.edit.abstract": Entry(
            zh: "修改一笔支出的字段。",
            en: "Change fields of an expenditure."
        ),
        "street.expense.edit.discussion": Entry(
            zh: "ID 是 `street expense add` 显示的编号，或 `street expense list` 所列的编号开头部分。",
            en: "ID is the id `street expense add` printed, or its start as `street expense list` shows it."
        ),
        "street.expense.edit.id": Entry(
            zh: "支出编号（或能唯一确定它的开头部分）。",
            en: "The expenditure's id (or a unique start of it)."
        ),
        "street.expense.edit.project": Entry(
            zh: "新的项目代码。",
            en: "A new project code."
        ),
        "street.expense.edit.category": Entry(
            zh: "新的类别代码。",
            en: "A new category code."
        ),
        "street.expense.edit.fund": Entry(
            zh: "新的资金来源代码。",
            en: "A new fund code."
        ),
        "street.expense.edit.amount": Entry(
            zh: "新的金额。",
            en: "A new amount."
        ),
        "street.expense.edit.date": Entry(
            zh: "新的日期。",
            en: "A new date."
        ),
        "street.expense.edit.voucher": Entry(
            zh: "新的凭证号。",
            en: "A new voucher number."
        ),
        "street.expense.edit.payee": Entry(
            zh: "新的收款方。",
            en: "A new payee."
        ),
        "street.expense.edit.note": Entry(
            zh: "新的备注。",
            en: "A new note."
        ),
        "street.expense.edit.allowDuplicateVoucher": Entry(
            zh: "允许使用该项目已有的凭证号。",
            en: "Accept a voucher number the project already has."
        ),
        "street.expense.delete.abstract": Entry(
            zh: "删除一笔支出。",
            en: "Delete an expenditure."
        ),
        "street.expense.delete.id": Entry(
            zh: "支出编号（或能唯一确定它的开头部分）。",
            en: "The expenditure's id (or a unique start of it)."
        ),
        "street.export.abstract": Entry(
            zh: "将支出或指标值导出为 CSV、JSON 或 .xlsx。",
            en: "Export expenditures or indicator values as CSV, JSON or .xlsx."
        ),
        "street.export.discussion": Entry(
            zh:
                "不加 --out 时输出到标准输出（xlsx 除外）。用 --out 写出的 CSV 文件带 UTF-8 字节顺序标记，Excel 打开时中文显示正常。工作簿用中文表头，代码旁附名称和单位。`street import` 可将导出文件再导入：已有的行保持不变。",
            en: """
                Without --out the data goes to stdout (not for xlsx). A CSV file written with --out starts with a \
                UTF-8 byte order mark so that Excel shows the Chinese text correctly. A workbook has Chinese headers \
                with names and units beside the codes. `street import` reads an export back: rows it already has are \
                left unchanged.
                """
        ),
        "street.export-options.format": Entry(
            zh: "输出格式。",
            en: "The output format."
        ),
        "street.export-options.out": Entry(
            zh: "写入此文件，而不是标准输出。",
            en: "Write to this file instead of stdout."
        ),
        "street.export.expenses.abstract": Entry(
            zh: "导出支出。",
            en: "Export the expenditures."
        ),
        "street.export.values.abstract": Entry(
            zh: "导出指标值。",
            en: "Export the indicator values."
        ),
        "street.import.abstract": Entry(
            zh: "导入支出或指标值（CSV 或 .xlsx），要么全部导入，要么一行不导。",
            en: "Import expenditures or indicator values (CSV or .xlsx), all or nothing."
        ),
        "street.import.discussion": Entry(
            zh:
                "第一行为列名，顺序不限，中英文均可。UTF-8、带 BOM 的 UTF-8 和 GB18030/GBK 文件（Excel 的“CSV UTF-8”和“CSV”）无需指定即可识别，.xlsx 工作簿也一样（按内容识别；--sheet 指定工作表，默认第一个可见的）。只要有一行有误就什么都不保存；每个错误行都会列出其行号，或其工作表和单元格（支出!C7）。内容以前导入过的文件会被拒绝，除非加 --again。在终端上，读取、检查和保存文件时会在标准错误显示进度（行数和百分比）；--quiet 关闭进度。",
            en: """
                The first line names the columns, in any order, in English or Chinese. UTF-8, UTF-8 with BOM and \
                GB18030/GBK files (Excel's "CSV UTF-8" and "CSV") are recognised without a flag, and so is an .xlsx \
                workbook (by its content; --sheet picks the sheet, the first visible one by default). One bad row \
                and nothing is stored; every bad row is listed with its line number, or its sheet and cell (支出!C7). \
                A file whose content was imported before is refused unless --again. On a terminal, progress (rows \
                and percent) is shown on stderr while the file is read, checked and stored; --quiet turns it off.
                """
        ),
        "street.import.quiet": Entry(
            zh: "不在终端上显示进度。",
            en: "Show no progress on the terminal."
        ),
        "street.import.expenses.abstract": Entry(
            zh: "导入支出。",
            en: "Import expenditures."
        ),
        "street.import.expenses.discussion": Entry(
            zh: "列：项目,类别,资金来源,金额,日期,凭证号,收款方,备注（project,category,fund,amount,date,voucher,payee,note）；项目、类别、金额和日期必填。",
            en: """
                Columns: project,category,fund,amount,date,voucher,payee,note \
                (项目,类别,资金来源,金额,日期,凭证号,收款方,备注); project, category, amount and date are required.
                """
        ),
        "street.import.expenses.file": Entry(
            zh: "CSV 文件或 .xlsx 工作簿。",
            en: "The CSV file or .xlsx workbook."
        ),
        "street.import.expenses.sheet": Entry(
            zh: ".xlsx 工作簿中的工作表（默认第一个可见的）。",
            en: "The sheet of an .xlsx workbook (default: the first visible one)."
        ),
        "street.import.expenses.dryRun": Entry(
            zh: "只检查文件并报告结果，不保存任何数据。",
            en: "Check the file and report, but store nothing."
        ),
        "street.import.expenses.allowDuplicateVoucher": Entry(
            zh: "允许使用同一项目以前用过的凭证号。",
            en: "Accept voucher numbers used before in the same project."
        ),
        "street.import.expenses.again": Entry(
            zh: "导入内容以前导入过的文件（其中的支出会被重复计入）。",
            en: "Import a file whose content was imported before (its expenditures are then counted twice)."
        ),
        "street.import.values.abstract": Entry(
            zh: "导入指标值（同一指标、期间和标签的值会被替换）。",
            en: "Import indicator values (a value for the same indicator, period and label is replaced)."
        ),
        "street.import.values.discussion": Entry(
            zh: "列：指标,期间,数值,标签,备注（indicator,period,value,label,note）；前三列必填。",
            en: "Columns: indicator,period,value,label,note (指标,期间,数值,标签,备注); the first three are required."
        ),
        "street.import.values.file": Entry(
            zh: "CSV 文件或 .xlsx 工作簿。",
            en: "The CSV file or .xlsx workbook."
        ),
        "street.import.values.sheet": Entry(
            zh: ".xlsx 工作簿中的工作表（默认第一个可见的）。",
            en: "The sheet of an .xlsx workbook (default: the first visible one)."
        ),
        "street.import.values.dryRun": Entry(
            zh: "只检查文件并报告结果，不保存任何数据。",
            en: "Check the file and report, but store nothing."
        ),
        "street.import.values.again": Entry(
            zh: "导入内容以前导入过的文件。",
            en: "Import a file whose content was imported before."
        ),
        "street.init.abstract": Entry(
            zh: "用区里提供的设置创建本单位的数据库（权限 0600）。",
            en: "Create this office's database (mode 0600) with the settings the district gave you."
        ),
        "street.init.discussion": Entry(
            zh: """
                示例：
                  street init --enrol wangluyuan.enrol
                  street init --server district.example:7420 --office wangluyuan --secret-file secret.txt     --pin sha256:3f9a…

                注册文件（区里 district office add 生成）包含服务器地址、单位代码、密钥和区级证书指纹；数据库建好后请删除该文件。没有注册文件时，请提供这三项设置以及 `district tls show` 显示的指纹；不加 --pin 时，首次同步会固定它看到的证书。已有数据库时拒绝覆盖（修改服务器或密钥请用 `street config`）。
                """,
            en: """
                Examples:
                  street init --enrol wangluyuan.enrol
                  street init --server district.example:7420 --office wangluyuan --secret-file secret.txt \
                    --pin sha256:3f9a…

                The enrolment file (from district office add) holds the server, the office code, the secret and the \
                fingerprint of the district's certificate; delete it once the database is made. Without a file, give \
                the three settings and the fingerprint `district tls show` prints; without --pin the first sync pins \
                the certificate it sees. Refuses to overwrite an existing database (`street config` changes its \
                server or secret).
                """
        ),
        "street.init.server": Entry(
            zh: "区级服务器（代替 --enrol）。",
            en: "The district server (instead of --enrol)."
        ),
        "street.init.office": Entry(
            zh: "本单位代码（代替 --enrol）。",
            en: "This office's code (instead of --enrol)."
        ),
        "street.init.pin": Entry(
            zh: "区级证书指纹，即 `district tls show` 显示的内容（代替 --enrol）。",
            en: "The district certificate's fingerprint, as `district tls show` prints it (instead of --enrol)."
        ),
        "street.note.abstract": Entry(
            zh: "填写和列出文字说明：工作亮点、存在问题、改进措施。",
            en: "Write and list narratives: highlights (工作亮点), problems (存在问题), measures (改进措施)."
        ),
        "street.note.set.abstract": Entry(
            zh: "填写项目某一部分的文字说明，替换原有内容。",
            en: "Set a project's narrative for a section, replacing earlier text."
        ),
        "street.note.set.discussion": Entry(
            zh: "--file 可以是 UTF-8 或 GB18030 编码（中文 Windows 记事本保存的格式）。",
            en: "A --file may be UTF-8 or GB18030 (as Notepad on Chinese Windows saves it)."
        ),
        "street.note.set.project": Entry(
            zh: "项目代码。",
            en: "The project code."
        ),
        "street.note.set.section": Entry(
            zh: "highlights（工作亮点）、problems（存在问题）或 measures（改进措施）。",
            en: "highlights, problems or measures."
        ),
        "street.note.set.text": Entry(
            zh: "文字内容。",
            en: "The text."
        ),
        "street.note.set.file": Entry(
            zh: "存放文字内容的文件。",
            en: "A file holding the text."
        ),
        "street.note.list.abstract": Entry(
            zh: "列出文字说明。",
            en: "List the narratives."
        ),
        "street.note.list.project": Entry(
            zh: "只列此项目。",
            en: "Only this project."
        ),
        "street.note.delete.abstract": Entry(
            zh: "删除项目某一部分的文字说明。",
            en: "Delete a project's narrative for a section."
        ),
        "street.note.delete.project": Entry(
            zh: "项目代码。",
            en: "The project code."
        ),
        "street.note.delete.section": Entry(
            zh: "highlights（工作亮点）、problems（存在问题）或 measures（改进措施）。",
            en: "highlights, problems or measures."
        ),
        "street.projects.abstract": Entry(
            zh: "列出从区里收到的项目、资金来源、类别和指标。",
            en: "List the projects, funds, categories and indicators received from the district."
        ),
        "street.projects.discussion": Entry(
            zh: "在 `street expense add`、`street value set` 和 CSV 导入中使用这些代码。",
            en: "Use these codes in `street expense add`, `street value set` and CSV imports."
        ),
        "street.projects.project": Entry(
            zh: "只列此项目。",
            en: "Only this project."
        ),
        "street.secret-options.file": Entry(
            zh: "从此文件读取本单位的密钥（64 位十六进制数字）。",
            en: "Read the office's secret (64 hexadecimal digits) from this file."
        ),
        "street.secret-options.stdin": Entry(
            zh: "从标准输入读取本单位的密钥。",
            en: "Read the office's secret from standard input."
        ),
        "street.status.abstract": Entry(
            zh: "显示本单位、服务器、上次同步以及区里尚未确认的修改。",
            en: "Show the office, its server, the last sync and the changes the district has not acknowledged."
        ),
        "street.status.discussion": Entry(
            zh: "时间为本地时间并带时区偏移（`2026-12-01 14:52 +08:00`）；--utc 显示 UTC。",
            en: "Times are local with their offset (`2026-12-01 14:52 +08:00`); --utc shows UTC."
        ),
        "street.status.utc": Entry(
            zh: "用 UTC 显示时间，而不是本地时间。",
            en: "Show times in UTC instead of local time."
        ),
        "street.root.abstract": Entry(
            zh: "录入本单位的支出、指标值和文字说明，并同步到区里。",
            en: "Record an office's expenditures, indicator values and narratives, and sync them to the district."
        ),
        "street.root.discussion": Entry(
            zh: """
                单位数据库默认为 ./street.db 或 $JIXIAO_STREET_DB；--db PATH 优先于两者。--lang zh|en（或 $JIXIAO_LANG）选择语言，默认按系统区域设置（LANG）。
                数据输出到标准输出，提示信息输出到标准错误。命令被拒绝时退出状态为 1（标准错误上有一行说明原因），用法有误时为 64（提示信息和用法）。
                """,
            en: """
                The office database defaults to ./street.db, or $JIXIAO_STREET_DB; --db PATH overrides both. \
                --lang zh|en (or $JIXIAO_LANG) picks the language; by default the locale (LANG) decides.
                Data goes to stdout, messages to stderr. The exit status is 1 when a command is refused (one message on \
                stderr says why), 64 when it is misused (the message and the usage).
                """
        ),
        "street.database-options.db": Entry(
            zh: "单位数据库文件。",
            en: "The office database file."
        ),
        "street.database-options.verbose": Entry(
            zh: "在标准错误上输出调试信息。",
            en: "Log debugging detail to stderr."
        ),
        "street.sync.abstract": Entry(
            zh: "把本单位的修改发送到区里，接收年度计划，并核对双方数据一致。",
            en: "Send this office's changes to the district, receive the plan, and check both sides agree."
        ),
        "street.sync.discussion": Entry(
            zh:
                "随时可以运行：区里确认之前，任何数据都不会标记为已发送。完成后显示一行汇总；标准错误为终端时，大量传输会在标准错误上显示进度（上传和下载的 MB 与行数；--quiet 则不显示）；失败时显示一行原因并以非零状态退出。每次同步都使用 TLS 1.3 和已固定的区级证书。",
            en: """
                Safe to run any time: nothing is marked as sent until the district confirms it. Prints one summary \
                line; shows progress on stderr for large transfers (megabytes and rows of the push and the pull; none with --quiet) when stderr is a terminal; exits non-zero with \
                one line on failure. Every sync is TLS 1.3 with the district's pinned certificate.
                """
        ),
        "street.sync.plaintext": Entry(
            zh: "不加密同步，仅供在同一台电脑上调试：只能连接 127.0.0.1 上的 district serve --plaintext。",
            en: "Sync without TLS, for debugging on one machine: only to a district serve --plaintext on 127.0.0.1."
        ),
        "street.template.abstract": Entry(
            zh: "生成供导入填写的 .xlsx 模板，带本单位代码的下拉列表。",
            en: "Write a fill-in .xlsx for import, with dropdowns of this office's codes."
        ),
        "street.template.discussion": Entry(
            zh:
                "工作簿可用 Excel、WPS 和 LibreOffice 打开：中文表头、冻结的表头行、本单位代码的下拉列表，以及列出每个代码名称的“代码表”工作表。填好后可直接用 `street import expenses|values FILE.xlsx` 导入。",
            en: """
                The workbook opens in Excel, WPS and LibreOffice: Chinese headers, a frozen header row, dropdown \
                lists of this office's codes, and a sheet 代码表 with every code's name. Filled in, it imports as \
                it is with `street import expenses|values FILE.xlsx`.
                """
        ),
        "street.template-options.out": Entry(
            zh: "要写入的 .xlsx 文件。",
            en: "The .xlsx file to write."
        ),
        "street.template.expenses.abstract": Entry(
            zh: "支出模板（项目、类别、资金来源为下拉列表）。",
            en: "The expenditures template (项目, 类别, 资金来源 as dropdowns)."
        ),
        "street.template.values.abstract": Entry(
            zh: "指标值模板：本单位每个要填报的值一行，待填数值。",
            en: "The indicator values template: one row per value this office reports, the value to fill in."
        ),
        "street.todo.abstract": Entry(
            zh: "列出本单位在某期间还欠的指标值和文字说明。",
            en: "List the indicator values and notes this office still owes for a period."
        ),
        "street.todo.discussion": Entry(
            zh: "只列本单位的指标，带完整名称、单位和目标值，规则与区里一致（`district status`）：所问期间内，按指标频次每期一个值；期间为全年末时还需三项文字说明。无论是否有缺项，退出状态都为 0。",
            en: """
                Only this office's indicators, with their full names, units and targets, by the district's rules \
                (`district status`): a value per period of the indicator's frequency inside the asked period; the \
                three notes when the period ends the year. Exits 0 whether or not something is missing.
                """
        ),
        "street.todo.period": Entry(
            zh: "期间：2021、2021Q2 或 2021-06（默认：收到的最近年度）。",
            en: "The period: 2021, 2021Q2 or 2021-06 (default: the latest year received)."
        ),
        "street.value.abstract": Entry(
            zh: "填写、列出和删除绩效指标值。",
            en: "Set, list and delete indicator values (绩效指标)."
        ),
        "street.value.set.abstract": Entry(
            zh: "填写某指标某期间的值，替换原有的值。",
            en: "Set an indicator's value for a period, replacing an earlier one."
        ),
        "street.value.set.discussion": Entry(
            zh: "定量指标填数字（12、98.95、98.95%）；定性指标填文字（达成）。期间必须在项目所属年度内。",
            en: """
                A quantitative indicator takes a number (12, 98.95, 98.95%); a qualitative one takes text (达成). \
                The period must be in the project's year.
                """
        ),
        "street.value.set.indicator": Entry(
            zh: "指标代码。",
            en: "The indicator code."
        ),
        "street.value.set.period": Entry(
            zh: "期间：2021、2021Q2 或 2021-06。",
            en: "The period: 2021, 2021Q2 or 2021-06."
        ),
        "street.value.set.value": Entry(
            zh: "数值。",
            en: "The value."
        ),
        "street.value.set.label": Entry(
            zh: "标签，例如监测站点（伍家岭站点）。",
            en: "A label, e.g. a monitoring station (伍家岭站点)."
        ),
        "street.value.set.note": Entry(
            zh: "备注。",
            en: "A note (备注)."
        ),
        "street.value.list.abstract": Entry(
            zh: "列出指标值。",
            en: "List indicator values."
        ),
        "street.value.list.project": Entry(
            zh: "只列此项目的指标。",
            en: "Only this project's indicators."
        ),
        "street.value.list.period": Entry(
            zh: "只列此期间内的期间：2021、2021Q2 或 2021-06。",
            en: "Only periods within this one: 2021, 2021Q2 or 2021-06."
        ),
        "street.value.list.format": Entry(
            zh: "输出格式。",
            en: "The output format."
        ),
        "street.value.delete.abstract": Entry(
            zh: "删除某指标某期间的值。",
            en: "Delete an indicator's value for a period."
        ),
        "street.value.delete.indicator": Entry(
            zh: "指标代码。",
            en: "The indicator code."
        ),
        "street.value.delete.period": Entry(
            zh: "期间：2021、2021Q2 或 2021-06。",
            en: "The period: 2021, 2021Q2 or 2021-06."
        ),
        "street.value.delete.label": Entry(
            zh: "标签（如该值有标签）。",
            en: "The label, if the value has one."
        ),
    ]
}
