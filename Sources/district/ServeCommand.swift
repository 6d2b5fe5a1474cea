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
            abstract: "Serve the offices' syncs over TCP until interrupted (Ctrl-C or SIGTERM).",
            discussion: """
                Every connection is TLS 1.3 with the district's certificate (district tls show), unless --plaintext. \
                Listens on 127.0.0.1 unless --host says otherwise: to serve offices on other computers, use \
                --host 0.0.0.0 and open the TCP port (7420) in the firewall. Logs one line per session (office, \
                rows in/out, bytes, duration, result) to stderr.
                """
        )

        @Option(help: ArgumentHelp("The address to listen on; 0.0.0.0 for every interface.", valueName: "host"))
        var host: String = "127.0.0.1"

        @Option(help: ArgumentHelp("The TCP port.", valueName: "port"))
        var port: Int = 7420

        @Option(help: ArgumentHelp("The most simultaneous connections.", valueName: "n"))
        var maxConnections: Int = 64

        @Option(
            help: ArgumentHelp(
                "The most simultaneous connections from one address (offices behind one NAT share an address).",
                valueName: "n"
            )
        )
        var maxConnectionsPerHost: Int = 16

        @Option(help: ArgumentHelp("The most one push may inflate to, in MiB.", valueName: "MiB"))
        var maxPushMib: Int = 256

        @Flag(
            help: ArgumentHelp(
                "Serve without TLS, for debugging on one machine (only with --host 127.0.0.1; clients need "
                    + "street sync --plaintext)."
            )
        )
        var plaintext = false

        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            if plaintext && !ServerAddress.isLoopback(host) {
                throw ValidationError(
                    "--plaintext is only for debugging on one machine: it needs --host 127.0.0.1; offices on other "
                        + "computers sync over TLS"
                )
            }
            guard (0...65535).contains(port) else { throw ValidationError("--port must be 0–65535") }
            guard maxConnections > 0 else { throw ValidationError("--max-connections must be positive") }
            guard maxConnectionsPerHost > 0 else {
                throw ValidationError("--max-connections-per-host must be positive")
            }
            guard (1...4096).contains(maxPushMib) else { throw ValidationError("--max-push-mib must be 1–4096") }
        }

        func run() async throws {
            // Session lines are the server's output: show them unless the caller asked for another level.
            setenv("JIXIAO_LOG_LEVEL", "notice", 0)
            options.bootstrapLogging()
            try await reporting {
                let database = try options.open()
                let server = try SyncServer(
                    database: database,
                    configuration: SyncServerConfiguration(
                        host: host,
                        port: port,
                        maximumConnections: maxConnections,
                        maximumConnectionsPerPeer: maxConnectionsPerHost,
                        messageLimit: maxPushMib << 20,
                        plaintext: plaintext
                    ),
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
                        ? "WITHOUT TLS (--plaintext): for debugging on this computer only"
                        : "TLS 1.3 with the district's certificate \(server.channelBinding)"
                )
                printError("serving \(database.path) on \(host):\(bound); stop with Ctrl-C")
                try await server.run()
                for source in sources { source.cancel() }
            }
            printError("stopped")
        }

        /// What to tell the administrator when the server cannot listen: for a port in use, which port and what to
        /// do; otherwise the system's reason (from the errno NIO's error names), not NIO's call syntax.
        private static func bindRefusal(_ error: any Error, host: String, port: Int) -> DistrictError {
            let text = "\(error)"
            guard let match = text.firstMatch(of: /errno: (\d+)/), let number = Int32(match.1) else {
                return DistrictError.invalidInput("cannot listen on \(host):\(port): \(text)")
            }
            if number == EADDRINUSE {
                return DistrictError.invalidInput(
                    "port \(port) on \(host) is already in use (another district serve?): stop it or choose another --port"
                )
            }
            return DistrictError.invalidInput("cannot listen on \(host):\(port): \(String(cString: strerror(number)))")
        }
    }
}
