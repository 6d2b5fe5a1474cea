#!/usr/bin/env python3
"""Checks that an example district folder consolidates to its expected figures.

Usage: scripts/check-example.py [FOLDER]   (default: Docs/examples/kaifu-2021)

Reads FOLDER/plan.json (jixiao-plan/1), offices.csv, offices/<code>/expenses.csv, values.csv and
notes/<PROJECT>.<section>.txt, and FOLDER/expected.json, then verifies:

- the plan: format, unique codes, levels, units, targets, directions, aggregates, frequencies, reporters,
  formulas naming indicators of the same project, budgets that are money, weights adding up to exactly 90;
- the expenditures: known project/category/fund, office expected on the project, amounts that parse as money
  (元, `1,234.56`, `12.5万`), real dates in the plan's year, vouchers unique per office and project;
  spending per project and fund (in fen) equal to expected.json, and the per-category/per-office split if listed;
- the indicator values: known indicator, a period of the indicator's frequency, numbers for quantitative and
  grade text for qualitative indicators; every (reporter, indicator, period) present; each indicator's combined
  actual (sum/mean/min/max/latest/formula, overall and per label) equal to expected.json;
- the narratives: highlights, problems and measures for every office of every project.

Python 3 standard library only. Exit status 0 when everything holds, 1 otherwise.
"""
import csv
import json
import os
import re
import sys
from decimal import Decimal, InvalidOperation
from fractions import Fraction

LEVEL1 = {"产出指标", "效益指标", "满意度指标"}
LEVEL2 = {"数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标",
          "可持续影响指标", "服务对象满意度指标"}
DIRECTIONS = {"higher", "lower", "equal", "qualitative"}
AGGREGATES = {"sum", "mean", "min", "max", "latest", "formula"}
FREQUENCIES = {"year", "quarter", "month"}
SECTIONS = ("highlights", "problems", "measures")
GRADES = ("达成", "优", "部分达成", "基本达成", "良", "中", "未达成", "差")
CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,39}$")

failures = []


def fail(message):
    failures.append(message)


# ---------------------------------------------------------------- parsing helpers

def parse_money(text):
    """Fen from money text as Money(parsing:) accepts it; raises ValueError otherwise."""
    body = text.strip().replace("\u3000", "")
    negative = body.startswith("-")
    if negative:
        body = body[1:]
    if body[:1] in ("¥", "￥"):
        body = body[1:]
    decimals = 2
    if body.endswith("万元"):
        body, decimals = body[:-2], 6
    elif body.endswith("万"):
        body, decimals = body[:-1], 6
    elif body.endswith("元"):
        body = body[:-1]
    body = body.strip()
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?", body)
    if not m:
        raise ValueError(f"amount {text!r} is not a number of 元")
    fraction = m.group(2) or ""
    if len(fraction) > decimals:
        raise ValueError(f"amount {text!r} has too many decimals")
    fen = int(m.group(1).replace(",", "")) * 10 ** decimals + int((fraction + "0" * decimals)[:decimals] or "0")
    return -fen if negative else fen


def period_key(text, year):
    """(kind, index) of a period of `year`, kind 0 year / 1 quarter / 2 month; raises ValueError."""
    m = re.fullmatch(r"(\d{4})(?:[Qq]([1-4])|-(\d{1,2}))?", text.strip())
    if not m or int(m.group(1)) != year:
        raise ValueError(f"period {text!r} is not a period of {year}")
    if m.group(2):
        return (1, int(m.group(2)))
    if m.group(3):
        month = int(m.group(3))
        if not 1 <= month <= 12:
            raise ValueError(f"period {text!r} has no such month")
        return (2, month)
    return (0, 0)


def period_order(key):
    """Sort key: by start month, then by length (year, quarter, month)."""
    kind, index = key
    start = {0: 1, 1: (index - 1) * 3 + 1, 2: index}[kind]
    return (start, kind)


def expected_periods(frequency, year):
    if frequency == "year":
        return {(0, 0): str(year)}
    if frequency == "quarter":
        return {(1, q): f"{year}Q{q}" for q in range(1, 5)}
    return {(2, m): f"{year}-{m:02d}" for m in range(1, 13)}


