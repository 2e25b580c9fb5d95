import Testing
@testable import RecallKit

@Suite struct CardIdentityTests {
    /// A note's key: its video and its file name without folders or `.md`.
    @Test func sourceKeyIsTheVideoAndTheFileName() {
        #expect(CardIdentity.sourceKey(videoId: "AU9Fdgs0ZaI", file: "notes/ai/seed.md") == "AU9Fdgs0ZaI/seed")
        #expect(CardIdentity.sourceKey(videoId: nil, file: "/home/me/notes/seed.md") == "seed")
        #expect(CardIdentity.sourceKey(videoId: nil, file: "seed.md") == "seed")
        #expect(CardIdentity.sourceKey(videoId: nil, file: "notes/seed/") == "seed") // a trailing slash is no name
        #expect(CardIdentity.sourceKey(videoId: nil, file: "//") == "//") // nothing but slashes: kept whole
        #expect(CardIdentity.sourceKey(videoId: "x", file: "notes/vidéo.md") == "x/vidéo")
    }
}
