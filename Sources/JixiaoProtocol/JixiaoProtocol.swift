// The JixiaoProtocol module; see Docs/Architecture.md.
