import JixiaoModels
import Testing

@Suite("The review state machine")
struct ReviewStateTests {
    static let allowed: [ReviewState: [ReviewAction: ReviewState]] = [
        .draft: [.submit: .submitted],
        .returned: [.submit: .submitted],
        .submitted: [.approve: .approved, .return: .returned],
        .approved: [.reopen: .draft],
    ]

    @Test(
        "every state and action: the allowed transitions land where Docs/Review.md says, all others are refused",
        arguments: ReviewState.allCases
    )
    func transitions(state: ReviewState) throws {
        for action in ReviewAction.allCases {
            if let expected = Self.allowed[state]?[action] {
                #expect(try state.after(action) == expected, "\(state) \(action)")
            } else {
                let refusal = #expect(throws: ReviewRefusal.self, "\(state) \(action)") { try state.after(action) }
                #expect(refusal == ReviewRefusal(state: state, action: action))
                #expect(refusal?.description.isEmpty == false)
            }
        }
    }

    @Test("only submitted and approved lock the office's rows")
    func locks() {
        #expect(ReviewState.allCases.filter(\.isLocked) == [.submitted, .approved])
    }

    @Test("a full round: submit, return, submit, approve, reopen")
    func round() throws {
        var state = ReviewState.draft
        for action in [ReviewAction.submit, .return, .submit, .approve, .reopen] { state = try state.after(action) }
        #expect(state == .draft)
    }
}
