/// Where an office's figures for one project and year stand in the district's review (上报 → 审核 → 通过/退回):
/// `draft` while the office works on them, `submitted` once it has 上报'd them, `approved` once the district has
/// passed them, `returned` when the district sent them back with a reason (Docs/Review.md).
public enum ReviewState: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case draft, submitted, returned, approved

    /// Whether the office's rows of the project and year are read-only (submitted or approved).
    public var isLocked: Bool { self == .submitted || self == .approved }

    public var description: String { rawValue }

    /// The state after `action`, or the refusal that names why it is not allowed from this state.
    ///
    /// Allowed: draft or returned `submit` → submitted; submitted `approve` → approved; submitted `return` →
    /// returned; approved `reopen` → draft. Everything else is refused.
    /// - Throws: `ReviewRefusal` naming the state and the action.
    public func after(_ action: ReviewAction) throws(ReviewRefusal) -> ReviewState {
        switch (self, action) {
        case (.draft, .submit), (.returned, .submit): return .submitted
        case (.submitted, .approve): return .approved
        case (.submitted, .return): return .returned
        case (.approved, .reopen): return .draft
        default: throw ReviewRefusal(state: self, action: action)
        }
    }
}

/// What moves a review: the office's `submit`, the district's `approve`, `return` and `reopen`.
public enum ReviewAction: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case submit, approve, `return`, reopen

    public var description: String { rawValue }
}

/// A review action that its state does not allow (approving a draft, returning an approved project…).
public struct ReviewRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// The state the review was in.
    public var state: ReviewState
    /// The action refused.
    public var action: ReviewAction

    /// Creates a refusal.
    public init(state: ReviewState, action: ReviewAction) {
        self.state = state
        self.action = action
    }

    public var description: String {
        switch action {
        case .submit: tr("review.refused.submit", ["state": state.localizedName])
        case .approve: tr("review.refused.approve", ["state": state.localizedName])
        case .return: tr("review.refused.return", ["state": state.localizedName])
        case .reopen: tr("review.refused.reopen", ["state": state.localizedName])
        }
    }
}

extension ReviewState {
    /// The state's name in the current language (草稿, 已上报, 已退回, 已通过).
    public var localizedName: String {
        switch self {
        case .draft: tr("review.state.draft")
        case .submitted: tr("review.state.submitted")
        case .returned: tr("review.state.returned")
        case .approved: tr("review.state.approved")
        }
    }
}

/// One office's review of one project and year, as the district holds it and the office's devices pull it.
public struct ReviewRecord: Hashable, Sendable {
    /// The office.
    public var office: String
    /// The project's code and year.
    public var project: String
    public var year: Int
    /// The state.
    public var state: ReviewState
    /// Who took the last action: the district's reviewer (`--by`), or the office for a submission.
    public var by: String
    /// The last action's note; for `returned`, the reason.
    public var note: String
    /// When the last action was taken, ISO 8601.
    public var at: String

    /// Creates a record.
    public init(office: String, project: String, year: Int, state: ReviewState, by: String, note: String, at: String) {
        self.office = office
        self.project = project
        self.year = year
        self.state = state
        self.by = by
        self.note = note
        self.at = at
    }
}

/// A pushed change the district did not apply because its project and year were submitted or approved
/// (Protocol.md §10.10): kept, listed on both sides, and applied by a reopen unless the row changed since.
public struct RefusedChange: Hashable, Sendable {
    /// The district's id of the refused change.
    public var id: String
    /// The office, project and year whose lock refused it.
    public var office: String
    public var project: String
    public var year: Int
    /// The table (`expenditures`, `indicator_values`, `narratives`) and the row's key.
    public var table: String
    public var key: String
    /// `edit` or `delete`.
    public var operation: String
    /// The refused version.
    public var version: RowVersion
    /// The refused row's values as `column=value` text (empty for a delete).
    public var values: String
    /// `refused` (kept), `applied` (by a reopen) or `superseded` (the row changed again before the reopen).
    public var state: String
    /// When the district refused it, ISO 8601.
    public var recordedAt: String

    /// Creates a record.
    public init(
        id: String,
        office: String,
        project: String,
        year: Int,
        table: String,
        key: String,
        operation: String,
        version: RowVersion,
        values: String,
        state: String,
        recordedAt: String
    ) {
        self.id = id
        self.office = office
        self.project = project
        self.year = year
        self.table = table
        self.key = key
        self.operation = operation
        self.version = version
        self.values = values
        self.state = state
        self.recordedAt = recordedAt
    }
}
