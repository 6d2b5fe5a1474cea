import Foundation

/// A small, valid plan: two projects, the second with a labelled mean indicator and a formula.
enum PlanFixtures {
    static let valid = """
        {
          "format": "jixiao-plan/1",
          "district": "开福区",
          "year": 2021,
          "projects": [
            {
              "code": "JD2021",
              "name": "2021年度禁毒办重点项目",
              "department": "开福区禁毒委员会办公室",
              "implementer": "区禁毒办、各街道办事处",
              "goal": "打击毒品犯罪，开展禁毒宣传",
              "offices": ["jinduban", "wangluyuan"],
              "funds": [
                {"code": "BJ", "name": "本级财政拨款", "initialBudget": "1277.6万", "adjustedBudget": "12,776,000.00"}
              ],
              "categories": [{"code": "XC", "name": "禁毒宣传"}, {"code": "JL", "name": "专案及举报奖励"}],
              "indicators": [
                {"code": "JD01", "name": "侦破毒品刑事案件", "level1": "产出指标", "level2": "数量指标", "unit": "起",
                 "target": 50, "direction": "higher", "weight": 30, "aggregate": "sum",
                 "reporters": ["jinduban"], "frequency": "quarter"},
                {"code": "JD28", "name": "社会面吸毒人员", "level1": "产出指标", "level2": "数量指标", "unit": "人",
                 "target": 2700, "direction": "higher", "weight": 10},
                {"code": "JD29", "name": "毛发验毒筛查人数", "level1": "产出指标", "level2": "数量指标", "unit": "人",
                 "target": 2600, "direction": "higher", "weight": 10, "frequency": "month"},
                {"code": "JD30", "name": "毛发验毒筛查完成率", "level1": "产出指标", "level2": "质量指标", "unit": "%",
                 "target": 95.5, "direction": "higher", "weight": 20, "aggregate": "formula",
                 "formula": "JD29 / JD28 * 100"},
                {"code": "JD40", "name": "群众满意度", "level1": "满意度指标", "level2": "服务对象满意度指标", "unit": "等级",
                 "target": "达成", "direction": "qualitative", "weight": 20, "aggregate": "latest"}
              ]
            },
            {
              "code": "LT2021",
              "year": 2021,
              "name": "2021年蓝天保卫战项目",
              "department": "开福区蓝天保卫战工作领导小组办公室",
              "goal": "空气质量持续稳定",
              "funds": [
                {"code": "BJ", "name": "本级财政拨款", "initialBudget": "500000"},
                {"code": "SJ", "name": "市级奖补资金", "initialBudget": "95.9万元", "adjustedBudget": "¥959,000.01"}
              ],
              "categories": [{"code": "PX", "name": "培训"}],
              "indicators": [
                {"code": "LT01", "name": "PM2.5浓度", "level1": "效益指标", "level2": "生态效益指标", "unit": "μg/m³",
                 "target": "45", "direction": "lower", "weight": 45.5, "aggregate": "mean"},
                {"code": "LT02", "name": "空气质量优良率", "level1": "效益指标", "level2": "生态效益指标", "unit": "%",
                 "target": 80, "direction": "higher", "weight": 44.5, "aggregate": "mean"}
              ]
            }
          ]
        }
        """

    /// The valid plan with `transform` applied to its JSON object tree, re-serialized.
    /// The valid plan after a typical mid-year edit: JD01's target 50 → 60 and weight → 20, the next indicator's
    /// weight → 20, JD2021's last category removed, a fund SHENG (省级资金, 10万) added to the second project.
    static func typicalEdit() throws -> Data {
        try edited { top in
            top.element(0, "indicators", 0) {
                $0["target"] = 60
                $0["weight"] = 20
            }
            top.element(0, "indicators", 1) { $0["weight"] = 20 }
            top.project(0) { project in
                var categories = project["categories"] as! [[String: Any]]
                categories.removeLast()
                project["categories"] = categories
            }
            top.project(1) { project in
                var funds = project["funds"] as! [[String: Any]]
                funds.append(["code": "SHENG", "name": "省级资金", "initialBudget": "10万"])
                project["funds"] = funds
            }
        }
    }

    static func edited(_ transform: (inout [String: Any]) -> Void) throws -> Data {
        var top = try require(JSONSerialization.jsonObject(with: Data(valid.utf8)) as? [String: Any])
        transform(&top)
        return try JSONSerialization.data(withJSONObject: top)
    }
}

extension Dictionary where Key == String, Value == Any {
    /// Edits `projects[p]` in place.
    mutating func project(_ p: Int, _ edit: (inout [String: Any]) -> Void) {
        var projects = self["projects"] as! [[String: Any]]
        edit(&projects[p])
        self["projects"] = projects
    }

    /// Edits `projects[p].<list>[i]` in place.
    mutating func element(_ p: Int, _ list: String, _ i: Int, _ edit: (inout [String: Any]) -> Void) {
        project(p) { project in
            var items = project[list] as! [[String: Any]]
            edit(&items[i])
            project[list] = items
        }
    }
}

func require<T>(_ value: T?) throws -> T {
    guard let value else { throw FixtureError() }
    return value
}

struct FixtureError: Error {}
