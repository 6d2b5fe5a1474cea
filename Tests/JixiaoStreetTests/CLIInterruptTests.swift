import Foundation
import JixiaoModels
import JixiaoStorage
import JixiaoTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-C during `street sync`: one line saying nothing is half-written, exit status 130 (128 + SIGINT).
@Suite struct CLIInterruptTests {
    /// A TCP socket on 127.0.0.1 that listens and never accepts: the kernel completes the connection, the client
    /// sends HELLO and waits for an answer that never comes, as with a stalled district.
    final class SilentListener {
        let descriptor: Int32
        let port: Int

        init() throws {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = 0
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
            }
            guard bound == 0, listen(descriptor, 8) == 0 else { throw StreetCLI.CLIError(message: "cannot listen") }
            let named = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
            }
            guard named == 0 else { throw StreetCLI.CLIError(message: "cannot name the socket") }
            self.descriptor = descriptor
            port = Int(UInt16(bigEndian: address.sin_port))
        }

        deinit { close(descriptor) }
    }

    @Test(arguments: [
        ("C.UTF-8", "sync interrupted; nothing half-written; run it again"),
        ("zh_CN.UTF-8", "同步已中断；没有写入一半的数据；请重新运行"),
    ])
    func ctrlCDuringSyncSaysNothingIsHalfWritten(language: String, message: String) throws {
        let listener = try SilentListener()
        let cli = try StreetCLI()
        var settings = StreetCLI.settings
        settings.server = ServerAddress(host: "127.0.0.1", port: listener.port)
        _ = try StreetDatabase.create(at: cli.databasePath, settings: settings)
        let running = try BuiltBinary("street").start(
            ["sync"],
            environment: ["JIXIAO_STREET_DB": cli.databasePath, "JIXIAO_LOG_LEVEL": nil, "LANG": language],
            in: cli.folder
        )
        Thread.sleep(forTimeInterval: 1.5)
        running.process.interrupt()
        let result = try running.finish()
        #expect(result.status == 130, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr == message + "\n")
        // The attempt is recorded for `street status`.
        #expect(
            try cli.database().statusSnapshot().syncState.lastSession?.result == message
        )
    }
}
