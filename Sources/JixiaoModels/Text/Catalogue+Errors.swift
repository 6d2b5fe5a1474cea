extension Catalogue {
    /// The details of refusals and errors: import checks, plan decoding, storage, spreadsheets, the wire protocol's
    /// refusals a person meets (`import.…`, `plan.…`, `storage.…`, `sheet.…`, `wire.…`).
    static let errors: [String: Entry] = [
        "import.not-xlsx": Entry(
            zh: "这个文件不是 .xlsx 工作簿（不是 zip 压缩包，或已被截断）",
            en: "the file is not an .xlsx workbook (not a zip archive, or a truncated one)"
        ),
        "file.missing-hint": Entry(
            zh: "请先创建，或给出已有数据库的路径",
            en: "create it first, or give the path of an existing one"
        ),
        "model.not-a-code": Entry(
            zh: "{what}“{text}”不是有效代码：请用 1–40 个字母、数字、“_”、“-”或“.”，并以字母或数字开头",
            en:
                "{what} \"{text}\" is not a code: use 1–40 letters, digits, '_', '-' or '.', starting with a letter or digit"
        ),
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
        "list.semicolon": Entry(zh: "；", en: "; "),
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
    ]
}
