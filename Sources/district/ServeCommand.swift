import ArgumentParser
import Dispatch
import Foundation
import JixiaoConsole
import JixiaoDistrict
import JixiaoModels
import JixiaoStorage
import Logging

extension District {
    /// `district serve`: runs the sync server until SIGINT or SIGTERM.
    struct ServeCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: tr("district.serve.abstract"),
            discussion: tr("district.serve.discussion")
        )

        @Option(help: ArgumentHelp(tr("district.serve.host"), valueName: "host"))
        var host: String = "127.0.0.1"

        @Option(help: ArgumentHelp(tr("district.serve.port"), valueName: "port"))
        var port: Int = 7420

        @Option(help: ArgumentHelp(tr("district.serve.maxConnections"), valueName: "n"))
        var maxConnections: Int = 64

        @Option(
            help: ArgumentHelp(
                tr("district.serve.maxConnectionsPerHost"),
                valueName: "n"
            )
        )
        var maxConnectionsPerHost: Int = 16

        @Option(help: ArgumentHelp(tr("district.serve.maxPushMib"), valueName: "MiB"))
        var maxPushMib: Int = 256

        @Flag(
            help: ArgumentHelp(
                tr("district.serve.plaintext")
            )
        )
        var plaintext = false

        /// For tests: when PUSH_PROGRESS starts (milliseconds after a push starts to be stored) and how often.
        @Option(help: .hidden)
        var pushProgressMs: [Int] = []

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            if plaintext && !ServerAddress.isLoopback(host) {
                throw ValidationError(tr("misuse.serve.plaintext-remote"))
            }
            guard (0...65535).contains(port) else { throw ValidationError(tr("misuse.serve.port")) }
            guard maxConnections > 0 else { throw ValidationError(tr("misuse.serve.max-connections")) }
            guard maxConnectionsPerHost > 0 else {
                throw ValidationError(tr("misuse.serve.max-connections-per-host"))
            }
            guard (1...4096).contains(maxPushMib) else { throw ValidationError(tr("misuse.serve.max-push")) }
            guard pushProgressMs.isEmpty || (pushProgressMs.count == 2 && pushProgressMs.allSatisfy { $0 >= 0 }) else {
                // english: a hidden option for tests
                throw ValidationError("--push-progress-ms takes two values: the delay and the interval")
            }
        }

        func run() async throws {
            // Session lines are the server's output: show them unless the caller asked for another level.
            setenv("JIXIAO_LOG_LEVEL", "notice", 0)
            options.bootstrapLogging()
            try await reporting {
                let database = try options.open()
                var configuration = SyncServerConfiguration(
                    host: host,
                    port: port,
                    maximumConnections: maxConnections,
                    maximumConnectionsPerPeer: maxConnectionsPerHost,
                    messageLimit: maxPushMib << 20,
                    plaintext: plaintext
                )
                if pushProgressMs.count == 2 {
                    configuration.pushProgressDelay = .milliseconds(Int64(pushProgressMs[0]))
                    configuration.pushProgressInterval = .milliseconds(Int64(pushProgressMs[1]))
                }
                let server = try SyncServer(
                    database: database,
                    configuration: configuration,
                    logger: Logger(label: "district.serve")
                )
                let bound: Int
                do {
                    bound = try await server.start()
                } catch {
                    throw Self.bindRefusal(error, host: host, port: port)
                }
                signal(SIGINT, SIG_IGN)
                signal(SIGTERM, SIG_IGN)
                let sources = [SIGINT, SIGTERM].map { number in
                    let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                    source.setEventHandler { server.shutdown() }
                    source.resume()
                    return source
                }
                printError(
                    plaintext
                        ? tr("district.serve.plaintext-warning")
                        : tr("district.serve.tls", ["pin": "\(server.channelBinding)"])
                )
                printError(tr("district.serve.serving", ["path": database.path, "host": host, "port": "\(bound)"]))
                try await server.run()
                for source in sources { source.cancel() }
            }
            printError(tr("district.serve.stopped"))
        }

        /// What to tell the administrator when the server cannot listen: for a port in use, which port and what to
        /// do; otherwise the system's reason (from the errno NIO's error names), not NIO's call syntax.
        private static func bindRefusal(_ error: any Error, host: String, port: Int) -> DistrictError {
            let text = "\(error)"
            guard let match = text.firstMatch(of: /errno: (\d+)/), let number = Int32(match.1) else {
                return DistrictError.invalidInput(
                    tr("district.serve.cannot-listen", ["host": host, "port": "\(port)", "reason": text])
                )
            }
            if number == EADDRINUSE {
                return DistrictError.invalidInput(tr("district.serve.port-in-use", ["port": "\(port)", "host": host]))
            }
            return DistrictError.invalidInput(
                tr(
                    "district.serve.cannot-listen",
                    ["host": host, "port": "\(port)", "reason": String(cString: strerror(number))]
                )
            )
        }
    }
}
