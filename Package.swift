// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "recall",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "RecallKit", targets: ["RecallKit"]),
        .executable(name: "recall", targets: ["recall"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
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
