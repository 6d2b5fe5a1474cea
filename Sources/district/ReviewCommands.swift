import ArgumentParser
import Foundation
import JixiaoConsole
import JixiaoModels
import JixiaoStorage

extension District {
    /// `district review list|refused`: what the offices submitted and how the district answered.
    struct ReviewCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: tr("district.review.abstract"),
            discussion: tr("district.review.discussion"),
            subcommands: [List.self, Refused.self]
        )

        /// `district review list [--state S] [--format F]`.
        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: tr("district.review.list.abstract"))

            @Option(help: ArgumentHelp(tr("district.review.list.state"), valueName: "state"))
            var state: ReviewState?

            @Option(help: ArgumentHelp(tr("district.review.office"), valueName: "code"))
            var office: String?

            @Option(help: ArgumentHelp(tr("district.review.format"), valueName: "format"))
            var format: OutputFormat = .table

            @Flag(help: ArgumentHelp(tr("district.review.utc")))
            var utc = false

            @OptionGroup var options: DatabaseOptions

            func run() throws {
                options.bootstrapLogging()
                try reporting {
                    let reviews = try options.open().reviews(office: office, state: state)
                    if reviews.isEmpty && format == .table {
                        printError(tr("district.review.none"))
                        return
                    }
                    let table = ReviewListing.table(reviews, times: DisplayTime(utc: utc), localized: format == .table)
                    write(try table.render(format))
                }
            }
        }

        /// `district review refused [--office O] [--format F]`.
        struct Refused: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: tr("district.review.refused.abstract"))

            @Option(help: ArgumentHelp(tr("district.review.office"), valueName: "code"))
            var office: String?

            @Option(help: ArgumentHelp(tr("district.review.format"), valueName: "format"))
            var format: OutputFormat = .table

            @Flag(help: ArgumentHelp(tr("district.review.utc")))
            var utc = false

            @OptionGroup var options: DatabaseOptions

            func run() throws {
                options.bootstrapLogging()
                try reporting {
                    let refused = try options.open().refusedChanges(office: office)
                    if refused.isEmpty && format == .table {
                        printError(tr("review.refused-none"))
                        return
                    }
                    write(try ReviewListing.refused(refused, times: DisplayTime(utc: utc)).render(format))
                }
            }
        }
    }

    /// The office, project and year a review action names, and who takes it.
    struct ReviewTarget: ParsableArguments {
        @Option(help: ArgumentHelp(tr("district.review.target.office"), valueName: "code"))
        var office: String

        @Option(help: ArgumentHelp(tr("district.review.target.project"), valueName: "code"))
        var project: String

        @Option(help: ArgumentHelp(tr("district.review.target.year"), valueName: "year"))
        var year: Int?

        @Option(help: ArgumentHelp(tr("district.review.target.by"), valueName: "name"))
        var by: String

        func validate() throws {
            guard !by.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError(tr("district.review.by-empty"))
            }
        }

        /// Takes `action` and says what it did.
        func take(_ action: ReviewAction, note: String, options: DatabaseOptions) throws {
            let outcome = try options.open().review(
                action,
                office: office,
                project: project,
                year: year,
                by: by,
                note: note
            )
            let review = outcome.review
            printError(
                tr(
                    "district.review.done",
                    [
                        "office": review.office, "project": review.project, "year": "\(review.year)",
                        "from": outcome.previous.localizedName, "to": review.state.localizedName,
                    ]
                )
            )
            if action == .reopen {
                printError(
                    tr(
                        "district.review.reopen-applied",
                        ["n": "\(outcome.applied)", "superseded": "\(outcome.superseded)"]
                    )
                )
            }
        }
    }

    /// `district approve --office O --project P [--year Y] --by NAME [--note TEXT]`.
    struct ApproveCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "approve",
            abstract: tr("district.approve.abstract"),
            discussion: tr("district.approve.discussion")
        )

        @OptionGroup var target: ReviewTarget

        @Option(help: ArgumentHelp(tr("district.approve.note"), valueName: "text"))
        var note = ""

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting { try target.take(.approve, note: note, options: options) }
        }
    }

    /// `district return --office O --project P [--year Y] --by NAME --reason TEXT`.
    struct ReturnCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "return",
            abstract: tr("district.return.abstract"),
            discussion: tr("district.return.discussion")
        )

        @OptionGroup var target: ReviewTarget

        @Option(help: ArgumentHelp(tr("district.return.reason"), valueName: "text"))
        var reason: String

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError(tr("district.return.reason-empty"))
            }
        }

        func run() throws {
            options.bootstrapLogging()
            try reporting { try target.take(.return, note: reason, options: options) }
        }
    }

    /// `district reopen --office O --project P [--year Y] --by NAME [--note TEXT]`.
    struct ReopenCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reopen",
            abstract: tr("district.reopen.abstract"),
            discussion: tr("district.reopen.discussion")
        )

        @OptionGroup var target: ReviewTarget

        @Option(help: ArgumentHelp(tr("district.reopen.note"), valueName: "text"))
        var note = ""

        @OptionGroup var options: DatabaseOptions

        func run() throws {
            options.bootstrapLogging()
            try reporting { try target.take(.reopen, note: note, options: options) }
        }
    }
}

extension ReviewState: ExpressibleByArgument {}
