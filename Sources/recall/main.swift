import ArgumentParser
import Foundation

// Exit codes (PRODUCT.md §5): 0 success, 1 the work failed, 2 bad usage.
do {
    var command = try Recall.parseAsRoot()
    // A settings file that is not right stops every command (`config` says it its own way).
    if !(command is ConfigCommand) { _ = try RecallSettings.load() }
    try command.run()
} catch let failure as CommandFailure {
    Terminal.standardError.write("recall: error: \(failure.message)\n")
    exit(1)
} catch let code as ExitCode {
    exit(code.rawValue)
} catch {
    let code = Recall.exitCode(for: error)
    let message = Recall.fullMessage(for: error)
    if code == .success {
        print(message)
        exit(0)
    }
    Terminal.standardError.write(message.hasPrefix("Error:") ? "recall: error:" + message.dropFirst(6) + "\n" : message + "\n")
    exit(code == .validationFailure ? 2 : code.rawValue)
}
