import Foundation
import JixiaoStorage
import JixiaoTestSupport
import Testing

/// Submission, review, locks and refused changes (Docs/Review.md) through the binaries and a real server.
@Suite(
    "Review: street submit, district approve/return/reopen, locks, refused changes",
    .enabled(
        if: FileManager.default.isExecutableFile(atPath: ServerProcess.binary),
        "the district binary is not built (swift build)"
    )
)
struct ReviewTests {
    /// A district with the example plan, a running server and office xinhe enrolled, with `devices` office
    /// databases initialised and synced.
    struct Setup {
        let directory: TemporaryFolder
        let districtDB: String
        let enrolment: String
        let server: ServerProcess

        init(prefix: String) async throws {
            directory = TemporaryFolder(prefix: prefix)
            districtDB = directory.file("d.db")
            enrolment = directory.file("xinhe.enrol")
            let plan = BuiltBinary.packageRoot.appendingPathComponent("Docs/examples/kaifu-2021/plan.json").path
            _ = try BuiltBinary("district").run(["init", "--name", "开福区", "--db", districtDB])
            _ = try BuiltBinary("district").run(["plan", "import", plan, "--db", districtDB])
            server = try ServerProcess(database: districtDB)
            let port = try await server.port()
            let added = try BuiltBinary("district").run([
                "office", "add", "--code", "xinhe", "--name", "新河街道", "--server", "127.0.0.1:\(port)", "--out",
                enrolment, "--db", districtDB,
            ])
            #expect(added.status == 0, "\(added)")
        }

        func district(_ arguments: [String]) throws -> BuiltBinary.Result {
            try BuiltBinary("district").run(arguments + ["--db", districtDB, "--lang", "en"])
        }

        func street(_ device: String, _ arguments: [String]) throws -> BuiltBinary.Result {
            try BuiltBinary("street").run(arguments + ["--db", directory.file("\(device).db"), "--lang", "en"])
        }

        func newDevice(_ device: String) throws {
            #expect(try street(device, ["init", "--enrol", enrolment]).status == 0)
            let synced = try street(device, ["sync"])
            #expect(synced.status == 0, "\(synced)")
        }

        func json(_ result: BuiltBinary.Result) throws -> [[String: Any]] {
            #expect(result.status == 0, "\(result)")
            return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        }

        /// The amount of expenditure `id` at `device`, in the listing's JSON.
        func amount(_ device: String, _ id: String) throws -> String? {
            let rows = try json(try street(device, ["expense", "list", "--format", "json"]))
            let row = rows.first { ($0["id"] as? String) == id }
            return (row?["amount"] as? [String: Any])?["yuan"] as? String
        }

        func stop() async {
            server.kill(SIGTERM)
            _ = await server.waitForExit()
        }
    }

    static let expense = [
        "expense", "add", "--project", "JD2021", "--category", "JF", "--fund", "BJ", "--amount", "1200", "--date",
        "2021-03-05", "--payee", "新河街道各社区",
    ]

    @Test("submit → return with a reason shown at the office → edit → submit → approve → the office's edit is refused")
    func submitReturnApprove() async throws {
        let setup = try await Setup(prefix: "jixiao-review")
        try setup.newDevice("a")
        let added = try setup.street("a", Self.expense)
        #expect(added.status == 0, "\(added)")
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)

        #expect(try setup.street("a", ["submit", "--project", "JD2021", "--note", "请审核"]).status == 0)
        // Submitted locally: read-only at once, before any sync.
        let early = try setup.street("a", ["expense", "edit", id, "--amount", "1300"])
        #expect(early.status == 1, "\(early)")
        #expect(early.stderr.contains("JD2021 of 2021 was submitted on"), "\(early.stderr)")
        #expect(try setup.street("a", ["status"]).stdout.contains("not yet synced"))
        #expect(try setup.street("a", ["sync"]).status == 0)
        let submitted = try setup.json(try setup.district(["review", "list", "--format", "json"]))
        #expect(submitted.map { $0["state"] as? String } == ["submitted"], "\(submitted)")
        #expect(submitted.first?["note"] as? String == "请审核")
        // Approving or reopening needs the right state; the state machine says why.
        let reopen = try setup.district(["reopen", "--office", "xinhe", "--project", "JD2021", "--by", "李审核"])
        #expect(reopen.status == 1 && reopen.stderr.contains("only an approved one can"), "\(reopen)")

