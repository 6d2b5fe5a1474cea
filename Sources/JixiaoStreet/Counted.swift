import JixiaoModels

/// `1 expenditure`, `2 expenditures`: a count with its noun, for messages.
/// - Parameters:
///   - count: how many.
///   - singular: the noun for one (`indicator value`); the plural adds `s`.
///
/// A noun the catalogue has as `count.NOUN` (spaces as `-`) is said in the process's language (`3 笔支出`).
public func counted(_ count: Int, _ singular: String) -> String {
    let key = "count." + singular.split(separator: " ").joined(separator: "-")
    guard Catalogue.entries[key] != nil else { return "\(count) \(singular)\(count == 1 ? "" : "s")" }
    return tr(key, ["n": "\(count)"])
}
