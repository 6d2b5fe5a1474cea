import Foundation
import Testing

@testable import JixiaoProtocol

/// The client's decision for a sync (Protocol.md §10.2, §10.8.4), without sockets or databases.
@Suite("SyncPlan: repair, cursors, copies")
struct SyncPlanTests {
    static let district = UUID(uuidString: "00112233-4455-6677-8899-AABBCCDDEEFF")!

    static func welcome(reference: Int64 = 5, rows: Int64 = 40, deviceClock: Int64 = 0) -> AuthOK {
        AuthOK(
            serverProof: [UInt8](repeating: 0, count: 32),
            districtEpoch: district,
            referenceRevision: reference,
            rowRevision: rows,
            deviceClock: deviceClock
        )
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var welcome: AuthOK
        var districtEpoch: String
        var referenceCursor: Int64
        var rowCursor: Int64
        var ownClock: Int64 = 0
        var force = false
        /// Expected: repair, reference cursor, row cursor, copy, pull without a push.
        var expected: (Bool, Int64, Int64, Bool, Bool)
        var testDescription: String { name }
    }

    static let epoch = district.uuidString.lowercased()
    static let cases: [Case] = [
        Case(
            name: "a first sync pulls everything, no repair",
            welcome: welcome(),
            districtEpoch: "",
            referenceCursor: 0,
            rowCursor: 0,
            expected: (false, 0, 0, false, true)
        ),
        Case(
            name: "up to date: no pull unless it pushes",
            welcome: welcome(),
            districtEpoch: epoch,
            referenceCursor: 5,
            rowCursor: 40,
            expected: (false, 5, 40, false, false)
        ),
        Case(
            name: "another device pushed: pull from the cursor",
            welcome: welcome(rows: 45),
            districtEpoch: epoch,
            referenceCursor: 5,
            rowCursor: 40,
            expected: (false, 5, 40, false, true)
        ),
        Case(
            name: "a recreated district: repair, everything from 0",
            welcome: welcome(),
            districtEpoch: UUID().uuidString.lowercased(),
            referenceCursor: 5,
            rowCursor: 40,
            expected: (true, 0, 0, false, true)
        ),
        Case(
            name: "a district restored from an older backup (rows behind): repair",
            welcome: welcome(reference: 3, rows: 30),
            districtEpoch: epoch,
            referenceCursor: 5,
            rowCursor: 40,
            expected: (true, 0, 0, false, true)
        ),
        Case(
            name: "forced (a digest mismatch last time): repair",
            welcome: welcome(),
            districtEpoch: epoch,
            referenceCursor: 5,
            rowCursor: 40,
            force: true,
            expected: (true, 5, 0, false, true)
        ),
        Case(
            name: "the district holds later edits of this device than it made: a copy",
            welcome: welcome(deviceClock: 2_000),
            districtEpoch: epoch,
            referenceCursor: 5,
            rowCursor: 40,
            ownClock: 1_000,
            expected: (false, 5, 40, true, false)
        ),
    ]

    @Test("§10.2 the plan", arguments: cases)
    func plan(_ c: Case) {
        let plan = SyncPlan(
            welcome: c.welcome,
            districtEpoch: c.districtEpoch,
            referenceCursor: c.referenceCursor,
            rowCursor: c.rowCursor,
            ownClock: c.ownClock,
            forceRepair: c.force
        )
        #expect(plan.repair == c.expected.0)
        #expect(plan.referenceCursor == c.expected.1)
        #expect(plan.rowCursor == c.expected.2)
        #expect(plan.isCopy == c.expected.3)
        #expect(plan.needsPull(afterPushing: false, welcome: c.welcome) == c.expected.4)
        #expect(plan.needsPull(afterPushing: true, welcome: c.welcome))
        #expect(plan.repairing.repair && plan.repairing.rowCursor == 0)
    }
}
