import Foundation
import JixiaoModels
import Testing

@testable import JixiaoDistrict

@Suite struct PlanDecodingTests {
    @Test func readsAValidPlan() throws {
        let plan = try Plan(json: Data(PlanFixtures.valid.utf8))
        #expect(plan.district == "开福区")
        #expect(plan.year == 2021)
        #expect(plan.projects.map(\.project.code) == ["JD2021", "LT2021"])
        let jd = plan.projects[0]
        #expect(jd.project.year == 2021)
        #expect(jd.project.offices == ["jinduban", "wangluyuan"])
        #expect(jd.project.implementer == "区禁毒办、各街道办事处")
        #expect(
            jd.funds == [
                Fund(
                    project: "JD2021",
                    year: 2021,
                    code: "BJ",
                    name: "本级财政拨款",
                    initialBudget: Money(fen: 1_277_600_000),
                    adjustedBudget: Money(fen: 1_277_600_000)
                )
            ]
        )
        #expect(jd.categories.map(\.code) == ["XC", "JL"])
        #expect(jd.categories.allSatisfy { $0.project == "JD2021" })
        let jd01 = jd.indicators[0]
        #expect(jd01.target == "50")
        #expect(jd01.reporters == ["jinduban"])
        #expect(jd01.frequency == .quarter)
        #expect(jd01.aggregation == .sum)
        #expect(jd.indicators[1].frequency == .year)
        #expect(jd.indicators[1].aggregation == .sum)
        #expect(jd.indicators[2].frequency == .month)
        #expect(jd.indicators[3].aggregation == .formula("JD29 / JD28 * 100"))
        #expect(jd.indicators[3].target == "95.5")
        #expect(jd.indicators[4].target == "达成")
        #expect(jd.indicators[4].direction == .qualitative)
        let lt = plan.projects[1]
        #expect(lt.project.implementer == "")
        #expect(lt.project.offices == [])
        #expect(lt.funds[0].initialBudget == Money(fen: 50_000_000))
        #expect(lt.funds[0].adjustedBudget == Money(fen: 50_000_000))
        #expect(lt.funds[1].initialBudget == Money(fen: 95_900_000))
        #expect(lt.funds[1].adjustedBudget == Money(fen: 95_900_001))
        #expect(lt.indicators[0].target == "45")
        #expect(lt.indicators[0].weight == 45.5)
        #expect(lt.indicators[0].direction == .lower)
        #expect(lt.indicators[0].aggregation == .mean)
    }

    @Test func exportRoundTrips() throws {
        let plan = try Plan(json: Data(PlanFixtures.valid.utf8))
        let text = plan.jsonText()
        let again = try Plan(json: Data(text.utf8))
        #expect(again == plan)
        #expect(again.jsonText() == text)
    }

    @Test func exportWritesTheDocumentedShape() throws {
        let plan = try Plan(json: Data(PlanFixtures.valid.utf8))
        let text = plan.jsonText()
        #expect(text.hasPrefix("{\n  \"format\": \"jixiao-plan/1\",\n  \"district\": \"开福区\",\n  \"year\": 2021,\n"))
        #expect(text.contains("\"offices\": [\"jinduban\", \"wangluyuan\"]"))
        #expect(text.contains("\"initialBudget\": \"1277.6万\""))
        #expect(text.contains("\"adjustedBudget\": \"95.900001万\""))
        #expect(text.contains("\"target\": 95.5"))
        #expect(text.contains("\"target\": \"达成\""))
        #expect(text.contains("\"weight\": 45.5"))
        #expect(text.contains("\"formula\": \"JD29 / JD28 * 100\""))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func exportEscapesText() throws {
        var plan = try Plan(json: Data(PlanFixtures.valid.utf8))
        plan.projects[0].project.goal = "line one\n\"quoted\" \\ tab\t\u{01}"
        let again = try Plan(json: plan.json())
        #expect(again.projects[0].project.goal == "line one\n\"quoted\" \\ tab\t\u{01}".trimmingSpaces())
    }

    /// Decodes `data` expecting a refusal and returns the problems as text.
    private func problems(_ data: Data) -> [String] {
        do {
            _ = try Plan(json: data)
            Issue.record("the plan was accepted")
            return []
        } catch let error as DistrictError {
            #expect(error.code == .invalidPlan)
            return error.problems.map(\.description)
        } catch {
            Issue.record("unexpected error \(error)")
            return []
        }
    }

    @Test func refusesTextThatIsNotJSON() {
        let found = problems(Data("{\"format\": \"jixiao-plan/1\",\n \"年\": }".utf8))
        #expect(found == ["the file is not valid JSON: invalid value around line 2, column 7"])
    }

    @Test func refusesAMissingOrWrongFormat() throws {
        #expect(
            problems(try PlanFixtures.edited { $0["format"] = nil }) == [
                "format is missing; the first field should be \"format\": \"jixiao-plan/1\""
            ]
        )
        #expect(
            problems(try PlanFixtures.edited { $0["format"] = "jixiao-plan/2" }) == [
                "format \"jixiao-plan/2\" is not supported; this version reads \"jixiao-plan/1\""
            ]
        )
    }

    @Test func refusesDuplicateCodes() throws {
        let data = try PlanFixtures.edited { top in
            top.project(1) { $0["code"] = "JD2021" }
            top.element(1, "funds", 1) { $0["code"] = "BJ" }
            top.element(0, "categories", 1) { $0["code"] = "XC" }
            top.element(1, "indicators", 0) { $0["code"] = "JD01" }
        }
        #expect(
            problems(data) == [
                "projects[0] \"JD2021\" categories[1] \"XC\": code \"XC\" is used twice in this project (also categories[0]); codes must be unique within a project",
                "projects[1] \"JD2021\": project code \"JD2021\" is used twice (also projects[0]); codes must be unique",
                "projects[1] \"JD2021\" funds[1] \"BJ\": code \"BJ\" is used twice in this project (also funds[0]); codes must be unique within a project",
                "projects[1] \"JD2021\" indicators[0] \"JD01\": indicator code \"JD01\" is used twice (also projects[0] \"JD2021\" indicators[0] \"JD01\"); indicator codes must be unique across the plan",
            ]
        )
    }

    @Test func refusesMissingUnitsAndTargets() throws {
        let data = try PlanFixtures.edited { top in
            top.element(0, "indicators", 3) { $0["unit"] = nil }
            top.element(0, "indicators", 1) { $0["target"] = nil }
            top.element(1, "indicators", 1) { $0["unit"] = " " }
        }
        #expect(
            problems(data) == [
                "projects[0] \"JD2021\" indicators[1] \"JD28\": target is missing (年度指标值: a number, or text for a qualitative indicator)",
                "projects[0] \"JD2021\" indicators[3] \"JD30\": unit is missing",
                "projects[1] \"LT2021\" indicators[1] \"LT02\": unit is empty",
            ]
        )
    }

    @Test func refusesATextTargetOnANumericIndicator() throws {
        let data = try PlanFixtures.edited { top in top.element(0, "indicators", 0) { $0["target"] = "≥50" } }
        #expect(
            problems(data) == [
                "projects[0] \"JD2021\" indicators[0] \"JD01\": target \"≥50\" is not a number; a higher indicator needs a numeric target (use direction \"qualitative\" for a text target)"
            ]
        )
    }

    @Test func refusesUnknownWords() throws {
        let data = try PlanFixtures.edited { top in
            top.element(0, "indicators", 0) { $0["direction"] = "up" }
            top.element(0, "indicators", 1) { $0["aggregate"] = "average" }
            top.element(0, "indicators", 2) { $0["frequency"] = "week" }
            top.element(1, "indicators", 0) { $0["level1"] = "产出" }
            top.element(1, "indicators", 1) { $0["level2"] = "数量" }
        }
        #expect(
            problems(data) == [
                "projects[0] \"JD2021\" indicators[0] \"JD01\": direction \"up\" is not one of: higher (正向), lower (反向), equal, qualitative (定性)",
                "projects[0] \"JD2021\" indicators[1] \"JD28\": aggregate \"average\" is not one of: sum, mean, min, max, latest, formula",
                "projects[0] \"JD2021\" indicators[2] \"JD29\": frequency \"week\" is not one of: year, quarter, month",
                "projects[1] \"LT2021\" indicators[0] \"LT01\": level1 \"产出\" is not one of: 产出指标, 效益指标, 满意度指标",
                "projects[1] \"LT2021\" indicators[1] \"LT02\": level2 \"数量\" is not one of: 数量指标, 质量指标, 时效指标, 成本指标, 经济效益指标, 社会效益指标, 生态效益指标, 可持续影响指标, 服务对象满意度指标",
            ]
        )
    }

    @Test func refusesUnknownFields() throws {
        let data = try PlanFixtures.edited { top in
            top["yaer"] = 2021
            top.element(0, "indicators", 0) { $0["unti"] = "起" }
        }
        let found = problems(data)
        #expect(found.count == 2)
        #expect(found.first?.hasPrefix("unknown field \"yaer\" (allowed: format, district, year, projects)") == true)
        #expect(found.last?.hasPrefix("projects[0] \"JD2021\" indicators[0] \"JD01\": unknown field \"unti\"") == true)
    }

    @Test func refusesFormulasNamingUnknownIndicatorsOrOfBadSyntax() throws {
        let data = try PlanFixtures.edited { top in
            top.element(0, "indicators", 3) { $0["formula"] = "JD29 / JD99 * 100" }
            top.element(1, "indicators", 0) {
                $0["aggregate"] = "formula"
                $0["formula"] = "LT02 * (JD01"
            }
            top.element(1, "indicators", 1) {
                $0["aggregate"] = "formula"
                $0["formula"] = "JD28 + LT02"
            }
        }
        #expect(
            problems(data) == [
                "projects[0] \"JD2021\" indicators[3] \"JD30\": formula \"JD29 / JD99 * 100\" names JD99, which is not an indicator of this plan",
                "projects[1] \"LT2021\" indicators[0] \"LT01\": formula \"LT02 * (JD01\" is not valid: \"(\" at character 8 is never closed",
                "projects[1] \"LT2021\" indicators[1] \"LT02\": formula \"JD28 + LT02\" names JD28, an indicator of project JD2021; a formula may only use indicators of its own project",
                "projects[1] \"LT2021\" indicators[1] \"LT02\": formula \"JD28 + LT02\" names the indicator itself",
            ]
        )
    }

    @Test func refusesFormulasInACircle() throws {
        let data = try PlanFixtures.edited { top in
            top.element(1, "indicators", 0) {
                $0["aggregate"] = "formula"
                $0["formula"] = "LT02 * 2"
            }
            top.element(1, "indicators", 1) {
                $0["aggregate"] = "formula"
                $0["formula"] = "LT01 / 2"
            }
        }
        #expect(
            problems(data) == [
                "projects[1] \"LT2021\" indicators[0] \"LT01\": formulas depend on each other in a circle: LT01 → LT02 → LT01"
            ]
        )
    }

    @Test func refusesAFormulaAggregateWithoutFormulaAndAFormulaWithoutTheAggregate() throws {
        let data = try PlanFixtures.edited { top in
            top.element(0, "indicators", 3) { $0["formula"] = nil }
            top.element(0, "indicators", 1) { $0["formula"] = "JD29 * 2" }
        }
        #expect(
            problems(data) == [
                "projects[0] \"JD2021\" indicators[1] \"JD28\": formula is given but aggregate is \"sum\"; set \"aggregate\": \"formula\"",
                "projects[0] \"JD2021\" indicators[3] \"JD30\": aggregate \"formula\" needs a formula",
            ]
        )
    }

    @Test func refusesWeightsThatDoNotAddUpTo90() throws {
        let data = try PlanFixtures.edited { top in
            top.element(0, "indicators", 0) { $0["weight"] = 40 }
            top.element(1, "indicators", 0) { $0["weight"] = -45.5 }
        }
        #expect(
            problems(data) == [
                "projects[1] \"LT2021\" indicators[0] \"LT01\": weight -45.5 is negative; it must be 0 or more",
                "projects[0] \"JD2021\": the indicators' weights add up to 100, not 90; the other 10 of the 100 points are the budget execution rate (预算执行率)",
            ]
        )
    }

    @Test func refusesAProjectWithoutIndicatorsFundsOrCategories() throws {
        let data = try PlanFixtures.edited { top in
            top.project(1) {
                $0["indicators"] = [] as [Any]
                $0["funds"] = [] as [Any]
            }
            top.project(0) { $0["categories"] = nil }
        }
        #expect(
            problems(data) == [
                "projects[0] \"JD2021\": categories is missing",
                "projects[1] \"LT2021\": funds is empty: a project needs at least one fund",
                "projects[1] \"LT2021\": the project has no indicators; its indicators' weights must add up to 90 (the other 10 points are the budget execution rate)",
            ]
        )
    }

    @Test func refusesWeightsWithMoreThanTwoDecimals() throws {
        let data = try PlanFixtures.edited { top in top.element(1, "indicators", 0) { $0["weight"] = 45.505 } }
        #expect(
            problems(data) == [
                "projects[1] \"LT2021\" indicators[0] \"LT01\": weight 45.505 has more than two decimals"
            ]
        )
    }

    @Test func acceptsAMissingGoalAndWarnsAboutAnOddLevel2() throws {
        let data = try PlanFixtures.edited { top in
            top.project(1) { $0["goal"] = nil }
            top.element(1, "indicators", 1) { $0["level2"] = "数量指标" }
        }
        let plan = try Plan(json: data)
        #expect(plan.projects[1].project.goal == "")
        #expect(
            plan.warnings().map(\.description) == [
                "projects[1] \"LT2021\" indicators[1] \"LT02\": level2 \"数量指标\" is not one of the standard 二级指标 under 效益指标 (经济效益指标, 社会效益指标, 生态效益指标, 可持续影响指标)"
            ]
        )
        let plain = try Plan(json: Data(PlanFixtures.valid.utf8))
        #expect(plain.warnings().isEmpty)
    }

    @Test func acceptsChineseDirectionsAndExportsTheEnglishWord() throws {
        let data = try PlanFixtures.edited { top in top.element(1, "indicators", 0) { $0["direction"] = "反向" } }
        let plan = try Plan(json: data)
        #expect(plan.projects[1].indicators[0].direction == .lower)
        #expect(plan.jsonText().contains("\"direction\": \"lower\""))
    }

    @Test func refusesBudgetsThatAreNotMoney() throws {
        let data = try PlanFixtures.edited { top in
            top.element(0, "funds", 0) { $0["initialBudget"] = 1277.6 }
            top.element(1, "funds", 0) { $0["initialBudget"] = "五十万" }
            top.element(1, "funds", 1) { $0["adjustedBudget"] = "12.345" }
        }
        #expect(
            problems(data) == [
                "projects[0] \"JD2021\" funds[0] \"BJ\": initialBudget is a JSON number (1277.6); write budgets as quoted text, e.g. \"1277.6\" for 元 or \"1277.6万\" for 万元",
                "projects[1] \"LT2021\" funds[0] \"BJ\": initialBudget is not money: amount \"五十万\" is not a number of 元; write 元 (\"500000\", \"1,234.56\") or 万元 (\"1277.6万\")",
                "projects[1] \"LT2021\" funds[1] \"SJ\": adjustedBudget is not money: amount \"12.345\" has more than two decimals in 元; write 元 (\"500000\", \"1,234.56\") or 万元 (\"1277.6万\")",
            ]
        )
    }

    @Test func refusesAProjectOfAnotherYear() throws {
        let data = try PlanFixtures.edited { top in top.project(1) { $0["year"] = 2022 } }
        #expect(
            problems(data) == [
                "projects[1] \"LT2021\": year 2022 differs from the plan's year 2021; a plan holds one year"
            ]
        )
    }

    @Test func refusesMissingRequiredFieldsAndBadCodes() throws {
        let data = try PlanFixtures.edited { top in
            top.project(0) { $0["code"] = nil }
            top.project(1) { $0["department"] = nil }
            top.element(1, "categories", 0) { $0["code"] = "培训" }
            top.element(0, "indicators", 0) { $0["reporters"] = ["jinduban", "xinhe"] }
        }
        #expect(
            problems(data) == [
                "projects[0]: code is missing",
                "projects[1] \"LT2021\": department is missing",
                "projects[0] indicators[0] \"JD01\": reporter \"xinhe\" is not among the project's offices; add it to the project's \"offices\"",
                "projects[1] \"LT2021\" categories[0] \"培训\": code \"培训\" is not a code: use 1–40 letters, digits, '_', '-' or '.', starting with a letter or digit",
            ]
        )
    }

    @Test func collectsEveryProblemAtOnce() throws {
        let data = try PlanFixtures.edited { top in
            top["format"] = nil
            top.element(0, "indicators", 3) { $0["unit"] = nil }
            top.element(1, "funds", 0) { $0["initialBudget"] = 500000 }
        }
        #expect(problems(data).count == 3)
    }
}
