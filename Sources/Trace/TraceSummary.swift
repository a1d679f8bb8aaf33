/// The coarse level of a bounded trace: for each thread, the virtual time it spent in each
/// state per time bucket, and for each process, the time each thread held the GIL per bucket.
/// A fixed number of buckets covers the whole run; when the run outgrows them, neighbours are
/// merged and the bucket width doubles, so memory stays the same at any length while the
/// timeline of the whole run can still be drawn (at a resolution of the run's length / 512).
public struct TraceSummary: Sendable {
    /// Buckets per thread row (a power of two, so merging pairs keeps the layout).
    public static let bucketCount = 512
    /// State kinds the summary counts: running, waiting for the GIL, waiting for a core, blocked,
    /// sleeping, suspended (a greenlet waiting to be switched to).
    public static let kindCount = 6

    /// The summary's kind of a state; nil for states drawn blank (not started, finished).
    public static func kind(_ state: ThreadState) -> Int? {
        switch state {
        case .running: return 0
        case .waitingForGIL: return 1
        case .waitingForCore: return 2
        case .blocked: return 3
        case .sleeping: return 4
        case .suspended: return 5
        case .notStarted, .finished: return nil
        }
    }

    /// Virtual time per bucket (doubles as the run grows).
    public private(set) var bucketWidth: Nanoseconds = 1_000
    /// Per thread slot: nanoseconds per `bucket * kindCount + kind`, closed intervals only.
    private var threadTotals: [[Int64]] = []
    /// Per thread slot: the state it is in now and since when (not yet in `threadTotals`).
    private var openStates: [(kind: Int?, since: Nanoseconds)] = []
    /// Per process: per bucket, the nanoseconds each holder held the GIL.
    private var gilTotals: [ProcessID: [[GILShare]]] = [:]
    private var openHolders: [ProcessID: (holder: ThreadID?, since: Nanoseconds)] = [:]

    struct GILShare: Sendable {
        var holder: ThreadID
        var nanoseconds: Int64
    }

    init() {}

    // MARK: - Recording

    mutating func addThread(at time: Nanoseconds) {
        threadTotals.append(Array(repeating: 0, count: Self.bucketCount * Self.kindCount))
        openStates.append((nil, time))
    }

    /// Thread `slot` entered `state` at `time`: its previous state's interval closes.
    mutating func setState(slot: Int, _ state: ThreadState, at time: Nanoseconds) {
        let open = openStates[slot]
        if let kind = open.kind { addThreadInterval(slot: slot, kind: kind, from: open.since, to: time) }
        openStates[slot] = (Self.kind(state), time)
    }

    mutating func setGILHolder(_ holder: ThreadID?, process: ProcessID, at time: Nanoseconds) {
        if let open = openHolders[process], let previous = open.holder {
            addGILInterval(process: process, holder: previous, from: open.since, to: time)
        }
        openHolders[process] = (holder, time)
    }

    private mutating func addThreadInterval(slot: Int, kind: Int, from: Nanoseconds, to: Nanoseconds) {
        guard to > from else { return }
        grow(toCover: to)
        let width = bucketWidth
        Self.spread(from: from, to: to, width: width) { bucket, nanoseconds in
            threadTotals[slot][bucket * Self.kindCount + kind] += nanoseconds
        }
    }

    private mutating func addGILInterval(process: ProcessID, holder: ThreadID, from: Nanoseconds, to: Nanoseconds) {
        guard to > from else { return }
        grow(toCover: to)
        if gilTotals[process] == nil { gilTotals[process] = Array(repeating: [], count: Self.bucketCount) }
        let width = bucketWidth
        Self.spread(from: from, to: to, width: width) { bucket, nanoseconds in
            if let at = gilTotals[process]?[bucket].firstIndex(where: { $0.holder == holder }) {
                gilTotals[process]?[bucket][at].nanoseconds += nanoseconds
            } else {
                gilTotals[process]?[bucket].append(GILShare(holder: holder, nanoseconds: nanoseconds))
            }
        }
    }

    /// Calls `add(bucket, nanoseconds)` for each bucket `[from, to)` overlaps.
    private static func spread(from: Nanoseconds, to: Nanoseconds, width: Nanoseconds, _ add: (Int, Int64) -> Void) {
        var bucket = Int(max(from, 0) / width)
        while bucket < bucketCount {
            let start = Nanoseconds(bucket) * width
            if start >= to { break }
            add(bucket, min(start + width, to) - max(start, from))
            bucket += 1
        }
    }

