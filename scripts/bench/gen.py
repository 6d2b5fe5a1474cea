#!/usr/bin/env python3
"""Synthetic but realistic data for scripts/bench.sh.

Subcommands (all output is deterministic for a given --seed):
  plan            a jixiao-plan/1 file: 4 projects of 2021, 2 funds, 6 categories, 10 indicators each
  offices N       offices.csv for N street offices (code,name,kind), codes s001…
  expenses        an office's expenditure CSV (project,category,fund,amount,date,voucher,payee,note)
  values          an office's indicator-value CSV (indicator,period,value,label,note)
  district-sql    SQL that fills a district database (already holding the plan) with offices and their rows
                  directly, for the report case: valid rows, random rh1/rh2 (the report does not check them)

Amounts are written in 元 with two decimals, as clerks type them; payees and notes are Chinese.
"""
import argparse
import csv
import json
import random
import sys

YEAR = 2021

# Four projects shaped like the seed district's: codes, Chinese names, funds, categories, indicators.
PROJECTS = [
    ("JDB", "禁毒工作重点项目", "区禁毒委员会办公室", ["禁毒宣传", "禁毒协会", "社戒社康", "毛发验毒筛查", "污水检测", "专案奖励"]),
    ("LTB", "蓝天保卫战重点项目", "区蓝天保卫战工作领导小组办公室", ["扬尘治理", "油烟治理", "秸秆禁烧", "空气监测站运行", "网格巡查", "宣传培训"]),
    ("WMB", "文明城市创建项目", "区文明办", ["志愿服务", "背街小巷整治", "公益广告", "文明实践站", "测评迎检", "培训"]),
    ("LJB", "垃圾分类推进项目", "区城管局", ["分类设施", "督导员补贴", "宣传发动", "清运补助", "厨余处理", "考核奖励"]),
]
FUNDS = [("BJ", "本级财政拨款"), ("SJ", "上级转移支付资金")]
INDICATORS = [
    # name suffix, level1, level2, unit, target, direction, aggregate, frequency
    ("开展宣传活动", "产出指标", "数量指标", "场次", 1000, "higher", "sum", "quarter"),
    ("覆盖人数", "产出指标", "数量指标", "人次", 50000, "higher", "sum", "quarter"),
    ("整改完成率", "产出指标", "质量指标", "%", 100, "higher", "min", "year"),
    ("按时完成率", "产出指标", "时效指标", "%", 95, "higher", "mean", "quarter"),
    ("单位成本", "产出指标", "成本指标", "元", 120, "lower", "mean", "year"),
    ("投诉件数", "效益指标", "社会效益指标", "件", 30, "lower", "sum", "month"),
    ("累计服务次数", "效益指标", "社会效益指标", "次", 20000, "higher", "max", "quarter"),
    ("长效机制建立", "效益指标", "可持续影响指标", "定性", "达成", "qualitative", "latest", "year"),
    ("群众满意度", "满意度指标", "服务对象满意度指标", "%", 90, "higher", "mean", "year"),
]
PERIODS = [str(YEAR)] + [f"{YEAR}Q{q}" for q in range(1, 5)] + [f"{YEAR}-{m:02d}" for m in range(1, 13)]

PLACES = ["望麓园", "伍家岭", "沙坪", "湘雅路", "清水塘", "东风路", "新河", "四方坪", "洪山", "捞刀河", "青竹湖",
          "芙蓉", "月湖", "秀峰", "马栏山", "浏阳河", "开福寺", "新港", "丝茅冲", "福元", "鸭子铺", "金霞", "三角塘",
          "德雅", "砚瓦池", "兴汉门", "潮宗", "营盘", "烈士公园", "戥子桥"]
COMPANIES = ["文化用品商行", "医疗器械有限公司", "广告传媒有限公司", "环保科技有限公司", "建设工程有限公司",
             "物业管理有限公司", "印务有限公司", "信息技术有限公司", "保洁服务有限公司", "检测技术有限公司",
             "劳务派遣有限公司", "餐饮管理有限公司", "园林绿化有限公司", "设备租赁有限公司"]
COMMUNITIES = ["社区居委会", "社戒社康工作站", "新时代文明实践站", "网格服务中心", "志愿者协会"]
NOTE_WORDS = ["宣传物资采购", "活动场地租赁", "专干补贴", "设备运行维护", "检测服务费", "印刷费", "培训讲课费",
              "志愿者餐费补助", "督导员劳务费", "车辆租赁", "垃圾清运", "标识标牌制作", "监测数据服务", "应急物资"]
QUARTERS = ["一季度", "二季度", "三季度", "四季度"]


def office_code(i):
    return f"s{i:03d}"


def office_name(i):
    place = PLACES[(i - 1) % len(PLACES)]
    return f"{place}街道" if i <= len(PLACES) else f"{place}第{(i - 1) // len(PLACES) + 1}街道"


def project_code(p):
    return f"{PROJECTS[p][0]}{YEAR}"


