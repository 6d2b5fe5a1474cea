import ArgumentParser
import JixiaoConsole
import JixiaoDistrict
import JixiaoModels
import JixiaoStorage

extension District {
    /// `district tls`: the district's certificate, which every office pins.
    struct TLSCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tls",
            abstract: "Show the district's TLS certificate fingerprint; replace the certificate without re-enrolling.",
            subcommands: [Show.self, Rotate.self]
        )
    }
}

extension District.TLSCommand {
    /// `district tls show`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the SHA-256 fingerprint of the certificate district serve presents (and of a staged one).",
            discussion: """
                Offices pin this fingerprint (their enrolment file carries it). Read it to an office that set up \
                without a file (`street init --pin`). The private key is never shown.
                """
        )

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let database = try options.open()
                let identities = try DistrictIdentity.ensure(in: database)
                if let current = identities.current {
                    print("certificate: \(DistrictIdentity.fingerprint(of: current))  (since \(current.createdAt))")
                }
                if let next = identities.next {
                    print("staged:      \(DistrictIdentity.fingerprint(of: next))  (since \(next.createdAt))")
                }
            }
        }
    }

    /// `district tls rotate --stage | --activate | --cancel`.
    struct Rotate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace the district's certificate in two steps, without re-enrolling the offices.",
            discussion: """
                1. district tls rotate --stage     creates the next certificate; restart district serve. Every \
                office's next sync learns its fingerprint (over the current, pinned connection).
                2. wait until every office has synced (district office list), then
                   district tls rotate --activate  switches to it; restart district serve.
                An office that did not sync during step 1 is refused after step 2 with a message naming both \
                fingerprints: write its enrolment file again (district office enrol CODE) and have it run \
                street config --enrol FILE. --cancel forgets a staged certificate.
                """
        )

        @Flag(help: "Create the next certificate and announce it to the offices.")
        var stage = false

        @Flag(help: "Make the staged certificate the one district serve presents.")
        var activate = false

        @Flag(help: "Forget the staged certificate.")
        var cancel = false

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            guard [stage, activate, cancel].filter({ $0 }).count == 1 else {
                throw ValidationError("give one of --stage, --activate or --cancel")
            }
        }

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let database = try options.open()
                if stage {
                    let identities = try DistrictIdentity.stage(in: database)
                    if let next = identities.next {
                        print("staged: \(DistrictIdentity.fingerprint(of: next))")
                    }
                    printError(
                        "restart district serve: offices learn the new certificate at their next sync; once all have "
                            + "synced, run district tls rotate --activate"
                    )
                } else if activate {
                    let current = try DistrictIdentity.activate(in: database)
                    print("certificate: \(DistrictIdentity.fingerprint(of: current))")
                    printError(
                        "restart district serve to present it; an office that did not sync while it was staged needs "
                            + "a new enrolment file (district office enrol CODE, then street config --enrol FILE)"
                    )
                } else {
                    let discarded = try database.discardStagedTLSIdentity()
                    printError(discarded ? "the staged certificate is forgotten" : "no certificate was staged")
                }
            }
        }
    }
}
