extension Catalogue {
    /// The details of refusals and errors: import checks, plan decoding, storage, spreadsheets, the wire protocol's
    /// refusals a person meets (`import.…`, `plan.…`, `storage.…`, `sheet.…`, `wire.…`).
    static let errors: [String: Entry] = [
        // Street: import files and their checks.
        "import.old-xls": Entry(
            zh: "这是旧版 Excel 97–2003 工作簿（.xls）；请另存为 .xlsx（Excel 工作簿）或 CSV UTF-8",
            en: "the file is an old Excel 97–2003 workbook (.xls); save it as .xlsx (Excel 工作簿) or as CSV UTF-8"
        ),
        "import.not-xlsx": Entry(
            zh: "这个文件不是 .xlsx 工作簿（不是 zip 压缩包，或已被截断）",
            en: "the file is not an .xlsx workbook (not a zip archive, or a truncated one)"
        ),
        "import.sheet-on-csv": Entry(
            zh: "--sheet 只用于 .xlsx 工作簿；这个文件是 CSV 文本",
            en: "--sheet is for .xlsx workbooks; this file is CSV text"
        ),
        "import.refused": Entry(
            zh: "导入被拒绝；没有保存任何数据",
            en: "import refused; nothing was stored"
        ),
        "import.refused-rows": Entry(
            zh: "导入被拒绝：{n} 行有误（共 {total} 行）；没有保存任何数据",
            en: "import refused: {n} rows are wrong (of {total}); nothing was stored",
            enOne: "import refused: 1 row is wrong (of {total}); nothing was stored"
        ),
        "import.noun.file": Entry(zh: "该文件", en: "the file"),
        "import.noun.sheet": Entry(zh: "工作表 {sheet}", en: "sheet {sheet}"),
        "import.noun.first-line": Entry(zh: "第一行", en: "the first line"),
        "import.noun.first-row": Entry(zh: "其第一行", en: "its first row"),
        "import.empty": Entry(
            zh: "{what}是空的；{header}应写明各列：{columns}",
            en: "{what} is empty; {header} must name the columns: {columns}"
        ),
        "import.no-rows": Entry(
            zh: "{what}只有表头，没有数据行",
            en: "{what} has a header but no rows"
        ),
        "import.ignored-column": Entry(zh: "“{column}”列", en: "the {column} column"),
        "import.ignored-total": Entry(zh: "合计行（{place}）", en: "the total row ({place})"),
        "import.no-voucher-warning": Entry(
            zh: "警告：{total} 笔支出中有 {n} 笔没有凭证号：再次导入它们（本文件或其他文件中的相同行）会重复计算",
            en:
                "warning: {n} of {total} expenditures have no voucher number: importing them again (this file or the same rows in another) would count them twice",
            enOne:
                "warning: 1 of {total} expenditures has no voucher number: importing it again (this file or the same rows in another) would count it twice"
        ),
        "import.imported-as": Entry(zh: "（当时名为 {name}）", en: " (as {name})"),
        "import.already-imported": Entry(
            zh: "{name}{as}已于 {when} 导入过（{rows}）：{consequence}；没有保存任何数据。如确需再次导入，请加 --again",
            en:
                "{name} was imported already{as} on {when}, {rows}: {consequence}; nothing was stored. Give --again to import it anyway"
        ),
        "import.again-expenses": Entry(
            zh: "再次导入会重复计算其中的支出",
            en: "importing it again would count its expenditures twice"
        ),
        "import.again-values": Entry(
            zh: "再次导入会用其中的数值覆盖之后所做的更正",
            en: "importing it again would put its values back over any correction made since"
        ),
        "import.id-not-ours": Entry(
            zh: "id“{id}”不是 Jixiao 生成的 id；新增支出请留空",
            en: "id \"{id}\" is not an id Jixiao wrote; leave it empty for a new expenditure"
        ),
        "import.id-twice": Entry(
            zh: "id {id} 已出现在{place}",
            en: "id {id} is already on {place}"
        ),
        "import.value-twice": Entry(
            zh: "指标 {indicator} 的 {period}{labelled} 数值已出现在{place}",
            en: "indicator {indicator} for {period}{labelled} is already on {place}"
        ),
        "import.unknown-column": Entry(
            zh: "未知的列“{title}”；可用的列：{columns}",
            en: "unknown column \"{title}\"; the columns are {columns}"
        ),
        "import.column-twice": Entry(
            zh: "{column} 列出现了两次（第 {first} 列和第 {second} 列）",
            en: "column {column} appears twice (columns {first} and {second})"
        ),
        "import.too-many-fields": Entry(
            zh: "有 {fields} 个字段，但表头只有 {width} 列（像 1,234.56 这样的金额须加引号，Excel 导出时就是这样）",
            en:
                "{fields} fields but the header has {width} columns (an amount like 1,234.56 must be in quotes, as Excel writes it)"
        ),
        "import.unnamed-column": Entry(
            zh: "第 {n} 列没有表头，却填有“{text}”",
            en: "column {n} has no header but holds \"{text}\""
        ),
        "import.columns-expected": Entry(
            zh: "{chinese}（或 {english}）",
            en: "{english} (or {chinese})"
        ),
        "input.period-invalid": Entry(
            zh: "期间“{text}”无效",
            en: "period \"{text}\" is not valid"
        ),
        "input.period-outside-year": Entry(
            zh: "期间“{text}”不在 {year} 年内，而项目 {project} 属于 {year} 年（指标 {indicator}）",
            en: "period \"{text}\" is not in {year}, the year of project {project} (indicator {indicator})"
        ),
        "input.unit": Entry(zh: "（单位：{unit}）", en: " (unit {unit})"),
        "input.value-not-number": Entry(
            zh: "指标 {indicator} 的数值“{text}”不是数字{unit}；它是定量指标",
            en: "value \"{text}\" of indicator {indicator} is not a number{unit}; it is a quantitative indicator"
        ),
        "input.voucher-twice": Entry(
            zh: "凭证号“{voucher}”在项目 {project} 中已被 {owner} 使用（如两笔都属实，请加 --allow-duplicate-voucher）",
            en:
                "voucher \"{voucher}\" is already used in project {project} by {owner} (use --allow-duplicate-voucher if both are real)"
        ),
        "noun.expenditure-id": Entry(zh: "支出 {id}", en: "expenditure {id}"),
        "noun.standard-input": Entry(zh: "标准输入", en: "standard input"),
        "street.expense.id-ambiguous": Entry(
            zh: "id“{id}”对应多笔支出：请多写几位",
            en: "id \"{id}\" matches several expenditures: give more of it"
        ),
        "file.workbook-not-written": Entry(
            zh: "无法写出工作簿：{reason}",
            en: "the workbook could not be written: {reason}"
        ),
        "file.missing-hint": Entry(
            zh: "请先创建，或给出已有数据库的路径",
            en: "create it first, or give the path of an existing one"
        ),
        "street.no-plan-of-year": Entry(
            zh: "区里没有 {year} 年的计划；已有的计划：{years}",
            en: "the district has no plan of {year}; its plans: {years}"
        ),
        "street.value.labelled": Entry(zh: "（标注“{label}”）", en: " labelled \"{label}\""),
        "street.value.not-found": Entry(
            zh: "没有 {code} 在 {period}{labelled} 的数值（见 street value list）",
            en: "there is no value of {code} for {period}{labelled} (see street value list)"
        ),
        "project.not-in-year": Entry(
            zh: "项目 {code} 不在 {year} 年的计划中；它在 {years} 年的计划中",
            en: "project {code} is not in the plan of {year}; it is in {years}"
        ),
        "project.several-years": Entry(
            zh: "项目 {code} 在多个年度的计划中（{years}）：请指明年度",
            en: "project {code} is in the plans of several years ({years}): name the year"
        ),
        "street.todo.no-year": Entry(
            zh: "没有收到 {year} 年的项目（已收到的年度：{years}）",
            en: "no projects of {year} were received (years received: {years})"
        ),
        "street.status.last-ok": Entry(
            zh: "成功：上传 {pushed} 行，下载 {pulled} 行",
            en: "ok: pushed {pushed}, pulled {pulled}"
        ),
        "street.config.other-office": Entry(
            zh: "{file} 是单位 {enrolled} 的注册文件，但这个数据库属于 {office}",
            en: "{file} is the enrolment of office {enrolled}, but this database belongs to {office}"
        ),
        "street.secret.invalid": Entry(
            zh: "{source} 中没有单位密钥：应为区里给出的 64 位十六进制数字",
            en: "{source} does not hold an office secret: 64 hexadecimal digits, as the district gave them"
        ),
        "street.note.list.year": Entry(zh: "只列出这一年度的文字说明。", en: "Only this year's narratives."),
        "street.template-options.year": Entry(
            zh: "只含这一年度的计划（默认：所有年度）。",
            en: "Only this year's plan (default: every year's)."
        ),
        // Codes.
        "noun.office-code": Entry(zh: "单位代码", en: "office code"),
        "noun.project-code": Entry(zh: "项目代码", en: "project code"),
        "noun.indicator-code": Entry(zh: "指标代码", en: "indicator code"),
        "noun.reporter-code": Entry(zh: "填报单位代码", en: "reporter office code"),
        "noun.code": Entry(zh: "代码", en: "code"),
        "model.not-a-code": Entry(
            zh: "{what}“{text}”不是有效代码：请用 1–40 个字母、数字、“_”、“-”或“.”，并以字母或数字开头",
            en:
                "{what} \"{text}\" is not a code: use 1–40 letters, digits, '_', '-' or '.', starting with a letter or digit"
        ),
        // Models: values and formulas.
        "model.fingerprint-length": Entry(
            zh: "证书指纹应为 32 字节，而不是 {n} 字节",
            en: "a certificate fingerprint is 32 bytes, not {n}"
        ),
        "model.fingerprint-prefix": Entry(
            zh: "证书指纹以“sha256:”开头（收到的是“{text}”）",
            en: "a certificate fingerprint starts with \"sha256:\" (got \"{text}\")"
        ),
        "model.fingerprint-digits": Entry(
            zh: "证书指纹在“sha256:”之后有 64 位十六进制数字",
            en: "a certificate fingerprint has 64 hexadecimal digits after \"sha256:\""
        ),
        "model.fingerprint-hex": Entry(
            zh: "证书指纹在“sha256:”之后只能是十六进制数字",
            en: "a certificate fingerprint has only hexadecimal digits after \"sha256:\""
        ),
        "model.secret-length": Entry(
            zh: "单位密钥应为 32 字节，而不是 {n} 字节",
            en: "an office secret has 32 bytes, not {n}"
        ),
        "model.direction-invalid": Entry(
            zh: "方向“{text}”无效：可用 higher（正向）、lower（反向）、equal（等于）、qualitative（定性）",
            en: "direction \"{text}\" is not one of: higher (正向), lower (反向), equal, qualitative (定性)"
        ),
        "model.aggregate-invalid": Entry(
            zh: "汇总方式“{text}”无效：可用 sum、mean、min、max、latest、formula",
            en: "aggregate \"{text}\" is not one of: sum, mean, min, max, latest, formula"
        ),
        "model.frequency-invalid": Entry(
            zh: "填报频率“{text}”无效：可用 year、quarter、month",
            en: "frequency \"{text}\" is not one of: year, quarter, month"
        ),
        "model.formula-invalid": Entry(
            zh: "公式“{formula}”无效：{reason}",
            en: "formula \"{formula}\" is not valid: {reason}"
        ),
        "model.period-kind": Entry(
            zh: "期间 {period} 按{kind}计，但计划中指标 {indicator} 按{frequency}填报（{examples}）",
            en:
                "period {period} is a {kind}, but indicator {indicator} is reported by {frequency} in the plan ({examples})"
        ),
        "model.grade-band": Entry(
            zh: "指标 {indicator} 的数值“{text}”：{grade} 对应分值的 {low}–{high}%",
            en: "value \"{text}\" of indicator {indicator}: {grade} takes {low}–{high}% of the weight"
        ),
        "model.not-a-grade": Entry(
            zh: "指标 {indicator} 的数值“{text}”不是等级：请用 {grades} 之一，可在该等级的区间内加百分比（达成 95%）",
            en:
                "value \"{text}\" of indicator {indicator} is not a grade: use one of {grades}, optionally with a percentage inside the grade's band (达成 95%)"
        ),
        "model.not-whole": Entry(
            zh: "指标 {indicator} 的数值 {value} 不是整数：{unit}按个数计",
            en: "value {value} of indicator {indicator} is not a whole number: {unit} are counted"
        ),
        "model.noun.count": Entry(zh: "个数（{unit}）", en: "a count ({unit})"),
        "model.noun.percentage": Entry(zh: "百分比", en: "a percentage"),
        "model.negative": Entry(
            zh: "指标 {indicator} 的数值 {value} 为负数：{what}不会小于 0",
            en: "value {value} of indicator {indicator} is negative: {what} is never below 0"
        ),
        "model.formula-indicator": Entry(
            zh: "指标 {indicator} 由公式（{formula}）计算：各单位不填报它的数值",
            en: "indicator {indicator} is computed by its formula ({formula}): offices report no value for it"
        ),
        "formula.empty": Entry(zh: "公式为空", en: "the formula is empty"),
        "formula.unexpected": Entry(
            zh: "第 {position} 个字符处出现意外的{token}",
            en: "unexpected {token} at character {position}"
        ),
        "formula.ends-early": Entry(
            zh: "公式在应有数字、代码或“(”的地方结束了",
            en: "the formula ends where a number, a code or \"(\" was expected"
        ),
        "formula.too-deep": Entry(
            zh: "公式在第 {position} 个字符处嵌套超过 {depth} 层",
            en: "the formula nests more than {depth} levels deep at character {position}"
        ),
        "formula.unclosed": Entry(
            zh: "第 {position} 个字符处的“(”没有闭合",
            en: "\"(\" at character {position} is never closed"
        ),
        "formula.unexpected-operand": Entry(
            zh: "第 {position} 个字符处出现意外的{token}，这里应为数字、代码或“(”",
            en: "unexpected {token} at character {position} where a number, a code or \"(\" was expected"
        ),
        "formula.token.number": Entry(zh: "数字 {number}", en: "number {number}"),
        "formula.token.code": Entry(zh: "代码“{code}”", en: "code \"{code}\""),
        "formula.not-number": Entry(
            zh: "第 {position} 个字符处的“{text}”不是数字",
            en: "\"{text}\" at character {position} is not a number"
        ),
        "formula.code-start": Entry(
            zh: "第 {position} 个字符处的“{text}”：代码必须以字母开头",
            en: "\"{text}\" at character {position}: a code must start with a letter"
        ),
        "formula.unexpected-character": Entry(
            zh: "第 {position} 个字符处出现意外的“{character}”；请只用数字、指标代码、+ - * / 和括号",
            en:
                "unexpected \"{character}\" at character {position}; use numbers, indicator codes, + - * / and parentheses"
        ),
        // Console: CSV and text files.
        "csv.after-quote": Entry(
            zh: "右引号后还有文字；带引号的字段必须在逗号或行尾结束（引号内的引号写作 \"\"）",
            en:
                "text after a closing quote; a quoted field must end at a comma or the end of the line (write a quote inside quotes as \"\")"
        ),
        "csv.unclosed-quote": Entry(
            zh: "带引号的字段从这里开始却没有结束（缺少一个 \"）",
            en: "a quoted field starts here and is never closed (a missing \")"
        ),
        "csv.bad-bom": Entry(
            zh: "该文件以 UTF-8 字节顺序标记开头，却不是 UTF-8 文本；请重新另存为 CSV UTF-8",
            en: "the file starts with a UTF-8 byte order mark but is not UTF-8 text; save it again as CSV UTF-8"
        ),
        "csv.utf16": Entry(
            zh: "该文件是 UTF-16（Excel 的“Unicode 文本”）；请另存为“CSV UTF-8 (逗号分隔)”或“CSV (逗号分隔)”",
            en: "the file is UTF-16 (Excel's \"Unicode text\"); save it as \"CSV UTF-8 (逗号分隔)\" or \"CSV (逗号分隔)\""
        ),
        "csv.unknown-encoding": Entry(
            zh: "该文件既不是 UTF-8 也不是 GB18030/GBK 文本；请在 Excel 中另存为“CSV UTF-8 (逗号分隔)”",
            en: "the file is neither UTF-8 nor GB18030/GBK text; save it from Excel as \"CSV UTF-8 (逗号分隔)\""
        ),
        // District: the plan (JSON and workbook). A message about a field starts with the field's JSON key, so
        // the workbook reader can name the cell.
        "plan.problems": Entry(
            zh: "计划有 {n} 处问题；没有导入任何内容",
            en: "the plan has {n} problems; nothing was imported",
            enOne: "the plan has 1 problem; nothing was imported"
        ),
        "plan.code-twice": Entry(
            zh: "代码“{code}”在本项目中用了两次（另见 {kind}[{first}]）；同一项目内代码不能重复",
            en:
                "code \"{code}\" is used twice in this project (also {kind}[{first}]); codes must be unique within a project"
        ),
        "plan.not-one-of": Entry(
            zh: "{key} “{text}”不在以下范围内：{list}",
            en: "{key} \"{text}\" is not one of: {list}"
        ),
        "plan.reporter-not-office": Entry(
            zh: "填报单位“{reporter}”不是本项目的单位；请把它加入项目的“offices”",
            en: "reporter \"{reporter}\" is not among the project's offices; add it to the project's \"offices\""
        ),
        "plan.formula-self": Entry(
            zh: "公式“{formula}”引用了指标自身",
            en: "formula \"{formula}\" names the indicator itself"
        ),
        "plan.formula-other-project": Entry(
            zh: "公式“{formula}”引用了 {code}，它是项目 {owner} 的指标；公式只能使用本项目的指标",
            en:
                "formula \"{formula}\" names {code}, an indicator of project {owner}; a formula may only use indicators of its own project"
        ),
        "plan.formula-unknown": Entry(
            zh: "公式“{formula}”引用了 {code}，但本计划中没有这个指标",
            en: "formula \"{formula}\" names {code}, which is not an indicator of this plan"
        ),
        "plan.formula-cycle": Entry(
            zh: "公式之间循环引用：{cycle}",
            en: "formulas depend on each other in a circle: {cycle}"
        ),
        "plan.format-unsupported": Entry(
            zh: "format “{format}”不受支持；本版本读取“{expected}”",
            en: "format \"{format}\" is not supported; this version reads \"{expected}\""
        ),
        "plan.format-missing": Entry(
            zh: "format 缺失；第一个字段应为 \"format\": \"{expected}\"",
            en: "format is missing; the first field should be \"format\": \"{expected}\""
        ),
        "plan.format-type": Entry(
            zh: "format 必须是文本“{expected}”，实际为{type}",
            en: "format must be the text \"{expected}\", found {type}"
        ),
        "plan.no-projects": Entry(
            zh: "projects 为空：计划至少要有一个项目",
            en: "projects is empty: a plan needs at least one project"
        ),
        "plan.not-a-year": Entry(
            zh: "{key} {number} 不是年度（应形如 2021）",
            en: "{key} {number} is not a year like 2021"
        ),
        "plan.other-year": Entry(
            zh: "year {year} 与计划的年度 {plan} 不同；一份计划只含一个年度",
            en: "year {year} differs from the plan's year {plan}; a plan holds one year"
        ),
        "plan.no-funds": Entry(
            zh: "funds 为空：项目至少要有一个资金来源",
            en: "funds is empty: a project needs at least one fund"
        ),
        "plan.no-categories": Entry(
            zh: "categories 为空：项目至少要有一个支出类别",
            en: "categories is empty: a project needs at least one spending category"
        ),
        "plan.weight-negative": Entry(
            zh: "weight {weight} 为负数；分值必须大于或等于 0",
            en: "weight {weight} is negative; it must be 0 or more"
        ),
        "plan.weight-decimals": Entry(
            zh: "weight {weight} 的小数超过两位",
            en: "weight {weight} has more than two decimals"
        ),
        "plan.formula-not-aggregate": Entry(
            zh: "formula 已填写，但 aggregate 是“{aggregate}”；请设为 \"aggregate\": \"formula\"",
            en: "formula is given but aggregate is \"{aggregate}\"; set \"aggregate\": \"formula\""
        ),
        "plan.field-missing": Entry(zh: "{key} 缺失", en: "{key} is missing"),
        "plan.field-empty": Entry(zh: "{key} 为空", en: "{key} is empty"),
        "plan.target-missing": Entry(
            zh: "target 缺失（年度指标值：数字；定性指标可填文字）",
            en: "target is missing (年度指标值: a number, or text for a qualitative indicator)"
        ),
        "plan.target-not-number": Entry(
            zh: "target “{text}”不是数字；{direction} 指标需要数字目标值（文字目标值请用 direction \"qualitative\"）",
            en:
                "target \"{text}\" is not a number; a {direction} indicator needs a numeric target (use direction \"qualitative\" for a text target)"
        ),
        "plan.target-type": Entry(
            zh: "target 必须是数字或文本，实际为{type}",
            en: "target must be a number or text, found {type}"
        ),
        "plan.not-object": Entry(zh: "这里应为对象，实际为{type}", en: "expected an object, found {type}"),
        "plan.unknown-field": Entry(
            zh: "未知字段“{key}”（可用字段：{allowed}）",
            en: "unknown field \"{key}\" (allowed: {allowed})"
        ),
        "plan.not-text": Entry(zh: "{key} 必须是文本，实际为{type}", en: "{key} must be text, found {type}"),
        "plan.not-text-list": Entry(
            zh: "{key} 必须是文本列表，实际为{type}",
            en: "{key} must be a list of text, found {type}"
        ),
        "plan.not-list": Entry(zh: "{key} 必须是列表，实际为{type}", en: "{key} must be a list, found {type}"),
        "plan.not-number": Entry(zh: "{key} “{text}”不是数字", en: "{key} \"{text}\" is not a number"),
        "plan.number-type": Entry(zh: "{key} 必须是数字，实际为{type}", en: "{key} must be a number, found {type}"),
        "plan.money-negative": Entry(zh: "{key} “{text}”为负数", en: "{key} \"{text}\" is negative"),
        "plan.not-money": Entry(
            zh: "{key} 不是金额：{reason}；请写元（\"500000\"、\"1,234.56\"）或万元（\"1277.6万\"）",
            en: "{key} is not money: {reason}; write 元 (\"500000\", \"1,234.56\") or 万元 (\"1277.6万\")"
        ),
        "plan.money-number": Entry(
            zh: "{key} 是 JSON 数字（{number}）；预算请写成带引号的文本，如元写 \"{number}\"、万元写 \"{number}万\"",
            en:
                "{key} is a JSON number ({number}); write budgets as quoted text, e.g. \"{number}\" for 元 or \"{number}万\" for 万元"
        ),
        "plan.money-type": Entry(
            zh: "{key} 必须是带引号的金额文本（如 \"1277.6万\"），实际为{type}",
            en: "{key} must be quoted money text like \"1277.6万\", found {type}"
        ),
        "plan.not-json": Entry(zh: "该文件不是有效的 JSON：{detail}", en: "the file is not valid JSON: {detail}"),
        "plan.json-where": Entry(
            zh: "第 {line} 行第 {column} 列附近（{what}）",
            en: "{what} line {line}, column {column}"
        ),
        "plan.not-json-document": Entry(zh: "数据不是 JSON 文档", en: "the data is not a JSON document"),
        "plan.type.bool": Entry(zh: "布尔值", en: "a boolean"),
        "plan.type.number": Entry(zh: "数字", en: "a number"),
        "plan.type.text": Entry(zh: "文本", en: "text"),
        "plan.type.list": Entry(zh: "列表", en: "a list"),
        "plan.type.object": Entry(zh: "对象", en: "an object"),
        "plan.workbook-unreadable": Entry(
            zh: "无法读取计划工作簿：{reason}",
            en: "the plan workbook cannot be read: {reason}"
        ),
        "plan.workbook-no-sheet": Entry(
            zh: "工作簿中没有名为 {sheet} 的工作表（现有工作表：{sheets}）；请从 `district plan template` 开始",
            en: "the workbook has no sheet named {sheet} (its sheets are {sheets}); start from `district plan template`"
        ),
        "plan.workbook-no-projects": Entry(
            zh: "该工作表没有项目：计划至少要有一个项目（表头下每行一个项目）",
            en: "the sheet has no projects: a plan needs at least one (one row per project below the header)"
        ),
        "plan.workbook-sheet-unreadable": Entry(
            zh: "无法读取计划工作簿的工作表 {sheet}：{reason}",
            en: "sheet {sheet} of the plan workbook cannot be read: {reason}"
        ),
        "plan.workbook-no-header": Entry(
            zh: "没有表头行：工作表开头几行须写明各列（{columns}）",
            en: "no header row: the sheet's first rows must name the columns ({columns})"
        ),
        "plan.workbook-unknown-column": Entry(
            zh: "未知的列“{title}”（可用的列：{columns}）",
            en: "unknown column \"{title}\" (columns: {columns})"
        ),
        "plan.workbook-column-twice": Entry(zh: "{column} 列出现了两次", en: "column {column} is twice"),
        "plan.workbook-total-ignored": Entry(
            zh: "{cell}：“{word}”行已忽略（合计不属于计划）",
            en: "{cell}: the {word} row is ignored (totals are not part of the plan)"
        ),
        "plan.kept-detail": Entry(
            zh: "文件中没有，但已保留：各单位有 {n} 行数据用到它",
            en: "not in the file, kept: offices have {n} rows naming it",
            enOne: "not in the file, kept: offices have 1 row naming it"
        ),
        "plan.kept-warning": Entry(
            zh: "{kind} {key} 不在文件中，但各单位有 {n} 行数据用到它：已保留",
            en: "{kind} {key} is not in the file but offices have {n} rows naming it: kept",
            enOne: "{kind} {key} is not in the file but offices have 1 row naming it: kept"
        ),
        "plan.workbook-row-no-project": Entry(
            zh: "项目代码为空：请填写这一行所属的项目",
            en: "项目代码 is empty: name the project of this row"
        ),
        "plan.workbook-row-unknown-project": Entry(
            zh: "项目代码“{project}”不是工作表 {sheet} 中的项目",
            en: "项目代码 \"{project}\" is not a project of sheet {sheet}"
        ),
        "plan.workbook-direction-disagrees": Entry(
            zh: "指标值“{target}”表示{sign}，但方向填的是{written}；请使两者一致",
            en: "指标值 \"{target}\" says {sign} but 方向 is {written}; make them agree"
        ),
        "plan.level2-not-under": Entry(
            zh: "二级指标“{level2}”不是一级指标 {level1} 下的标准二级指标（{allowed}）",
            en: "level2 \"{level2}\" is not one of the standard 二级指标 under {level1} ({allowed})"
        ),
        // Reports.
        "list.semicolon": Entry(zh: "；", en: "; "),
        "report.final.not-synced": Entry(
            zh: "{total} 个单位中有 {n} 个尚未同步（{names}）",
            en: "{n} of {total} offices have not synced ({names})"
        ),
        "report.final.missing-values": Entry(
            zh: "缺少 {n} 个应填数值",
            en: "{n} expected values are missing",
            enOne: "1 expected value is missing"
        ),
        "report.final.refused": Entry(
            zh: "报告 {project} 还不能定稿：{parts}——见报告的数据说明，或去掉 --final 生成草稿",
            en: "report {project} is not final: {parts} — see its 数据说明, or leave out --final for a draft"
        ),
        "report.json-failed": Entry(
            zh: "无法把 {project} 的报告写成 JSON",
            en: "the report for {project} could not be written as JSON"
        ),
        "report.project-not-in-database": Entry(
            zh: "区级数据库中没有项目“{code}”；请先导入计划（district plan import）",
            en: "project \"{code}\" is not in the district database; import the plan first (district plan import)"
        ),
        "report.project-other-years": Entry(
            zh: "项目“{code}”不在 {year} 年的计划中；它在 {years} 年的计划中",
            en: "project \"{code}\" is not in the plan of {year}; it is in the plan of {years}"
        ),
        "report.name-the-year": Entry(zh: "请指明年度", en: "name the year"),
        "report.several-years": Entry(
            zh: "项目 {code} 在多个年度的计划中（{years}）：{hint}",
            en: "project {code} is in the plans of several years ({years}): {hint}"
        ),
        "report.binary-format": Entry(
            zh: "--format {format} 是二进制格式：请用 --out 文件 写出",
            en: "--format {format} is binary: write it with --out FILE"
        ),
        "settings.meaning.filler": Entry(
            zh: "填报单位（表上盖章的单位）",
            en: "填报单位 (the unit whose seal goes on the form)"
        ),
        "settings.meaning.date": Entry(
            zh: "填报日期，如 2022年1月10日（默认：生成报告的当天）",
            en: "填报日期, e.g. 2022年1月10日 (default: the day the report is written)"
        ),
        "settings.meaning.department": Entry(
            zh: "主管部门（默认：计划中项目的主管部门）",
            en: "主管部门 (default: the plan's project department)"
        ),
        "settings.meaning.implementer": Entry(
            zh: "实施单位（默认：计划中项目的实施单位）",
            en: "实施单位 (default: the plan's project implementer)"
        ),
        "district.plan.copy.abstract": Entry(
            zh: "以某年度的计划为底稿开始下一年度的计划：代码、目标值和分值不变。",
            en: "Start next year's plan from a year's plan: the same codes, targets and weights."
        ),
        "district.plan.copy.discussion": Entry(
            zh: """
                把 --from 年度的计划写成 --to 年度的计划，格式与导入相同：jixiao-plan/1 JSON 写到标准输出或 --out，\
                --out 以 .xlsx 结尾时写成计划工作簿。代码在同一年度内唯一，所以所有代码都保留（项目以代码和年度区分）；\
                目标值、分值、方向、汇总方式、公式、填报单位和填报频率都保留；预算保留，或用 --empty-budgets 设为 0；\
                名称和目标中的年份（2021年）改为新年度。不写入数据库：修改文件后再用 `district plan import` 导入。
                示例：district plan copy --from 2021 --to 2022 --empty-budgets --out plan-2022.xlsx
                """,
            en: """
                Writes the plan of --from as the plan of --to, in the import format: jixiao-plan/1 JSON to stdout or \
                --out, or the plan workbook when --out ends in .xlsx. Codes are unique within a year, so every code \
                is kept (a project is known by its code and year); targets, weights, \
                directions, aggregates, formulas, reporters and frequencies are kept; budgets are kept, or set to 0 \
                with --empty-budgets; a year in the names and the goal (2021年) becomes the new one. Nothing is \
                written to the database: edit the file, then `district plan import` it.
                Example: district plan copy --from 2021 --to 2022 --empty-budgets --out plan-2022.xlsx
                """
        ),
        "district.plan.copy.from": Entry(zh: "被复制计划的年度。", en: "The year whose plan is copied."),
        "district.plan.copy.to": Entry(zh: "新计划的年度。", en: "The year of the new plan."),
        "district.plan.copy.emptyBudgets": Entry(
            zh: "把每个资金来源的预算设为 0，留待填写（默认：保留）。",
            en: "Set every fund's budgets to 0, to be filled in (default: keep them)."
        ),
        "district.plan.copy.out": Entry(
            zh: "写入这个新文件而不是标准输出（以 .xlsx 结尾时为工作簿）；拒绝覆盖。",
            en: "Write to this new file instead of stdout (a workbook when it ends in .xlsx); refuses to overwrite."
        ),
        "district.plan.copy.same-year": Entry(
            zh: "--from 和 --to 是同一年度：请另给一个 --to",
            en: "--from and --to are the same year: give another --to"
        ),
        "district.plan.copy.not-a-year": Entry(
            zh: "--to {to} 不是年度（应形如 2022）",
            en: "--to {to} is not a year like 2022"
        ),
        "district.plan.copy.existing": Entry(
            zh: "注意：{year} 年已有计划（{codes}）；导入 {out} 会修改它",
            en: "note: {year} already has a plan ({codes}); importing {out} updates it"
        ),
        "district.status.period-not-in-year": Entry(
            zh: "期间 {period} 不在 {year} 年内",
            en: "period {period} is not in year {year}"
        ),
        "district.device.none": Entry(
            zh: "单位 {office} 没有设备 {device}；它还没有设备同步过",
            en: "office {office} has no device {device}; none has synced yet"
        ),
        "district.device.unknown": Entry(
            zh: "单位 {office} 没有设备 {device}；它的设备有：{known}",
            en: "office {office} has no device {device}; its devices are {known}"
        ),
        "district.verify.mismatch": Entry(
            zh: "摘要不符：数据与其摘要不一致",
            en: "DIGEST MISMATCH: the rows do not match their digest"
        ),
        "district.verify.never-synced": Entry(zh: "从未同步", en: "never synced"),
        "district.verify.no-agreed-sync": Entry(zh: "有数据，尚无一致的同步", en: "rows held, no agreed sync yet"),
        "district.verify.ok": Entry(zh: "正常", en: "ok"),
        "district.verify.changed": Entry(zh: "上次一致的同步后有变动", en: "changed since the last agreed sync"),
        "district.office.already-enrolled": Entry(
            zh: "单位 {code} 已注册（要给它新的注册文件：district office enrol {code}）",
            en: "office {code} is already enrolled (a new file for it: district office enrol {code})"
        ),
        "district.serve.plaintext-warning": Entry(
            zh: "未加密（--plaintext）：仅用于在本机调试",
            en: "WITHOUT TLS (--plaintext): for debugging on this computer only"
        ),
        "district.serve.tls": Entry(
            zh: "TLS 1.3，使用区里的证书 {pin}",
            en: "TLS 1.3 with the district's certificate {pin}"
        ),
        "district.serve.plaintext-remote": Entry(
            zh: "--plaintext 只用于在一台电脑上调试：请监听 127.0.0.1，或使用 TLS",
            en: "plaintext is only for debugging on one machine: listen on 127.0.0.1, or serve with TLS"
        ),
        "district.tls.cannot-make": Entry(
            zh: "无法生成区里的证书：{reason}",
            en: "cannot make the district's certificate: {reason}"
        ),
        "district.tls.unusable": Entry(
            zh: "区里的 TLS 密钥或证书无法使用：{reason}",
            en: "the district's TLS key or certificate cannot be used: {reason}"
        ),
        "district.tls.none": Entry(zh: "区级数据库中没有 TLS 证书", en: "the district database has no TLS certificate"),
        // The wire: refusals the district sends an office, in the district's language.
        "wire.overloaded": Entry(
            zh: "服务器连接数过多；请稍后再试",
            en: "the server has too many connections; retry later"
        ),
        "wire.session-busy": Entry(
            zh: "单位 {office} 的设备 {device} 已有一个进行中的同步",
            en: "device {device} of office {office} already has a live session"
        ),
        "wire.offices-unreadable": Entry(
            zh: "服务器无法读取单位列表",
            en: "the server cannot read its list of offices"
        ),
        "wire.row-rule": Entry(zh: "有一行不符合规则：{reason}", en: "a row breaks a rule: {reason}"),
        "wire.internal": Entry(zh: "服务器无法完成这次请求", en: "the server could not complete the request"),
        // Storage: rows that cannot be read or written, pushes refused.
        "storage.of-office": Entry(zh: "（单位 {office}）", en: " of office {office}"),
        "storage.invalid-row": Entry(
            zh: "{table} 表的“{key}”行{owner}无法读取：{problem}（该行是在 Jixiao 之外或由更新的版本写入的；请更正或删除它，或恢复备份）",
            en:
                "{table} row \"{key}\"{owner} cannot be read: {problem} (the row was written outside Jixiao or by a newer version; correct or remove it, or restore a backup)"
        ),
        "storage.constraint": Entry(zh: "数据库拒绝了写入：{reason}", en: "refused by the database: {reason}"),
        "storage.sqlite": Entry(zh: "{path} 的数据库出错：{reason}", en: "database error in {path}: {reason}"),
        "storage.setting-not-number": Entry(
            zh: "设置行“{key}”无法读取：“{text}”不是数字（文件在 Jixiao 之外被修改过，或已损坏）",
            en:
                "settings row \"{key}\" cannot be read: \"{text}\" is not a number (the file was edited outside Jixiao or is damaged)"
        ),
        "storage.office-kind": Entry(
            zh: "offices 表的“{code}”行无法读取：类型“{kind}”既不是 street 也不是 department",
            en: "offices row \"{code}\" cannot be read: kind \"{kind}\" is not street or department"
        ),
        "storage.office-secret": Entry(
            zh: "offices 表的“{code}”行无法读取：其密钥已损坏；请用 `district office rotate-secret` 设置新密钥",
            en:
                "offices row \"{code}\" cannot be read: its secret is damaged; set a new one with `district office rotate-secret`"
        ),
        "storage.section-invalid": Entry(
            zh: "栏目“{text}”不是 highlights、problems、measures 之一",
            en: "section \"{text}\" is not one of highlights, problems, measures"
        ),
        "storage.section-unknown": Entry(zh: "栏目“{text}”未知", en: "section \"{text}\" is unknown"),
        "storage.not-a-period": Entry(zh: "期间“{text}”不是有效期间", en: "period \"{text}\" is not a period"),
        "storage.value-neither": Entry(zh: "它既没有数字也没有文字", en: "it carries neither a number nor a text"),
        "storage.value-both": Entry(zh: "它同时有数字和文字", en: "it carries both a number and a text"),
        "storage.push-refused-row": Entry(
            zh: "上传被拒绝：{table} 表的“{key}”行：{problems}",
            en: "push refused: {table} row \"{key}\": {problems}"
        ),
        "storage.push-reference": Entry(
            zh: "上传被拒绝：{table} 表的“{key}”行是只有区里能写的基础数据",
            en: "push refused: {table} row \"{key}\" is reference data that only the district writes"
        ),
        "storage.push-other-office": Entry(
            zh: "上传被拒绝：{table} 表的“{key}”行属于单位 {owner}，不属于 {office}",
            en: "push refused: {table} row \"{key}\" belongs to office {owner}, not {office}"
        ),
        "storage.key-mismatch": Entry(
            zh: "{table} 表的“{key}”行：键与其数值不符",
            en: "{table} row \"{key}\": key does not match its values"
        ),
        "storage.tls-slot": Entry(
            zh: "tls_identity 表有一行的位置“{slot}”未知",
            en: "tls_identity has a row of unknown slot \"{slot}\""
        ),
        "storage.no-staged-certificate": Entry(zh: "没有待启用的证书", en: "no certificate is staged"),
        "storage.no-device": Entry(zh: "单位 {office} 没有设备 {device}", en: "office {office} has no device {device}"),
        "storage.no-office-settings": Entry(
            zh: "{path} 没有单位设置：请重新创建单位数据库",
            en: "{path} has no office settings: create the office database again"
        ),
        "storage.setting-not-fingerprint": Entry(
            zh: "{path}：设置 {key} 不是证书指纹",
            en: "{path}: the setting {key} is not a certificate fingerprint"
        ),
        "storage.not-one-of": Entry(
            zh: "{field}“{text}”不在以下范围内：{list}",
            en: "{field} \"{text}\" is not one of: {list}"
        ),
        "storage.not-code-list": Entry(
            zh: "{column} 列不是代码的 JSON 列表",
            en: "column {column} is not a JSON list of codes"
        ),
        "storage.digest-missing": Entry(
            zh: "摘要行缺失（文件在 Jixiao 之外被修改过，或已损坏）：请恢复备份",
            en: "the digest row is missing (the file was edited outside Jixiao or is damaged): restore a backup"
        ),
        "storage.district-sent-office-table": Entry(
            zh: "区里发来了 {table} 表的数据，而这张表归各单位所有",
            en: "the district sent a row of {table}, which offices own"
        ),
        "storage.district-sent-row": Entry(
            zh: "区里发来了单位 {office} 的 {table}/{key} 行",
            en: "the district sent row {table}/{key} of office {office}"
        ),
        "storage.no-expenditure": Entry(zh: "没有 id 为 {id} 的支出", en: "no expenditure with id {id}"),
        "storage.value-count": Entry(
            zh: "{table} 表的“{key}”行有 {n} 个值，应为 {expected} 个",
            en: "{table} row \"{key}\" has {n} values, expected {expected}"
        ),
        "storage.wrong-type": Entry(
            zh: "{table} 表的“{key}”行：{column} 列的类型不对",
            en: "{table} row \"{key}\": column {column} has the wrong type"
        ),
        // The audit trail's check.
        "audit.trigger-missing": Entry(
            zh: "保证审计记录只增不改的触发器 {name} 缺失",
            en: "the trigger {name} that keeps the trail append-only is missing"
        ),
        "audit.head-missing": Entry(zh: "链头缺失", en: "the head of the chain is missing"),
        "audit.seal-order": Entry(
            zh: "第 {first}–{last} 条记录的封记与前一个封记接不上",
            en: "the seal of entries {first}–{last} does not follow the one before"
        ),
        "audit.entry-missing": Entry(
            zh: "第 {entries} 条记录缺失（已从审计记录中删除）",
            en: "entry {entries} is missing (deleted from the trail)"
        ),
        "audit.entry-order": Entry(zh: "第 {seq} 条记录顺序错乱", en: "entry {seq} is out of order"),
        "audit.entry-unsealed": Entry(zh: "第 {seq} 条记录丢失了封记", en: "entry {seq} lost its seal"),
        "audit.entry-changed": Entry(
            zh: "第 {seq} 条记录在写入后被改动过（其散列值与链不符）",
            en: "entry {seq} was changed after it was recorded (its hash does not follow the chain)"
        ),
        "audit.seal-mismatch": Entry(
            zh: "第 {first}–{last} 条记录的封记与记录不符",
            en: "the seal of entries {first}–{last} does not match them"
        ),
        "audit.truncated": Entry(
            zh: "审计记录止于第 {last} 条，但封记到第 {sealed} 条（被截断）",
            en: "the trail ends at entry {last} but was sealed up to entry {sealed} (truncated)"
        ),
        "audit.head-mismatch": Entry(
            zh: "链头（第 {seq} 条）与最后一个封记不符",
            en: "the head of the chain (entry {seq}) does not match the last seal"
        ),
        // Spreadsheets: .xlsx files that cannot be read.
        "sheet.unreadable": Entry(zh: "无法读取 {path}：{reason}", en: "{path} cannot be read: {reason}"),
        "sheet.too-many-parts": Entry(
            zh: "该文件含有超过 100 000 个部件：它不是工作簿",
            en: "the file holds more than 100 000 parts: it is not a workbook"
        ),
        "sheet.missing-part": Entry(
            zh: "工作簿缺少部件 {part}：文件已损坏或不完整",
            en: "the workbook has no part {part}: the file is damaged or incomplete"
        ),
        "sheet.inflate-failed": Entry(
            zh: "工作簿的部件 {part} 无法解压：文件已损坏或被截断",
            en: "part {part} of the workbook cannot be inflated: the file is damaged or truncated"
        ),
        "sheet.checksum": Entry(
            zh: "工作簿的部件 {part} 校验失败：文件已损坏或被截断",
            en: "part {part} of the workbook fails its checksum: the file is damaged or truncated"
        ),
        "sheet.limit-total": Entry(
            zh: "工作簿各部件解压后合计最多 {mib} MiB",
            en: "the workbook's parts together may inflate to at most {mib} MiB"
        ),
        "sheet.limit-part": Entry(zh: "单个部件解压后最多 {mib} MiB", en: "a part may inflate to at most {mib} MiB"),
        "sheet.declared-size": Entry(zh: "（声明为 {mib} MiB）", en: " (it declares {mib} MiB)"),
        "sheet.too-large": Entry(
            zh: "工作簿的部件 {part} 过大{size}：{limit}；已停止读取（可能是压缩炸弹，或应把工作表拆成几个较小的文件）",
            en:
                "part {part} of the workbook is too large{size}: {limit}; reading stopped (a zip bomb, or a sheet to split into smaller files)"
        ),
        "sheet.dtd": Entry(
            zh: "工作簿的部件 {part} 声明了 DTD，正常工作簿从不这样做",
            en: "part {part} of the workbook declares a DTD, which a workbook never does"
        ),
        "sheet.part-invalid": Entry(
            zh: "工作簿的部件 {part} 无效：{reason}",
            en: "part {part} of the workbook is not valid: {reason}"
        ),
        "sheet.at-line": Entry(zh: "（第 {line} 行）", en: " at line {line}"),
        "sheet.no-root": Entry(zh: "（没有 <{root}> 元素）", en: " (no <{root}> element)"),
        "sheet.not-well-formed": Entry(
            zh: "工作簿的部件 {part} 不是格式正确的 XML{line}{reason}",
            en: "part {part} of the workbook is not well-formed XML{line}{reason}"
        ),
        "sheet.two-roots": Entry(zh: "它有两个根元素", en: "it has two document elements"),
        "sheet.wrong-root": Entry(
            zh: "它的根元素是 <{name}>，而不是 <{root}>",
            en: "its document element is <{name}>, not <{root}>"
        ),
        "sheet.zip-not-workbook": Entry(
            zh: "该文件是 zip 压缩包，但不是 .xlsx 工作簿：缺少 {part}（是改了扩展名的 .docx、.zip 或旧版 .xls？）",
            en:
                "the file is a zip archive but not an .xlsx workbook: it has no {part} (a .docx, a .zip, or an old .xls saved under another name?)"
        ),
        "sheet.no-sheets": Entry(zh: "工作簿中没有工作表", en: "the workbook has no sheets"),
        "sheet.missing-relationship": Entry(
            zh: "工作表“{sheet}”引用的关系 {relationship} 在工作簿中不存在",
            en: "sheet \"{sheet}\" refers to relationship {relationship}, which the workbook lacks"
        ),
        "sheet.no-such-sheet": Entry(
            zh: "工作簿中没有名为“{name}”的工作表；现有工作表：{sheets}",
            en: "the workbook has no sheet named \"{name}\"; its sheets are {sheets}"
        ),
        "sheet.sheet-element": Entry(
            zh: "有一个 <sheet> 缺少名称或关系 id",
            en: "a <sheet> has no name or no relationship id"
        ),
        "sheet.row-number": Entry(
            zh: "行号“{text}”顺序错乱或超出范围",
            en: "row number \"{text}\" is out of order or out of range"
        ),
        "sheet.cell-reference": Entry(
            zh: "第 {row} 行的单元格引用“{text}”无效或顺序错乱",
            en: "cell reference \"{text}\" in row {row} is not valid or out of order"
        ),
        "sheet.too-many-columns": Entry(zh: "第 {row} 行超过 {n} 列", en: "row {row} has more than {n} columns"),
        "sheet.merged-range": Entry(
            zh: "合并区域“{text}”不是形如 A1:C3 的区域",
            en: "merged range \"{text}\" is not a range like A1:C3"
        ),
        "sheet.shared-string": Entry(
            zh: "单元格 {cell} 引用了不存在的共享字符串 {value}",
            en: "cell {cell} refers to shared string {value}, which does not exist"
        ),
        "sheet.not-number": Entry(
            zh: "单元格 {cell} 的内容“{text}”不是数字",
            en: "cell {cell} holds \"{text}\", which is not a number"
        ),
        "wire.auth-failed": Entry(
            zh: "单位“{office}”身份验证失败",
            en: "authentication failed for office \"{office}\""
        ),
        "wire.office-disabled": Entry(
            zh: "单位“{office}”已被区里停用",
            en: "office \"{office}\" is disabled by the district"
        ),
        "wire.device-revoked": Entry(
            zh: "单位“{office}”的设备 {device} 已被区里停用",
            en: "device {device} of office \"{office}\" was revoked by the district"
        ),
        "wire.pull-unencodable": Entry(zh: "无法编码下载的数据：{reason}", en: "the pull cannot be encoded: {reason}"),
        "wire.pull-unencodable-plain": Entry(zh: "无法编码下载的数据", en: "the pull cannot be encoded"),
        "wire.handshake-timeout": Entry(zh: "握手没有按时完成", en: "the handshake did not finish in time"),
        "wire.client-silent": Entry(zh: "客户端太久没有响应", en: "the client was silent for too long"),
        "wire.versions": Entry(
            zh: "客户端支持协议 {client}，服务器支持 {server}",
            en: "client speaks protocol {client}, server {server}"
        ),
        "wire.schema-older": Entry(
            zh: "客户端的数据结构版本 {client} 比服务器的 {server} 旧",
            en: "client schema {client} is older than the server's {server}"
        ),
        "wire.schema-newer": Entry(
            zh: "客户端的数据结构版本 {client} 比服务器的 {server} 新",
            en: "client schema {client} is newer than the server's {server}"
        ),
        "wire.push-too-large": Entry(
            zh: "上传的 {size} 字节超过了 {limit} 字节的上限",
            en: "a push of {size} bytes exceeds the limit of {limit}"
        ),
        "wire.push-other-device": Entry(
            zh: "上传标明的设备是 {device}，而不是本次会话的设备",
            en: "the push names device {device}, not the session's device"
        ),
        "wire.inflate-start": Entry(zh: "无法开始解压", en: "cannot start inflating"),
        "wire.push-more-rows": Entry(
            zh: "上传的数据超过了它声明的 {n} 行",
            en: "the push carries more than the {n} rows it announced"
        ),
        "wire.push-row-twice": Entry(
            zh: "上传中 {table}/{key} 行出现了不止一次",
            en: "the push carries row {table}/{key} more than once"
        ),
        "wire.push-rows-mismatch": Entry(
            zh: "上传声明 {rows} 行，实际为 {carried} 行",
            en: "the push announced {rows} rows but carried {carried}"
        ),
        "wire.push-count-mismatch": Entry(
            zh: "上传声明 {rows} 行、{bytes} 字节，实际为 {carried} 行、{carriedBytes} 字节",
            en: "the push announced {rows} rows in {bytes} bytes but carried {carried} rows in {carriedBytes} bytes"
        ),
        "wire.row-reference": Entry(
            zh: "{table}/{key} 行是区里的基础数据；单位不能写入",
            en: "row {table}/{key} is district reference data; offices cannot write it"
        ),
        "wire.row-other-office": Entry(
            zh: "{table}/{key} 行属于单位“{owner}”，不属于“{office}”",
            en: "row {table}/{key} belongs to office \"{owner}\", not \"{office}\""
        ),
        "wire.row-other-version": Entry(
            zh: "{table}/{key} 行带的版本 {version} 不是上传设备的版本",
            en: "row {table}/{key} carries version {version}, not one of the pushing device"
        ),
        "wire.server-version": Entry(zh: "服务器选择了协议 {version}", en: "the server chose protocol {version}"),
        "wire.server-proof": Entry(
            zh: "服务器无法证明它知道单位密钥（或中间有一台使用其他证书的中转机器）",
            en:
                "the server could not prove it knows the office secret (or a relay with another certificate is in between)"
        ),
        "wire.progress-mismatch": Entry(
            zh: "服务器报告保存进度时说本次上传有 {rows} 行，应为 {expected} 行",
            en: "PUSH_PROGRESS for a push of {rows} rows, expected {expected}"
        ),
        "street.sync.progress.store": Entry(
            zh: "区里正在保存 {done}/{total} 行（{percent}%）",
            en: "the district is storing the rows: {done} of {total} ({percent}%)"
        ),
        "wire.ack-mismatch": Entry(
            zh: "服务器确认的序号是 {acked}，应为 {expected}",
            en: "PUSH_ACK for sequence {acked}, expected {expected}"
        ),
        "wire.pull-count-mismatch": Entry(
            zh: "下载结束时声明 {rows} 行、{bytes} 字节，实际收到 {carried} 行、{carriedBytes} 字节",
            en:
                "PULL_END announces {rows} rows in {bytes} bytes, the stream carried {carried} rows in {carriedBytes} bytes"
        ),
        "wire.unreadable-input": Entry(zh: "收到的数据无法读取：{reason}", en: "unreadable input: {reason}"),
        "wire.pull-unreadable": Entry(zh: "无法读取下载的数据", en: "cannot read the pull"),
        "wire.pull-other-office": Entry(
            zh: "服务器在下载中发来了单位“{office}”的 {table}/{key} 行",
            en: "the server sent row {table}/{key} of office \"{office}\" in a pull"
        ),
        "wire.server-silent": Entry(zh: "服务器没有按时应答", en: "the server did not answer in time"),
        "wire.too-many-rows": Entry(
            zh: "{n} 行放不进一条消息；上限是 {limit}",
            en: "{n} rows do not fit one message; the limit is {limit}"
        ),
        "wire.compressed-limit": Entry(
            zh: "一条消息的压缩数据超过 {limit} 字节",
            en: "more than {limit} compressed bytes in one message"
        ),
        "wire.inflate-limit": Entry(
            zh: "压缩数据解压后超过了 {limit} 字节的上限",
            en: "compressed data inflates past the limit of {limit} bytes"
        ),
        "enrolment.not-a-file": Entry(
            zh: "{source} 不是注册文件（由 district office add 或 rotate-secret 写出的 JSON）",
            en: "{source} is not an enrolment file (JSON written by district office add or rotate-secret)"
        ),
        "enrolment.other-format": Entry(
            zh: "{source} 是另一种格式（{format}）的注册文件；应为 {expected}",
            en: "{source} is an enrolment file of another format ({format}); expected {expected}"
        ),
        "enrolment.bad-secret": Entry(
            zh: "{source}：其中的密钥不是 64 位十六进制数字；请向区里索取新文件",
            en: "{source}: its secret is not 64 hexadecimal digits; ask the district for a new file"
        ),
        // Street: sync.
        "sync.no-epoch": Entry(
            zh: "单位数据库没有有效的设备标识；请用 `street init` 重新创建",
            en: "the office database has no valid epoch; recreate it with `street init`"
        ),
        "sync.not-tls": Entry(
            zh: "{address} 的服务器没有用 TLS 1.3 应答（是旧版或未加密的区级服务器？）：{reason}",
            en: "the server at {address} did not answer in TLS 1.3 (an older or a plaintext district server?): {reason}"
        ),
        "street.sync.quiet": Entry(zh: "不在终端上显示进度。", en: "Show no progress on the terminal."),
        "street.sync.progress.push": Entry(
            zh: "上传：{done} / {total} MB（{rows} 行）",
            en: "push: {done} of {total} MB ({rows} rows)"
        ),
        "street.sync.progress.push-sending": Entry(
            zh: "上传：已发送 {done} MB（共 {rows} 行）",
            en: "push: {done} MB sent ({rows} rows)"
        ),
        "street.sync.progress.pull": Entry(
            zh: "下载：已收到 {done} MB（{rows} 行）",
            en: "pull: {done} MB received ({rows} rows)"
        ),
        "sync.out-of-turn": Entry(zh: "服务器的应答顺序不对", en: "the server answered out of turn"),
        "sync.tls-setup": Entry(zh: "无法在这台电脑上建立 TLS", en: "cannot set up TLS on this computer"),
        "sync.alpn": Entry(
            zh: "服务器不接受协议 {protocol}（它不是这个版本的 Jixiao 区级服务器）",
            en:
                "the server did not agree on the protocol {protocol} (it is not a Jixiao district server of this version)"
        ),
    ]
}
