extension Catalogue {
    /// `district`'s help: each command's abstract and discussion, each option's help (keys
    /// `district.COMMAND.abstract`, `district.COMMAND.discussion`, `district.COMMAND.PROPERTY`).
    static let districtHelp: [String: Entry] = [
        "district.backup.abstract": Entry(
            zh: "用 SQLite 在线备份把数据库复制到新文件，服务运行时也可以。",
            en: "Copy the database to a new file with SQLite's online backup, even while the server runs."
        ),
        "district.backup.discussion": Entry(
            zh: "拒绝覆盖已有文件。副本是一致的：数据库某一时刻的状态。完整性检查不通过的副本会被删除。",
            en: """
                Refuses to overwrite an existing file. The copy is consistent: one moment of the database. A copy that \
                fails its integrity check is removed.
                """
        ),
        "district.backup.file": Entry(
            zh: "新文件。",
            en: "The new file."
        ),
        "district.office.devices.abstract": Entry(
            zh: "列出某单位的电脑：每个同步过的 street 数据库，及其首次和最近一次同步时间。",
            en: "List an office's devices: each street database that has synced, with its first and last sync."
        ),
        "district.office.devices.discussion": Entry(
            zh: "时间为本地时间并带时区偏移；--utc 显示 UTC。",
            en: "Times are local with their offset; --utc shows UTC."
        ),
        "district.office.devices.code": Entry(
            zh: "单位代码。",
            en: "The office code."
        ),
        "district.office.devices.utc": Entry(
            zh: "用 UTC 显示时间，而不是本地时间。",
            en: "Show times in UTC instead of local time."
        ),
        "district.office.revoke-device.abstract": Entry(
            zh: "从现在起拒绝某单位的一台电脑（丢失或更换的电脑）；其数据保留。",
            en: "Refuse one device of an office from now on (a lost or replaced PC); its rows are kept."
        ),
        "district.office.revoke-device.discussion": Entry(
            zh: "该单位其他电脑照常同步；`district office devices CODE` 列出各台电脑的编号。",
            en: "The office's other devices keep syncing; `district office devices CODE` lists the ids."
        ),
        "district.office.revoke-device.code": Entry(
            zh: "单位代码。",
            en: "The office code."
        ),
        "district.office.revoke-device.device": Entry(
            zh: "电脑编号，即 `district office devices` 所列的编号。",
            en: "The device id, as `district office devices` lists it."
        ),
        "district.conflicts.abstract": Entry(
            zh: "列出单位各台电脑之间的冲突：保留的版本和未被采用的版本。",
            en: "List the conflicts between devices of an office: the version kept and the version that lost."
        ),
        "district.conflicts.discussion": Entry(
            zh: "某单位两台电脑在同步之前改了同一行数据时，各处都保留较新的版本，另一版本列在这里（这两台电脑下次同步后，`street conflicts` 也会列出）。",
            en: """
                When two devices of an office change the same row before either has synced, the later version is \
                kept everywhere and the other is listed here (and, after their next sync, by `street conflicts`).
                """
        ),
        "district.conflicts.office": Entry(
            zh: "只列此单位。",
            en: "Only this office."
        ),
        "district.conflicts.utc": Entry(
            zh: "用 UTC 显示时间，而不是本地时间。",
            en: "Show times in UTC instead of local time."
        ),
        "district.root.abstract": Entry(
            zh: "制定年度重点项目计划，注册各单位，接收同步，查看填报进度，生成报告。",
            en: "Plan the year's key projects, enrol offices, serve their syncs, watch completeness and write reports."
        ),
        "district.root.discussion": Entry(
            zh: """
                区级数据库默认为 ./district.db 或 $JIXIAO_DISTRICT_DB；--db PATH 优先于两者。--lang zh|en（或 $JIXIAO_LANG）选择语言，默认按系统区域设置（LANG）。
                数据输出到标准输出，提示信息输出到标准错误。命令被拒绝时退出状态为 1（标准错误上有一行说明原因），用法有误时为 64（提示信息和用法）。
                """,
            en: """
                The district database defaults to ./district.db, or $JIXIAO_DISTRICT_DB; --db PATH overrides both. \
                --lang zh|en (or $JIXIAO_LANG) picks the language; by default the locale (LANG) decides.
                Data goes to stdout, messages to stderr. The exit status is 1 when a command is refused (one message on \
                stderr says why), 64 when it is misused (the message and the usage).
                """
        ),
        "district.database-options.db": Entry(
            zh: "区级数据库文件。",
            en: "The district database file."
        ),
        "district.database-options.verbose": Entry(
            zh: "在标准错误上输出调试信息。",
            en: "Log debugging detail to stderr."
        ),
        "district.init.abstract": Entry(
            zh: "创建区级数据库。",
            en: "Create the district database."
        ),
        "district.init.discussion": Entry(
            zh: "拒绝覆盖已有数据库。同时生成区里的 TLS 密钥对和自签名证书，保存在数据库中（权限 0600）；`district tls show` 显示其指纹。",
            en: """
                Refuses to overwrite an existing database. Also creates the district's TLS key pair and self-signed \
                certificate, kept in the database (mode 0600); `district tls show` prints its fingerprint.
                """
        ),
        "district.init.name": Entry(
            zh: "区的名称，例如 开福区。",
            en: "The district's name, e.g. 开福区."
        ),
        "district.received-filters.project": Entry(
            zh: "只列此项目。",
            en: "Only this project."
        ),
        "district.received-filters.office": Entry(
            zh: "只列此单位。",
            en: "Only this office."
        ),
        "district.received-filters.period": Entry(
            zh: "只列此期间内的：2021、2021Q2 或 2021-06。",
            en: "Only inside this period: 2021, 2021Q2 or 2021-06."
        ),
        "district.received-filters.format": Entry(
            zh: "输出格式。",
            en: "The output format."
        ),
        "district.expenses.abstract": Entry(
            zh: "各单位报来的支出。",
            en: "What offices sent: expenditures."
        ),
        "district.expenses.list.abstract": Entry(
            zh: "列出收到的支出。",
            en: "List the expenditures received."
        ),
        "district.values.abstract": Entry(
            zh: "各单位报来的指标值。",
            en: "What offices sent: indicator values."
        ),
        "district.values.list.abstract": Entry(
            zh: "列出收到的指标值。",
            en: "List the indicator values received."
        ),
        "district.office.abstract": Entry(
            zh: "注册街道办和部门，列出它们，更换密钥，停用和启用。",
            en: "Enrol street offices and departments, list them, rotate their secrets, disable and enable them."
        ),
        "district.office.add.abstract": Entry(
            zh: "注册一个单位；生成其注册文件，并显示该单位要执行的 `street init` 命令。",
            en: "Enrol an office; writes its enrolment file and prints the `street init` line for the office."
        ),
        "district.office.add.discussion": Entry(
            zh:
                "注册文件（权限 0600）包含服务器地址、单位代码、新密钥和区级证书指纹。请用 U 盘或当面交给该单位，不要用电子邮件发送；该单位执行 `street init --enrol FILE` 后删除它。密钥从不显示。",
            en: """
                The enrolment file (mode 0600) holds the server address, the office code, a new secret and the \
                fingerprint of the district's certificate. Hand it over on a USB stick or in person, not by e-mail; \
                the office deletes it after `street init --enrol FILE`. The secret is never printed.
                """
        ),
        "district.office.add.code": Entry(
            zh: "单位代码，例如 wangluyuan。",
            en: "The office's code, e.g. wangluyuan."
        ),
        "district.office.add.name": Entry(
            zh: "单位名称，例如 望麓园街道。",
            en: "The office's name, e.g. 望麓园街道."
        ),
        "district.office.add.kind": Entry(
            zh: "街道办事处或区直部门。",
            en: "A street office or a district department."
        ),
        "district.office.add.server": Entry(
            zh: "各单位连接 `district serve` 所用的地址。",
            en: "The address offices reach `district serve` at."
        ),
        "district.office.add.out": Entry(
            zh: "注册文件的写入位置（默认：当前目录下的 CODE.enrol）。",
            en: "Where to write the enrolment file (default: CODE.enrol here)."
        ),
        "district.office.list.abstract": Entry(
            zh: "列出已注册的单位及其最近一次同步。",
            en: "List the enrolled offices and their last sync."
        ),
        "district.office.list.discussion": Entry(
            zh: "时间为本地时间并带时区偏移（`2026-12-01 14:52 +08:00`）；--utc 显示 UTC。",
            en: "Times are local with their offset (`2026-12-01 14:52 +08:00`); --utc shows UTC."
        ),
        "district.office.list.utc": Entry(
            zh: "用 UTC 显示时间，而不是本地时间。",
            en: "Show times in UTC instead of local time."
        ),
        "district.office.rotate-secret.abstract": Entry(
            zh: "为某单位换发新密钥；旧密钥立即失效。",
            en: "Give an office a new secret; the old one stops working at once."
        ),
        "district.office.rotate-secret.discussion": Entry(
            zh: "生成带新密钥的注册文件（权限 0600）；该单位执行 `street config --enrol FILE`（其数据和未上传的修改保持不变）。密钥从不显示。",
            en: """
                Writes a new enrolment file (mode 0600) with the new secret; the office runs \
                `street config --enrol FILE` (its rows and unsent changes stay as they are). The secret is never \
                printed.
                """
        ),
        "district.office.rotate-secret.code": Entry(
            zh: "单位代码。",
            en: "The office code."
        ),
        "district.office.enrol.abstract": Entry(
            zh: "重新生成某单位的注册文件，使用其现有密钥和当前证书。",
            en: "Write an office's enrolment file again, with its current secret and the current certificate."
        ),
        "district.office.enrol.discussion": Entry(
            zh:
                "适用于文件丢失、单位换了新电脑，或单位在证书轮换预备期间（`district tls rotate`）未同步的情况：该单位执行 `street config --enrol FILE`（新电脑上执行 `street init --enrol FILE`）。密钥不变。",
            en: """
                For a lost file, a new computer of the office, or an office that did not sync while a certificate \
                rotation was staged (`district tls rotate`): the office runs `street config --enrol FILE` (or \
                `street init --enrol FILE` on a new computer). The secret does not change.
                """
        ),
        "district.office.enrol.code": Entry(
            zh: "单位代码。",
            en: "The office code."
        ),
        "district.office.enrolment-file-options.server": Entry(
            zh: "各单位连接 `district serve` 所用的地址。",
            en: "The address offices reach `district serve` at."
        ),
        "district.office.enrolment-file-options.out": Entry(
            zh: "注册文件的写入位置（默认：当前目录下的 CODE.enrol）。",
            en: "Where to write the enrolment file (default: CODE.enrol here)."
        ),
        "district.office.disable.abstract": Entry(
            zh: "停止某单位同步（其数据保留）。",
            en: "Stop an office from syncing (its rows are kept)."
        ),
        "district.office.disable.code": Entry(
            zh: "单位代码。",
            en: "The office code."
        ),
        "district.office.enable.abstract": Entry(
            zh: "允许已停用的单位重新同步。",
            en: "Let a disabled office sync again."
        ),
        "district.office.enable.code": Entry(
            zh: "单位代码。",
            en: "The office code."
        ),
        "district.plan.abstract": Entry(
            zh: "导入、导出或新建年度计划（jixiao-plan/1 JSON 或 .xlsx 工作簿；见 Docs/PlanFormat.md）。",
            en: "Import, export or start a year's plan (jixiao-plan/1 JSON or an .xlsx workbook; Docs/PlanFormat.md)."
        ),
        "district.plan.import.abstract": Entry(
            zh: "根据计划文件新建或更新本年度的项目、资金来源、类别和指标。",
            en: "Create or update the year's projects, funds, categories and indicators from a plan file."
        ),
        "district.plan.import.discussion": Entry(
            zh:
                "计划是 jixiao-plan/1 JSON 文件或 .xlsx 工作簿（含 项目、资金、类别、指标 工作表，由 `district plan template` 或 `district plan export --format xlsx` 生成）；以 .xlsx 结尾或内容为 zip 压缩包的文件按工作簿读取。先检查整个文件，把所有问题列在标准错误上（工作簿中注明工作表和单元格，例如 指标!F17）；只要有一个问题就什么都不写入。重新导入只改动有变化的内容，各单位下次同步时只接收这些行。",
            en: """
                The plan is a jixiao-plan/1 JSON file or an .xlsx workbook (sheets 项目, 资金, 类别, 指标, as \
                written by `district plan template` or `district plan export --format xlsx`); a file ending in .xlsx \
                or holding a zip archive is read as a workbook. Checks the whole file first and lists every problem \
                on stderr (in a workbook with its sheet and cell, e.g. 指标!F17); nothing is written if there is one. \
                Re-importing changes only what differs, so offices pull just those rows on their next sync.
                """
        ),
        "district.plan.import.file": Entry(
            zh: "计划文件（JSON 或 .xlsx）。",
            en: "The plan file (JSON or .xlsx)."
        ),
        "district.plan.import.dryRun": Entry(
            zh: "检查并显示会有哪些变化，但不写入。",
            en: "Check and show what would change, but write nothing."
        ),
        "district.plan.export.abstract": Entry(
            zh: "按导入格式写出某年度计划（到标准输出或新文件）。",
            en: "Write a year's plan in the import format (to stdout, or to a new file)."
        ),
        "district.plan.export.discussion": Entry(
            zh:
                "--format json（默认）把 jixiao-plan/1 写到标准输出或 --out；--format xlsx 写出计划工作簿（说明、项目、资金、类别、指标、规则；预算以元为单位），需要 --out。两者都可原样再导入。",
            en: """
                --format json (the default) writes jixiao-plan/1 to stdout or --out; --format xlsx writes the plan \
                workbook (说明, 项目, 资金, 类别, 指标, 规则; budgets in 元) and needs --out. Both import back unchanged.
                """
        ),
        "district.plan.export.year": Entry(
            zh: "年度（默认：有项目的最近年度）。",
            en: "The year (default: the latest year with projects)."
        ),
        "district.plan.export.format": Entry(
            zh: "json（jixiao-plan/1）或 xlsx（工作簿）。",
            en: "json (jixiao-plan/1) or xlsx (a workbook)."
        ),
        "district.plan.export.out": Entry(
            zh: "写入此文件，而不是标准输出；拒绝覆盖。",
            en: "Write to this file instead of stdout; refuses to overwrite."
        ),
        "district.plan.template.abstract": Entry(
            zh: "生成空白计划工作簿（.xlsx），含“说明”工作表，填好后导入。",
            en: "Write an empty plan workbook (.xlsx) with a 说明 sheet of instructions, to fill in and import."
        ),
        "district.plan.template.discussion": Entry(
            zh: "工作簿含 说明、项目、资金、类别 和 指标 工作表，只有表头没有数据行；至少填好一个项目之前，`district plan import` 会拒绝它。不需要数据库。",
            en: """
                The workbook has the sheets 说明, 项目, 资金, 类别 and 指标 with their headers and no rows; \
                `district plan import` refuses it until at least one project is filled in. No database is needed.
                """
        ),
        "district.plan.template.out": Entry(
            zh: "要写入的工作簿；拒绝覆盖。",
            en: "The workbook to write; refuses to overwrite."
        ),
        "district.report.abstract": Entry(
            zh: "生成项目的项目支出绩效自评报告（Markdown、HTML、CSV、JSON、Word、Excel 或 PDF）。",
            en: "Write a project's 项目支出绩效自评报告 (Markdown, HTML, CSV, JSON, Word, Excel or PDF)."
        ),
        "district.report.discussion": Entry(
            zh: """
                示例：
                  district report --project JD2021 --year 2021
                  district report --project JD2021 --year 2021 --format html --out JD2021.html
                  district report --project JD2021 --year 2021 --format docx --out JD2021.docx --final
                  district report --project JD2021 --year 2021 --format pdf --out JD2021.pdf
                  district report --project JD2021 --year 2021 --format xlsx --out JD2021.xlsx
                  district report --all --year 2021 --out out

                不加 --out 时 Markdown 输出到标准输出。加 --all 时每个项目在标准输出上一行：代码、执行率、得分、等级和写出的文件；所有报告都生成好之后才开始写入，新目录要么完整出现，要么不出现。报告在一个读事务中读取区级数据库，因此可以在 `district serve` 运行时生成。其“数据说明”部分列出尚未同步的单位和仍缺的值；只要有缺项，各种格式都标为草稿，--final 会拒绝。docx、xlsx 和 pdf 需要 --out；xlsx 含自评表（A4 横向，每页都打印指标表头行）以及按资金来源、类别和单位的预算表；pdf 用 LibreOffice 转换 Word 文档（或用 Chromium 转换 HTML）。封面的填报单位、联系人、联系电话取自 `district settings`。评分见 Docs/Scoring.md；格式见 Docs/Reports.md。
                """,
            en: """
                Examples:
                  district report --project JD2021 --year 2021
                  district report --project JD2021 --year 2021 --format html --out JD2021.html
                  district report --project JD2021 --year 2021 --format docx --out JD2021.docx --final
                  district report --project JD2021 --year 2021 --format pdf --out JD2021.pdf
                  district report --project JD2021 --year 2021 --format xlsx --out JD2021.xlsx
                  district report --all --year 2021 --out out

                Markdown goes to stdout unless --out is given. With --all, one line per project on stdout: the \
                code, 执行率, 得分, grade and the files written; every report is built before any is written, and a \
                new DIR appears whole or not at all. The report reads the district database in one read \
                transaction, so it may run while `district serve` does. Its 数据说明 section names the offices \
                that have not synced and the values still missing; while anything is missing every format \
                is marked 草稿, and --final refuses. docx, xlsx and pdf need --out; xlsx holds the 自评表 (A4 \
                landscape, its indicators' header row printed on every page) and the budget tables by fund, \
                category and office; pdf converts the Word document with LibreOffice (or the HTML with \
                Chromium). The cover's 填报单位, 联系人, 联系电话 come from `district settings`. Scoring: Docs/Scoring.md; formats: Docs/Reports.md.
                """
        ),
        "district.report.project": Entry(
            zh: "项目代码，例如 JD2021。",
            en: "The project code, e.g. JD2021."
        ),
        "district.report.all": Entry(
            zh: "该年度全部项目，各种格式，写入 --out DIR，文件名为 CODE.md、CODE.html……",
            en: "Every project of the year, in every format, written into --out DIR as CODE.md, CODE.html, …."
        ),
        "district.report.year": Entry(
            zh: "项目所属年度（代码在一个年度内唯一）。给出 --project 时，默认为有该项目的唯一年度；--all 必须给出。",
            en: """
                The year of the projects (codes are unique within a year). With --project, default: the only year \
                that has it; required with --all.
                """
        ),
        "district.report.format": Entry(
            zh: "报告格式：md、html、csv、json、docx、xlsx 或 pdf。",
            en: "The report's format: md, html, csv, json, docx, xlsx or pdf."
        ),
        "district.report.final": Entry(
            zh: "只要有应报单位未同步、应报的值缺失或数据未经区里审核通过，就拒绝生成（退出状态 1）。",
            en:
                "Refuse (exit 1) while an expected office has not synced, an expected value is missing, or an office's data is not approved by the district."
        ),
        "district.report.out": Entry(
            zh: "写入此文件（加 --all 时写入此目录），而不是标准输出。",
            en: "Write to this file (with --all: into this directory) instead of stdout."
        ),
        "district.report.lowerIsBetter": Entry(
            zh: "越低越好的指标未达标时如何评分：ratio（目标值 ÷ 实际值）或 deviation（1 − 超出部分 ÷ 目标值）。",
            en:
                "How a missed lower-is-better target scores: ratio (target ÷ actual) or deviation (1 − overshoot ÷ target)."
        ),
        "district.serve.abstract": Entry(
            zh: "通过 TCP 接收各单位的同步，直到被中断（Ctrl-C 或 SIGTERM）。",
            en: "Serve the offices' syncs over TCP until interrupted (Ctrl-C or SIGTERM)."
        ),
        "district.serve.discussion": Entry(
            zh:
                "除非加 --plaintext，每个连接都使用 TLS 1.3 和区级证书（district tls show）。默认只监听 127.0.0.1，除非 --host 另行指定：要为其他电脑上的单位服务，请用 --host 0.0.0.0 并在防火墙中开放 TCP 端口（7420）。每次同步会话在标准错误上记一行日志（单位、收发行数、字节数、耗时、结果）。",
            en: """
                Every connection is TLS 1.3 with the district's certificate (district tls show), unless --plaintext. \
                Listens on 127.0.0.1 unless --host says otherwise: to serve offices on other computers, use \
                --host 0.0.0.0 and open the TCP port (7420) in the firewall. Logs one line per session (office, \
                rows in/out, bytes, duration, result) to stderr.
                """
        ),
        "district.serve.host": Entry(
            zh: "监听的地址；0.0.0.0 表示所有网络接口。",
            en: "The address to listen on; 0.0.0.0 for every interface."
        ),
        "district.serve.port": Entry(
            zh: "TCP 端口。",
            en: "The TCP port."
        ),
        "district.serve.maxConnections": Entry(
            zh: "最多同时连接数。",
            en: "The most simultaneous connections."
        ),
        "district.serve.maxConnectionsPerHost": Entry(
            zh: "来自同一地址的最多同时连接数（同一 NAT 后的各单位共用一个地址）。",
            en: "The most simultaneous connections from one address (offices behind one NAT share an address)."
        ),
        "district.serve.maxPushMib": Entry(
            zh: "一次上传解压后的最大大小，单位 MiB。",
            en: "The most one push may inflate to, in MiB."
        ),
        "district.serve.plaintext": Entry(
            zh: "不加密服务，仅供在同一台电脑上调试（只能配合 --host 127.0.0.1；客户端需用 street sync --plaintext）。",
            en:
                "Serve without TLS, for debugging on one machine (only with --host 127.0.0.1; clients need street sync --plaintext)."
        ),
        "district.settings.abstract": Entry(
            zh: "设置或列出区里的报告设置（填报单位、联系人、联系电话、填报日期）。",
            en: "Set or list the district's report settings (填报单位, 联系人, 联系电话, 填报日期)."
        ),
        "district.settings.set.abstract": Entry(
            zh: "设置一项报告设置。",
            en: "Set a report setting."
        ),
        "district.settings.set.discussion": Entry(
            zh: """
                示例：
                  district settings set report.filler 开福区禁毒委员会办公室
                  district settings set report.contact 张三
                  district settings set report.phone 0731-84000000
                  district settings set report.LT2021.contact 李四
                """,
            en: """
                Examples:
                  district settings set report.filler 开福区禁毒委员会办公室
                  district settings set report.contact 张三
                  district settings set report.phone 0731-84000000
                  district settings set report.LT2021.contact 李四
                """
        ),
        "district.settings.set.key": Entry(
            zh: "report.filler、report.contact、report.phone、report.date……",
            en: "report.filler, report.contact, report.phone, report.date, …"
        ),
        "district.settings.set.value": Entry(
            zh: "报告上印出的值。",
            en: "The value as printed on the report."
        ),
        "district.settings.unset.abstract": Entry(
            zh: "删除一项报告设置。",
            en: "Remove a report setting."
        ),
        "district.settings.unset.key": Entry(
            zh: "要删除的键。",
            en: "The key to remove."
        ),
        "district.settings.list.abstract": Entry(
            zh: "列出报告设置，每项一行：KEY<TAB>VALUE。",
            en: "List the report settings, one KEY<TAB>VALUE line each."
        ),
        "district.status.abstract": Entry(
            zh: "谁报了什么：某期间按单位 × 项目的填报完成情况表。",
            en: "Who has reported what: a completeness table per office × project for a period."
        ),
        "district.status.discussion": Entry(
            zh:
                "按指标频次在期间内应报值（季度指标在一年内：四个值；在某月：其所在季度的值，只在季度最后一个月）。期间为全年末时应报文字说明。一个单位已同步且所有应报的值和文字说明齐全，即为已完成。表下列出本年度不符合计划校验规则的数据和异常值（超过3个绝对中位差），它们不影响完成与得分。时间为本地时间并带时区偏移（`2026-12-01 14:52 +08:00`）；--utc 显示 UTC；JSON 保持 ISO 8601。最后一列为区里的审核状态（见 district review）。",
            en: """
                Values are expected per the indicator's frequency inside the period (a quarterly indicator in a \
                year: four values; in a month: its quarter's value, only in the quarter's last month). Narratives \
                are expected when the period ends the year. An office is complete when it has synced and every \
                expected value and narrative is there. Below the table: the year's figures that break the plan's \
                validation rules and the outliers (beyond 3 median absolute deviations); they change neither \
                completeness nor a score. Times are local with their offset (`2026-12-01 14:52 \
                +08:00`); --utc shows UTC; JSON keeps ISO 8601. The last column is the district's review of \
                the office's data (see district review).
                """
        ),
        "district.status.year": Entry(
            zh: "年度（默认：有项目的最近年度）。",
            en: "The year (default: the latest with projects)."
        ),
        "district.status.period": Entry(
            zh: "期间：2021、2021Q2 或 2021-06。",
            en: "The period: 2021, 2021Q2 or 2021-06."
        ),
        "district.status.format": Entry(
            zh: "输出格式。",
            en: "The output format."
        ),
        "district.status.utc": Entry(
            zh: "用 UTC 显示时间，而不是本地时间。",
            en: "Show times in UTC instead of local time."
        ),
        "district.tls.abstract": Entry(
            zh: "显示区里的 TLS 证书指纹；更换证书而无需重新注册各单位。",
            en: "Show the district's TLS certificate fingerprint; replace the certificate without re-enrolling."
        ),
        "district.tls.show.abstract": Entry(
            zh: "显示 district serve 所用证书（及预备证书）的 SHA-256 指纹。",
            en: "Print the SHA-256 fingerprint of the certificate district serve presents (and of a staged one)."
        ),
        "district.tls.show.discussion": Entry(
            zh: "各单位固定此指纹（其注册文件中带有）。没有注册文件而自行设置的单位（`street init --pin`），请把指纹念给他们。私钥从不显示。",
            en: """
                Offices pin this fingerprint (their enrolment file carries it). Read it to an office that set up \
                without a file (`street init --pin`). The private key is never shown.
                """
        ),
        "district.tls.rotate.abstract": Entry(
            zh: "分两步更换区级证书，无需重新注册各单位。",
            en: "Replace the district's certificate in two steps, without re-enrolling the offices."
        ),
        "district.tls.rotate.discussion": Entry(
            zh: """
                1. district tls rotate --stage     生成下一张证书；重启 district serve。各单位下次同步时（通过当前已固定的连接）获知其指纹。
                2. 等所有单位都同步过（district office list），然后
                   district tls rotate --activate  切换到新证书；重启 district serve。
                第 1 步期间未同步的单位在第 2 步之后会被拒绝，提示中列出两个指纹：为其重新生成注册文件（district office enrol CODE），并让其执行 street config --enrol FILE。--cancel 放弃预备的证书。
                """,
            en: """
                1. district tls rotate --stage     creates the next certificate; restart district serve. Every \
                office's next sync learns its fingerprint (over the current, pinned connection).
                2. wait until every office has synced (district office list), then
                   district tls rotate --activate  switches to it; restart district serve.
                An office that did not sync during step 1 is refused after step 2 with a message naming both \
                fingerprints: write its enrolment file again (district office enrol CODE) and have it run \
                street config --enrol FILE. --cancel forgets a staged certificate.
                """
        ),
        "district.tls.rotate.stage": Entry(
            zh: "生成下一张证书并通知各单位。",
            en: "Create the next certificate and announce it to the offices."
        ),
        "district.tls.rotate.activate": Entry(
            zh: "让预备证书成为 district serve 所用的证书。",
            en: "Make the staged certificate the one district serve presents."
        ),
        "district.tls.rotate.cancel": Entry(
            zh: "放弃预备的证书。",
            en: "Forget the staged certificate."
        ),
        "district.audit.abstract": Entry(
            zh: "查看审计记录：谁在何时修改了哪一行，从什么改成什么。",
            en: "Show the audit trail: who changed which row, when, and from what to what."
        ),
        "district.audit.discussion": Entry(
            zh: """
                各单位数据行的每次修改（由同步写入）和计划数据行的每次修改都有记录，包括修改前后的值、单位、设备和同步会话；\
                每次计划导入和单位管理操作也有记录。审计记录只能追加、以哈希链相连：`district verify` 会指出第一条被改动或删除\
                的记录。时间为本地时间并带时区偏移（--utc 显示 UTC）；CSV 和 JSON 保留存储的 UTC 时间。格式见 Docs/Audit.md。
                """,
            en: """
                Every change of an office's rows (as a sync applied it) and of the plan's rows is recorded, with the \
                values before and after, the office, the device and the session; so is every plan import and office \
                administration action. The trail is append-only and hash-chained: `district verify` names the first \
                entry that was edited or removed. Times are local with their offset (--utc for UTC); CSV and JSON \
                keep the stored UTC times. Docs/Audit.md describes the format.
                """
        ),
        "district.audit.office": Entry(zh: "只看这个单位的数据行和操作。", en: "Only this office's rows and actions."),
        "district.audit.row": Entry(zh: "只看这一行：行号或其开头部分。", en: "Only this row: its id or the start of it."),
        "district.audit.project": Entry(
            zh: "只看这个项目的数据行（支出、指标值、说明）。",
            en: "Only rows of this project (its expenditures, values, narratives)."
        ),
        "district.audit.since": Entry(
            zh: "只看从这一天（本地零点）或这一时刻（带时区偏移）起的记录。",
            en: "Only entries from this date (local midnight) or time with offset on."
        ),
        "district.audit.format": Entry(zh: "输出格式：table、csv 或 json。", en: "The output format: table, csv or json."),
        "district.audit.utc": Entry(zh: "用 UTC 显示时间，而不是本地时间。", en: "Show times in UTC instead of local time."),
        "district.verify.abstract": Entry(
            zh: "检查数据库：SQLite 完整性检查，逐单位核对数据行和摘要，以及审计记录。",
            en: "Check the database: SQLite's integrity check, per office the rows and digests, the audit trail."
        ),
        "district.verify.discussion": Entry(
            zh: "完整性检查失败、某单位的数据行与其摘要不符，或审计记录被改动或截断（指出第一条有问题的记录）时，以非零状态退出。",
            en: """
                Exits non-zero when the integrity check fails, an office's rows do not match their digest, or the \
                audit trail was edited or truncated (the first bad entry is named).
                """
        ),
        "district.report.quiet": Entry(
            zh: "不显示进度（进度只在标准错误为终端时显示）。",
            en: "Show no progress (progress shows only when stderr is a terminal)."
        ),
        "district.settings.discussion": Entry(
            zh: """
                键：{keys}。
                report.CODE.KEY（例如 report.JD2021.contact）只设置一个项目的值。主管部门和实施单位取自计划，除非在此设置。
                """,
            en: """
                Keys: {keys}.
                report.CODE.KEY (e.g. report.JD2021.contact) sets one project's value. 主管部门 and 实施单位 come \
                from the plan unless set here.
                """
        ),
    ]
}
