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
            abstract: tr("district.tls.abstract"),
            subcommands: [Show.self, Rotate.self]
        )
    }
}

extension District.TLSCommand {
    /// `district tls show`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("district.tls.show.abstract"),
            discussion: tr("district.tls.show.discussion")
        )

        @Flag(help: ArgumentHelp(tr("district.status.utc")))
        var utc = false

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let database = try options.open()
                let identities = try DistrictIdentity.ensure(in: database)
                let times = DisplayTime(utc: utc)
                if let current = identities.current {
                    print(
                        tr(
                            "district.tls.certificate-since",
                            [
                                "fingerprint": "\(DistrictIdentity.fingerprint(of: current))",
                                "since": times.string(fromStored: current.createdAt),
                            ]
                        )
                    )
                }
                if let next = identities.next {
                    print(
                        tr(
                            "district.tls.staged-since",
                            [
                                "fingerprint": "\(DistrictIdentity.fingerprint(of: next))",
                                "since": times.string(fromStored: next.createdAt),
                            ]
                        )
                    )
                }
            }
        }
    }

    /// `district tls rotate --stage | --activate | --cancel`.
    struct Rotate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: tr("district.tls.rotate.abstract"),
            discussion: tr("district.tls.rotate.discussion")
        )

        @Flag(help: ArgumentHelp(tr("district.tls.rotate.stage")))
        var stage = false

        @Flag(help: ArgumentHelp(tr("district.tls.rotate.activate")))
        var activate = false

        @Flag(help: ArgumentHelp(tr("district.tls.rotate.cancel")))
        var cancel = false

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            guard [stage, activate, cancel].filter({ $0 }).count == 1 else {
                throw ValidationError(tr("misuse.tls.one-action"))
            }
        }

        func run() throws {
            options.bootstrapLogging()
            try reporting {
                let database = try options.open()
                if stage {
                    let identities = try DistrictIdentity.stage(in: database)
                    if let next = identities.next {
                        print(tr("district.tls.staged", ["fingerprint": "\(DistrictIdentity.fingerprint(of: next))"]))
                    }
                    printError(
                        tr("district.tls.staged-next")
                    )
                } else if activate {
                    let current = try DistrictIdentity.activate(in: database)
                    print(
                        tr("district.tls.certificate", ["fingerprint": "\(DistrictIdentity.fingerprint(of: current))"])
                    )
                    printError(
                        tr("district.tls.activated-next")
                    )
                } else {
                    let discarded = try database.discardStagedTLSIdentity()
                    printError(discarded ? tr("district.tls.forgotten") : tr("district.tls.none-staged"))
                }
            }
        }
    }
}
