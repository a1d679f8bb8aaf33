extension String {
    /// The text of `scalars`. ASCII (nearly all source and format text) is written as bytes in
    /// one piece: building a `String.UnicodeScalarView` from a slice appends scalar by scalar,
    /// which took most of the time of tokenizing and of `%` formatting.
    public init(scalars: ArraySlice<Unicode.Scalar>) {
        for c in scalars where c.value >= 0x80 {
            self = String(String.UnicodeScalarView(scalars))
            return
        }
        let n = scalars.count
        self = String(unsafeUninitializedCapacity: n) { buf in
            var k = 0
            for c in scalars { buf[k] = UInt8(truncatingIfNeeded: c.value); k += 1 }
            return n
        }
    }
}

extension String.UnicodeScalarView {
    /// Appends `scalars` one at a time. `append(contentsOf:)` joins two strings, copying all
    /// of this view each call: a loop of them is quadratic (`str.translate` with str values,
    /// `expandtabs`, pickling a pool's arguments), and even one is ~5x slower.
    @inlinable public mutating func append<S: Sequence>(each scalars: S) where S.Element == Unicode.Scalar {
        for c in scalars { append(c) }
    }
}
