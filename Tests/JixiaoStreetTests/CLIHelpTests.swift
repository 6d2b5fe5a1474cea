import Testing

/// `--help` of every command `street` has besides `init` and `sync`, compared exactly (at 100 columns).
@Suite struct CLIHelpTests {
    @Test(arguments: CLIHelpTests.expected)
    func help(command: String, text: String) throws {
        let cli = try StreetCLI()
        let result = try cli.run(command.split(separator: " ").map(String.init) + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout == text, "street \(command) --help")
        #expect(result.stderr == "")
    }

    @Test func rootHelpListsTheCommands() throws {
        let result = try StreetCLI().run("--help")
        #expect(result.status == 0)
        for line in [
            "  projects                List the projects, funds, categories and indicators received from the",
            "  expense                 Record, list, edit and delete expenditures (支出).",
            "  value                   Set, list and delete indicator values (绩效指标).",
            "  import                  Import expenditures or indicator values (CSV or .xlsx), all or nothing.",
            "  export                  Export expenditures or indicator values as CSV, JSON or .xlsx.",
            "  template                Write a fill-in .xlsx for import, with dropdowns of this office's codes.",
            "  status                  Show the office, its server, the last sync and the changes the district",
        ] {
            #expect(result.stdout.contains(line + "\n"), "\(line)")
        }
    }

