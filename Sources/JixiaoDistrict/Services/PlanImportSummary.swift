import JixiaoModels

/// What a plan import did (or, for a dry run, would do), item by item.
public struct PlanImportSummary: Hashable, Sendable {
    /// What happened to one reference item.
    public enum Action: String, Hashable, Sendable {
        case created, updated, removed, unchanged
        /// Not in the file, but kept because offices have rows naming it.
        case kept

        /// The action in the process's language (`created`, 新增).
        var word: String {
            switch self {
            case .created: tr("plan.action.created")
            case .updated: tr("plan.action.updated")
            case .removed: tr("plan.action.removed")
            case .unchanged: tr("plan.action.unchanged")
            case .kept: tr("plan.action.kept")
            }
        }
    }

    /// One project, fund, category or indicator.
    public struct Item: Hashable, Sendable, CustomStringConvertible {
        public var action: Action
        /// `project`, `fund`, `category`, `indicator`.
        public var kind: String
        /// `JD2021`, `JD2021/BJ`, `JD01`.
        public var key: String
        /// For an update: the fields that changed. For a kept item: why it was kept.
        public var detail: String

        /// Creates an item.
        public init(action: Action, kind: String, key: String, detail: String = "") {
            self.action = action
            self.kind = kind
            self.key = key
            self.detail = detail
        }

        public var description: String {
            tr("plan.item", ["action": action.word, "kind": Self.word(kind), "key": key])
                + (detail.isEmpty ? "" : ": \(detail)")
        }

        /// The kind (`project`, `fund`, `category`, `indicator`) in the process's language.
        static func word(_ kind: String) -> String {
            switch kind {
            case "project": tr("plan.kind.project")
            case "fund": tr("plan.kind.fund")
            case "category": tr("plan.kind.category")
            case "indicator": tr("plan.kind.indicator")
            default: kind
            }
        }
    }

    /// The plan's year.
    public var year: Int
    /// Every item, in plan order, then removals.
    public var items: [Item]
    /// Whether nothing was written (`--dry-run`).
    public var dryRun: Bool
    /// Warnings: odd levels, offices not enrolled yet, items kept.
    public var warnings: [String]

    /// Creates a summary.
    public init(year: Int, items: [Item], dryRun: Bool, warnings: [String] = []) {
        self.year = year
        self.items = items
        self.dryRun = dryRun
        self.warnings = warnings
    }

    /// How many items had `action`.
    public func count(_ action: Action) -> Int { items.filter { $0.action == action }.count }

    /// Whether the import changed (or would change) anything.
    public var hasChanges: Bool { items.contains { $0.action != .unchanged && $0.action != .kept } }

    /// The report printed on stdout: one line per change, then a total line.
    public var lines: [String] {
        var lines = items.filter { $0.action != .unchanged }.map(\.description)
        if hasChanges {
            lines.append(
                tr(
                    "plan.summary",
                    [
                        "year": "\(year)", "dry": dryRun ? tr("plan.summary.dry") : "",
                        "created": "\(count(.created))", "updated": "\(count(.updated))",
                        "removed": "\(count(.removed))", "unchanged": "\(count(.unchanged))",
                        "kept": count(.kept) > 0 ? tr("plan.summary.kept", ["n": "\(count(.kept))"]) : "",
                    ]
                )
            )
        } else {
            // A dry run describes the database as it is; an import, as it was found.
            let words = ["year": "\(year)", "n": "\(count(.unchanged))"]
            lines.append(dryRun ? tr("plan.no-changes-dry", words) : tr("plan.no-changes", words))
        }
        return lines
    }
}