    /// Doubles the bucket width (merging neighbours) until `time` fits.
    private mutating func grow(toCover time: Nanoseconds) {
        while time > bucketWidth * Nanoseconds(Self.bucketCount) {
            let half = Self.bucketCount / 2
            for slot in threadTotals.indices {
                for bucket in 0..<half {
                    for kind in 0..<Self.kindCount {
                        threadTotals[slot][bucket * Self.kindCount + kind] = threadTotals[slot][2 * bucket * Self.kindCount + kind]
                            + threadTotals[slot][(2 * bucket + 1) * Self.kindCount + kind]
                    }
                }
                for index in (half * Self.kindCount)..<(Self.bucketCount * Self.kindCount) { threadTotals[slot][index] = 0 }
            }
            for process in Array(gilTotals.keys) {
                guard var buckets = gilTotals[process] else { continue }
                for bucket in 0..<half {
                    var merged = buckets[2 * bucket]
                    for share in buckets[2 * bucket + 1] {
                        if let at = merged.firstIndex(where: { $0.holder == share.holder }) {
                            merged[at].nanoseconds += share.nanoseconds
                        } else {
                            merged.append(share)
                        }
                    }
                    buckets[bucket] = merged
                }
                for bucket in half..<Self.bucketCount { buckets[bucket] = [] }
                gilTotals[process] = buckets
            }
            bucketWidth *= 2
        }
    }

    // MARK: - Queries

    /// Nanoseconds thread `slot` spent in each kind within `[from, to)`, with the state it is in
    /// now counted up to `now`. Buckets are taken as uniform inside, so a range that cuts a
    /// bucket gets its share in proportion.
    func stateTotals(slot: Int, from: Nanoseconds, to: Nanoseconds, now: Nanoseconds) -> [Int64] {
        var totals = Array(repeating: Int64(0), count: Self.kindCount)
        guard slot < threadTotals.count, to > from else { return totals }
        forEachShare(from: from, to: to) { bucket, numerator, denominator in
            for kind in 0..<Self.kindCount {
                let value = threadTotals[slot][bucket * Self.kindCount + kind]
                if value > 0 { totals[kind] += Self.share(value, numerator, denominator) }
            }
        }
        let open = openStates[slot]
        if let kind = open.kind {
            let overlap = min(to, now) - max(from, open.since)
            if overlap > 0 { totals[kind] += overlap }
        }
        return totals
    }

    /// Nanoseconds each thread held `process`'s GIL within `[from, to)`, the current holder up to `now`.
    func gilTotals(process: ProcessID, from: Nanoseconds, to: Nanoseconds, now: Nanoseconds) -> [ThreadID: Int64] {
        var totals: [ThreadID: Int64] = [:]
        guard to > from else { return totals }
        if let buckets = gilTotals[process] {
            forEachShare(from: from, to: to) { bucket, numerator, denominator in
                for share in buckets[bucket] {
                    totals[share.holder, default: 0] += Self.share(share.nanoseconds, numerator, denominator)
                }
            }
        }
        if let open = openHolders[process], let holder = open.holder {
            let overlap = min(to, now) - max(from, open.since)
            if overlap > 0 { totals[holder, default: 0] += overlap }
        }
        return totals
    }

    /// For each bucket overlapping `[from, to)`: the overlap as a fraction of the bucket.
    private func forEachShare(from: Nanoseconds, to: Nanoseconds, _ body: (Int, Int64, Int64) -> Void) {
        let width = bucketWidth
        var bucket = Int(max(from, 0) / width)
        while bucket < Self.bucketCount {
            let start = Nanoseconds(bucket) * width
            if start >= to { break }
            body(bucket, min(start + width, to) - max(start, from), width)
            bucket += 1
        }
    }

    /// `value * numerator / denominator` without overflow for the sizes a run reaches.
    private static func share(_ value: Int64, _ numerator: Int64, _ denominator: Int64) -> Int64 {
        numerator >= denominator ? value : Int64((Double(value) * Double(numerator) / Double(denominator)).rounded())
    }
}
