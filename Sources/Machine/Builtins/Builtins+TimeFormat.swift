/// Calendar time on the virtual clock: `time.gmtime`, `localtime`, `mktime`, `strftime`,
/// `asctime`, `ctime` (Modules/timemodule.c over glibc's C locale). The virtual machine's time zone is UTC, so
/// `localtime` is `gmtime` (Docs/DECISIONS.md, "Calendar time on the virtual clock").
extension Builtins {
    static let timeNatives: [NativeEntry] = [
        NativeEntry(name: "time:gmtime") { vm, args, _ throws(PyError) in try vm.structTime(args.first, zone: "GMT") },
        NativeEntry(name: "time:localtime") { vm, args, _ throws(PyError) in try vm.structTime(args.first, zone: "UTC") },
        NativeEntry(name: "time:mktime") { vm, args, _ throws(PyError) in
            guard args.count == 1 else { throw .typeError("time.mktime() takes exactly one argument (\(args.count) given)") }
            let f = try vm.timeTuple(args[0], "mktime")
            return .float(Double(CivilTime.seconds(year: f[0], month: f[1], day: f[2]) + f[3] * 3600 + f[4] * 60 + f[5]))
        },
        NativeEntry(name: "time:strftime") { vm, args, _ throws(PyError) in
            guard args.count == 1 || args.count == 2 else {
                throw .typeError("strftime() takes at most 2 arguments (\(args.count) given)")
            }
            guard let fmt = vm.heap.string(args[0]) else {
                throw .typeError("strftime() argument 1 must be str, not \(vm.heap.typeName(args[0]))")
            }
            let f = args.count == 2 ? try vm.timeTuple(args[1], "strftime") : CivilTime.fields(vm.virtualEpochSeconds())
            // %Z is the struct_time's zone (gmtime's is GMT), else the local zone.
            var zone = "UTC"
            if args.count == 2, let z = try vm.getAttrOrNil(args[1], "tm_zone"), let name = vm.heap.string(z) { zone = name }
            return vm.heap.newStr(CivilTime.strftime(fmt, f, zone: zone))
        },
        NativeEntry(name: "time:asctime") { vm, args, _ throws(PyError) in
            let f = args.isEmpty ? CivilTime.fields(vm.virtualEpochSeconds()) : try vm.timeTuple(args[0], "asctime")
            return vm.heap.newStr(CivilTime.strftime("%a %b %e %H:%M:%S %Y", f))
        },
        NativeEntry(name: "time:ctime") { vm, args, _ throws(PyError) in
            let secs = try vm.epochSeconds(args.first)
            return vm.heap.newStr(CivilTime.strftime("%a %b %e %H:%M:%S %Y", CivilTime.fields(secs)))
        },
    ]
}

extension Interp {
    /// `time.time()` in whole seconds, floored.
    func virtualEpochSeconds() -> Int {
        let (ns, overflow) = process.epochNanos.addingReportingOverflow(process.clockNanos)
        return overflow ? Int.max / 1_000_000_000 : ns / 1_000_000_000
    }

    /// A seconds argument of gmtime/localtime/ctime (None: now), floored as `_PyTime_ObjectToTime_t`.
    mutating func epochSeconds(_ v: Value?) throws(PyError) -> Int {
        guard let v, !v.isIdentical(to: .none) else { return virtualEpochSeconds() }
        let x: Double
        switch v {
        case .int(let i): x = Double(i)
        case .bool(let b): x = b ? 1 : 0
        case .float(let d):
            if d.isNaN { throw .valueError("Invalid value NaN (not a number)") }
            x = d.rounded(.down)
        default:
            if heap.num(v) != nil { x = try floatArg(v) } else {
                throw .typeError("'\(heap.typeName(v))' object cannot be interpreted as an integer")
            }
        }
        // glibc's gmtime fails past a year that fits an int; CPython reports it so.
        guard abs(x) < 6.7e16 else { throw .exception(newException("OverflowError", "timestamp out of range for platform time_t")) }
        return Int(x)
    }

    /// A `time.struct_time` for `secs` (None: now), in UTC.
    mutating func structTime(_ secs: Value?, zone: String) throws(PyError) -> Value {
        let f = CivilTime.fields(try epochSeconds(secs))
        let module = try importModule("_timestruct", fromlist: .none)
        let cls = try getAttr(module, "struct_time")
        let items = f.map { Value.int($0) } + [heap.newStr(zone), .int(0)]
        return try callValue(cls, [heap.newTuple(items)], [])
    }

    /// The nine fields of a time tuple or struct_time (timemodule.c `gettmarg`).
    mutating func timeTuple(_ v: Value, _ function: String) throws(PyError) -> [Int] {
        let items = try iterate(v)
        guard items.count >= 9 else {
            throw .typeError("\(function)(): illegal time tuple argument")
        }
        var out: [Int] = []
        // The fields are C ints (timemodule.c `gettmarg`), which also keeps the calendar
        // arithmetic far from overflow.
        func overflow(_ positive: Bool) -> PyError {
            .exception(newException("OverflowError", positive ? "signed integer is greater than maximum"
                                                               : "signed integer is less than minimum"))
        }
        for item in items.prefix(9) {
            if case .int(let n) = item {
                guard n <= Int(Int32.max) else { throw overflow(true) }
                guard n >= Int(Int32.min) else { throw overflow(false) }
                out.append(n)
            } else if case .object = item, heap.num(item)?.big != nil {
                throw .exception(newException("OverflowError", "Python int too large to convert to C long"))
            } else {
                out.append(try intArg(item))
            }
        }
        // checktm: the fields glibc's strftime reads must be in range.
        if function == "strftime" {
            if out[1] == 0 { out[1] = 1 } else if out[1] < 0 || out[1] > 12 { throw .valueError("month out of range") }
            if out[2] == 0 { out[2] = 1 } else if out[2] < 0 || out[2] > 31 { throw .valueError("day of month out of range") }
            if out[3] < 0 || out[3] > 23 { throw .valueError("hour out of range") }
            if out[4] < 0 || out[4] > 59 { throw .valueError("minute out of range") }
            if out[5] < 0 || out[5] > 61 { throw .valueError("seconds out of range") }
            if out[6] < 0 { throw .valueError("day of week out of range") }
            out[6] %= 7
            if out[7] == 0 { out[7] = 1 } else if out[7] < 0 || out[7] > 366 { throw .valueError("day of year out of range") }
        }
        return out
    }
}

