/// A rectangle of terminal cells; splits clamp so layouts never produce negative sizes.
public struct Rect: Equatable, Hashable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The rectangle at the origin covering `size`.
    public init(size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width <= 0 || height <= 0 }
    public var size: Size { Size(width: width, height: height) }
    public var description: String { "(\(x),\(y) \(width)x\(height))" }

    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// The overlap of two rectangles; empty (zero-sized) when they do not meet.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: max(0, right - left), height: max(0, bottom - top))
    }

    public func inset(by n: Int) -> Rect {
        Rect(x: x + n, y: y + n, width: max(0, width - 2 * n), height: max(0, height - 2 * n))
    }

    // MARK: - Splits

    /// Top part of `height` rows and the rest (clamped).
    public func splitTop(_ height: Int) -> (Rect, Rect) {
        let h = Self.clamp(height, to: self.height)
        return (Rect(x: x, y: y, width: width, height: h),
                Rect(x: x, y: y + h, width: width, height: max(0, self.height - h)))
    }

    /// The rest and a bottom part of `height` rows (clamped).
    public func splitBottom(_ height: Int) -> (Rect, Rect) {
        let (rest, bottom) = splitTop(max(0, self.height) - Self.clamp(height, to: self.height))
        return (rest, bottom)
    }

    /// Left part of `width` columns and the rest (clamped).
    public func splitLeft(_ width: Int) -> (Rect, Rect) {
        let w = Self.clamp(width, to: self.width)
        return (Rect(x: x, y: y, width: w, height: height),
                Rect(x: x + w, y: y, width: max(0, self.width - w), height: height))
    }

    /// The rest and a right part of `width` columns (clamped).
    public func splitRight(_ width: Int) -> (Rect, Rect) {
        splitLeft(max(0, self.width) - Self.clamp(width, to: self.width))
    }

    /// Split by a fraction 0...1 of the width, e.g. 0.5; the left part gets the rounded share.
    public func splitColumns(ratio: Double) -> (Rect, Rect) {
        splitLeft(Self.share(of: width, ratio: ratio))
    }

    /// Split by a fraction 0...1 of the height; the top part gets the rounded share.
    public func splitRows(ratio: Double) -> (Rect, Rect) {
        splitTop(Self.share(of: height, ratio: ratio))
    }

    private static func clamp(_ n: Int, to limit: Int) -> Int {
        min(max(0, n), max(0, limit))
    }

    private static func share(of total: Int, ratio: Double) -> Int {
        guard ratio.isFinite else { return 0 }
        let r = min(max(ratio, 0), 1)
        return Int((Double(max(0, total)) * r).rounded())
    }
}
