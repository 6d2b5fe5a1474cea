/// The sync protocol's version (Protocol.md §11.1), negotiated in HELLO and CHALLENGE.
///
/// Version 2 adds devices, the office-row pull, row versions and conflicts; version 1 is retired (nothing that
/// spoke it was deployed), so both sides speak exactly this one.
public enum ProtocolVersion {
    /// The version this build speaks.
    public static let current: UInt8 = 2
    /// The versions this build accepts.
    public static let supported: ClosedRange<UInt8> = current...current
}
