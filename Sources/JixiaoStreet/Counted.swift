/// `1 expenditure`, `2 expenditures`: a count with its noun, for messages.
/// - Parameters:
///   - count: how many.
///   - singular: the noun for one (`indicator value`); the plural adds `s`.
public func counted(_ count: Int, _ singular: String) -> String {
    "\(count) \(singular)\(count == 1 ? "" : "s")"
}