def indicator_codes(p):
    """Reportable codes of project p (the tenth indicator is a formula)."""
    return [f"{PROJECTS[p][0]}{k + 1:02d}" for k in range(len(INDICATORS))]


def plan(args):
    projects = []
    for p, (prefix, name, department, categories) in enumerate(PROJECTS):
        code = project_code(p)
        indicators = []
        for k, (suffix, level1, level2, unit, target, direction, aggregate, frequency) in enumerate(INDICATORS):
            indicators.append({
                "code": f"{prefix}{k + 1:02d}", "name": f"{name[:2]}{suffix}", "level1": level1, "level2": level2,
                "unit": unit, "target": target, "direction": direction, "weight": 9, "aggregate": aggregate,
                "frequency": frequency,
            })
        indicators.append({
            "code": f"{prefix}10", "name": f"{name[:2]}人均覆盖", "level1": "产出指标", "level2": "数量指标",
            "unit": "人次", "target": 40, "direction": "higher", "weight": 9, "aggregate": "formula",
            "formula": f"{prefix}02 / {prefix}01",
        })
        projects.append({
            "code": code, "name": f"{YEAR}年度{name}", "department": department, "implementer": f"{department}、各街道办事处",
            "goal": f"全面完成{YEAR}年度{name}各项目标任务，资金使用规范，群众满意度达到90%以上。",
            "funds": [{"code": f, "name": n, "initialBudget": "28000万", "adjustedBudget": "30000万"} for f, n in FUNDS],
            "categories": [{"code": f"C{c + 1}", "name": cat} for c, cat in enumerate(categories)],
            "indicators": indicators,
        })
    json.dump({"format": "jixiao-plan/1", "district": "基准区", "year": YEAR, "projects": projects},
              sys.stdout, ensure_ascii=False, indent=1)
    print()


def offices(args):
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["code", "name", "kind"])
    for i in range(1, args.n + 1):
        out.writerow([office_code(i), office_name(i), "street"])


def payee(rng, office):
    r = rng.random()
    if r < 0.5:
        return f"长沙市{rng.choice(PLACES)}{rng.choice(COMPANIES)}"
    if r < 0.85:
        return f"{office}{rng.choice(PLACES)}{rng.choice(COMMUNITIES)}"
    return f"湖南{rng.choice(PLACES)}{rng.choice(COMPANIES)}"


def expense_rows(rng, count, office, start, voucher_prefix):
    for n in range(start, start + count):
        p = rng.randrange(len(PROJECTS))
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        fen = rng.randint(10_000, 500_000)
        note = f"{rng.choice(NOTE_WORDS)}（{QUARTERS[(month - 1) // 3]}）"
        if rng.random() < 0.2:
            note += f"，含{rng.choice(PLACES)}片区{rng.randint(1, 30)}个点位"
        yield [project_code(p), f"C{rng.randint(1, 6)}", rng.choice(FUNDS)[0], f"{fen // 100}.{fen % 100:02d}",
               f"{YEAR}-{month:02d}-{day:02d}", f"{voucher_prefix}-{n:07d}", payee(rng, office), note]


def expenses(args):
    rng = random.Random(args.seed)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["project", "category", "fund", "amount", "date", "voucher", "payee", "note"])
    for row in expense_rows(rng, args.rows, args.office_name, args.start, args.voucher_prefix):
        out.writerow(row)


def value_rows(rng, count, start=0):
    """Distinct (indicator, period, label) triples: every reportable indicator × period, then the next label."""
    # Each indicator only at its own granularity (PlanFormat.md, entry rules): a yearly one for the year, a
    # quarterly one per quarter, a monthly one per month.
    periods = {"year": PERIODS[:1], "quarter": PERIODS[1:5], "month": PERIODS[5:]}
    reportable = [(p, k, period) for p in range(len(PROJECTS)) for k in range(len(INDICATORS))
                  for period in periods[INDICATORS[k][7]]]
    per_label = len(reportable)
    for n in range(start, start + count):
        label_index, rest = divmod(n, per_label)
        p, k, period = reportable[rest]
        code = f"{PROJECTS[p][0]}{k + 1:02d}"
        label = "" if label_index == 0 else f"{PLACES[label_index % len(PLACES)]}第{label_index}网格"
        direction = INDICATORS[k][5]
        if direction == "qualitative":
            value = rng.choice(["达成", "达成 95%", "部分达成 70%"])
        elif INDICATORS[k][3] == "%":
            value = f"{rng.uniform(80, 100):.1f}"
        else:
            value = str(rng.randint(1, 500))
        note = rng.choice(["", "", "", "数据来源：月度台账", "已复核", f"含{rng.choice(PLACES)}片区"])
        yield [code, period, value, label, note]


def values(args):
    rng = random.Random(args.seed)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["indicator", "period", "value", "label", "note"])
    for row in value_rows(rng, args.rows, args.start):
        out.writerow(row)


def sql_text(s):
    return "'" + s.replace("'", "''") + "'"


