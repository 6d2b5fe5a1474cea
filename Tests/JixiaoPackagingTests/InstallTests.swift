import Foundation
import JixiaoTestSupport
import Testing

/// `scripts/install.sh` and `scripts/package.sh`, run as a district admin would: a release build with the Swift
/// runtime linked statically, used with the toolchain's libraries hidden from the loader, and a .deb that
/// `dpkg-deb` accepts.
@Suite("Installable binaries: install.sh and package.sh", .serialized)
struct InstallTests {
    /// Runs a program and returns its status and output.
    static func run(_ program: String, _ arguments: [String]) throws -> ExternalTool.Result {
        try ExternalTool(path: program).run(arguments)
    }

    /// The toolchain's runtime library folder (where the debug builds find libswiftCore.so).
    static func toolchainLibraries() throws -> String {
        let info = try run("/usr/bin/env", ["swift", "-print-target-info"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any])
        let paths = try #require((json["paths"] as? [String: Any])?["runtimeLibraryPaths"] as? [String])
        return try #require(paths.first)
    }

    /// `unshare` gives a private mount namespace where a tmpfs hides the toolchain (needs root, as CI runs).
    static let canHideToolchain = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare")

    /// Runs `binary ARGUMENTS` with the toolchain's library folder replaced by an empty one.
    static func runWithoutToolchain(_ binary: String, _ arguments: [String]) throws -> ExternalTool.Result {
        let libraries = try toolchainLibraries()
        return try run(
            "/usr/bin/unshare",
            [
                "-m", "--", "/bin/sh", "-c", "mount -t tmpfs none \"$0\" && ls \"$0\" | wc -l && exec \"$@\"",
                libraries,
                binary,
            ] + arguments
        )
    }

    @Test(
        "install.sh --prefix puts static binaries that run with the toolchain hidden; package.sh builds a .deb",
        .enabled(if: canHideToolchain, "hiding the toolchain needs root and unshare (util-linux); CI runs as root"),
        .timeLimit(.minutes(20))
    )
    func installAndPackage() throws {
        let root = BuiltBinary.packageRoot
        let prefix = TemporaryFolder(prefix: "jixiao-install")
        let install = try Self.run(root.appendingPathComponent("scripts/install.sh").path, ["--prefix", prefix.path])
        #expect(install.status == 0, "\(install)")
        let district = prefix.file("bin/district")
        let street = prefix.file("bin/street")
        #expect(FileManager.default.isExecutableFile(atPath: district))
        #expect(FileManager.default.isExecutableFile(atPath: street))

        // No Swift runtime library is loaded from anywhere: ldd lists only system libraries.
        for binary in [district, street] {
            let ldd = try Self.run("/usr/bin/ldd", [binary])
            #expect(ldd.status == 0, "\(ldd)")
            #expect(!ldd.stdout.contains("libswift") && !ldd.stdout.contains("libFoundation"), "\(ldd.stdout)")
        }
        // With the toolchain's libraries out of reach, a short district session still works.
        let version = try Self.runWithoutToolchain(district, ["--version"])
        #expect(version.status == 0, "\(version)")
        #expect(version.stdout == "0\n0.1.0\n", "the hidden folder must be empty, then the version")
        let work = TemporaryFolder(prefix: "jixiao-installed")
        let db = work.file("district.db")
        let plan = root.appendingPathComponent("Docs/examples/kaifu-2021/plan.json").path
        for arguments in [["init", "--name", "开福区", "--db", db], ["plan", "import", plan, "--db", db]] {
            let result = try Self.runWithoutToolchain(district, arguments)
            #expect(result.status == 0, "\(arguments): \(result)")
        }
        let report = try Self.runWithoutToolchain(
            district,
            ["report", "--project", "JD2021", "--year", "2021", "--db", db]
        )
        #expect(report.status == 0, "\(report)")
        #expect(report.stdout.contains("绩效自评报告"), "\(report.stdout.prefix(400))")
        let streetHelp = try Self.runWithoutToolchain(street, ["--help"])
        #expect(streetHelp.status == 0 && streetHelp.stdout.contains("USAGE: street"), "\(streetHelp)")

        // The package: both binaries, man pages, completions and the unit, accepted by dpkg-deb.
        let out = TemporaryFolder(prefix: "jixiao-deb")
        let package = try Self.run(root.appendingPathComponent("scripts/package.sh").path, ["--out", out.path])
        #expect(package.status == 0, "\(package)")
        let deb = package.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(deb.hasSuffix(".deb") && FileManager.default.fileExists(atPath: deb), "\(package)")
        let info = try Self.run("/usr/bin/dpkg-deb", ["--info", deb])
        #expect(info.status == 0 && info.stdout.contains("Package: jixiao") && info.stdout.contains("Version: 0.1.0"))
        let contents = try Self.run("/usr/bin/dpkg-deb", ["--contents", deb])
        #expect(contents.status == 0, "\(contents)")
        for path in [
            "./usr/bin/district", "./usr/bin/street", "./usr/share/man/man1/district.1.gz",
            "./usr/share/man/man1/street.1.gz", "./usr/share/bash-completion/completions/district",
            "./usr/share/zsh/vendor-completions/_street", "./usr/share/fish/vendor_completions.d/district.fish",
            "./lib/systemd/system/jixiao-district.service", "./etc/default/jixiao-district",
        ] {
            #expect(contents.stdout.contains(path), "the package lacks \(path)")
        }
        // The man page is the argument parser's description of every subcommand.
        let extracted = TemporaryFolder(prefix: "jixiao-deb-x")
        #expect(try Self.run("/usr/bin/dpkg-deb", ["-x", deb, extracted.path]).status == 0)
        let man = try Self.run(
            "/bin/sh",
            ["-c", "gzip -dc \"$0\"", extracted.file("usr/share/man/man1/district.1.gz")]
        )
        for needle in [".TH \"DISTRICT\" \"1\"", ".SH \"DISTRICT REPORT\"", "--project"] {
            #expect(man.stdout.contains(needle), "district.1 lacks \(needle)")
        }
    }
}
