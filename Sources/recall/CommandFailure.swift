/// A failure of the work itself (exit 1), with a message for the user.
struct CommandFailure: Error {
    let message: String

    init(_ message: String) { self.message = message }
    init(_ error: any Error) { self.message = String(describing: error) }
}
