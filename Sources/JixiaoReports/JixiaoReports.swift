// The JixiaoReports module; see Docs/Architecture.md.
