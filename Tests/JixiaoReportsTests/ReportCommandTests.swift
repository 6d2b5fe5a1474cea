import Foundation
import JixiaoModels
import JixiaoReports
import JixiaoStorage
import JixiaoTestSupport
import Testing

/// Runs the built `district` binary, as a clerk would.
@Suite("district report (the built binary)")
struct ReportCommandTests {
    /// `.build/debug/district` of this checkout, if built.
    static let binary: String? = BuiltBinary("district").isBuilt ? BuiltBinary("district").path : nil

    /// Runs `district ARGUMENTS` without `$JIXIAO_DISTRICT_DB` unless `environment` sets it.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> BuiltBinary.Result {
        var changes: [String: String?] = ["JIXIAO_DISTRICT_DB": nil]
        for (key, value) in environment { changes[key] = value }
        return try BuiltBinary("district").run(arguments, environment: changes)
    }

    @Test(.enabled(if: binary != nil, "build the district binary first (swift build)"))
    func markdownToStdout() throws {
        let district = try TemporaryDistrict()
        defer { district.remove() }
        let result = try Self.run(["report", "--db", district.path, "--project", "LT2021", "--year", "2021"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# 2021年度蓝天办重点项目绩效自评报告"))
        for figure in ["50万元", "49.88418万元", "95.9万元", "26.8173万元", "69.0827万元", "76.70148万元", "94.76"] {
            #expect(result.stdout.contains(figure), "missing \(figure)")
        }
        // $JIXIAO_DISTRICT_DB works like --db.
        let viaEnvironment = try Self.run(
            ["report", "--project", "LT2021", "--year", "2021", "--format", "csv"],
            environment: ["JIXIAO_DISTRICT_DB": district.path]
        )
        #expect(viaEnvironment.status == 0)
        #expect(viaEnvironment.stdout.contains("总分,,,,,,100,94.76,自评等级：优"))
    }

    @Test(.enabled(if: binary != nil, "build the district binary first (swift build)"))
    func xlsxNeedsOutAndIsAWorkbook() throws {
        let district = try TemporaryDistrict()
        defer { district.remove() }
        let base = ["report", "--db", district.path, "--project", "LT2021", "--year", "2021", "--format", "xlsx"]
        let refused = try Self.run(base)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--format xlsx is a binary file: give --out FILE"))
        let out = district.directory + "/LT2021.xlsx"
        let written = try Self.run(base + ["--out", out])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stderr.hasPrefix("wrote \(out): 执行率 52.57%, 得分 94.76"))
        let data = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(data.starts(with: Array("PK".utf8)))
        // Read with openpyxl when it is there (hasOpenpyxl prints why not).
        if let names = try XLSXReportTests.sheetNames(data) {
            #expect(names == ["自评表", "资金", "类别", "单位", "资金与类别"])
        }
    }

    @Test(.enabled(if: binary != nil, "build the district binary first (swift build)"))
    func allFormatsIntoADirectory() throws {
        let district = try TemporaryDistrict()
        defer { district.remove() }
        let out = district.directory + "/out"
        let result = try Self.run(["report", "--db", district.path, "--all", "--year", "2021", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("LT2021\t执行率 52.57%\t得分 94.76\t优"))
        for ext in ["md", "html", "csv", "json", "docx", "xlsx"] {
            #expect(FileManager.default.fileExists(atPath: "\(out)/LT2021.\(ext)"), "missing LT2021.\(ext)")
        }
        // The folder was filled under a temporary name and renamed: nothing else is left beside it.
        let beside = try FileManager.default.contentsOfDirectory(atPath: district.directory)
        #expect(beside.filter { !$0.hasPrefix("district.db") }.sorted() == ["out"])
        let json = try Data(contentsOf: URL(fileURLWithPath: "\(out)/LT2021.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(((object["budget"] as? [String: Any])?["spent"] as? NSNumber)?.int64Value == 76_701_480)
    }

    @Test(.enabled(if: binary != nil, "build the district binary first (swift build)"))
    func refusals() throws {
        let district = try TemporaryDistrict()
        defer { district.remove() }
        let unknown = try Self.run(["report", "--db", district.path, "--project", "NOPE", "--year", "2021"])
        #expect(unknown.status == 1)
        #expect(
            unknown.stderr
                == "project \"NOPE\" of 2021 is not in the district database; the projects of 2021 are LT2021\n"
        )
        let badFormat = try Self.run(
            ["report", "--db", district.path, "--project", "LT2021", "--year", "2021", "--format", "txt"])
        #expect(badFormat.status == 64)
        #expect(
            badFormat.stderr.hasPrefix(
                "Error: The value 'txt' is invalid for '--format <format>'. Please provide one of the following:\n"
                    + "  - md\n  - html\n  - csv\n  - json\n  - docx\n  - pdf\n"
            )
        )
        let allWithoutOut = try Self.run(["report", "--db", district.path, "--all", "--year", "2021"])
        #expect(allWithoutOut.status == 64)
        #expect(allWithoutOut.stderr.contains("--out DIR"))
        // No plan for the year: refused before anything is created.
        let out = district.directory + "/out2022"
        let noPlan = try Self.run(["report", "--db", district.path, "--all", "--year", "2022", "--out", out])
        #expect(noPlan.status == 1)
        #expect(
            noPlan.stderr
                == "no project of 2022 in \(district.path): import that year's plan first (district plan import)\n"
        )
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}

/// `district report --format docx|pdf`, `--final`, and `district settings` for the cover, through the built binary.
@Suite("district report: documents to hand in (the built binary)")
struct ReportDocumentCommandTests {
    static let binary = ReportCommandTests.binary

    /// Expects sifangping (四方坪街道, never synced) on LT2021: the report becomes a draft.
    static func expectSilentOffice(_ district: TemporaryDistrict) throws {
        var project = Fixtures.project
        project.offices.append("sifangping")
        _ = try district.database.writeReference { writer in try writer.upsert(project) }
    }

    /// `office` submits LT2021 of 2021 (a pushed submission row) and the district approves it.
    static func approve(_ district: TemporaryDistrict, office: String) throws {
        let submission = SyncChange(
            table: .submissions,
            operation: .upsert,
            key: "LT2021/2021",
            office: office,
            values: [
                .text("LT2021/2021"), .text(office), .text("LT2021"), .integer(2021), .text(""),
                .text("2022-01-10T00:00:00Z"),
            ]
        )
        _ = try district.database.applyPush(
            office: office,
            epoch: "epoch-\(office)",
            fromSequence: 0,
            toSequence: 1,
            changes: [submission],
            fullSnapshot: false
        )
        let outcome = try district.database.review(
            .approve,
            office: office,
            project: "LT2021",
            year: 2021,
            by: "李审核",
            note: ""
        )
        #expect(outcome.previous == .submitted && outcome.review.state == .approved)
    }

    /// sifangping syncs and sends every value it owes.
    static func syncSilentOffice(_ district: TemporaryDistrict) throws {
        let input = try ReportInput.load(
            from: district.database,
            project: "LT2021",
            year: 2021,
            now: Fixtures.generatedAt
        )
        let owed = ProjectReport(input: input).dataNotes.missing.filter { $0.office == "sifangping" }
        #expect(!owed.isEmpty)
        var changes: [SyncChange] = []
        for item in owed {
            for period in item.periods {
                let value = IndicatorValue(
                    id: "sfp-\(item.indicator)-\(period)",
                    office: "sifangping",
                    indicator: item.indicator,
                    period: try Period(parsing: period),
                    value: .number(100)
                )
                changes.append(
                    SyncChange(
                        table: .indicatorValues,
                        operation: .upsert,
                        key: value.id,
                        office: "sifangping",
                        values: value.syncValues
                    )
                )
            }
        }
        _ = try district.database.applyPush(
            office: "sifangping",
            epoch: "epoch-sifangping",
            fromSequence: 0,
            toSequence: Int64(changes.count),
            changes: changes,
            fullSnapshot: true
        )
        try district.database.record(
            DistrictSessionRecord(
                office: "sifangping",
                startedAt: "2022-01-09T03:10:00Z",
                finishedAt: "2022-01-09T03:10:05Z",
                result: "ok",
                ok: true
            ),
            agreedDigest: nil,
            referenceCursor: nil
        )
    }

    @Test(.enabled(if: binary != nil, "build the district binary first (swift build)"))
    func finalRefusesThenSucceeds() throws {
        let district = try TemporaryDistrict()
        defer { district.remove() }
        try Self.expectSilentOffice(district)
        let base = ["report", "--db", district.path, "--project", "LT2021", "--year", "2021"]
        // A draft without --final: written, and marked.
        let draft = try ReportCommandTests.run(base)
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(draft.stdout.contains("> **草稿：4个应报送单位中1个未同步"))
        // --final refuses: exit 1, one line naming the silent office.
        let refused = try ReportCommandTests.run(
            base + ["--final", "--format", "docx", "--out", district.directory + "/final.docx"]
        )
        #expect(refused.status == 1)
        let lines = refused.stderr.split(separator: "\n").filter { !$0.isEmpty }
        #expect(lines.count == 1, "\(refused.stderr)")
        #expect(refused.stderr.contains("1 of 4 offices have not synced (四方坪街道)"))
        #expect(!FileManager.default.fileExists(atPath: district.directory + "/final.docx"))
        // Once it has synced and sent what it owes, the report is still a draft until the district has approved
        // every office's data (Docs/Review.md): --final names the offices not approved.
        try Self.syncSilentOffice(district)
        let unapproved = try ReportCommandTests.run(
            base + ["--final", "--format", "docx", "--out", district.directory + "/final.docx"]
        )
        #expect(unapproved.status == 1)
        #expect(unapproved.stderr.contains("4 of 4 offices are not approved by the district ("), "\(unapproved.stderr)")
        #expect(unapproved.stderr.contains("四方坪街道"), "\(unapproved.stderr)")
        let marked = try ReportCommandTests.run(base).stdout
        #expect(marked.contains("> **草稿：4个应报送单位中4个未审核通过**"), "\(marked)")
        #expect(marked.contains("区里已审核通过0个"), "\(marked)")
        let offices = try #require(try district.database.reportRecords(project: "LT2021", year: 2021)).project.offices
        #expect(offices.count == 4)
        for (index, office) in offices.enumerated() {
            try Self.approve(district, office: office)
            if index == 2 {
                // Three of four approved: still a draft, naming the fourth.
                let three = try ReportCommandTests.run(base + ["--final"])
                #expect(three.status == 1 && three.stderr.contains("1 of 4 offices are not approved"), "\(three)")
            }
        }
        let final = try ReportCommandTests.run(
            base + ["--final", "--format", "docx", "--out", district.directory + "/final.docx"]
        )
        #expect(final.status == 0, "\(final.stderr)")
        let parts = try DocxTests.parts(try Data(contentsOf: URL(fileURLWithPath: district.directory + "/final.docx")))
        #expect(parts["word/header1.xml"] == nil)
        #expect(try ReportCommandTests.run(base).stdout.contains("草稿") == false)
    }

    @Test(.enabled(if: binary != nil, "build the district binary first (swift build)"))
    func settingsGoOnTheCover() throws {
        let district = try TemporaryDistrict()
        defer { district.remove() }
        let db = ["--db", district.path]
        for (key, value) in [
            ("report.filler", "开福区蓝天保卫战工作领导小组办公室"), ("report.contact", "李四"), ("report.phone", "0731-84111111"),
            ("report.LT2021.contact", "王五"),
        ] {
            let set = try ReportCommandTests.run(["settings", "set", key, value] + db)
            #expect(set.status == 0, "\(set.stderr)")
        }
        let list = try ReportCommandTests.run(["settings", "list"] + db)
        #expect(
            list.stdout
                == "report.LT2021.contact\t王五\nreport.contact\t李四\nreport.filler\t开福区蓝天保卫战工作领导小组办公室\nreport.phone\t0731-84111111\n"
        )
        // Internal keys and unknown ones are refused as misuse.
        let bad = try ReportCommandTests.run(["settings", "set", "epoch", "x"] + db)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("report.filler"))
        let out = district.directory + "/LT2021.docx"
        let result = try ReportCommandTests.run(
            ["report", "--project", "LT2021", "--year", "2021", "--format", "docx", "--out", out] + db
        )
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(
            try DocxTests.parts(try Data(contentsOf: URL(fileURLWithPath: out)))["word/document.xml"]
        )
        for text in ["开福区蓝天保卫战工作领导小组办公室", "王五", "0731-84111111", "开福区蓝天保卫战工作领导小组办公室"] {
            #expect(document.contains(text), "the cover lacks \(text)")
        }
        #expect(!document.contains("李四"), "the project's own contact wins")
        let unset = try ReportCommandTests.run(["settings", "unset", "report.LT2021.contact"] + db)
        #expect(unset.status == 0)
        #expect(try ReportCommandTests.run(["settings", "list"] + db).stdout.contains("王五") == false)
    }

    @Test(.enabled(if: binary != nil, "build the district binary first (swift build)"))
    func binaryFormatsNeedOut() throws {
        let district = try TemporaryDistrict()
        defer { district.remove() }
        let result = try ReportCommandTests.run([
            "report", "--db", district.path, "--project", "LT2021", "--year", "2021", "--format", "docx",
        ])
        #expect(result.status == 64)
        #expect(result.stderr.contains("give --out FILE"))
    }

    @Test(
        .enabled(if: binary != nil, "build the district binary first (swift build)"),
        // scripts/test.sh installs libreoffice-writer; without LibreOffice or Chromium the command names them instead.
        .enabled(
            if: ExternalTool.soffice != nil || ExternalTool.chromium != nil,
            "neither LibreOffice nor Chromium is installed"
        ),
        .timeLimit(.minutes(3))
    )
    func pdfIsWritten() throws {
        let district = try TemporaryDistrict()
        defer { district.remove() }
        let out = district.directory + "/LT2021.pdf"
        let result = try ReportCommandTests.run([
            "report", "--db", district.path, "--project", "LT2021", "--year", "2021", "--format", "pdf", "--out", out,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(data.starts(with: Array("%PDF".utf8)))
        // Without any converter on $PATH, one line naming the packages, exit 1.
        let none = try ReportCommandTests.run(
            [
                "report", "--db", district.path, "--project", "LT2021", "--year", "2021", "--format", "pdf", "--out",
                out + "2",
            ],
            environment: ["PATH": "/nonexistent"]
        )
        #expect(none.status == 1)
        #expect(none.stderr.contains("apt-get install libreoffice-writer"))
    }
}
