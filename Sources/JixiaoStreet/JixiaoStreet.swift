// The JixiaoStreet module; see Docs/Architecture.md.
