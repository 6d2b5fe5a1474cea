import Foundation
import JixiaoModels
import JixiaoProtocol
import JixiaoStorage

/// The enrolment files the district hands to offices (Protocol.md §5.4): written with mode 0600 from the first byte,
/// never half-written.
public enum EnrolmentFile {
    /// The enrolment of `office` with `secret`, pinning the district's current certificate.
    public static func make(
        office: Office,
        secret: OfficeSecret,
        server: ServerAddress,
        in database: DistrictDatabase
    ) throws -> Enrolment {
        Enrolment(
            district: try database.name(),
            office: office.code,
            officeName: office.name,
            server: server,
            secret: secret,
            certificate: try DistrictIdentity.currentFingerprint(in: database)
        )
    }

    /// The enrolment of an enrolled office with its current secret (a lost file, or an office that missed a
    /// certificate rotation).
    public static func reissue(
        office code: String,
        server: ServerAddress,
        in database: DistrictDatabase
    ) throws
        -> Enrolment
    {
        try OfficeAdmin.requireEnrolled(code, in: database)
        guard let office = try database.office(code), let secret = try database.secret(of: code) else {
            throw DistrictError.notFound(tr("office.not-enrolled", ["code": code]))
        }
        return try make(office: office, secret: secret, server: server, in: database)
    }

    /// The default file name: `CODE.enrol` in the current folder.
    public static func defaultPath(office: String) -> String { "\(office).enrol" }

    /// Writes `enrolment` to `path` with mode 0600: into a new file beside it, then renamed over `path`, so readers
    /// see the old file or the whole new one.
    /// - Parameter replacing: whether an existing file may be replaced (a rotation); otherwise one is refused.
    /// - Throws: `DistrictError.conflict` for an existing file, `.invalidInput` for a folder that cannot be written.
    public static func write(_ enrolment: Enrolment, to path: String, replacing: Bool) throws {
        if !replacing && FileManager.default.fileExists(atPath: path) {
            throw DistrictError.conflict(tr("file.exists-out", ["path": path]))
        }
        let temporary = path + ".tmp-\(UUID().uuidString.prefix(8))"
        let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw DistrictError.invalidInput(
                tr("file.cannot-write-reason", ["path": path, "reason": String(cString: strerror(errno))])
            )
        }
        let bytes = [UInt8](enrolment.encoded())
        var written = 0
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += result
            }
        }
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == 0 {
            // Without `replacing`, link() refuses a file that appeared meanwhile, where rename() would replace it.
            if replacing ? rename(temporary, path) != 0 : link(temporary, path) != 0 { failure = errno }
        }
        unlink(temporary)
        guard failure == 0 else {
            if failure == EEXIST {
                throw DistrictError.conflict(tr("file.exists-out", ["path": path]))
            }
            throw DistrictError.invalidInput(
                tr("file.cannot-write-reason", ["path": path, "reason": String(cString: strerror(failure))])
            )
        }
    }
}
