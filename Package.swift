// swift-tools-version: 6.0
import PackageDescription

// Layers, top to bottom (see Docs/Architecture.md):
//   JixiaoModels      pure values (money, periods, the domain), no C, no networking
//   CZlibSystem       system zlib (named so it cannot clash with ZIPFoundation's `CZlib`)
//   JixiaoStorage     SQLite through GRDB: both schemas, migrations, change log, digests
//   JixiaoProtocol    the sync wire protocol: frames, messages, compression, auth, state machines (no sockets)
//   JixiaoConsole     terminal output shared by both command lines: aligned tables, CSV, JSON
//   CXML2System       system libxml2, the SAX2 parser the .xlsx reader uses
//   JixiaoSpreadsheet .xlsx reading and writing (ZIPFoundation + libxml2), no SQLite, no networking
//   JixiaoStreet      the office side: validation, imports, the sync client
//   JixiaoDistrict    the district side: plans, offices, the sync server, completeness
//   JixiaoReports     the consolidated 项目支出绩效自评报告
//   district, street  thin executables
let package = Package(
    name: "Jixiao",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "district", targets: ["district"]),
        .executable(name: "street", targets: ["street"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // TLS 1.3 for every sync connection (its own BoringSSL), and the district's key pair and certificate.
        .package(url: "https://github.com/apple/swift-nio-ssl", exact: "2.37.6"),
        .package(url: "https://github.com/apple/swift-certificates", exact: "1.21.1"),
        .package(url: "https://github.com/apple/swift-asn1", exact: "1.7.4"),
    ],
    targets: [
        .target(name: "JixiaoModels"),
        .systemLibrary(
            name: "CZlibSystem",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CXML2System",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Each target declares exactly what its files import (scripts/check-dependencies.py checks both ways).
        .target(
            name: "JixiaoStorage",
            dependencies: [
                "JixiaoModels",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C API GRDB is built on, for the few statements a push runs per row (DirectStatement).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "JixiaoProtocol",
            dependencies: [
                "JixiaoModels",
                "CZlibSystem",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "JixiaoConsole",
            dependencies: [
                "JixiaoModels", .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "JixiaoSpreadsheet",
            dependencies: [
                "JixiaoModels", "CXML2System", "CZlibSystem", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "JixiaoStreet",
            dependencies: [
                "JixiaoModels", "JixiaoStorage", "JixiaoProtocol", "JixiaoConsole", "JixiaoSpreadsheet",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "JixiaoDistrict",
            dependencies: [
                "JixiaoModels", "JixiaoStorage", "JixiaoProtocol", "JixiaoConsole", "JixiaoSpreadsheet",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "JixiaoReports",
            dependencies: [
                "JixiaoModels", "JixiaoStorage", "JixiaoSpreadsheet",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "district",
            dependencies: [
                "JixiaoModels", "JixiaoStorage", "JixiaoDistrict", "JixiaoReports", "JixiaoConsole",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "street",
            dependencies: [
                "JixiaoModels", "JixiaoStorage", "JixiaoStreet", "JixiaoConsole", "JixiaoProtocol",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Helpers the test targets share (running the built executables, temporary folders); no product uses it.
        .target(name: "JixiaoTestSupport", path: "Tests/JixiaoTestSupport"),
        .testTarget(name: "JixiaoModelsTests", dependencies: ["JixiaoModels"]),
        // Runs scripts/install.sh and scripts/package.sh (a release build of its own, in .build-release).
        .testTarget(name: "JixiaoPackagingTests", dependencies: ["JixiaoTestSupport"]),
        // The storage layer's own white-box tests may use GRDB (they build files of older schema versions).
        .testTarget(
            name: "JixiaoStorageTests",
            dependencies: [
                "JixiaoModels", "JixiaoStorage", "JixiaoTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "JixiaoProtocolTests",
            dependencies: [
                "JixiaoModels", "JixiaoProtocol", "JixiaoTestSupport", .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "JixiaoSyncTests",
            dependencies: [
                "JixiaoModels", "JixiaoStreet", "JixiaoDistrict", "JixiaoStorage", "JixiaoProtocol",
                "JixiaoTestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "JixiaoStreetTests",
            dependencies: [
                "JixiaoModels", "JixiaoStorage", "JixiaoStreet", "JixiaoConsole", "JixiaoSpreadsheet",
                "JixiaoTestSupport",
            ]
        ),
        .testTarget(
            name: "JixiaoDistrictTests",
            dependencies: [
                "JixiaoModels", "JixiaoStorage", "JixiaoDistrict", "JixiaoSpreadsheet", "JixiaoTestSupport",
            ]
        ),
        .testTarget(name: "JixiaoSpreadsheetTests", dependencies: ["JixiaoSpreadsheet", "JixiaoTestSupport"]),
        .testTarget(
            name: "JixiaoReportsTests",
            dependencies: [
                "JixiaoModels", "JixiaoStorage", "JixiaoReports", "JixiaoDistrict", "JixiaoTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