def district_sql(args):
    """Offices, then expenditures and values generated inside SQLite by recursive CTEs (fast: no text round trip)."""
    rng = random.Random(args.seed)
    w = sys.stdout.write
    w("PRAGMA journal_mode = WAL;\nPRAGMA synchronous = OFF;\nPRAGMA cache_size = -200000;\nBEGIN;\n")
    for i in range(1, args.offices + 1):
        code = office_code(i)
        w(f"INSERT INTO offices(code, name, kind, enabled, secret, created_at) VALUES ({sql_text(code)}, "
          f"{sql_text(office_name(i))}, 'street', 1, randomblob(32), '2021-01-04T08:00:00Z');\n")
        w(f"INSERT INTO office_sync(office, epoch, acked_seq, ref_cursor, last_sync_at, last_result) VALUES "
          f"({sql_text(code)}, lower(hex(randomblob(16))), 1, 1, '2021-12-31T17:00:00Z', 'ok');\n")
        w(f"INSERT INTO sync_sessions(office, started_at, finished_at, result, ok) VALUES ({sql_text(code)}, "
          f"'2021-12-31T17:00:00Z', '2021-12-31T17:00:01Z', 'ok', 1);\n")
    w("COMMIT;\n")
    # Lookup tables of text to pick from.
    w("CREATE TEMP TABLE payee(i INTEGER PRIMARY KEY, t TEXT);\nCREATE TEMP TABLE note(i INTEGER PRIMARY KEY, t TEXT);\n")
    for i in range(500):
        w(f"INSERT INTO payee VALUES ({i}, {sql_text(payee(rng, rng.choice(PLACES) + '街道'))});\n")
    for i in range(200):
        row = next(expense_rows(rng, 1, "", 0, ""))
        w(f"INSERT INTO note VALUES ({i}, {sql_text(row[7])});\n")
    w("CREATE TEMP TABLE vals(i INTEGER PRIMARY KEY, indicator TEXT, period TEXT, label TEXT, num REAL, text TEXT, note TEXT);\n")
    per_office = args.values // args.offices
    for n, (code, period, value, label, note) in enumerate(value_rows(rng, per_office)):
        is_text = not value.replace(".", "").isdigit()
        w(f"INSERT INTO vals VALUES ({n}, {sql_text(code)}, {sql_text(period)}, {sql_text(label)}, "
          f"{'NULL' if is_text else value}, {sql_text(value) if is_text else 'NULL'}, {sql_text(note)});\n")
    n_offices, n_projects = args.offices, len(PROJECTS)
    w(f"""BEGIN;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {args.expenditures - 1})
INSERT INTO expenditures(office, id, project, category, fund, amount, date, voucher, payee, note, rh1, rh2)
SELECT printf('s%03d', i % {n_offices} + 1), printf('e%08d', i),
       CASE (i / {n_offices}) % {n_projects} {' '.join(f"WHEN {p} THEN '{project_code(p)}'" for p in range(n_projects))} END,
       'C' || (abs(random()) % 6 + 1), CASE abs(random()) % 2 WHEN 0 THEN 'BJ' ELSE 'SJ' END,
       abs(random()) % 490000 + 10000,
       printf('{YEAR}-%02d-%02d', abs(random()) % 12 + 1, abs(random()) % 28 + 1),
       printf('V%03d-%07d', i % {n_offices} + 1, i / {n_offices}),
       (SELECT t FROM payee WHERE payee.i = (i * 7919 + i / 13) % 500),
       (SELECT t FROM note WHERE note.i = (i * 104729 + i / 7) % 200),
       random(), random()
FROM n;
WITH RECURSIVE o(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM o WHERE k < {n_offices})
INSERT INTO indicator_values(office, id, indicator, period, label, num, text, note, rh1, rh2)
SELECT printf('s%03d', k), printf('v%03d-%06d', k, vals.i), indicator, period, label,
       CASE WHEN num IS NULL THEN NULL ELSE num + (abs(random()) % 10) END, text, note, random(), random()
FROM o, vals;
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
ANALYZE;
""")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=2021)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("plan")
    p = sub.add_parser("offices")
    p.add_argument("n", type=int)
    p = sub.add_parser("expenses")
    p.add_argument("--rows", type=int, required=True)
    p.add_argument("--start", type=int, default=0, help="first voucher number")
    p.add_argument("--office-name", default="望麓园街道")
    p.add_argument("--voucher-prefix", default="WLY")
    p = sub.add_parser("values")
    p.add_argument("--rows", type=int, required=True)
    p.add_argument("--start", type=int, default=0, help="skip this many (indicator, period, label) triples")
    p = sub.add_parser("district-sql")
    p.add_argument("--offices", type=int, default=200)
    p.add_argument("--expenditures", type=int, default=1_000_000)
    p.add_argument("--values", type=int, default=200_000)
    args = parser.parse_args()
    {"plan": plan, "offices": offices, "expenses": expenses, "values": values,
     "district-sql": district_sql}[args.command](args)


if __name__ == "__main__":
    main()
