/// A voucher number already used by an expenditure of a project.
public struct StoredVoucher: Hashable, Sendable {
    /// The project code.
    public var project: String
    /// The year of the expenditure's date (vouchers start again every year).
    public var year: Int
    /// The voucher number (never empty).
    public var voucher: String
    /// The expenditure's id.
    public var id: String
}
