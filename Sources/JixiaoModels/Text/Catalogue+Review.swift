extension Catalogue {
    /// Submission, review, locks and refused changes (Docs/Review.md), on both sides.
    static let review: [String: Entry] = [
        "report.final.not-approved": Entry(
            zh: "{total} 个单位中有 {n} 个尚未经区里审核通过（{names}）",
            en: "{n} of {total} offices are not approved by the district ({names})"
        ),
        "storage.refused-unreadable": Entry(
            zh: "一条被拒绝的修改的数值无法读取",
            en: "a refused change's values cannot be read"
        ),
        "row.submission-key": Entry(zh: "上报记录的键应为“项目/年度”", en: "the key of a submission is its project/year"),
        "review.state.draft": Entry(zh: "草稿", en: "draft"),
        "review.state.submitted": Entry(zh: "已上报", en: "submitted"),
        "review.state.returned": Entry(zh: "已退回", en: "returned"),
        "review.state.approved": Entry(zh: "已审核通过", en: "approved"),
        "review.refused.submit": Entry(zh: "状态为{state}时不能上报", en: "it cannot be submitted while {state}"),
        "review.refused.approve": Entry(
            zh: "状态为{state}时不能审核通过（只有已上报的才能通过）",
            en: "it cannot be approved while {state} (only a submitted one can)"
        ),
        "review.refused.return": Entry(
            zh: "状态为{state}时不能退回（只有已上报的才能退回）",
            en: "it cannot be returned while {state} (only a submitted one can)"
        ),
        "review.refused.reopen": Entry(
            zh: "状态为{state}时不能重新打开（只有已审核通过的才能重新打开）",
            en: "it cannot be reopened while {state} (only an approved one can)"
        ),
        "review.refused": Entry(
            zh: "{office} 的 {project}（{year} 年）：{reason}",
            en: "{project} of {year} of office {office}: {reason}"
        ),
        "review.no-project": Entry(
            zh: "计划中没有项目 {project}",
            en: "the plan has no project {project}"
        ),
        "review.no-project-year": Entry(
            zh: "计划中没有 {year} 年的项目 {project}（有：{years}）",
            en: "the plan has no project {project} in {year} (it has {years})"
        ),
        "review.locked-approved": Entry(
            zh: "{project}（{year} 年）已于 {time} 经区里审核通过，不能再修改；请区里重新打开",
            en: "{project} of {year} was approved by the district on {time}; ask the district to reopen it"
        ),
        "review.locked-submitted": Entry(
            zh: "{project}（{year} 年）已于 {time} 上报区里，审核期间不能修改；请等待审核，或请区里退回",
            en:
                "{project} of {year} was submitted to the district on {time}; wait for its review, or ask the district to return it"
        ),
        "review.locked-pending": Entry(
            zh: "{project}（{year} 年）已于 {time} 上报（尚未同步），不能再修改",
            en: "{project} of {year} was submitted on {time} (not yet synced); it can no longer be changed"
        ),
        "review.not-reporter": Entry(
            zh: "{office} 不是 {project}（{year} 年）的报送单位，不能上报它",
            en: "office {office} does not report on {project} of {year}: it cannot submit it"
        ),
        "header.review": Entry(zh: "审核", en: "review"),
        "review.refused-none": Entry(zh: "没有被拒收的修改。", en: "No refused changes."),

        "street.submit.abstract": Entry(
            zh: "把一个项目某年的数据上报区里审核。",
            en: "Submit a project's figures of a year to the district for review."
        ),
        "street.submit.discussion": Entry(
            zh: "上报后，本单位该项目该年的支出、指标值和说明只读，直到区里退回或重新打开。上报在下次 street sync 时送到区里。",
            en:
                "Once submitted, the office's expenditures, indicator values and notes of the project and year are read-only until the district returns or reopens them. The submission reaches the district with the next street sync."
        ),
        "street.submit.project": Entry(zh: "项目编码", en: "The project's code."),
        "street.submit.year": Entry(zh: "年度（默认：该项目最新的年度）", en: "The year (default: the project's latest)."),
        "street.submit.note": Entry(zh: "给区里的说明", en: "A note for the district."),
        "street.submit.done": Entry(
            zh: "已上报 {project}（{year} 年）；下次同步时送达区里。",
            en: "Submitted {project} of {year}; it reaches the district with the next sync."
        ),
        "street.refused.abstract": Entry(
            zh: "列出区里因项目已上报或已审核通过而拒收的修改。",
            en: "List the changes the district refused because their project was submitted or approved."
        ),
        "street.refused.discussion": Entry(
            zh: "拒收的修改不会丢失：区里重新打开该项目后会应用它们（除非那一行之后又改过）。",
            en:
                "Refused changes are not lost: a reopen by the district applies them (unless their row changed again since)."
        ),
        "street.refused.format": Entry(zh: "输出格式：table、csv 或 json", en: "Output format: table, csv or json."),
        "street.refused.utc": Entry(zh: "时间用 UTC 显示", en: "Show times in UTC."),
        "street.status.review": Entry(zh: "{project} {year} 年", en: "{project} {year}"),
        "street.status.review-pending": Entry(
            zh: "已于 {time} 上报（尚未同步）",
            en: "submitted on {time} (not yet synced)"
        ),
        "street.status.review-submitted": Entry(zh: "已于 {time} 上报，等待审核", en: "submitted on {time}, awaiting review"),
        "street.status.review-approved": Entry(
            zh: "已于 {time} 由 {by} 审核通过",
            en: "approved by {by} on {time}"
        ),
        "street.status.review-returned": Entry(
            zh: "已于 {time} 由 {by} 退回，原因：{reason}",
            en: "returned by {by} on {time}: {reason}"
        ),
        "street.status.review-draft": Entry(
            zh: "已于 {time} 由 {by} 重新打开，可以修改",
            en: "reopened by {by} on {time}; open for changes"
        ),
        "street.status.refused": Entry(zh: "拒收", en: "refused"),
        "street.status.refused-line": Entry(
            zh: "{n} 条修改被区里拒收（street refused）",
            en: "{n} changes refused by the district (street refused)",
            enOne: "1 change refused by the district (street refused)"
        ),

        "district.review.abstract": Entry(
            zh: "查看各单位的上报与审核。",
            en: "List the offices' submissions and their review."
        ),
        "district.review.discussion": Entry(
            zh: "审核用 district approve、district return 和 district reopen。",
            en: "Review with district approve, district return and district reopen."
        ),
        "district.review.list.abstract": Entry(
            zh: "列出各单位各项目各年的审核状态。",
            en: "List the review state of each office, project and year."
        ),
        "district.review.list.state": Entry(
            zh: "只列这个状态：draft、submitted、returned 或 approved",
            en: "Only this state: draft, submitted, returned or approved."
        ),
        "district.review.office": Entry(zh: "只列这个单位", en: "Only this office."),
        "district.review.format": Entry(zh: "输出格式：table、csv 或 json", en: "Output format: table, csv or json."),
        "district.review.utc": Entry(zh: "时间用 UTC 显示", en: "Show times in UTC."),
        "district.review.none": Entry(zh: "没有上报或审核记录。", en: "No submissions or reviews."),
        "district.review.refused.abstract": Entry(
            zh: "列出因项目已上报或已审核通过而拒收的修改。",
            en: "List the changes refused because their project was submitted or approved."
        ),
        "district.review.target.office": Entry(zh: "单位编码", en: "The office's code."),
        "district.review.target.project": Entry(zh: "项目编码", en: "The project's code."),
        "district.review.target.year": Entry(zh: "年度（默认：该项目最新的年度）", en: "The year (default: the project's latest)."),
        "district.review.target.by": Entry(zh: "审核人姓名", en: "The reviewer's name."),
        "district.review.by-empty": Entry(zh: "--by 不能为空", en: "--by must not be empty"),
        "district.review.done": Entry(
            zh: "{office} 的 {project}（{year} 年）：{from} → {to}",
            en: "{project} of {year} of office {office}: {from} → {to}"
        ),
        "district.review.reopen-applied": Entry(
            zh: "应用了 {n} 条拒收的修改；{superseded} 条因该行之后又改过而不再应用",
            en: "applied {n} refused changes; {superseded} superseded by later changes of their rows",
            enOne: "applied 1 refused change; {superseded} superseded by later changes of their rows"
        ),
        "district.approve.abstract": Entry(zh: "审核通过一个单位上报的项目。", en: "Approve an office's submitted project."),
        "district.approve.discussion": Entry(
            zh: "通过后该单位该项目该年的数据在单位端只读；之后推送来的修改被拒收并保留（district review refused）。",
            en:
                "Once approved, the office's rows of the project and year are read-only at the office; changes pushed after are kept as refused (district review refused)."
        ),
        "district.approve.note": Entry(zh: "审核意见", en: "A note."),
        "district.return.abstract": Entry(
            zh: "把一个单位上报的项目退回修改。",
            en: "Return an office's submitted project for changes."
        ),
        "district.return.discussion": Entry(
            zh: "退回原因在单位下次同步后显示在 street status 中；单位修改后重新上报。",
            en:
                "The reason shows in the office's street status after its next sync; the office edits and submits again."
        ),
        "district.return.reason": Entry(zh: "退回原因", en: "The reason."),
        "district.return.reason-empty": Entry(zh: "--reason 不能为空", en: "--reason must not be empty"),
        "district.reopen.abstract": Entry(
            zh: "重新打开已审核通过的项目，并应用被拒收的修改。",
            en: "Reopen an approved project, applying its refused changes."
        ),
        "district.reopen.discussion": Entry(
            zh: "状态回到草稿；被拒收而该行之后没再改过的修改作为新版本应用，单位各设备下次同步时收到。",
            en:
                "The state goes back to draft; refused changes whose row has not changed since are applied as new versions, which the office's devices pull at their next sync."
        ),
        "district.reopen.note": Entry(zh: "说明", en: "A note."),
    ]
}