    static let expected: [(String, String)] = [
        (
            "projects",
            """
            OVERVIEW: List the projects, funds, categories and indicators received from the district.

            Use these codes in `street expense add`, `street value set` and CSV imports.

            USAGE: street projects [--project <code>] [--db <path>] [--verbose]

            OPTIONS:
              --project <code>        Only this project.
              --db <path>             The office database file.
              --verbose               Log debugging detail to stderr.
              --version               Show the version.
              -h, --help              Show help information.


            """
        ),
        (
            "expense",
            """
            OVERVIEW: Record, list, edit and delete expenditures (支出).

            USAGE: street expense <subcommand>

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              add                     Record an expenditure and print its id.
              list                    List expenditures, by date.
              edit                    Change fields of an expenditure.
              delete                  Delete an expenditure.

              See 'street help expense <subcommand>' for detailed help.

            """
        ),
        (
            "expense add",
            """
            OVERVIEW: Record an expenditure and print its id.

            Amounts are in 元 (1234.56, 1,234.56) or 万元 (12.5万), at most two decimals in 元. The date must be in
            the project's year. --fund may be left out when the project has a single fund.

            USAGE: street expense add --project <code> --category <code> [--fund <code>] --amount <amount> --date <date> [--voucher <voucher>] [--payee <payee>] [--note <text>] [--allow-duplicate-voucher] [--db <path>] [--verbose]

            OPTIONS:
              --project <code>        The project code.
              --category <code>       The category code.
              --fund <code>           The fund code (资金来源).
              --amount <amount>       The amount in 元, or 万元 with 万.
              --date <date>           The date, e.g. 2021-06-26.
              --voucher <voucher>     The voucher number (凭证号).
              --payee <payee>         Who was paid (收款方).
              --note <text>           A note (备注).
              --allow-duplicate-voucher
                                      Accept a voucher number the project already has.
              --db <path>             The office database file.
              --verbose               Log debugging detail to stderr.
              --version               Show the version.
              -h, --help              Show help information.


            """
        ),
        (
            "expense list",
            """
            OVERVIEW: List expenditures, by date.

            USAGE: street expense list [--project <code>] [--period <period>] [--format <format>] [--db <path>] [--verbose]

            OPTIONS:
              --project <code>        Only this project.
              --period <period>       Only this period: 2021, 2021Q2 or 2021-06.
              --format <format>       The output format. (values: table, csv, json; default: table)
              --db <path>             The office database file.
              --verbose               Log debugging detail to stderr.
              --version               Show the version.
              -h, --help              Show help information.


            """
        ),
        (
            "expense edit",
            """
            OVERVIEW: Change fields of an expenditure.

            ID is the id `street expense add` printed, or its start as `street expense list` shows it.

            USAGE: street expense edit <id> [--project <code>] [--category <code>] [--fund <code>] [--amount <amount>] [--date <date>] [--voucher <voucher>] [--payee <payee>] [--note <text>] [--allow-duplicate-voucher] [--db <path>] [--verbose]

            ARGUMENTS:
              <id>                    The expenditure's id (or a unique start of it).

            OPTIONS:
              --project <code>        A new project code.
              --category <code>       A new category code.
              --fund <code>           A new fund code.
              --amount <amount>       A new amount.
              --date <date>           A new date.
              --voucher <voucher>     A new voucher number.
              --payee <payee>         A new payee.
              --note <text>           A new note.
              --allow-duplicate-voucher
                                      Accept a voucher number the project already has.
              --db <path>             The office database file.
              --verbose               Log debugging detail to stderr.
              --version               Show the version.
              -h, --help              Show help information.


            """
        ),
        (
            "expense delete",
            """
            OVERVIEW: Delete an expenditure.

            USAGE: street expense delete <id> [--db <path>] [--verbose]

            ARGUMENTS:
              <id>                    The expenditure's id (or a unique start of it).

            OPTIONS:
              --db <path>             The office database file.
              --verbose               Log debugging detail to stderr.
              --version               Show the version.
              -h, --help              Show help information.


            """
        ),
        (
            "value",
            """
            OVERVIEW: Set, list and delete indicator values (绩效指标).

            USAGE: street value <subcommand>

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              set                     Set an indicator's value for a period, replacing an earlier one.
              list                    List indicator values.
              delete                  Delete an indicator's value for a period.

              See 'street help value <subcommand>' for detailed help.

            """
        ),
        (
            "value set",
            """
            OVERVIEW: Set an indicator's value for a period, replacing an earlier one.

            A quantitative indicator takes a number (12, 98.95, 98.95%); a qualitative one takes text (达成). The
            period must be in the project's year.

            USAGE: street value set --indicator <code> --period <period> --value <value> [--label <label>] [--note <text>] [--db <path>] [--verbose]

            OPTIONS:
              --indicator <code>      The indicator code.
              --period <period>       The period: 2021, 2021Q2 or 2021-06.
              --value <value>         The value.
              --label <label>         A label, e.g. a monitoring station (伍家岭站点).
              --note <text>           A note (备注).
              --db <path>             The office database file.
              --verbose               Log debugging detail to stderr.
              --version               Show the version.
              -h, --help              Show help information.


            """
        ),
        (
            "value list",
            """
            OVERVIEW: List indicator values.

            USAGE: street value list [--project <code>] [--period <period>] [--format <format>] [--db <path>] [--verbose]

            OPTIONS:
              --project <code>        Only this project's indicators.
              --period <period>       Only periods within this one: 2021, 2021Q2 or 2021-06.
              --format <format>       The output format. (values: table, csv, json; default: table)
              --db <path>             The office database file.
              --verbose               Log debugging detail to stderr.
              --version               Show the version.
              -h, --help              Show help information.


            """
        ),
        (
            "value delete",
            """
            OVERVIEW: Delete an indicator's value for a period.

            USAGE: street value delete --indicator <code> --period <period> [--label <label>] [--db <path>] [--verbose]

            OPTIONS:
              --indicator <code>      The indicator code.
              --period <period>       The period: 2021, 2021Q2 or 2021-06.
              --label <label>         The label, if the value has one.
              --db <path>             The office database file.
              --verbose               Log debugging detail to stderr.
              --version               Show the version.
              -h, --help              Show help information.


            """
        ),
        (
            "note",
            """
            OVERVIEW: Write and list narratives: highlights (工作亮点), problems (存在问题), measures (改进措施).

            USAGE: street note <subcommand>

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              set                     Set a project's narrative for a section, replacing earlier text.
              list                    List the narratives.
              delete                  Delete a project's narrative for a section.

              See 'street help note <subcommand>' for detailed help.

            """
        ),
        (
            "note set",
            """
            OVERVIEW: Set a project's narrative for a section, replacing earlier text.

            A --file may be UTF-8 or GB18030 (as Notepad on Chinese Windows saves it).

            USAGE: street note set --project <code> [--year <year>] --section <section> [--text <text>] [--file <path>] [--db <path>] [--verbose]

            OPTIONS:
              --project <code>        The project code.
              --year <year>           The project's year, when the district planned the project for several
                                      years (default: the only one).
              --section <section>     highlights, problems or measures.
              --text <text>           The text.
              --file <path>           A file holding the text.
              --db <path>             The office database file.
              --verbose               Log debugging detail to stderr.
              --version               Show the version.
              -h, --help              Show help information.


            """
        ),
        (
            "note list",
            """
            OVERVIEW: List the narratives.

            USAGE: street note list [--project <code>] [--year <year>] [--db <path>] [--verbose]

            OPTIONS:
              --project <code>        Only this project.
              --year <year>           Only this year's narratives.
              --db <path>             The office database file.
              --verbose               Log debugging detail to stderr.
              --version               Show the version.
              -h, --help              Show help information.


            """
        ),
        (
            "note delete",
            """
            OVERVIEW: Delete a project's narrative for a section.

            USAGE: street note delete --project <code> [--year <year>] --section <section> [--db <path>] [--verbose]

            OPTIONS:
              --project <code>        The project code.
              --year <year>           The project's year, when the district planned the project for several
                                      years (default: the only one).
              --section <section>     highlights, problems or measures.
              --db <path>             The office database file.
              --verbose               Log debugging detail to stderr.
              --version               Show the version.
              -h, --help              Show help information.


            """
        ),
        (
            "import",
            """
            OVERVIEW: Import expenditures or indicator values (CSV or .xlsx), all or nothing.

            The first line names the columns, in any order, in English or Chinese. UTF-8, UTF-8 with BOM and
            GB18030/GBK files (Excel's "CSV UTF-8" and "CSV") are recognised without a flag, and so is an .xlsx
            workbook (by its content; --sheet picks the sheet, the first visible one by default). One bad row
            and nothing is stored; every bad row is listed with its line number, or its sheet and cell (支出!C7).
            A file whose content was imported before is refused unless --again. On a terminal, progress (rows
            and percent) is shown on stderr while the file is read, checked and stored; --quiet turns it off.

            USAGE: street import <subcommand>

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              expenses                Import expenditures.
              values                  Import indicator values (a value for the same indicator, period and label
                                      is replaced).

              See 'street help import <subcommand>' for detailed help.

            """
        ),
        (
            "import expenses",
            """
            OVERVIEW: Import expenditures.

            Columns: project,category,fund,amount,date,voucher,payee,note (项目,类别,资金来源,金额,日期,凭证号,收款方,备注);
            project, category, amount and date are required.

            USAGE: street import expenses <file> [--sheet <name>] [--dry-run] [--allow-duplicate-voucher] [--again] [--quiet] [--db <path>] [--verbose]

            ARGUMENTS:
              <file>                  The CSV file or .xlsx workbook.

            OPTIONS:
              --sheet <name>          The sheet of an .xlsx workbook (default: the first visible one).
              --dry-run               Check the file and report, but store nothing.
              --allow-duplicate-voucher
                                      Accept voucher numbers used before in the same project.
              --again                 Import a file whose content was imported before (its expenditures are
                                      then counted twice).
              --quiet                 Show no progress on the terminal.
              --db <path>             The office database file.
              --verbose               Log debugging detail to stderr.
              --version               Show the version.
              -h, --help              Show help information.


            """
        ),
        (
            "import values",
            """
            OVERVIEW: Import indicator values (a value for the same indicator, period and label is replaced).

            Columns: indicator,period,value,label,note (指标,期间,数值,标签,备注); the first three are required.

            USAGE: street import values <file> [--sheet <name>] [--dry-run] [--again] [--quiet] [--db <path>] [--verbose]

            ARGUMENTS:
              <file>                  The CSV file or .xlsx workbook.

            OPTIONS:
              --sheet <name>          The sheet of an .xlsx workbook (default: the first visible one).
              --dry-run               Check the file and report, but store nothing.
              --again                 Import a file whose content was imported before.
              --quiet                 Show no progress on the terminal.
              --db <path>             The office database file.
              --verbose               Log debugging detail to stderr.
              --version               Show the version.
              -h, --help              Show help information.


            """
        ),
        (
            "export",
            """
            OVERVIEW: Export expenditures or indicator values as CSV, JSON or .xlsx.

            Without --out the data goes to stdout (not for xlsx). A CSV file written with --out starts with a
            UTF-8 byte order mark so that Excel shows the Chinese text correctly. A workbook has Chinese
            headers with names and units beside the codes. `street import` reads an export back: rows it
            already has are left unchanged.

            USAGE: street export <subcommand>

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              expenses                Export the expenditures.
              values                  Export the indicator values.

              See 'street help export <subcommand>' for detailed help.

            """
        ),
        (
            "export expenses",
            """
            OVERVIEW: Export the expenditures.

            USAGE: street export expenses [--format <format>] [--out <path>] [--db <path>] [--verbose]

            OPTIONS:
              --format <format>       The output format. (values: csv, json, xlsx; default: csv)
              --out <path>            Write to this file instead of stdout.
              --db <path>             The office database file.
              --verbose               Log debugging detail to stderr.
              --version               Show the version.
              -h, --help              Show help information.


            """
        ),
        (
            "export values",
            """
            OVERVIEW: Export the indicator values.

            USAGE: street export values [--format <format>] [--out <path>] [--db <path>] [--verbose]

            OPTIONS:
              --format <format>       The output format. (values: csv, json, xlsx; default: csv)
              --out <path>            Write to this file instead of stdout.
              --db <path>             The office database file.
              --verbose               Log debugging detail to stderr.
              --version               Show the version.
              -h, --help              Show help information.


            """
        ),
        (
            "template",
            """
            OVERVIEW: Write a fill-in .xlsx for import, with dropdowns of this office's codes.

            The workbook opens in Excel, WPS and LibreOffice: Chinese headers, a frozen header row, dropdown
            lists of this office's codes, and a sheet 代码表 with every code's name. Filled in, it imports as it
            is with `street import expenses|values FILE.xlsx`.

            USAGE: street template <subcommand>

            OPTIONS:
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              expenses                The expenditures template (项目, 类别, 资金来源 as dropdowns).
              values                  The indicator values template: one row per value this office reports, the
                                      value to fill in.

              See 'street help template <subcommand>' for detailed help.

            """
        ),
        (
            "template expenses",
            """
            OVERVIEW: The expenditures template (项目, 类别, 资金来源 as dropdowns).

            USAGE: street template expenses --out <path> [--year <year>] [--db <path>] [--verbose]

            OPTIONS:
              --out <path>            The .xlsx file to write.
              --year <year>           Only this year's plan (default: every year's).
              --db <path>             The office database file.
              --verbose               Log debugging detail to stderr.
              --version               Show the version.
              -h, --help              Show help information.


            """
        ),
        (
            "template values",
            """
            OVERVIEW: The indicator values template: one row per value this office reports, the value to fill
            in.

            USAGE: street template values --out <path> [--year <year>] [--db <path>] [--verbose]

            OPTIONS:
              --out <path>            The .xlsx file to write.
              --year <year>           Only this year's plan (default: every year's).
              --db <path>             The office database file.
              --verbose               Log debugging detail to stderr.
              --version               Show the version.
              -h, --help              Show help information.


            """
        ),
        (
            "status",
            """
            OVERVIEW: Show the office, its server, the last sync and the changes the district has not
            acknowledged.

            Times are local with their offset (`2026-12-01 14:52 +08:00`); --utc shows UTC.

            USAGE: street status [--utc] [--db <path>] [--verbose]

            OPTIONS:
              --utc                   Show times in UTC instead of local time.
              --db <path>             The office database file.
              --verbose               Log debugging detail to stderr.
              --version               Show the version.
              -h, --help              Show help information.


            """
        ),
        (
            "todo",
            """
            OVERVIEW: List the indicator values and notes this office still owes for a period.

            Only this office's indicators, with their full names, units and targets, by the district's rules
            (`district status`): a value per period of the indicator's frequency inside the asked period; the
            three notes when the period ends the year. Exits 0 whether or not something is missing.

            USAGE: street todo [--period <period>] [--db <path>] [--verbose]

            OPTIONS:
              --period <period>       The period: 2021, 2021Q2 or 2021-06 (default: the latest year received).
              --db <path>             The office database file.
              --verbose               Log debugging detail to stderr.
              --version               Show the version.
              -h, --help              Show help information.


            """
        ),
    ]
}
