import JixiaoConsole
import JixiaoModels
import JixiaoStorage

/// An office's devices (each street database is one, named by its epoch) and the conflicts between their
/// versions (Protocol.md §10.6–§10.8).
public enum DeviceAdmin {
    /// The devices of an office that have synced.
    /// - Throws: `DistrictError.notFound` for an office that is not enrolled.
    public static func devices(office code: String, in database: DistrictDatabase) throws -> [DeviceRecord] {
        try OfficeAdmin.requireEnrolled(code, in: database)
        return try database.devices(office: code)
    }

    /// Refuses a device of an office from its next session on (a lost or replaced PC); its rows stay at the
    /// district and the office's other devices keep them.
    /// - Throws: `DistrictError.notFound` for an unknown office or device (naming the office's devices).
    public static func revoke(device: String, office code: String, in database: DistrictDatabase) throws {
        try OfficeAdmin.requireEnrolled(code, in: database)
        do {
            try database.revokeDevice(office: code, device: device)
        } catch let error as StorageError where error.code == .notFound {
            let known = try database.devices(office: code).map(\.device)
            throw DistrictError.notFound(
                known.isEmpty
                    ? tr("district.device.none", ["office": code, "device": device])
                    : tr(
                        "district.device.unknown",
                        ["office": code, "device": device, "known": known.joined(separator: ", ")]
                    )
            )
        }
    }

    /// The conflicts the district kept, of one office or of all.
    /// - Throws: `DistrictError.notFound` for an office that is not enrolled.
    public static func conflicts(office code: String?, in database: DistrictDatabase) throws -> [ConflictRecord] {
        if let code { try OfficeAdmin.requireEnrolled(code, in: database) }
        return try database.conflicts(office: code)
    }

    /// One line per device: id, first and last sync (as `times` shows them), sessions, rows pushed, state.
    public static func table(_ devices: [DeviceRecord], times: DisplayTime? = DisplayTime()) -> Table {
        var table = Table(
            columns: [
                Table.Column(header: "device"), Table.Column(header: "first_sync"), Table.Column(header: "last_sync"),
                Table.Column(header: "sessions", alignment: .right),
                Table.Column(header: "rows_pushed", alignment: .right), Table.Column(header: "state"),
            ],
            titleRule: false
        )
        for device in devices {
            table.append([
                device.device, times?.string(fromStored: device.firstSyncAt) ?? device.firstSyncAt,
                times?.string(fromStored: device.lastSyncAt) ?? device.lastSyncAt, String(device.sessions),
                String(device.rowsPushed), device.state,
            ])
        }
        return table
    }

    /// One line per conflict: when, office, row, the losing and the winning version, the losing values.
    public static func table(_ conflicts: [ConflictRecord], times: DisplayTime? = DisplayTime()) -> Table {
        ConflictListing.table(conflicts, times: times)
    }
}
