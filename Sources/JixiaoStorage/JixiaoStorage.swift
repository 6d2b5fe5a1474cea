// The JixiaoStorage module; see Docs/Architecture.md.
