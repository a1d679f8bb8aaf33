/// Seconds given by a program (a sleep, a timeout, the switch interval) turned into virtual
/// nanoseconds the way CPython 3.11 turns them into `_PyTime_t` (Python/pytime.c): one path
/// for every blocking call, so `inf`, NaN, `1e300` and `10**30` raise what CPython raises
/// instead of trapping in a Double-to-Int conversion.
extension Interp {
    /// `_PyTime_FromSecondsObject(obj, _PyTime_ROUND_TIMEOUT)`: a float is multiplied by 1e9
    /// and rounded away from zero, an int must fit a C `long long` times 1e9.
    mutating func pyTimeNanos(fromSeconds v: Value) throws(PyError) -> Int {
        switch v {
        case .float(let d):
            if d.isNaN { throw .valueError("Invalid value NaN (not a number)") }
            let ns = (d * 1e9).rounded(.awayFromZero)
            // pytime.c `pytime_from_double`: _PyTime_MIN <= d < -_PyTime_MIN, else
            // `pytime_time_t_overflow()`.
            guard ns >= -0x1p63 && ns < 0x1p63 else { throw .overflow("timestamp out of range for platform time_t") }
            return Int(ns)
        case .int(let i):
            let (ns, overflow) = i.multipliedReportingOverflow(by: 1_000_000_000)
            if overflow { throw .overflow(Interp.pyTimeOverflow) }
            return ns
        case .bool(let b):
            return b ? 1_000_000_000 : 0
        default:
            // PyLong_AsLongLong: a big int overflows, an object with `__index__` converts.
            if heap.bigint(v) != nil { throw .overflow(Interp.pyTimeOverflow) }
            if isUserObject(v), let i = try callDunder(v, "__index__", []), heap.num(i) != nil, !i.isFloatValue {
                return try pyTimeNanos(fromSeconds: i)
            }
            throw .typeError("'\(heap.typeName(v))' object cannot be interpreted as an integer")
        }
    }

    /// pytime.c `pytime_overflow()`.
    static let pyTimeOverflow = "timestamp too large to convert to C _PyTime_t"

    /// `lock.acquire(blocking, timeout)` arguments (_threadmodule.c `lock_acquire_parse_args`):
    /// the timeout in nanoseconds, nil to wait without one. `-1` (the default) means none.
    mutating func lockTimeout(_ v: Value, blocking: Bool) throws(PyError) -> Int? {
        let unset = -1_000_000_000
        let ns = try pyTimeNanos(fromSeconds: v)
        if !blocking && ns != unset { throw .valueError("can't specify a timeout for a non-blocking call") }
        if ns < 0 && ns != unset { throw .valueError("timeout value must be positive") }
        if !blocking { return 0 }
        return ns == unset ? nil : ns
    }

    /// The timeout of `Condition.wait(timeout)` (threading.py): None waits without one; a
    /// timeout that is not `> 0` (negative, zero, NaN) only polls; any other goes to
    /// `waiter.acquire(True, timeout)`, which converts it (and may raise OverflowError).
    mutating func conditionTimeout(_ v: Value) throws(PyError) -> Int? {
        if case .none = v { return nil }
        if case .int(let i) = v, i <= 0 { return 0 }
        guard try truthy(try richCompare(v, .int(0), .gt)) else { return 0 }
        return try lockTimeout(v, blocking: true)
    }
}

extension World {
    /// The virtual clock's range: no timer is set past 2**62 ns (146 years). A longer sleep or
    /// timeout waits as if without one (nothing else can end it, so the run ends with the
    /// deadlock report), and the clock, which only timers move far, never nears Int.max.
    static let timeHorizon = 1 << 62

    /// When a wait of `ns` nanoseconds that starts at `now` ends, or nil past the horizon.
    static func deadline(from now: Int, after ns: Int) -> Int? {
        let wait = max(0, ns)
        return wait < timeHorizon - now ? now + wait : nil
    }

    /// x86-64 `(unsigned long)(1e6 * interval)`, as sysmodule.c `sys_setswitchinterval_impl`
    /// computes the GIL interval in microseconds: values past 2**64 (and infinity) become 0,
    /// NaN becomes 2**63 (the result of `cvttsd2si`), so `getswitchinterval()` reads back
    /// what CPython's does.
    static func gilMicros(fromSeconds x: Double) -> UInt64 {
        let u = 1e6 * x
        if u.isNaN { return 1 << 63 }
        if u < 0x1p63 { return UInt64(max(0, u)) }
        let high = u - 0x1p63
        return high < 0x1p63 ? UInt64(high) ^ (1 << 63) : 0
    }

    /// Sets the GIL interval to `micros` (what `getswitchinterval()` reports). Like ceval_gil.h
    /// `take_gil`, an interval of 0 waits 1 microsecond; one past the horizon never expires.
    func setSwitchInterval(micros: UInt64) {
        switchIntervalMicros = micros
        switchInterval = Int(min(max(1, micros), UInt64(World.timeHorizon / 1000))) * 1000
    }
}
