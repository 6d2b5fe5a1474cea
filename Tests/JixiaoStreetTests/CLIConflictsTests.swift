import JixiaoModels
import JixiaoStorage
import Testing

/// `street conflicts`: the losing versions the district reported to this office (Protocol.md §10.7).
@Suite struct CLIConflictsTests {
    @Test func noneYetSaysSo() throws {
        let cli = try StreetCLI.seeded()
        let result = try cli.run("conflicts")
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "no conflicts\n")
    }

    @Test func aPulledConflictIsListedWithTheKeptAndTheLostVersion() throws {
        let cli = try StreetCLI.seeded()
        let values = [
            "7", "wangluyuan", "expenditures", "e1", "edit", "2000@11111111-1111-4111-8111-111111111111", "delete",
            "3000@22222222-2222-4222-8222-222222222222", "id=e1; amount=120000", "2021-07-01T09:00:00Z",
        ]
        let conflict = SyncChange(
            table: .conflicts,
            operation: .upsert,
            key: "7",
            office: "wangluyuan",
            values: values.map { .text($0) }
        )
        try cli.database().applyPull([conflict], referenceCursor: 1, rowCursor: 9)
        let result = try cli.run("conflicts", "--utc")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1].contains("2021-07-01 09:00 +00:00") && lines[1].contains("expenditures/e1"))
        #expect(lines[1].contains("delete 3000@22222222") && lines[1].contains("edit 2000@11111111"))
        #expect(lines[1].hasSuffix("id=e1; amount=120000"))
        #expect(try cli.database().syncState().rowCursor == 9)
        let status = try cli.run("status")
        #expect(
            status.stdout.contains(
                "conflicts:              1 conflict between this office's devices: street conflicts\n"
            )
        )
    }
}
