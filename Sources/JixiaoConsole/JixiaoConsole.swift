// The JixiaoConsole module; see Docs/Architecture.md.
