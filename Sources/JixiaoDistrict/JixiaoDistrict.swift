// The JixiaoDistrict module; see Docs/Architecture.md.