        let returned = try setup.district([
            "return", "--office", "xinhe", "--project", "JD2021", "--by", "李审核", "--reason", "支出缺凭证号",
        ])
        #expect(returned.status == 0, "\(returned)")
        #expect(try setup.street("a", ["sync"]).status == 0)
        let status = try setup.street("a", ["status"])
        #expect(status.stdout.contains("returned by 李审核 on"), "\(status.stdout)")
        #expect(status.stdout.contains("支出缺凭证号"), "\(status.stdout)")

        // Returned: open for changes again, then submitted again and approved.
        #expect(try setup.street("a", ["expense", "edit", id, "--voucher", "记-12"]).status == 0)
        #expect(try setup.street("a", ["submit", "--project", "JD2021"]).status == 0)
        #expect(try setup.street("a", ["sync"]).status == 0)
        let approved = try setup.district([
            "approve", "--office", "xinhe", "--project", "JD2021", "--year", "2021", "--by", "李审核",
        ])
        #expect(approved.status == 0, "\(approved)")
        #expect(try setup.street("a", ["sync"]).status == 0)
        for edit in [
            ["expense", "edit", id, "--amount", "1500"], ["expense", "delete", id], Self.expense,
        ] {
            let refused = try setup.street("a", edit)
            #expect(refused.status == 1, "\(refused)")
            #expect(
                refused.stderr.contains(
                    "JD2021 of 2021 was approved by the district on "
                ) && refused.stderr.contains("; ask the district to reopen it"),
                "\(refused.stderr)"
            )
        }
        // Values, narratives and imports of JD2021's 2021 are read-only too, each saying so.
        let csv = setup.directory.file("more.csv")
        try Data(
            "project,category,fund,amount,date,voucher,payee,note\nJD2021,JF,BJ,100.00,2021-04-01,XH-9,新河街道各社区,\n"
                .utf8
        ).write(to: URL(fileURLWithPath: csv))
        for edit in [
            ["value", "set", "--indicator", "JD20", "--period", "2021Q1", "--value", "17"],
            ["note", "set", "--project", "JD2021", "--section", "highlights", "--text", "禁毒宣传进社区"],
            ["import", "expenses", csv],
        ] {
            let refused = try setup.street("a", edit)
            #expect(refused.status == 1, "\(edit): \(refused)")
            #expect(refused.stderr.contains("JD2021 of 2021 was approved by the district on "), "\(refused.stderr)")
        }
        #expect(try setup.street("a", ["expense", "list", "--format", "json"]).stdout.contains("XH-9") == false)
        #expect(try setup.street("a", ["submit", "--project", "JD2021"]).status == 1)
        // The report names xinhe's data as approved and stays a draft while the other nine offices' is not;
        // --final refuses, naming them (the demo, scripts/demo.sh, approves every office and gets a final report).
        let report = try setup.district(["report", "--project", "JD2021", "--year", "2021"])
        #expect(report.status == 0, "\(report)")
        #expect(report.stdout.contains("10个应报送单位中9个未审核通过"), "\(report.stdout)")
        #expect(report.stdout.contains("区里已审核通过1个"), "\(report.stdout)")
        // The last table naming 新河街道 is 数据说明's table of offices, with its column 审核.
        let xinheLine = report.stdout.split(separator: "\n").last { $0.hasPrefix("|") && $0.contains("新河街道") }
        #expect(xinheLine?.contains("已审核通过") == true, "\(report.stdout)")
        let final = try setup.district(["report", "--project", "JD2021", "--year", "2021", "--final"])
        #expect(final.status == 1, "\(final)")
        #expect(final.stderr.contains("9 of 10 offices are not approved by the district ("), "\(final.stderr)")
        #expect(!final.stderr.contains("新河街道") && final.stderr.contains("jinduban"), "\(final.stderr)")
        // Every review action is in the audit trail: who, when, the note.
        let trail = try setup.district(["audit", "--office", "xinhe", "--format", "csv"])
        for action in ["review.submit", "review.return", "review.approve"] {
            #expect(trail.stdout.contains(action), "\(trail.stdout)")
        }
        #expect(trail.stdout.contains("支出缺凭证号"))
        await setup.stop()
        let verified = try setup.district(["verify"])
        #expect(verified.status == 0, "\(verified)")
    }

    @Test(
        "an offline edit made before the office learned of the approval is kept as refused on both sides and applied after a reopen"
    )
    func refusedAndReopened() async throws {
        let setup = try await Setup(prefix: "jixiao-refused")
        try setup.newDevice("a")
        let added = try setup.street("a", Self.expense)
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try setup.street("a", ["sync"]).status == 0)
        // Device b learns of the expenditure, then goes offline.
        try setup.newDevice("b")
        #expect(try setup.amount("b", id) == "1200.00")

        #expect(try setup.street("a", ["submit", "--project", "JD2021"]).status == 0)
        #expect(try setup.street("a", ["sync"]).status == 0)
        #expect(
            try setup.district(["approve", "--office", "xinhe", "--project", "JD2021", "--by", "李审核"]).status == 0
        )
        // b edits offline, knowing nothing of the submission or the approval, and pushes.
        #expect(try setup.street("b", ["expense", "edit", id, "--amount", "1500"]).status == 0)
        let pushed = try setup.street("b", ["sync"])
        #expect(pushed.status == 0, "\(pushed)")
        // The district kept its row; b pulled it back; the edit is listed on both sides.
        #expect(try setup.amount("b", id) == "1200.00")
        let atDistrict = try setup.json(try setup.district(["review", "refused", "--format", "json"]))
        #expect(atDistrict.count == 1, "\(atDistrict)")
        #expect(atDistrict.first?["state"] as? String == "refused")
        #expect((atDistrict.first?["values"] as? String)?.contains("amount=150000") == true, "\(atDistrict)")
        let atOffice = try setup.json(try setup.street("b", ["refused", "--format", "json"]))
        #expect(atOffice.map { $0["row"] as? String } == ["expenditures/\(id)"], "\(atOffice)")
        let csv = try setup.street("b", ["refused", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("id,recorded,office,project,year,row,change,values,state"), "\(csv.stdout)")
        // b now knows of the approval and refuses further edits itself.
        #expect(try setup.street("b", ["expense", "edit", id, "--amount", "1600"]).status == 1)

        let reopened = try setup.district(["reopen", "--office", "xinhe", "--project", "JD2021", "--by", "李审核"])
        #expect(reopened.status == 0, "\(reopened)")
        #expect(reopened.stderr.contains("applied 1 refused change"), "\(reopened.stderr)")
        for device in ["a", "b"] {
            #expect(try setup.street(device, ["sync"]).status == 0)
            #expect(try setup.amount(device, id) == "1500.00", "device \(device)")
        }
        let after = try setup.json(try setup.street("a", ["refused", "--format", "json"]))
        #expect(after.map { $0["state"] as? String } == ["applied"], "\(after)")
        // Open again: the office edits as before.
        #expect(try setup.street("a", ["expense", "edit", id, "--amount", "1600"]).status == 0)
        #expect(try setup.street("a", ["sync"]).status == 0)
        await setup.stop()
        let verified = try setup.district(["verify"])
        #expect(verified.status == 0, "\(verified)")
    }
}
