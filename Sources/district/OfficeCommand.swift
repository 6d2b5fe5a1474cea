import ArgumentParser

extension District {
    /// `district office`: enrol and manage offices.
    ///
    /// `add` and `list` come from the sync work; this group holds the lifecycle commands until they land.
    struct OfficeCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "office",
            abstract: "Manage the offices that report: secrets, disabling, enabling.",
            subcommands: [RotateSecret.self, Disable.self, Enable.self]
        )
    }
}