def valid_date(text, year):
    m = re.fullmatch(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})", text.strip())
    if not m:
        return False
    y, mo, d = map(int, m.groups())
    days = [31, 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return y == year and 1 <= mo <= 12 and 1 <= d <= days[mo - 1]


def evaluate(formula, lookup):
    """Evaluates + - * / ( ) over numbers and indicator codes (no eval); returns a Fraction."""
    tokens = re.findall(r"\s*(\d+(?:\.\d+)?|[A-Za-z][A-Za-z0-9_.\-]*|[-+*/()])", formula)
    if "".join(tokens).replace(" ", "") != formula.replace(" ", ""):
        raise ValueError(f"formula {formula!r} has characters other than codes, numbers, + - * / ( )")
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def expr():
        value = term()
        while peek() in ("+", "-"):
            value = value + term() if take() == "+" else value - term()
        return value

    def term():
        value = factor()
        while peek() in ("*", "/"):
            if take() == "*":
                value *= factor()
            else:
                divisor = factor()
                if divisor == 0:
                    raise ValueError(f"formula {formula!r} divides by zero")
                value /= divisor
        return value

    def factor():
        token = take() if peek() is not None else None
        if token is None:
            raise ValueError(f"formula {formula!r} ends early")
        if token == "(":
            value = expr()
            if take() != ")":
                raise ValueError(f"formula {formula!r} misses a ')'")
            return value
        if token == "-":
            return -factor()
        if re.fullmatch(r"\d+(?:\.\d+)?", token):
            return Fraction(Decimal(token))
        return lookup(token)

    result = expr()
    if pos != len(tokens):
        raise ValueError(f"formula {formula!r} has trailing text")
    return result


def formula_codes(formula):
    return re.findall(r"[A-Za-z][A-Za-z0-9_.\-]*", formula)


def read_csv(folder, name, header):
    """The rows of FOLDER/NAME as (line number, dict), after checking the header."""
    path = os.path.join(folder, name)
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != header:
        fail(f"{name}: header must be {','.join(header)}")
        return []
    out = []
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            fail(f"{name}:{number}: {len(row)} columns, expected {len(header)}")
            continue
        out.append((number, dict(zip(header, row))))
    return out


def number_text(value):
    value = Fraction(value)
    if value.denominator == 1:
        return str(value.numerator)
    return f"{float(value):.6f}".rstrip("0")


def wan(fen):
    whole, rest = divmod(fen, 1_000_000)
    fraction = f"{rest:06d}".rstrip("0")
    return f"{whole}{'.' + fraction if fraction else ''}万元"


# ---------------------------------------------------------------- the check

def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "Docs", "examples", "kaifu-2021")
    folder = os.path.normpath(folder)
    with open(os.path.join(folder, "plan.json"), encoding="utf-8") as f:
        plan = json.load(f)
    with open(os.path.join(folder, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)

    # offices
    offices = {}
    for number, row in read_csv(folder, "offices.csv", ["code", "name", "kind"]):
        code = row["code"]
        if not CODE.match(code):
            fail(f"offices.csv:{number}: office code {code!r} is not a code")
        if code in offices:
            fail(f"offices.csv:{number}: office code {code!r} appears twice")
        if row["kind"] not in ("street", "department"):
            fail(f"offices.csv:{number}: kind {row['kind']!r} is not street or department")
        offices[code] = row

    # plan
    if plan.get("format") != "jixiao-plan/1":
        fail("plan.json: format must be jixiao-plan/1")
    year = plan["year"]
    projects = {}
    indicators = {}  # code -> (project code, indicator)
    for project in plan["projects"]:
        pcode = project["code"]
        where = f"plan.json project {pcode}"
        if not CODE.match(pcode) or pcode in projects:
            fail(f"{where}: code is not a code or is duplicated")
        projects[pcode] = project
        project_offices = project.get("offices") or list(offices)
        for o in project_offices:
            if o not in offices:
                fail(f"{where}: office {o!r} is not in offices.csv")
        for kind in ("funds", "categories"):
            codes = [item["code"] for item in project[kind]]
            if len(codes) != len(set(codes)):
                fail(f"{where}: duplicate {kind} codes")
        for fund in project["funds"]:
            for key in ("initialBudget", "adjustedBudget"):
                if key in fund and not isinstance(fund[key], str):
                    fail(f"{where} fund {fund['code']}: {key} must be a quoted string")
            try:
                fund["_initial"] = parse_money(fund["initialBudget"])
                fund["_adjusted"] = parse_money(fund.get("adjustedBudget", fund["initialBudget"]))
            except ValueError as error:
                fail(f"{where} fund {fund['code']}: {error}")
        weight = Decimal(0)
        for ind in project["indicators"]:
            code = ind["code"]
            iw = f"{where} indicator {code}"
            if not CODE.match(code) or code in indicators:
                fail(f"{iw}: code is not a code or is used twice in the plan")
            indicators[code] = (pcode, ind)
            if ind.get("level1") not in LEVEL1 or ind.get("level2") not in LEVEL2:
                fail(f"{iw}: unknown level1/level2 {ind.get('level1')}/{ind.get('level2')}")
            if not str(ind.get("unit", "")).strip():
                fail(f"{iw}: unit is missing")
            if ind.get("direction") not in DIRECTIONS:
                fail(f"{iw}: unknown direction {ind.get('direction')!r}")
            target = ind.get("target")
            if target is None or target == "":
                fail(f"{iw}: target is missing")
            elif ind.get("direction") != "qualitative" and not isinstance(target, (int, float)):
                fail(f"{iw}: quantitative target must be a number")
            if ind.get("aggregate", "sum") not in AGGREGATES:
                fail(f"{iw}: unknown aggregate {ind.get('aggregate')!r}")
            if ind.get("frequency", "year") not in FREQUENCIES:
                fail(f"{iw}: unknown frequency {ind.get('frequency')!r}")
            if not isinstance(ind.get("weight"), (int, float)) or ind["weight"] < 0:
                fail(f"{iw}: weight must be a number >= 0")
            else:
                weight += Decimal(str(ind["weight"]))
            for o in ind.get("reporters") or []:
                if o not in project_offices:
                    fail(f"{iw}: reporter {o!r} is not one of the project's offices")
        if weight != 90:
            fail(f"{where}: indicator weights add up to {weight}, not 90 (the other 10 is the budget execution rate)")
        project["_weight"] = weight
    for code, (pcode, ind) in indicators.items():
        if ind.get("aggregate") == "formula":
            if not ind.get("formula"):
                fail(f"indicator {code}: aggregate formula without a formula")
            for name in formula_codes(ind.get("formula", "")):
                if name not in indicators or indicators[name][0] != pcode:
                    fail(f"indicator {code}: formula names {name!r}, not an indicator of project {pcode}")

    # per-office files
    spent = {}        # (project, fund) -> fen
    by_category = {}  # (project, category) -> fen
    by_office = {}    # (project, office) -> fen
    values = {}       # indicator -> list of (office, period key, label, value)
    expense_rows = value_rows = note_files = 0
    for office in offices:
        base = os.path.join(folder, "offices", office)
        vouchers = set()
        for number, row in read_csv(folder, f"offices/{office}/expenses.csv",
                                    ["project", "category", "fund", "amount", "date", "voucher", "payee", "note"]):
            expense_rows += 1
            where = f"offices/{office}/expenses.csv:{number}"
            project = projects.get(row["project"])
            if project is None:
                fail(f"{where}: unknown project {row['project']!r}")
                continue
            if office not in (project.get("offices") or offices):
                fail(f"{where}: office is not expected on project {row['project']}")
            if row["category"] not in {c["code"] for c in project["categories"]}:
                fail(f"{where}: unknown category {row['category']!r}")
            if row["fund"] not in {f["code"] for f in project["funds"]}:
                fail(f"{where}: unknown fund {row['fund']!r}")
            try:
                fen = parse_money(row["amount"])
            except ValueError as error:
                fail(f"{where}: {error}")
                continue
            if fen <= 0:
                fail(f"{where}: amount must be positive")
            if not valid_date(row["date"], year):
                fail(f"{where}: date {row['date']!r} is not a real day of {year}")
            key = (row["project"], row["voucher"])
            if not row["voucher"] or key in vouchers:
                fail(f"{where}: voucher {row['voucher']!r} is empty or used twice for {row['project']}")
            vouchers.add(key)
            spent[(row["project"], row["fund"])] = spent.get((row["project"], row["fund"]), 0) + fen
            by_category[(row["project"], row["category"])] = by_category.get((row["project"], row["category"]), 0) + fen
            by_office[(row["project"], office)] = by_office.get((row["project"], office), 0) + fen
        for number, row in read_csv(folder, f"offices/{office}/values.csv", ["indicator", "period", "value", "label", "note"]):
            value_rows += 1
            where = f"offices/{office}/values.csv:{number}"
            if row["indicator"] not in indicators:
                fail(f"{where}: unknown indicator {row['indicator']!r}")
                continue
            pcode, ind = indicators[row["indicator"]]
            try:
                key = period_key(row["period"], year)
            except ValueError as error:
                fail(f"{where}: {error}")
                continue
            if ind.get("direction") == "qualitative":
                text = row["value"].strip()
                if not text.split(" ")[0] in GRADES:
                    fail(f"{where}: {text!r} is not a grade ({'/'.join(GRADES)})")
                value = text
            else:
                try:
                    value = Fraction(Decimal(row["value"].strip()))
                except InvalidOperation:
                    fail(f"{where}: value {row['value']!r} is not a number")
                    continue
            values.setdefault(row["indicator"], []).append((office, key, row["label"].strip(), value))
        for pcode, project in projects.items():
            if office not in (project.get("offices") or offices):
                continue
            for section in SECTIONS:
                path = os.path.join(base, "notes", f"{pcode}.{section}.txt")
                if not os.path.isfile(path):
                    fail(f"offices/{office}/notes/{pcode}.{section}.txt is missing")
                    continue
                note_files += 1
                with open(path, encoding="utf-8") as f:
                    if not f.read().strip():
                        fail(f"offices/{office}/notes/{pcode}.{section}.txt is empty")

    # completeness: every reporter × expected period, nothing outside them, nothing for formulas
    expected_triples = 0
    for code, (pcode, ind) in indicators.items():
        rows = values.get(code, [])
        if ind.get("aggregate") == "formula":
            if rows:
                fail(f"indicator {code}: is a formula, yet offices reported {len(rows)} values")
            continue
        reporters = ind.get("reporters") or projects[pcode].get("offices") or list(offices)
        periods = expected_periods(ind.get("frequency", "year"), year)
        seen = {(o, k) for o, k, _, _ in rows}
        for o in reporters:
            for k, text in periods.items():
                expected_triples += 1
                if (o, k) not in seen:
                    fail(f"indicator {code}: office {o} has no value for {text}")
        for o, k, _, _ in rows:
            if o not in reporters:
                fail(f"indicator {code}: office {o} reported but is not a reporter")
            if k not in periods:
                fail(f"indicator {code}: office {o} reported a period outside its {ind.get('frequency', 'year')} frequency")

    # aggregation
    def combine(rule, rows):
        if not rows:
            return None
        if rule == "latest":
            # Docs/Scoring.md: for each office (and label) the value of its own latest period; these are added up.
            last = {}
            for o, k, l, _ in rows:
                last[(o, l)] = max(last.get((o, l), period_order(k)), period_order(k))
            chosen = [v for o, k, l, v in rows if period_order(k) == last[(o, l)]]
            if all(isinstance(v, str) for v in chosen):
                return chosen[-1]
            return sum(chosen, Fraction(0))
        numbers = [v for _, _, _, v in rows]
        if rule == "sum":
            return sum(numbers, Fraction(0))
        if rule == "mean":
            return sum(numbers, Fraction(0)) / len(numbers)
        if rule == "min":
            return min(numbers)
        if rule == "max":
            return max(numbers)
        raise ValueError(rule)

    actuals = {}

    computing = set()

    def actual(code):
        if code in actuals:
            return actuals[code]
        if code not in indicators:
            raise ValueError(f"a formula names {code!r}, which is not an indicator")
        if code in computing:
            raise ValueError(f"indicator {code}: its formula refers to itself")
        _, ind = indicators[code]
        rule = ind.get("aggregate", "sum")
        if rule == "formula":
            computing.add(code)
            try:
                result = evaluate(ind["formula"], actual)
            finally:
                computing.discard(code)
        else:
            result = combine(rule, values.get(code, []))
            if result is None:
                raise ValueError(f"indicator {code} has no values")
        actuals[code] = result
        return result

    def same(got, want, rounding):
        if isinstance(want, str) or isinstance(got, str):
            return got == want
        got_f = float(got)
        if rounding is not None:
            return round(got_f + 1e-12, rounding) == round(float(want), rounding)
        return Fraction(got) == Fraction(Decimal(str(want)))

    report_lines = []
    for pcode, project in projects.items():
        exp = expected["projects"].get(pcode)
        if exp is None:
            fail(f"expected.json: project {pcode} is missing")
            continue
        lines = [f"{pcode} {project['name']}"]
        total_spent = total_initial = total_adjusted = 0
        for fund in project["funds"]:
            fcode = fund["code"]
            got = spent.get((pcode, fcode), 0)
            total_spent += got
            total_initial += fund.get("_initial", 0)
            total_adjusted += fund.get("_adjusted", 0)
            want = exp["funds"].get(fcode, {})
            for key, value in (("spentFen", got), ("initialBudgetFen", fund.get("_initial")),
                               ("adjustedBudgetFen", fund.get("_adjusted")),
                               ("balanceFen", fund.get("_adjusted", 0) - got)):
                if key in want and want[key] != value:
                    fail(f"{pcode} fund {fcode}: {key} is {value}, expected {want[key]}")
            lines.append(f"  fund {fcode}: budget {wan(fund.get('_adjusted', 0))}, spent {got / 100:,.2f} 元 = "
                         f"{wan(got)}, balance {wan(fund.get('_adjusted', 0) - got)}")
        want = exp.get("total", {})
        for key, value in (("spentFen", total_spent), ("initialBudgetFen", total_initial),
                           ("adjustedBudgetFen", total_adjusted), ("balanceFen", total_adjusted - total_spent)):
            if key in want and want[key] != value:
                fail(f"{pcode} total: {key} is {value}, expected {want[key]}")
        if "spentWan" in want and want["spentWan"] != wan(total_spent):
            fail(f"{pcode} total: spent {wan(total_spent)}, expected {want['spentWan']}")
        lines.append(f"  total: spent {total_spent / 100:,.2f} 元 = {wan(total_spent)} of {wan(total_adjusted)}")
        for key, table in (("byCategoryFen", by_category), ("byOfficeFen", by_office)):
            for name, fen in exp.get(key, {}).items():
                if table.get((pcode, name), 0) != fen:
                    fail(f"{pcode} {key} {name}: {table.get((pcode, name), 0)}, expected {fen}")
            listed = {n for (p, n) in table if p == pcode}
            if exp.get(key) is not None and listed - set(exp[key]):
                fail(f"{pcode} {key}: spending under {sorted(listed - set(exp[key]))} not listed in expected.json")
        checked = 0
        for ind in project["indicators"]:
            code = ind["code"]
            want = exp["indicators"].get(code)
            if want is None:
                fail(f"expected.json: indicator {code} is missing")
                continue
            try:
                got = actual(code)
            except ValueError as error:
                fail(str(error))
                continue
            rounding = want.get("round")
            if not same(got, want["actual"], rounding):
                fail(f"indicator {code}: combined actual {number_text(got) if not isinstance(got, str) else got}, "
                     f"expected {want['actual']}")
            for label, label_want in (want.get("labels") or {}).items():
                rows = [r for r in values.get(code, []) if r[2] == label]
                label_got = combine(ind.get("aggregate", "sum"), rows)
                if label_got is None or not same(label_got, label_want, rounding):
                    fail(f"indicator {code} label {label}: {label_got}, expected {label_want}")
            labels_seen = {r[2] for r in values.get(code, []) if r[2]}
            if labels_seen - set(want.get("labels") or {}):
                fail(f"indicator {code}: labels {sorted(labels_seen - set(want.get('labels') or {}))} not in expected.json")
            checked += 1
        lines.append(f"  indicators: {checked} combined actuals match expected.json; weights add up to "
                     f"{project['_weight'].normalize():f} (+10 budget execution)")
        report_lines.extend(lines)
    for pcode in expected["projects"]:
        if pcode not in projects:
            fail(f"expected.json: project {pcode} is not in the plan")

    print(f"example: {folder}")
    print(f"offices: {len(offices)}; rows: {expense_rows} expenditures, {value_rows} indicator values, "
          f"{note_files} narratives; {expected_triples} expected (office, indicator, period) values")
    for line in report_lines:
        print(line)
    if failures:
        print(f"FAILED: {len(failures)} problem(s)", file=sys.stderr)
        for message in failures:
            print(f"  - {message}", file=sys.stderr)
        return 1
    print("OK: the example consolidates to expected.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