/// Proleptic Gregorian calendar arithmetic (Howard Hinnant's `days_from_civil`) and glibc's
/// strftime in the C locale.
enum CivilTime {
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// Days from 1970-01-01 to the date.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func seconds(year: Int, month: Int, day: Int) -> Int {
        days(year: year, month: month, day: day) * 86400
    }

    /// year, month, mday, hour, minute, second, weekday (Monday 0), yearday (1-based), isdst 0.
    static func fields(_ secs: Int) -> [Int] {
        var days = secs / 86400
        var rem = secs % 86400
        if rem < 0 { rem += 86400; days -= 1 }
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        let wday = ((days % 7) + 7 + 3) % 7
        let yday = days - self.days(year: y, month: 1, day: 1) + 1
        return [y, m, d, rem / 3600, rem % 3600 / 60, rem % 60, wday, yday, 0]
    }

    /// ISO 8601 year and week of the date in `f`.
    static func isoWeek(_ f: [Int]) -> (year: Int, week: Int) {
        func weeks(_ y: Int) -> Int {
            func p(_ y: Int) -> Int { ((y + y / 4 - y / 100 + y / 400) % 7 + 7) % 7 }
            return p(y) == 4 || p(y - 1) == 3 ? 53 : 52
        }
        let week = (f[7] - (f[6] + 1) + 10) / 7
        if week < 1 { return (f[0] - 1, weeks(f[0] - 1)) }
        if week > weeks(f[0]) { return (f[0] + 1, 1) }
        return (f[0], week)
    }

    static func pad(_ n: Int, _ width: Int, _ fill: Character = "0") -> String {
        let s = String(abs(n))
        let body = s.count < width ? String(repeating: fill, count: width - s.count) + s : s
        return n < 0 ? "-" + body : body
    }

    /// glibc strftime in the C locale; an unknown directive is copied as is.
    static func strftime(_ fmt: String, _ f: [Int], zone: String = "UTC") -> String {
        var out = ""
        var it = fmt.makeIterator()
        // asctime and mktime pass fields unchecked: names are indexed modulo their count.
        func wrap(_ x: Int, _ n: Int) -> Int { ((x % n) + n) % n }
        let weekday = weekdays[wrap(f[6], 7)], month = months[wrap(f[1] - 1, 12)]
        let hour12 = f[3] % 12 == 0 ? 12 : f[3] % 12
        let sundayWday = wrap(f[6] + 1, 7)
        while let c = it.next() {
            guard c == "%" else { out.append(c); continue }
            guard let d = it.next() else { out.append("%"); break }
            switch d {
            case "a": out += String(weekday.prefix(3))
            case "A": out += weekday
            case "b", "h": out += String(month.prefix(3))
            case "B": out += month
            case "c": out += strftime("%a %b %e %H:%M:%S %Y", f, zone: zone)
            case "C": out += pad(f[0] / 100, 2)
            case "d": out += pad(f[2], 2)
            case "D", "x": out += strftime("%m/%d/%y", f)
            case "e": out += pad(f[2], 2, " ")
            case "F": out += strftime("%Y-%m-%d", f)
            case "g": out += pad(isoWeek(f).year % 100, 2)
            case "G": out += String(isoWeek(f).year)
            case "H": out += pad(f[3], 2)
            case "I": out += pad(hour12, 2)
            case "j": out += pad(f[7], 3)
            case "k": out += pad(f[3], 2, " ")
            case "l": out += pad(hour12, 2, " ")
            case "m": out += pad(f[1], 2)
            case "M": out += pad(f[4], 2)
            case "n": out += "\n"
            case "p": out += f[3] < 12 ? "AM" : "PM"
            case "r": out += strftime("%I:%M:%S %p", f)
            case "R": out += strftime("%H:%M", f)
            case "S": out += pad(f[5], 2)
            case "t": out += "\t"
            case "T", "X": out += strftime("%H:%M:%S", f)
            case "u": out += String(wrap(f[6], 7) + 1)
            case "U": out += pad((f[7] - 1 - sundayWday + 7) / 7, 2)
            case "V": out += pad(isoWeek(f).week, 2)
            case "w": out += String(sundayWday)
            case "W": out += pad((f[7] - 1 - (sundayWday + 6) % 7 + 7) / 7, 2)
            case "y": out += pad(((f[0] % 100) + 100) % 100, 2)
            case "Y": out += String(f[0])
            case "z": out += "+0000"
            case "Z": out += zone
            case "%": out += "%"
            default: out.append("%"); out.append(d)
            }
        }
        return out
    }
}
