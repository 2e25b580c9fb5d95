// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "recall",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "RecallKit", targets: ["RecallKit"]),
        .executable(name: "recall", targets: ["recall"]),
        .executable(name: "recall-server", targets: ["recall-server"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .target(
            name: "RecallKit",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            exclude: ["Lexicon/README.md", "Lexicon/LICENSE-WordNet.txt"]),
        .executableTarget(
            name: "recall",
            dependencies: [
                "RecallKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // The HTTP server: its own executable, so `swift run recall` builds none of its dependencies.
        .executableTarget(
            name: "recall-server",
            dependencies: [
                "RecallKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [.copy("openapi.yaml")]),
        .executableTarget(
            name: "recall-bench",
            dependencies: ["RecallKit"]),
        .executableTarget(
            name: "recall-perf",
            dependencies: ["RecallKit"]),
        .testTarget(
            name: "RecallKitTests",
            dependencies: ["RecallKit", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]),
    ]
)
