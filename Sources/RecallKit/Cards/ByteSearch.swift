extension String {
    /// Byte-wise substring test. `String.contains(_:)` with a string goes
    /// through Foundation's locale-aware search on Linux, which is far slower.
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var pattern = needle
        return haystack.withUTF8 { text in
            pattern.withUTF8 { search in
                guard let first = search.first else { return true }
                guard text.count >= search.count else { return false }
                var index = 0
                let last = text.count - search.count
                while index <= last {
                    if text[index] == first {
                        var offset = 1
                        while offset < search.count, text[index + offset] == search[offset] { offset += 1 }
                        if offset == search.count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }
}
