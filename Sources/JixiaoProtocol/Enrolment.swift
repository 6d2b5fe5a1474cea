import Foundation
import JixiaoModels

/// What an office needs to sync, as the district hands it over: the file `district office add` and
/// `district office rotate-secret` write (mode 0600) and `street init --enrol` / `street config --enrol` read.
///
/// It holds the office's secret, so it travels like a key: on a USB stick or in person, and is deleted once used.
/// The format is UTF-8 JSON (Protocol.md §5.4):
///
/// ```json
/// {"format": "jixiao-enrolment/1", "district": "开福区", "office": "wangluyuan", "name": "望麓园街道",
///  "server": "district.example:7420", "secret": "…64 hex digits…", "certificate": "sha256:…"}
/// ```
public struct Enrolment: Hashable, Sendable {
    /// The value of the `format` member.
    public static let format = "jixiao-enrolment/1"

    /// The district's name, for the clerk's eyes.
    public var district: String
    /// The office code.
    public var office: String
    /// The office's name.
    public var officeName: String
    /// Where `district serve` is reached.
    public var server: ServerAddress
    /// The office's secret.
    public var secret: OfficeSecret
    /// The fingerprint of the district's certificate: the office accepts no other.
    public var certificate: CertificateFingerprint

    /// Creates an enrolment.
    public init(
        district: String,
        office: String,
        officeName: String,
        server: ServerAddress,
        secret: OfficeSecret,
        certificate: CertificateFingerprint
    ) {
        self.district = district
        self.office = office
        self.officeName = officeName
        self.server = server
        self.secret = secret
        self.certificate = certificate
    }

    private struct File: Codable {
        var format: String
        var district: String?
        var office: String
        var name: String?
        var server: String
        var secret: String
        var certificate: String
    }

    /// The file's bytes.
    public func encoded() -> Data {
        let file = File(
            format: Self.format,
            district: district,
            office: office,
            name: officeName,
            server: server.description,
            secret: secret.hex,
            certificate: certificate.description
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding strings cannot fail.
        return (try? encoder.encode(file)).map { $0 + Data("\n".utf8) } ?? Data()
    }

    /// Reads an enrolment file's bytes.
    /// - Parameter source: the file's name, for messages.
    /// - Throws: `ModelError.invalidValue` naming the file and what is wrong (never quoting the secret).
    public init(decoding data: Data, source: String) throws {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw ModelError.invalidValue(
                tr("enrolment.not-a-file", ["source": source])
            )
        }
        guard file.format == Self.format else {
            throw ModelError.invalidValue(
                tr("enrolment.other-format", ["source": source, "format": file.format, "expected": Self.format])
            )
        }
        do {
            try Code.check(file.office, as: tr("noun.office-code"))
            self.office = file.office
            self.server = try ServerAddress(parsing: file.server)
            self.certificate = try CertificateFingerprint(parsing: file.certificate)
        } catch let error as ModelError {
            throw ModelError.invalidValue("\(source): \(error.message)")
        }
        guard let secret = try? OfficeSecret(hex: file.secret) else {
            throw ModelError.invalidValue(
                tr("enrolment.bad-secret", ["source": source])
            )
        }
        self.secret = secret
        self.district = file.district ?? ""
        self.officeName = file.name ?? ""
    }
}
