import Foundation
import JixiaoModels

extension Plan {
    /// Next year's plan from this one, ready to edit and import (`district plan copy`).
    ///
    /// Codes are unique within a year, so the copy keeps every code: projects, funds, categories and indicators,
    /// with their targets, weights, directions, aggregates, formulas, reporters, frequencies and validation rules; an
    /// indicator's `previous` code is cleared (next year compares with this year's same code). Every row moves to
    /// `year`; a text that names the year (`2021年度禁毒办重点项目`, `2021年底`) names the new one, the codes
    /// excepted (`JD2021` stays the project's identity, so next year's figures can be put beside this year's).
    /// - Parameters:
    ///   - year: the new plan's year.
    ///   - emptyBudgets: set every fund's budgets to zero, to be filled in; otherwise they are kept.
    /// - Returns: the copy.
    public func copied(to year: Int, emptyBudgets: Bool = false) -> Plan {
        let from = "\(self.year)年"
        let to = "\(year)年"
        func moved(_ text: String) -> String { text.replacingOccurrences(of: from, with: to) }
        var copy = self
        copy.year = year
        for p in copy.projects.indices {
            copy.projects[p].project.year = year
            copy.projects[p].project.name = moved(copy.projects[p].project.name)
            copy.projects[p].project.goal = moved(copy.projects[p].project.goal)
            copy.projects[p].project.implementer = moved(copy.projects[p].project.implementer)
            for f in copy.projects[p].funds.indices {
                copy.projects[p].funds[f].year = year
                if emptyBudgets {
                    copy.projects[p].funds[f].initialBudget = .zero
                    copy.projects[p].funds[f].adjustedBudget = .zero
                }
            }
            for c in copy.projects[p].categories.indices { copy.projects[p].categories[c].year = year }
            for i in copy.projects[p].indicators.indices {
                copy.projects[p].indicators[i].year = year
                copy.projects[p].indicators[i].name = moved(copy.projects[p].indicators[i].name)
                // The copy continues this year's indicator of the same code, not the one this year's continued.
                copy.projects[p].indicators[i].previous = ""
            }
        }
        return copy
    }
}
