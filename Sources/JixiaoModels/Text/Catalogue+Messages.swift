extension Catalogue {
    /// Refusals, errors, warnings, progress and success lines, by where they are said (`sync.…`, `file.…`,
    /// `street.COMMAND.…`, `district.COMMAND.…`, `office.…`, `report.…`).
    static let messages: [String: Entry] = [
        "street.import.progress.reading": Entry(zh: "正在读取 {file}…", en: "reading {file}…"),
        "street.import.progress.checking": Entry(
            zh: "正在检查 {done}/{total} 行（{percent}%）",
            en: "checking {done} of {total} rows ({percent}%)"
        ),
        "street.import.progress.storing": Entry(
            zh: "正在保存 {done}/{total} 行（{percent}%）",
            en: "storing {done} of {total} rows ({percent}%)"
        ),
        "sync.unreachable": Entry(
            zh: "连不上 {address} 的区级服务器（什么都没有发送）：请确认服务器已开启、地址正确，稍后再同步",
            en: "server unreachable at {address}"
        ),
        "sync.connection-lost": Entry(
            zh: "与 {address} 的连接在同步过程中断开；数据没有丢失：请重新运行 `street sync`",
            en: "the connection to {address} was lost during the sync; nothing was lost: run `street sync` again"
        ),
        "sync.server-gone": Entry(
            zh: "{address} 的服务器在同步过程中停止响应；数据没有丢失：等服务器恢复后重新运行 `street sync`",
            en:
                "the server at {address} stopped answering during the sync; nothing was lost: run `street sync` again when it is back"
        ),
        "sync.interrupted": Entry(
            zh: "同步已中断；没有写入一半的数据；请重新运行",
            en: "sync interrupted; nothing half-written; run it again"
        ),
        "sync.certificate-hint": Entry(
            zh: "如果区里更换了证书，请向区里索取新的注册文件",
            en: "if the district replaced it, ask the district for a new enrolment file"
        ),
        "sync.certificate-mismatch": Entry(
            zh: "区里的证书不是本单位拿到的那一张（应为 {expected}，实际为 {got}）；{hint}",
            en:
                "the district's certificate is not the one this office was given (expected {expected}, got {got}); {hint}"
        ),
        "sync.new-device": Entry(
            zh: "这个单位数据库是恢复或复制来的（设备 {old} 之后在别处同步过）：现在它是新设备 {new}",
            en:
                "this office database is a restored or copied one (device {old} synced later elsewhere): it is now device {new}"
        ),
        "sync.digest-mismatch": Entry(
            zh: "修复后区里保存的 {office} 数据（{district}）仍不一致；请区里运行 `district verify`",
            en:
                "the district's copy of {office} ({district}) still differs after a repair; ask the district to run `district verify`"
        ),
        "sync.auth-failed": Entry(
            zh: "身份验证失败，请检查本单位密钥；如果密钥无误，说明本机与区里之间有别的机器冒充应答：请告知区里",
            en:
                "authentication failed, check the office secret; if it is right, something between this computer and the district answers in its place: tell the district"
        ),
        "sync.upgrade-required": Entry(
            zh: "服务器需要更新版本的客户端",
            en: "the server needs a newer client"
        ),
        "sync.server-outdated": Entry(
            zh: "区级服务器的版本比本客户端旧；请区里升级",
            en: "the district server is older than this client; ask the district to upgrade it"
        ),
        "sync.office-disabled": Entry(
            zh: "本单位已被区里停用；请联系区里",
            en: "this office is disabled at the district; ask the district"
        ),
        "sync.refused": Entry(
            zh: "区里拒绝了上传：{reason}",
            en: "the district refused the push: {reason}"
        ),
        "sync.busy": Entry(
            zh: "本设备的另一次同步正在进行；请一分钟后再试",
            en: "another sync of this device is running; try again in a minute"
        ),
        "sync.device-revoked": Entry(
            zh: "区里已停用本单位的这台电脑；其数据保留在区里，但它不能再同步：请联系区里",
            en:
                "the district revoked this device of the office; its rows are kept at the district, but it can no longer sync: ask the district"
        ),
        "sync.server-trouble": Entry(
            zh: "{address} 的区级服务器无法完成同步（{reason}）；请稍后再试",
            en: "the district server at {address} could not serve the sync ({reason}); try again later"
        ),
        "sync.timeout": Entry(
            zh: "与 {address} 的同步超时；请重新运行 `street sync`",
            en: "the sync with {address} timed out; run `street sync` again"
        ),
        "sync.snapshot-required": Entry(
            zh: "区里需要完整快照",
            en: "the district needs a full snapshot"
        ),
        "sync.protocol-error": Entry(
            zh: "与 {address} 同步时协议出错：{reason}",
            en: "sync protocol error with {address}: {reason}"
        ),
        "street.sync.plaintext-remote": Entry(
            zh: "--plaintext 只用于在同一台电脑上调试；{server} 不是本机，同步必须使用 TLS",
            en:
                "--plaintext is only for debugging on one machine; {server} is not this computer, so the sync must use TLS"
        ),
        "street.sync.certificate-hint": Entry(
            zh: "如果区里更换了证书，请向区里索取新的注册文件（district office enrol），然后运行 street config --enrol FILE",
            en:
                "if the district replaced it, ask the district for a new enrolment file (district office enrol) and run street config --enrol FILE"
        ),
        "street.sync.push-sent": Entry(
            zh: "已全部发出（{rows} 行）；区里正在核对并保存……",
            en: "push sent ({rows} rows); the district is checking and storing them…"
        ),
        "file.unreadable": Entry(
            zh: "无法读取 {path}：文件不存在或没有读取权限",
            en: "cannot read {path}: no such file, or it is not readable"
        ),
        "street.missing-hint": Entry(
            zh: "请先运行 `street init --enrol FILE`（FILE 是区里给的注册文件），或用 --db 指定数据库",
            en: "run `street init --enrol FILE` first (FILE is the enrolment file from the district), or pass --db"
        ),
        "district.missing-hint": Entry(
            zh: "请先运行 `district init --name NAME`，或用 --db 指定数据库",
            en: "run `district init --name NAME` first, or pass --db"
        ),
        "district.serve.port-in-use": Entry(
            zh: "{host} 上的端口 {port} 已被占用（另一个 district serve？）：请先停掉它，或用 --port 换一个端口",
            en: "port {port} on {host} is already in use (another district serve?): stop it or choose another --port"
        ),
        "report.unknown-project": Entry(
            zh: "区级数据库中没有 {year} 年的项目“{code}”；{year} 年的项目有 {known}",
            en: "project \"{code}\" of {year} is not in the district database; the projects of {year} are {known}"
        ),
        "report.unknown-project-none": Entry(
            zh: "区级数据库中没有 {year} 年的项目“{code}”；请先导入计划（district plan import）",
            en:
                "project \"{code}\" of {year} is not in the district database; import the plan first (district plan import)"
        ),
        "office.unknown": Entry(
            zh: "没有注册代码为 {code} 的单位；已注册的单位有 {known}",
            en: "no office with code {code} is enrolled; the enrolled offices are {known}"
        ),
        "office.unknown-none": Entry(
            zh: "没有注册代码为 {code} 的单位；目前还没有任何单位：请用 `district office add` 注册",
            en: "no office with code {code} is enrolled; none is yet: enrol one with `district office add`"
        ),
        "district.serve.cannot-listen": Entry(
            zh: "无法在 {host}:{port} 上监听：{reason}",
            en: "cannot listen on {host}:{port}: {reason}"
        ),
        "district.serve.serving": Entry(
            zh: "正在 {host}:{port} 上为 {path} 提供同步服务；按 Ctrl-C 停止",
            en: "serving {path} on {host}:{port}; stop with Ctrl-C"
        ),
        "district.serve.stopped": Entry(
            zh: "已停止",
            en: "stopped"
        ),
        "storage.missing-file": Entry(
            zh: "{path} 处没有数据库：{hint}",
            en: "no database at {path}: {hint}"
        ),
        "storage.file-exists": Entry(
            zh: "{path} 已存在：不会覆盖它",
            en: "{path} already exists: refusing to overwrite it"
        ),
        "storage.cannot-create": Entry(
            zh: "无法创建 {path}：文件夹不存在或没有写入权限",
            en: "cannot create {path}: the folder does not exist or cannot be written"
        ),
        "storage.not-jixiao": Entry(
            zh: "{path} 不是绩效系统的{expected}数据库",
            en: "{path} is not a Jixiao {expected} database"
        ),
        "storage.side.street": Entry(
            zh: "街道单位",
            en: "street office"
        ),
        "storage.side.district": Entry(
            zh: "区级",
            en: "district"
        ),
        "storage.newer-version": Entry(
            zh: "{path} 是由更新版本的绩效系统写入的（其结构含有本程序不认识的迁移）：请升级本程序",
            en:
                "{path} was written by a newer version of Jixiao (its schema has migrations this program does not know): upgrade this program"
        ),
        "storage.corrupt": Entry(
            zh: "{path} 已损坏或不是数据库（{reason}）：请从备份恢复",
            en: "{path} is corrupt or not a database ({reason}): restore it from a backup"
        ),
        "storage.locked": Entry(
            zh: "{path} 被另一个程序锁定（{reason}）：请稍后再试",
            en: "{path} is locked by another program ({reason}): try again in a moment"
        ),
        "storage.read-only": Entry(
            zh: "{path} 无法写入（{reason}）：请检查文件和文件夹的权限",
            en: "{path} cannot be written ({reason}): check the file and folder permissions"
        ),
        "field.project": Entry(
            zh: "项目",
            en: "project"
        ),
        "field.category": Entry(
            zh: "类别",
            en: "category"
        ),
        "field.fund": Entry(
            zh: "资金来源",
            en: "fund"
        ),
        "field.amount": Entry(
            zh: "金额",
            en: "amount"
        ),
        "field.date": Entry(
            zh: "日期",
            en: "date"
        ),
        "field.indicator": Entry(
            zh: "指标",
            en: "indicator"
        ),
        "noun.projects": Entry(
            zh: "项目",
            en: "projects"
        ),
        "noun.categories": Entry(
            zh: "类别",
            en: "categories"
        ),
        "noun.funds": Entry(
            zh: "资金来源",
            en: "funds"
        ),
        "noun.indicators": Entry(
            zh: "指标",
            en: "indicators"
        ),
        "noun.categories-of": Entry(
            zh: "项目 {project} 的类别",
            en: "categories of project {project}"
        ),
        "noun.funds-of": Entry(
            zh: "项目 {project} 的资金来源",
            en: "funds of project {project}"
        ),
        "input.missing": Entry(
            zh: "缺少{field}",
            en: "{field} is missing"
        ),
        "input.unknown": Entry(
            zh: "{field}“{text}”不存在；",
            en: "{field} \"{text}\" is not known; "
        ),
        "input.ambiguous": Entry(
            zh: "“{text}”对应 {n} 个{noun}：{list}；请填写代码",
            en: "\"{text}\" names {n} {noun}: {list}; write the code"
        ),
        "input.nothing-received": Entry(
            zh: "还没有从区里收到任何数据：请先运行 street sync",
            en: "nothing has been received from the district yet: run street sync first"
        ),
        "input.no-codes": Entry(
            zh: "它没有{noun}；请联系区里",
            en: "there are no {noun} for it; ask the district"
        ),
        "input.more-codes": Entry(
            zh: "，……（另有 {n} 个；见 street projects）",
            en: ", … ({n} more; see street projects)"
        ),
        "input.valid-codes": Entry(
            zh: "可用的{noun}：{list}",
            en: "valid {noun}: {list}"
        ),
        "input.office-not-in-project": Entry(
            zh: "区里的计划中，项目 {project} 的填报单位不包括 {office}；如需填报请联系区里",
            en:
                "office {office} is not among the offices of project {project} in the district's plan; ask the district if it should be"
        ),
        "input.not-category-of": Entry(
            zh: "类别“{text}”不是项目 {project} 的类别；",
            en: "category \"{text}\" is not a category of project {project}; "
        ),
        "input.not-fund-of": Entry(
            zh: "资金来源“{text}”不是项目 {project} 的资金来源；",
            en: "fund \"{text}\" is not a fund of project {project}; "
        ),
        "input.no-funds": Entry(
            zh: "项目 {project} 没有资金来源；请区里在计划中添加",
            en: "project {project} has no funds; ask the district to add one to the plan"
        ),
        "input.fund-missing-several": Entry(
            zh: "缺少资金来源；项目 {project} 有多个：{list}",
            en: "fund is missing; project {project} has several: {list}"
        ),
        "input.amount-zero": Entry(
            zh: "金额“{text}”为零",
            en: "amount \"{text}\" is zero"
        ),
        "input.amount-not-number": Entry(
            zh: "金额“{text}”不是以元为单位的数字",
            en: "amount \"{text}\" is not a number of 元"
        ),
        "input.date-invalid": Entry(
            zh: "日期“{text}”不是形如 {example} 的日期",
            en: "date \"{text}\" is not a date like {example}"
        ),
        "input.date-outside-year": Entry(
            zh: "日期“{text}”不在 {year} 年内，而项目 {project} 属于 {year} 年",
            en: "date \"{text}\" is not in {year}, the year of project {project}"
        ),
        "input.indicator-other-reporters": Entry(
            zh: "指标 {indicator} 由 {names} 填报，不由 {office} 填报",
            en: "indicator {indicator} is reported by {names}, not by {office}"
        ),
        "input.at-line": Entry(
            zh: "第 {line} 行：{message}",
            en: "line {line}: {message}"
        ),
        "input.at-sheet-row": Entry(
            zh: "{sheet} 第 {line} 行：{message}",
            en: "{sheet} row {line}: {message}"
        ),
        "error.underlying": Entry(
            zh: "原因：{reason}",
            en: "underlying: {reason}"
        ),
        "plan.not-utf8": Entry(
            zh: "{name} 不是 UTF-8 文本：请另存为 UTF-8",
            en: "{name} is not UTF-8 text: save it as UTF-8"
        ),
        "plan.not-utf8-guess": Entry(
            zh: "{name} 不是 UTF-8 文本（看起来是 {encoding}）：请另存为 UTF-8",
            en: "{name} is not UTF-8 text (it looks like {encoding}): save it as UTF-8"
        ),
        "street.config.office": Entry(
            zh: "单位：{office}",
            en: "office: {office}"
        ),
        "street.config.server-line": Entry(
            zh: "服务器：{server}",
            en: "server: {server}"
        ),
        "street.config.secret": Entry(
            zh: "密钥：已设置（64 位十六进制数字；不显示）",
            en: "secret: set (64 hexadecimal digits; not shown)"
        ),
        "street.config.certificate": Entry(
            zh: "证书：{pin}",
            en: "certificate: {pin}"
        ),
        "street.config.not-pinned": Entry(
            zh: "尚未固定（下次同步时固定）",
            en: "not pinned yet (the next sync pins it)"
        ),
        "street.config.next-certificate": Entry(
            zh: "下一张证书：{pin}（区里已通知）",
            en: "next certificate: {pin} (announced by the district)"
        ),
        "street.config.server-changed": Entry(
            zh: "服务器已改为 {server}",
            en: "the server is now {server}"
        ),
        "street.config.enrolment-applied": Entry(
            zh: "注册文件已生效（密钥和证书）；请运行 street sync，然后删除该文件",
            en: "the enrolment is applied (secret and certificate); run street sync, then delete the file"
        ),
        "street.config.secret-stored": Entry(
            zh: "新密钥已保存；请运行 street sync",
            en: "the new secret is stored; run street sync"
        ),
        "street.init.exists": Entry(
            zh: "{reason}：其中保存着本单位的数据；要修改服务器或密钥请运行 `street config`，或换一个 --db",
            en:
                "{reason}: it holds this office's rows; to change its server or secret run `street config`, or choose another --db"
        ),
        "street.init.created": Entry(
            zh: "已为单位 {office} 创建 {path}；下一步：street sync",
            en: "created {path} for office {office}; next: street sync"
        ),
        "street.init.no-pin": Entry(
            zh: "没有提供证书指纹：首次同步会固定它看到的证书；请与区里 `district tls show` 显示的指纹核对",
            en:
                "no certificate fingerprint given: the first sync pins the one it sees; compare it with what `district tls show` prints at the district"
        ),
        "street.nothing-received": Entry(
            zh: "还没有从区里收到任何数据：请运行 street sync",
            en: "nothing has been received from the district yet: run street sync"
        ),
        "conflicts.none": Entry(
            zh: "没有冲突",
            en: "no conflicts"
        ),
        "street.expense.updated": Entry(
            zh: "已修改 {id}",
            en: "updated {id}"
        ),
        "street.value.set": Entry(
            zh: "已填写 {indicator} {period}{label} = {value}",
            en: "set {indicator} {period}{label} = {value}"
        ),
        "street.value.deleted": Entry(
            zh: "已删除 {indicator} 在 {period} 的值",
            en: "deleted the value of {indicator} for {period}"
        ),
        "street.note.set": Entry(
            zh: "已填写 {project} {section}（{n} 个字）",
            en: "set {project} {section} ({n} characters)",
            enOne: "set {project} {section} ({n} character)"
        ),
        "street.note.deleted": Entry(
            zh: "已删除 {project} 的 {section} 说明",
            en: "deleted the {section} note of {project}"
        ),
        "district.backup.done": Entry(
            zh: "已将 {path} 备份到 {file}（完整性检查通过）",
            en: "backed up {path} to {file} (integrity check ok)"
        ),
        "district.backup.failed-check": Entry(
            zh: "副本 {file} 未通过完整性检查，已删除：{findings}；请对 {path} 运行 district verify",
            en: "the copy {file} failed its integrity check and was removed: {findings}; run district verify on {path}"
        ),
        "district.office.no-devices": Entry(
            zh: "单位 {code} 还没有电脑：尚无电脑同步过",
            en: "office {code} has no device yet: none has synced"
        ),
        "district.office.device-revoked": Entry(
            zh: "单位 {code} 的电脑 {device} 已停用：其下次同步将被拒绝",
            en: "device {device} of office {code} is revoked: its next sync is refused"
        ),
        "district.init.exists": Entry(
            zh: "{reason}（请换一个 --db 或删除该文件）",
            en: "{reason} (choose another --db or remove the file)"
        ),
        "district.init.certificate": Entry(
            zh: "区里的 TLS 证书：{fingerprint}（district tls show 可再次显示）",
            en: "the district's TLS certificate: {fingerprint} (district tls show prints it again)"
        ),
        "district.init.created": Entry(
            zh: "已为{name}创建 {path}；下一步：district plan import PLAN.json，district office add",
            en: "created {path} for {name}; next: district plan import PLAN.json, district office add"
        ),
        "district.office.enrolled": Entry(
            zh: "单位 {code}（{name}）已注册；注册文件：{path}",
            en: "office {code} ({name}) enrolled; enrolment file: {path}"
        ),
        "district.office.run-on-office": Entry(
            zh: "在该单位的电脑上运行：",
            en: "on the office's computer run:"
        ),
        "district.office.hand-over": Entry(
            zh: "该文件内含单位密钥（权限 0600）：请用 U 盘或当面交接，不要用电子邮件发送；单位执行 street init 后删除它",
            en:
                "the file holds the office's secret (mode 0600): hand it over on a USB stick or in person, not by e-mail; the office deletes it after street init"
        ),
        "district.office.loopback-note": Entry(
            zh: "注意：该文件写的是 {server}，即本机；其他电脑上的单位请用 --server HOST:PORT（district serve --host 0.0.0.0）",
            en:
                "note: the file names {server}, this computer; for offices on other computers give --server HOST:PORT (district serve --host 0.0.0.0)"
        ),
        "district.office.new-secret": Entry(
            zh: "单位 {code} 已换发新密钥；注册文件：{path}",
            en: "office {code} has a new secret; enrolment file: {path}"
        ),
        "district.office.old-secret-void": Entry(
            zh: "旧密钥已失效；该文件内含新密钥（权限 0600）：请当面交接",
            en: "the old secret no longer works; the file holds the new one (mode 0600): hand it over in person"
        ),
        "district.office.enrolment-file": Entry(
            zh: "单位 {code} 的注册文件：{path}",
            en: "enrolment file of office {code}: {path}"
        ),
        "district.office.config-line": Entry(
            zh: "street config --enrol {file}   （新电脑上用 street init --enrol）",
            en: "street config --enrol {file}   (or street init --enrol on a new computer)"
        ),
        "district.office.disabled": Entry(
            zh: "单位 {code} 已停用：它不能再同步",
            en: "office {code} is disabled: it can no longer sync"
        ),
        "district.office.already-disabled": Entry(
            zh: "单位 {code} 原已停用",
            en: "office {code} was already disabled"
        ),
        "district.office.enabled": Entry(
            zh: "单位 {code} 已启用",
            en: "office {code} is enabled"
        ),
        "district.office.already-enabled": Entry(
            zh: "单位 {code} 原已启用",
            en: "office {code} was already enabled"
        ),
        "file.cannot-write": Entry(
            zh: "无法写入 {path}：请检查文件夹是否存在、是否可写",
            en: "cannot write {path}: check the folder exists and is writable"
        ),
        "district.report.wrote": Entry(
            zh: "已写出 {path}：执行率 {rate}，得分 {score}，等级 {grade}",
            en: "wrote {path}: 执行率 {rate}, 得分 {score}, 等级 {grade}"
        ),
        "district.report.progress": Entry(
            zh: "正在生成报告 {done}/{total}：{code}",
            en: "report {done} of {total}: {code}"
        ),
        "district.report.writing": Entry(
            zh: "正在把文件写入 {directory}……",
            en: "writing the files into {directory}…"
        ),
        "district.report.no-projects": Entry(
            zh: "{path} 中没有 {year} 年的项目：请先导入该年度的计划（district plan import）",
            en: "no project of {year} in {path}: import that year's plan first (district plan import)"
        ),
        "district.report.out-not-directory": Entry(
            zh: "{directory} 已存在且不是目录：请为 --out 指定一个目录",
            en: "{directory} exists and is not a directory: give a directory for --out"
        ),
        "district.report.cannot-create-directory": Entry(
            zh: "无法创建目录 {directory}",
            en: "cannot create the directory {directory}"
        ),
        "count.project": Entry(
            zh: "{n} 个项目",
            en: "{n} projects",
            enOne: "{n} project"
        ),
        "count.indicator": Entry(
            zh: "{n} 个指标",
            en: "{n} indicators",
            enOne: "{n} indicator"
        ),
        "count.expenditure": Entry(
            zh: "{n} 笔支出",
            en: "{n} expenditures",
            enOne: "{n} expenditure"
        ),
        "count.indicator-value": Entry(
            zh: "{n} 个指标值",
            en: "{n} indicator values",
            enOne: "{n} indicator value"
        ),
        "count.note": Entry(
            zh: "{n} 项文字说明",
            en: "{n} notes",
            enOne: "{n} note"
        ),
        "count.conflict": Entry(
            zh: "{n} 个冲突",
            en: "{n} conflicts",
            enOne: "{n} conflict"
        ),
        "count.value": Entry(
            zh: "{n} 个值",
            en: "{n} values",
            enOne: "{n} value"
        ),
        "street.status.office": Entry(
            zh: "单位",
            en: "office"
        ),
        "street.status.server": Entry(
            zh: "服务器",
            en: "server"
        ),
        "street.status.database": Entry(
            zh: "数据库",
            en: "database"
        ),
        "street.status.device": Entry(
            zh: "电脑",
            en: "device"
        ),
        "street.status.last-sync": Entry(
            zh: "最近同步",
            en: "last sync"
        ),
        "street.status.last-failure": Entry(
            zh: "最近失败",
            en: "last failure"
        ),
        "street.status.unacknowledged": Entry(
            zh: "区里未确认的修改",
            en: "unacknowledged changes"
        ),
        "street.status.digests": Entry(
            zh: "摘要",
            en: "digests"
        ),
        "street.status.received": Entry(
            zh: "已收到",
            en: "received"
        ),
        "street.status.recorded": Entry(
            zh: "已录入",
            en: "recorded"
        ),
        "street.status.conflicts": Entry(
            zh: "冲突",
            en: "conflicts"
        ),
        "street.status.never": Entry(
            zh: "从未同步",
            en: "never"
        ),
        "street.status.digests-matched": Entry(
            zh: "一致",
            en: "matched"
        ),
        "street.status.digests-differ": Entry(
            zh: "不一致：下次 street sync 会上传并下载全部数据行来修复",
            en: "did not match: the next street sync pushes and pulls every row to repair it"
        ),
        "street.status.digests-unknown": Entry(
            zh: "未知（尚无完成的同步）",
            en: "unknown (no completed sync yet)"
        ),
        "street.status.nothing-received": Entry(
            zh: "尚无：请运行 street sync",
            en: "nothing yet: run street sync"
        ),
        "street.status.conflicts-line": Entry(
            zh: "本单位各台电脑之间有 {count}：见 street conflicts",
            en: "{count} between this office's devices: street conflicts"
        ),
        "district.status.summary": Entry(
            zh: "期间 {period}：{expected} 个单位中 {complete} 个已齐全",
            en: "{complete} of {expected} offices complete for the period {period}"
        ),
        "street.export.wrote": Entry(
            zh: "已把 {count} 写入 {path}",
            en: "wrote {count} to {path}"
        ),
        "street.template.wrote-expenses": Entry(
            zh: "已把支出模板写入 {path}",
            en: "wrote the expenditures template to {path}"
        ),
        "street.template.wrote-values": Entry(
            zh: "已把指标值模板写入 {path}",
            en: "wrote the indicator values template to {path}"
        ),
        "street.import.dry-run": Entry(
            zh: "试导入：{file}（{format}）中的 {count} 都没有问题{details}；没有保存任何数据",
            en: "dry run: {count} in {file} ({format}) are fine{details}; nothing was stored",
            enOne: "dry run: {count} in {file} ({format}) is fine{details}; nothing was stored"
        ),
        "street.import.imported": Entry(
            zh: "已从 {file}（{format}）导入 {count}{details}",
            en: "imported {count} from {file} ({format}){details}"
        ),
        "sync.summary": Entry(
            zh:
                "已同步 {office}：{push}，下载 {pulled} 行{conflicts}{repaired}，摘要一致（{digest}）；发送 {sent} 字节，接收 {received} 字节，用时 {seconds} 秒{attempts}{copied}{pinned}",
            en:
                "synced {office}: {push}, pulled {pulled} rows{conflicts}{repaired}, digests match ({digest}); {sent} bytes sent, {received} received in {seconds} s{attempts}{copied}{pinned}"
        ),
        "sync.summary.pushed-all": Entry(
            zh: "上传了全部数据行（{n}）",
            en: "pushed every row ({n})"
        ),
        "sync.summary.pushed": Entry(
            zh: "上传 {n} 项修改",
            en: "pushed {n} changes",
            enOne: "pushed {n} change"
        ),
        "sync.summary.conflicts": Entry(
            zh: "，{n} 个冲突（见冲突列表）",
            en: ", {n} conflicts (see the conflicts list)",
            enOne: ", {n} conflict (see the conflicts list)"
        ),
        "sync.summary.repaired": Entry(
            zh: "，摘要不一致，已修复 {n} 行",
            en: ", the digests differed and {n} rows were repaired",
            enOne: ", the digests differed and {n} row was repaired"
        ),
        "sync.summary.attempts": Entry(
            zh: "，共尝试 {n} 次",
            en: " after {n} attempts"
        ),
        "sync.summary.copied": Entry(
            zh: "；该数据库是恢复或复制来的，现作为新设备 {device} 同步",
            en: "; this database was a restored or copied one and now syncs as a new device, {device}"
        ),
        "sync.summary.pinned": Entry(
            zh: "；从现在起固定区里的证书 {pin}",
            en: "; the district's certificate {pin} is pinned from now on"
        ),
        "street.todo.nothing-missing": Entry(
            zh: "{period} 没有缺项：{office} 的所有值和说明都已填写",
            en: "nothing missing for {period}: every value and note of {office} is in"
        ),
        "street.todo.note-line": Entry(
            zh: "说明 {project} {section}（{title}）",
            en: "note {project} {section} ({title})"
        ),
        "street.todo.missing-total": Entry(
            zh: "{period} 还缺 {counts}",
            en: "{counts} missing for {period}"
        ),
        "street.todo.and": Entry(
            zh: "和",
            en: " and "
        ),
        "district.status.missing": Entry(
            zh: "缺项：",
            en: "missing:"
        ),
        "district.status.never-synced": Entry(
            zh: "从未同步",
            en: "never synced"
        ),
        "district.status.missing-values": Entry(
            zh: "{count}（{shown}）",
            en: "{count} ({shown})"
        ),
        "district.status.missing-values-more": Entry(
            zh: "{count}（{shown}，另有 {more} 个：--format json 可列出全部）",
            en: "{count} ({shown} and {more} more: --format json lists all)"
        ),
        "district.status.missing-narratives": Entry(
            zh: "{n} 项文字说明缺 {owed} 项",
            en: "{owed} of {n} narratives",
            enOne: "{owed} of {n} narrative"
        ),
        "district.status.separator": Entry(
            zh: "；",
            en: "; "
        ),
        "model.period-forms": Entry(
            zh: "年（{year}）、季度（{year}Q2）或月（{year}-06）",
            en: "a year ({year}), a quarter ({year}Q2) or a month ({year}-06)"
        ),
        "model.period-invalid": Entry(
            zh: "期间“{text}”不是{forms}",
            en: "period \"{text}\" is not {forms}"
        ),
        "model.date-invalid": Entry(
            zh: "日期“{text}”不是形如 {example} 的日期",
            en: "date \"{text}\" is not a date like {example}"
        ),
        "model.amount": Entry(
            zh: "金额“{text}”{why}",
            en: "amount \"{text}\" {why}"
        ),
        "model.amount.not-number": Entry(
            zh: "不是以元为单位的数字",
            en: "is not a number of 元"
        ),
        "model.amount.decimals-yuan": Entry(
            zh: "以元计超过两位小数",
            en: "has more than two decimals in 元"
        ),
        "model.amount.decimals-wan": Entry(
            zh: "以万元计超过六位小数",
            en: "has more than six decimals in 万元"
        ),
        "model.amount.too-large": Entry(
            zh: "太大",
            en: "is too large"
        ),
        "model.section-invalid": Entry(
            zh: "部分“{text}”不是以下之一：highlights（工作亮点）、problems（存在问题）、measures（改进措施）",
            en: "section \"{text}\" is not one of: highlights, problems, measures"
        ),
        "model.server-invalid": Entry(
            zh: "服务器“{text}”不是 HOST:PORT 格式，例如 127.0.0.1:7420",
            en: "server \"{text}\" is not HOST:PORT, e.g. 127.0.0.1:7420"
        ),
        "model.secret-invalid": Entry(
            zh: "单位密钥必须是 64 位十六进制数字",
            en: "the office secret must be 64 hexadecimal digits"
        ),
        "model.office-kind-invalid": Entry(
            zh: "单位类型“{text}”不是以下之一：street（街道）、department（部门）",
            en: "office kind \"{text}\" is not one of: street, department"
        ),
        "district.tls.certificate-since": Entry(
            zh: "证书：{fingerprint}  （自 {since} 起）",
            en: "certificate: {fingerprint}  (since {since})"
        ),
        "district.tls.staged-since": Entry(
            zh: "预备：{fingerprint}  （自 {since} 起）",
            en: "staged:      {fingerprint}  (since {since})"
        ),
        "district.tls.staged": Entry(
            zh: "预备：{fingerprint}",
            en: "staged: {fingerprint}"
        ),
        "district.tls.certificate": Entry(
            zh: "证书：{fingerprint}",
            en: "certificate: {fingerprint}"
        ),
        "district.tls.staged-next": Entry(
            zh: "请重启 district serve：各单位下次同步时获知新证书；全部同步过后，运行 district tls rotate --activate",
            en:
                "restart district serve: offices learn the new certificate at their next sync; once all have synced, run district tls rotate --activate"
        ),
        "district.tls.activated-next": Entry(
            zh:
                "请重启 district serve 以启用新证书；预备期间未同步的单位需要新的注册文件（district office enrol CODE，然后 street config --enrol FILE）",
            en:
                "restart district serve to present it; an office that did not sync while it was staged needs a new enrolment file (district office enrol CODE, then street config --enrol FILE)"
        ),
        "district.tls.forgotten": Entry(
            zh: "已放弃预备的证书",
            en: "the staged certificate is forgotten"
        ),
        "district.tls.none-staged": Entry(
            zh: "没有预备的证书",
            en: "no certificate was staged"
        ),
        "district.audit.none": Entry(zh: "没有符合条件的审计记录", en: "no audit entries match"),
        "district.audit.bad-since": Entry(
            zh: "--since \"{text}\" 不是日期（2026-12-01），也不是带时区偏移的时间（2026-12-01T08:00:00+08:00）",
            en: "--since \"{text}\" is not a date (2026-12-01) or a time with its offset (2026-12-01T08:00:00+08:00)"
        ),
        "district.audit.by-sync": Entry(zh: "同步，设备 {device}", en: "sync, device {device}"),
        "district.audit.outside": Entry(zh: "绕过 Jixiao 的修改", en: "outside Jixiao"),
        "district.verify.audit-ok": Entry(
            zh: "审计记录：正常，共 {n} 条，链头 {head}",
            en: "audit_trail: ok, {n} entries, head {head}"
        ),
        "district.verify.audit-failed": Entry(zh: "审计记录：检查未通过：{problems}", en: "audit_trail: FAILED: {problems}"),
        "district.verify.audit-unsealed": Entry(
            zh: "（上次 Jixiao 写入之后有 {n} 项修改绕过了 Jixiao：见 `district audit`）",
            en: " ({n} changes made outside Jixiao since its last write: see `district audit`)"
        ),
        "district.verify.failed": Entry(
            zh: "检查未通过：请从备份恢复数据库（`district backup FILE`）",
            en: "verify FAILED: restore the database from a backup (`district backup FILE`)"
        ),
        "district.wrote": Entry(
            zh: "已写出 {path}",
            en: "wrote {path}"
        ),
        "district.settings.unknown": Entry(
            zh: "未知的设置“{key}”：请使用 {keys} 之一，或用 report.CODE.KEY 设置单个项目",
            en: "unknown setting \"{key}\": use one of {keys}, or report.CODE.KEY for one project"
        ),
        "misuse.expense.nothing-to-change": Entry(
            zh: "没有要修改的内容：请至少给出 --project、--category、--fund、--amount、--date、--voucher、--payee、--note 之一",
            en:
                "nothing to change: give at least one of --project, --category, --fund, --amount, --date, --voucher, --payee, --note"
        ),
        "misuse.secret-on-argv": Entry(
            zh:
                "不接受在命令行上给出密钥：所有用户都能在 ps 中看到，shell 历史也会记下它；请用 --enrol FILE（区里给的注册文件）、--secret-file FILE 或 --secret-stdin",
            en:
                "a secret on the command line is refused: every user sees it in ps and the shell history keeps it; use --enrol FILE (the enrolment file from the district), --secret-file FILE or --secret-stdin"
        ),
        "misuse.secret-one-way": Entry(
            zh: "密钥只能用一种方式给出：--secret-file 或 --secret-stdin",
            en: "give the secret one way: --secret-file or --secret-stdin"
        ),
        "misuse.xlsx-needs-out": Entry(
            zh: "--format xlsx 需要 --out FILE.xlsx",
            en: "--format xlsx needs --out FILE.xlsx"
        ),
        "misuse.config.enrol-and-secret": Entry(
            zh: "--enrol 中已含密钥：不要同时给出 --secret-file 或 --secret-stdin",
            en: "--enrol holds the secret: give no --secret-file or --secret-stdin with it"
        ),
        "misuse.note.text-or-file": Entry(
            zh: "请给出 --text 或 --file 之一",
            en: "give either --text or --file"
        ),
        "misuse.init.enrol-alone": Entry(
            zh: "--enrol 已给出服务器、单位、密钥和证书：不要再给出其中任何一项",
            en: "--enrol gives the server, office, secret and certificate: give no other of them"
        ),
        "misuse.init.need-enrol": Entry(
            zh: "请给出区里的注册文件（--enrol FILE），或 --server、--office 和密钥",
            en: "give the enrolment file from the district (--enrol FILE), or --server, --office and the secret"
        ),
        "misuse.init.need-secret": Entry(
            zh: "请给出本单位的密钥：--enrol FILE、--secret-file FILE 或 --secret-stdin",
            en: "give this office's secret: --enrol FILE, --secret-file FILE or --secret-stdin"
        ),
        "misuse.tls.one-action": Entry(
            zh: "请给出 --stage、--activate 或 --cancel 之一",
            en: "give one of --stage, --activate or --cancel"
        ),
        "misuse.serve.plaintext-remote": Entry(
            zh: "--plaintext 只用于在同一台电脑上调试：需要 --host 127.0.0.1；其他电脑上的单位通过 TLS 同步",
            en:
                "--plaintext is only for debugging on one machine: it needs --host 127.0.0.1; offices on other computers sync over TLS"
        ),
        "misuse.serve.port": Entry(
            zh: "--port 必须在 0–65535 之间",
            en: "--port must be 0–65535"
        ),
        "misuse.serve.max-connections": Entry(
            zh: "--max-connections 必须为正数",
            en: "--max-connections must be positive"
        ),
        "misuse.serve.max-connections-per-host": Entry(
            zh: "--max-connections-per-host 必须为正数",
            en: "--max-connections-per-host must be positive"
        ),
        "misuse.serve.max-push": Entry(
            zh: "--max-push-mib 必须在 1–4096 之间",
            en: "--max-push-mib must be 1–4096"
        ),
        "misuse.report.all-needs-year": Entry(
            zh: "--all 会生成一个年度的全部项目：请给出 --year",
            en: "--all writes every project of a year: give --year"
        ),
        "misuse.report.project-or-all": Entry(
            zh: "请给出 --project CODE 或 --all 之一，不能同时给出",
            en: "give either --project CODE or --all, not both"
        ),
        "misuse.report.all-needs-out": Entry(
            zh: "--all 会以各种格式写出每个项目：请给出 --out DIR",
            en: "--all writes every project in every format: give --out DIR"
        ),
        "misuse.report.need-project": Entry(
            zh: "请给出 --project CODE（或 --all --out DIR）",
            en: "give --project CODE (or --all --out DIR)"
        ),
        "misuse.binary-needs-out": Entry(
            zh: "--format {format} 是二进制文件：请给出 --out FILE",
            en: "--format {format} is a binary file: give --out FILE"
        ),
        "misuse.status.period-outside-year": Entry(
            zh: "--period {period} 不在 --year {year} 内",
            en: "--period {period} is not in --year {year}"
        ),
        "misuse.settings.empty": Entry(
            zh: "值为空：要删除一项设置，请用 `district settings unset {key}`",
            en: "the value is empty: to remove a setting use `district settings unset {key}`"
        ),
        "misuse.name-empty": Entry(
            zh: "--name 不能为空",
            en: "--name must not be empty"
        ),
        "rule.category-not-of-project": Entry(
            zh: "类别“{category}”不是项目 {project} 的类别",
            en: "category \"{category}\" is not a category of project {project}"
        ),
        "rule.fund-not-of-project": Entry(
            zh: "资金来源“{fund}”不是项目 {project} 的资金来源",
            en: "fund \"{fund}\" is not a fund of project {project}"
        ),
        "rule.date-outside-year": Entry(
            zh: "日期 {date} 不在 {year} 年内，而项目 {project} 属于 {year} 年",
            en: "date {date} is not in {year}, the year of project {project}"
        ),
        "rule.date-not-iso": Entry(
            zh: "日期“{date}”不是形如 {example} 的 ISO 8601 日期",
            en: "date \"{date}\" is not an ISO 8601 date like {example}"
        ),
        "rule.amount-zero": Entry(
            zh: "金额为零",
            en: "amount is zero"
        ),
        "rule.amount-too-large": Entry(
            zh: "金额 {amount} 超出 ±{limit} 元，单笔支出不可能这么大",
            en: "amount {amount} is beyond ±{limit} 元, more than any one expenditure can be"
        ),
        "rule.indicator-not-reported-by": Entry(
            zh: "指标 {indicator} 不由单位 {office} 填报",
            en: "indicator {indicator} is not reported by office {office}"
        ),
        "rule.qualitative-number": Entry(
            zh: "指标 {indicator} 是定性指标：其值应为文字，不是数字",
            en: "indicator {indicator} is qualitative: its value is text, not a number"
        ),
        "rule.quantitative-text": Entry(
            zh: "指标 {indicator} 是定量指标：其值应为数字，不是文字",
            en: "indicator {indicator} is quantitative: its value is a number, not text"
        ),
        "rule.not-finite": Entry(
            zh: "指标 {indicator} 的值不是有限数字",
            en: "value of indicator {indicator} is not a finite number"
        ),
        "rule.project-not-in-year-plan": Entry(
            zh: "{year} 年的计划中没有项目 {project}，只有 {years} 年的计划中有",
            en: "project {project} is not in the plan of {year}, only of {years}"
        ),
        "rule.indicator-not-in-plan": Entry(
            zh: "区里的计划中没有指标“{indicator}”",
            en: "indicator \"{indicator}\" is not in the district's plan"
        ),
        "rule.period-outside-year": Entry(
            zh: "期间 {period} 不在 {years} 年内，而指标 {indicator} 所属项目 {project} 属于 {years} 年",
            en: "period {period} is not in {years}, the year of project {project} (indicator {indicator})"
        ),
        "rule.project-not-in-plan": Entry(
            zh: "区里的计划中没有项目“{project}”",
            en: "project \"{project}\" is not in the district's plan"
        ),
        "rule.office-not-in-project": Entry(
            zh: "单位 {office} 不在项目 {project} 的填报单位之列",
            en: "office {office} is not among the offices of project {project}"
        ),
        "input.text-empty": Entry(
            zh: "文字内容为空",
            en: "the text is empty"
        ),
        "street.note.not-found": Entry(
            zh: "{project} 没有 {section} 说明",
            en: "there is no {section} note for {project}"
        ),
        "street.expense.nothing-to-change": Entry(
            zh: "没有要修改的内容：修改中没有新的字段",
            en: "nothing to change: the edit gives no new field"
        ),
        "street.expense.not-found": Entry(
            zh: "没有编号为“{id}”的支出（见 street expense list）",
            en: "no expenditure with id \"{id}\" (see street expense list)"
        ),
        "field.period": Entry(
            zh: "期间",
            en: "period"
        ),
        "field.value": Entry(
            zh: "数值",
            en: "value"
        ),
        "district.plan.warning": Entry(
            zh: "{name}：警告：{warning}",
            en: "{name}: warning: {warning}"
        ),
        "file.exists": Entry(
            zh: "{path} 已存在：不会覆盖它",
            en: "{path} already exists: refusing to overwrite it"
        ),
        "file.exists-out": Entry(
            zh: "{path} 已存在：请删除它，或用 --out 另给一个文件",
            en: "{path} already exists: remove it, or give another --out"
        ),
        "file.cannot-write-reason": Entry(
            zh: "无法写入 {path}：{reason}",
            en: "cannot write {path}: {reason}"
        ),
        "office.not-enrolled": Entry(
            zh: "单位 {code} 未注册",
            en: "office {code} is not enrolled"
        ),
        "storage.office-exists": Entry(
            zh: "单位 {code} 已注册",
            en: "office {code} is already enrolled"
        ),
        "storage.no-office": Entry(
            zh: "没有代码为 {code} 的单位",
            en: "no office with code {code}"
        ),
        "plan.project-code-twice": Entry(
            zh: "项目代码“{code}”用了两次（另见 projects[{first}]）；代码不能重复",
            en: "project code \"{code}\" is used twice (also projects[{first}]); codes must be unique"
        ),
        "plan.office-twice": Entry(
            zh: "offices 中有单位重复",
            en: "offices lists an office twice"
        ),
        "plan.indicator-code-twice": Entry(
            zh: "指标代码“{code}”用了两次（另见 {first}）；指标代码在整个计划中不能重复",
            en: "indicator code \"{code}\" is used twice (also {first}); indicator codes must be unique across the plan"
        ),
        "plan.no-indicators": Entry(
            zh: "该项目没有指标；其指标分值合计必须为 90（另外 10 分是预算执行率）",
            en:
                "the project has no indicators; its indicators' weights must add up to 90 (the other 10 points are the budget execution rate)"
        ),
        "plan.weights-not-90": Entry(
            zh: "指标分值合计为 {total}，不是 90；100 分中另外 10 分是预算执行率",
            en:
                "the indicators' weights add up to {total}, not 90; the other 10 of the 100 points are the budget execution rate (预算执行率)"
        ),
        "plan.summary": Entry(
            zh: "{year} 年计划{dry}：新增 {created}，修改 {updated}，删除 {removed}，未变 {unchanged}{kept}",
            en: "plan {year}{dry}: {created} created, {updated} updated, {removed} removed, {unchanged} unchanged{kept}"
        ),
        "plan.summary.dry": Entry(
            zh: "（试导入，未写入）",
            en: " (dry run, nothing written)"
        ),
        "plan.summary.kept": Entry(
            zh: "，保留 {n}",
            en: ", {n} kept"
        ),
        "plan.no-changes": Entry(
            zh: "{year} 年计划：没有变化（{n} 项原已是最新）",
            en: "plan {year}: no changes ({n} items were already up to date)",
            enOne: "plan {year}: no changes ({n} item was already up to date)"
        ),
        "plan.no-changes-dry": Entry(
            zh: "{year} 年计划（试导入）：没有变化（{n} 项已是最新）",
            en: "plan {year} (dry run): no changes ({n} items are already up to date)",
            enOne: "plan {year} (dry run): no changes ({n} item is already up to date)"
        ),
        "plan.no-projects-yet": Entry(
            zh: "数据库中还没有项目：请用 `district plan import PLAN.json` 导入计划",
            en: "the database has no projects yet: import a plan with `district plan import PLAN.json`"
        ),
        "plan.no-projects-year-none": Entry(
            zh: "{year} 年没有项目：数据库中还没有项目；请用 `district plan import PLAN.json` 导入计划",
            en:
                "no projects for year {year}: the database has no projects yet; import a plan with `district plan import PLAN.json`"
        ),
        "plan.no-projects-year": Entry(
            zh: "{year} 年没有项目（有项目的年度：{years}）",
            en: "no projects for year {year} (years with projects: {years})"
        ),
        "plan.offices-not-enrolled": Entry(
            zh: "以下单位尚未注册：{offices}（请用 `district office add` 注册）",
            en: "offices not enrolled yet: {offices} (enrol them with `district office add`)"
        ),
        "plan.item": Entry(
            zh: "{action}{kind}：{key}",
            en: "{action} {kind} {key}"
        ),
        "plan.action.created": Entry(
            zh: "新增",
            en: "created"
        ),
        "plan.action.updated": Entry(
            zh: "修改",
            en: "updated"
        ),
        "plan.action.removed": Entry(
            zh: "删除",
            en: "removed"
        ),
        "plan.action.unchanged": Entry(
            zh: "未变",
            en: "unchanged"
        ),
        "plan.action.kept": Entry(
            zh: "保留",
            en: "kept"
        ),
        "plan.kind.project": Entry(
            zh: "项目",
            en: "project"
        ),
        "plan.kind.fund": Entry(
            zh: "资金来源",
            en: "fund"
        ),
        "plan.kind.category": Entry(
            zh: "类别",
            en: "category"
        ),
        "plan.kind.indicator": Entry(
            zh: "指标",
            en: "indicator"
        ),
        "street.status.comma": Entry(
            zh: "，",
            en: ", "
        ),
        "pdf.no-converter": Entry(
            zh:
                "--format pdf 需要 LibreOffice 或 Chromium：请安装其一（apt-get install libreoffice-writer，或 apt-get install chromium），或者用 --format docx 生成 Word 文档，再用 Word 或 WPS 打印",
            en:
                "--format pdf needs LibreOffice or Chromium: install one (apt-get install libreoffice-writer, or apt-get install chromium), or write --format docx and print it from Word or WPS"
        ),
        "pdf.no-temporary-folder": Entry(
            zh: "无法为 PDF 创建临时文件夹",
            en: "cannot create a temporary folder for the PDF"
        ),
        "pdf.no-output": Entry(
            zh: "PDF 转换程序（{program}）没有生成 PDF",
            en: "the PDF converter ({program}) wrote no PDF"
        ),
        "file.cannot-write-plain": Entry(
            zh: "无法写入 {path}",
            en: "cannot write {path}"
        ),
        "file.cannot-create": Entry(
            zh: "无法创建 {path}",
            en: "cannot create {path}"
        ),
        "pdf.cannot-start": Entry(
            zh: "无法启动 {program}",
            en: "cannot start {program}"
        ),
        "pdf.timeout": Entry(
            zh: "{program} 在 {seconds} 秒内没有完成，已被终止",
            en: "{program} did not finish within {seconds} s and was stopped"
        ),
        "pdf.failed": Entry(
            zh: "{program} 运行失败，状态 {status}：{tail}",
            en: "{program} failed with status {status}: {tail}"
        ),
        "word.empty": Entry(
            zh: "Word 文件包为空",
            en: "the Word package is empty"
        ),
        "word.cannot-package": Entry(
            zh: "无法打包 Word 文档",
            en: "cannot package the Word document"
        ),
        "tls.none": Entry(
            zh: "区级数据库中没有 TLS 证书",
            en: "the district database has no TLS certificate"
        ),
        "tls.none-staged": Entry(
            zh: "没有预备的证书：请先运行 district tls rotate --stage",
            en: "no certificate is staged: run district tls rotate --stage first"
        ),
        "file.cannot-write-folder": Entry(
            zh: "无法写入 {path}：请检查文件夹是否存在、是否可写",
            en: "cannot write {path}: check that the folder exists and can be written"
        ),
        "console.format-invalid": Entry(
            zh: "格式“{text}”不是以下之一：table、csv、json",
            en: "format \"{text}\" is not one of: table, csv, json"
        ),
        "district.backup.name": Entry(
            zh: "{reason}；请换一个文件名",
            en: "{reason}; choose a new file name"
        ),
        "input.required-column": Entry(
            zh: "表头中缺少必填列 {column}",
            en: "required column {column} is missing from the header"
        ),
    ]
}
