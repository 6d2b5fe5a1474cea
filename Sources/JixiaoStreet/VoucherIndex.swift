import JixiaoModels

/// Which voucher numbers (凭证号) are taken within each project and year of the office, and by what, so that a
/// second expenditure with the same voucher is refused. Vouchers start again every year (记-0001 each January), so a
/// number of one year does not clash with the same number of the next year's plan of the project.
///
/// An empty voucher is never a duplicate. Vouchers compare after trimming spaces, letter case kept.
public struct VoucherIndex: Sendable {
    private var owners: [Key: Owner] = [:]

    /// What uses a voucher: a stored expenditure, or a place in the file being imported (`line 5`). Kept as a value
    /// and worded only for a refusal, so that indexing an office's stored expenditures writes no text for each.
    public enum Owner: Hashable, Sendable, CustomStringConvertible {
        case stored(id: String)
        case place(String)

        /// `expenditure 1f3e…` or the place.
        public var description: String {
            switch self {
            case .stored(let id): tr("noun.expenditure-id", ["id": id])
            case .place(let place): place
            }
        }
    }

    private struct Key: Hashable, Sendable {
        var project: String
        var year: Int
        var voucher: String
    }

    /// An empty index.
    public init() {}

    /// An index of the stored expenditures.
    /// - Parameter existing: `(project, year, voucher, id)` of each stored expenditure, the year its date's (leave
    ///   out the one being edited).
    public init(existing: some Sequence<(project: String, year: Int, voucher: String, id: String)>) {
        for entry in existing {
            let voucher = entry.voucher.trimmed()
            guard !voucher.isEmpty else { continue }
            owners[Key(project: entry.project, year: entry.year, voucher: voucher)] = .stored(id: entry.id)
        }
    }

    /// What already uses `voucher` in `project` in `year` (`expenditure 1f3e…` or `line 5`), or `nil` when it is
    /// free.
    public func owner(project: String, year: Int, voucher: String) -> String? {
        let trimmed = voucher.trimmed()
        guard !trimmed.isEmpty else { return nil }
        return owners[Key(project: project, year: year, voucher: trimmed)]?.description
    }

    /// Records that `owner` (`line 5`) uses `voucher` in `project` in `year`, unless the voucher is empty or taken.
    /// - Returns: what already uses it, when it was taken (and is left to that); `nil` when it is empty or was free.
    ///   One lookup: an import claims a voucher for every row.
    @discardableResult
    public mutating func claim(project: String, year: Int, voucher: String, owner: String) -> Owner? {
        let trimmed = voucher.trimmed()
        guard !trimmed.isEmpty else { return nil }
        var claimed = false
        let current = Self.read(
            &owners[
                Key(project: project, year: year, voucher: trimmed),
                default: {
                    claimed = true
                    return .place(owner)
                }()
            ]
        )
        return claimed ? nil : current
    }

    /// Room for `count` more vouchers without growing the table as they are claimed.
    public mutating func reserveCapacity(_ count: Int) {
        owners.reserveCapacity(owners.count + count)
    }

    /// The entry the `default:` subscript put in place or found (its modify accessor looks the key up once).
    private static func read(_ entry: inout Owner) -> Owner { entry }

    /// The refusal for a voucher used twice.
    static func duplicateMessage(project: String, voucher: String, owner: String) -> String {
        tr("input.voucher-twice", ["voucher": voucher, "project": project, "owner": owner])
    }
}
