import Foundation
import JixiaoModels

/// The cover and sign-off block of a report to hand in: 项目名称, 主管部门, 实施单位, 填报单位（盖章）, 联系人,
/// 联系电话, 填报日期.
///
/// 主管部门 and 实施单位 come from the plan's project; the others from the district's settings
/// (`district settings set report.filler …`). A field left empty prints as a blank line to fill in by hand.
public struct SignOff: Hashable, Sendable, Codable {
    /// 主管部门.
    public var department = ""
    /// 实施单位.
    public var implementer = ""
    /// 填报单位: the unit whose seal goes on the form.
    public var filler = ""
    /// 联系人.
    public var contact = ""
    /// 联系电话.
    public var phone = ""
    /// 填报日期 as printed: `2022年1月10日`.
    public var date = ""

    /// The settings keys a district can set, with what each is for; `report.CODE.KEY` sets one project's value.
    public static var settingKeys: [(key: String, meaning: String)] {
        [
            ("report.filler", tr("settings.meaning.filler")),
            ("report.contact", "联系人"),
            ("report.phone", "联系电话"),
            ("report.date", tr("settings.meaning.date")),
            ("report.department", tr("settings.meaning.department")),
            ("report.implementer", tr("settings.meaning.implementer")),
        ]
    }

    /// An empty block.
    public init() {}

    /// The plan's fields and the generation day.
    init(project: Project, generatedAt: Date) {
        department = project.department
        implementer = project.implementer
        date = Self.chineseDate(generatedAt)
    }

    /// Applies the district's settings: `report.KEY`, overridden by `report.PROJECT.KEY`.
    /// - Parameters:
    ///   - settings: the `report.` settings of the district database.
    ///   - project: the project code.
    public mutating func apply(settings: [String: String], project: String) {
        func value(_ key: String) -> String? {
            let specific = settings["report.\(project).\(key)"]?.trimmingSpaces() ?? ""
            if !specific.isEmpty { return specific }
            let general = settings["report.\(key)"]?.trimmingSpaces() ?? ""
            return general.isEmpty ? nil : general
        }
        if let text = value("department") { department = text }
        if let text = value("implementer") { implementer = text }
        if let text = value("filler") { filler = text }
        if let text = value("contact") { contact = text }
        if let text = value("phone") { phone = text }
        if let text = value("date") { date = text }
    }

    /// Whether `key` is one `district settings set` accepts: `report.KEY` or `report.PROJECT.KEY`.
    public static func isSettingKey(_ key: String) -> Bool {
        let parts = key.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.first == "report", parts.count == 2 || parts.count == 3, parts.allSatisfy({ !$0.isEmpty }),
            let last = parts.last
        else { return false }
        return settingKeys.contains { $0.key == "report.\(last)" }
    }

    /// `2022年1月10日`, in Beijing time.
    static func chineseDate(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = ReportText.timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(c.year ?? 0)年\(c.month ?? 0)月\(c.day ?? 0)日"
    }

    /// The cover's lines, label and value, in the order printed.
    public func coverLines(projectName: String) -> [(label: String, value: String)] {
        [
            ("项目名称", projectName), ("主管部门", department), ("实施单位", implementer), ("填报单位（盖章）", filler),
            ("联系人", contact), ("联系电话", phone), ("填报日期", date),
        ]
    }
}
