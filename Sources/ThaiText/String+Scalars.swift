extension String {
    /// A string made of `scalars`, encoded to UTF-8 directly: appending scalars one by one
    /// to a `String` is several times slower on whole documents.
    init(scalars: [Unicode.Scalar]) {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: byteCount) { buffer in
            var position = 0
            for scalar in scalars {
                for byte in UTF8.encode(scalar)! {
                    buffer[position] = byte
                    position += 1
                }
            }
            return position
        }
    }
}
