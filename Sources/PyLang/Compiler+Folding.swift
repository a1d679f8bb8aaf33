/// Constant folding of binary operations, as CPython 3.11's AST optimiser (`Python/ast_opt.c`)
/// does it: only when the result is exact and small (the same size limits).
extension Compiler {
    static let maxStringSize = 4096

    func foldBinary(_ a: Constant, _ op: BinaryOperator, _ b: Constant) -> Constant? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return foldInts(x, op, y)
        case (.float, .float), (.int, .float), (.float, .int):
            guard let x = a.doubleValue, let y = b.doubleValue else { return nil }
            switch op {
            case .add: return .float(x + y)
            case .sub: return .float(x - y)
            case .mult: return .float(x * y)
            case .div: return y == 0 ? nil : .float(x / y)
            default: return nil
            }
        case (.str(let x), .str(let y)) where op == .add:
            return x.unicodeScalars.count + y.unicodeScalars.count <= Self.maxStringSize ? .str(x + y) : nil
        case (.str(let x), .int(let n)) where op == .mult:
            if n <= 0 { return .str("") }
            let (size, overflow) = x.unicodeScalars.count.multipliedReportingOverflow(by: n)
            guard !overflow, size <= Self.maxStringSize else { return nil }
            return .str(String(repeating: x, count: n))
        default:
            return nil
        }
    }

    func foldInts(_ x: Int, _ op: BinaryOperator, _ y: Int) -> Constant? {
        switch op {
        case .add: let (r, o) = x.addingReportingOverflow(y); return o ? nil : .int(r)
        case .sub: let (r, o) = x.subtractingReportingOverflow(y); return o ? nil : .int(r)
        case .mult: let (r, o) = x.multipliedReportingOverflow(by: y); return o ? nil : .int(r)
        case .floorDiv:
            guard y != 0, !(x == Int.min && y == -1) else { return nil }
            var q = x / y
            if (x % y != 0) && ((x < 0) != (y < 0)) { q -= 1 }
            return .int(q)
        case .mod:
            guard y != 0, !(x == Int.min && y == -1) else { return nil }
            var m = x % y
            if m != 0 && ((m < 0) != (y < 0)) { m += y }
            return .int(m)
        case .div:
            guard y != 0, abs(x) < 1 << 53, abs(y) < 1 << 53 else { return nil }
            return .float(Double(x) / Double(y))
        case .pow:
            guard y >= 0, y <= 128 else { return nil }
            var result = 1
            for _ in 0..<y {
                let (r, o) = result.multipliedReportingOverflow(by: x)
                if o { return nil }
                result = r
            }
            return .int(result)
        case .lShift:
            guard y >= 0, y < 63, x.leadingZeroBitCount > y + 1 || x == 0 else { return nil }
            return x >= 0 ? .int(x << y) : nil
        case .rShift: return y >= 0 ? .int(x >> min(y, 63)) : nil
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .bitXor: return .int(x ^ y)
        case .matMul: return nil
        }
    }
}

extension Constant {
    var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .float(let d): return d
        default: return nil
        }
    }
}
