import XCTest
@testable import Machine

/// Expected strings below come from python3 3.11.7 on this machine.
final class FloatReprTests: XCTestCase {
    func test_floatRepr_matchesCPythonShortRepr() {
        let cases: [(Double, String)] = [
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (-1.0, "-1.0"),
            (0.1, "0.1"),
            (0.2, "0.2"),
            (0.30000000000000004, "0.30000000000000004"),
            (0.3333333333333333, "0.3333333333333333"),
            (0.6666666666666666, "0.6666666666666666"),
            (100.0, "100.0"),
            (1e+16, "1e+16"),
            (1000000000000000.0, "1000000000000000.0"),
            (1.2345678901234568e+17, "1.2345678901234568e+17"),
            (0.0001, "0.0001"),
            (1e-05, "1e-05"),
            (0.00012345, "0.00012345"),
            (1.5e+300, "1.5e+300"),
            (-1.5e-300, "-1.5e-300"),
            (5e-324, "5e-324"),
            (1.7976931348623157e+308, "1.7976931348623157e+308"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (Double.infinity, "inf"),
            (-Double.infinity, "-inf"),
            (Double.nan, "nan"),
            (3.14159, "3.14159"),
            (2.5, "2.5"),
            (1e+22, "1e+22"),
            (1e+23, "1e+23"),
            (9007199254740992.0, "9007199254740992.0"),
            (0.3, "0.3"),
            (1.1, "1.1"),
            (2.675, "2.675"),
            (1234567.0, "1234567.0"),
            (1.2345678901234568e+16, "1.2345678901234568e+16"),
            (9999999999999998.0, "9999999999999998.0"),
            (1e+100, "1e+100"),
            (123.456, "123.456"),
            (0.001, "0.001"),
            (4.35, "4.35"),
            (1e-07, "1e-07"),
            (6.02214076e+23, "6.02214076e+23"),
            (299792458.0, "299792458.0"),
            (1.0000000000000002, "1.0000000000000002"),
            (0.9999999999999999, "0.9999999999999999"),
            (33.0, "33.0"),
            (1.5, "1.5"),
            (1e-10, "1e-10"),
            (4294967296.0, "4294967296.0"),
        ]
        for (x, expected) in cases {
            XCTAssertEqual(PyFloat.repr(x), expected, "repr(\(x))")
        }
    }

    func test_floatParse_acceptsPythonSpellings() throws {
        XCTAssertEqual(try PyFloat.parse(" 1_000.5 "), 1000.5)
        XCTAssertEqual(try PyFloat.parse("-inf"), -.infinity)
        XCTAssertEqual(try PyFloat.parse("1e3"), 1000)
        XCTAssertTrue(try PyFloat.parse("nan").isNaN)
        XCTAssertThrowsError(try PyFloat.parse("abc")) { e in
            XCTAssertEqual((e as? PyError)?.message, "could not convert string to float: 'abc'")
        }
        XCTAssertThrowsError(try PyFloat.parse("1__0"))
        // python3: float('.5') == 0.5, float('5.') == 5.0, float('1e500') == inf
        XCTAssertEqual(try PyFloat.parse(".5"), 0.5)
        XCTAssertEqual(try PyFloat.parse("5."), 5.0)
        XCTAssertEqual(try PyFloat.parse("1e500"), .infinity)
        XCTAssertEqual(try PyFloat.parse(" -1.5E-3\n"), -0.0015)
        XCTAssertEqual(try PyFloat.parse("+Infinity"), .infinity)
        XCTAssertEqual(try PyFloat.parse("1_000.000_1"), 1000.0001)
        for bad in ["0x1p3", "1e", "_1", "1._5", ""] {
            XCTAssertThrowsError(try PyFloat.parse(bad)) { e in
                XCTAssertEqual((e as? PyError)?.message, "could not convert string to float: \(PyStrRepr.quote(bad))")
            }
        }
    }

    func test_format_moreEdgeCases_matchCPython() throws {
        var rt = BasicRuntime()
        let cases: [(Value, String, String)] = [
            (.int(-255), "x", "-ff"),
            (.int(-255), "#x", "-0xff"),
            (.int(-255), "#b", "-0b11111111"),
            (.int(255), "#_x", "0xff"),
            (.int(1099511627776), "_", "1_099_511_627_776"),
            (.int(-1234567), ",", "-1,234,567"),
            (.int(1234567), ">12,", "   1,234,567"),
            (.int(1234567), "^15_", "   1_234_567   "),
            (.int(1234567), "=+12,", "+  1,234,567"),
            (.int(0), "05", "00000"),
            (.float(-0.0), "", "-0.0"),
            (.float(-0.0), ".0f", "-0"),
            (.float(0.0), "+", "+0.0"),
            (.float(1e-07), ".3", "1e-07"),
            (.float(1e-07), "g", "1e-07"),
            (.float(1e-07), "e", "1.000000e-07"),
            (.float(123.456), ".0e", "1e+02"),
            (.float(123.456), "#.0e", "1.e+02"),
            (.float(123.456), "#.0f", "123."),
            (.float(0.5), ".0%", "50%"),
            (.float(0.3333333333333333), ".2%", "33.33%"),
            (.float(-0.3333333333333333), "+.3%", "-33.333%"),
            (.float(12345.6789), ",.1f", "12,345.7"),
            (.float(-12345.6789), "_.2f", "-12_345.68"),
            (.float(1e+21), "", "1e+21"),
            (.float(1e+21), "f", "1000000000000000000000.000000"),
            (.float(1e+21), ",.0f", "1,000,000,000,000,000,000,000"),
            (.float(123456789.0), ".12g", "123456789"),
            (.float(2.5e-05), ".2g", "2.5e-05"),
            (.float(100.0), "g", "100"),
            (.float(100.0), ".2g", "1e+02"),
            (.float(1000000.0), "g", "1e+06"),
            (.float(1e+16), ".17g", "10000000000000000"),
            (.float(0.1), ".20f", "0.10000000000000000555"),
            (.float(3.0), "n", "3"),
            (.float(1234.5), "n", "1234.5"),
            (.float(.infinity), "+", "+inf"),
            (.float(.infinity), "010", "0000000inf"),
            (.float(-.infinity), "<6", "-inf  "),
            (.float(.nan), "+.1f", "+nan"),
            (.int(97), "c", "a"),
            (.float(123.0), ".3", "1.23e+02"),
            (.float(10.0), ".1", "1e+01"),
            (.float(99.96), ".3", "1e+02"),
            (.float(1.234e-05), ".2", "1.2e-05"),
            (.float(1.5), ".1", "2e+00"),
            (.float(9.99), ".2", "1e+01"),
            (.float(123456.0), ".10", "123456.0"),
            (.int(65), "^5c", "  A  "),
            (.int(12), "#o", "0o14"),
            (.int(12), "#010o", "0o00000014"),
            (.int(-12), "#010x", "-0x000000c"),
            (.int(7), "=^7", "===7==="),
            (.float(3.14), "*<10.1f", "3.1*******"),
            (.float(3.14), "=10", "      3.14"),
            (.float(-3.14), "010", "-000003.14"),
            (.float(1.0), ".0", "1e+00"),
            (.float(10.0), ".1", "1e+01"),
            (.float(0.0001), "", "0.0001"),
            (.float(1e-05), "", "1e-05"),
            (.float(1e+100), ".3e", "1.000e+100"),
            (.int(12), "%", "1200.000000%"),
            (.int(7), "e", "7.000000e+00"),
            (.bool(true), "x", "1"),
            (.bool(false), ".1f", "0.0"),
        ]
        for (v, spec, expected) in cases {
            XCTAssertEqual(try rt.builtinFormat(v, spec), expected, "format(\(v), '\(spec)')")
        }
    }
}

final class FormatSpecTests: XCTestCase {
    func test_format_numbersAndStrings_matchCPython() throws {
        var rt = BasicRuntime()
        let cases: [(Value, String, String)] = [
            (.int(42), "d", "42"),
            (.int(42), "", "42"),
            (.int(42), "5", "   42"),
            (.int(42), "<5", "42   "),
            (.int(42), "^5", " 42  "),
            (.int(42), "^6", "  42  "),
            (.int(42), "*^7", "**42***"),
            (.int(-42), "05", "-0042"),
            (.int(-42), "=+8", "-     42"),
            (.int(42), "+d", "+42"),
            (.int(42), " d", " 42"),
            (.int(-42), " d", "-42"),
            (.int(255), "x", "ff"),
            (.int(255), "X", "FF"),
            (.int(255), "#x", "0xff"),
            (.int(255), "#X", "0XFF"),
            (.int(255), "#o", "0o377"),
            (.int(5), "b", "101"),
            (.int(5), "#010b", "0b00000101"),
            (.int(1234567), ",", "1,234,567"),
            (.int(1234567), "_", "1_234_567"),
            (.int(1234), "08,", "0,001,234"),
            (.int(1234), "012,", "0,000,001,234"),
            (.int(1234), "07_x", "00_04d2"),
            (.int(1234), "#012_b", "0b100_1101_0010"),
            (.int(-1234), "-010,", "-0,001,234"),
            (.int(97), "c", "a"),
            (.float(123.0), ".3", "1.23e+02"),
            (.float(10.0), ".1", "1e+01"),
            (.float(99.96), ".3", "1e+02"),
            (.float(1.234e-05), ".2", "1.2e-05"),
            (.float(1.5), ".1", "2e+00"),
            (.float(9.99), ".2", "1e+01"),
            (.float(123456.0), ".10", "123456.0"),
            (.bool(true), "d", "1"),
            (.bool(true), ">5", "    1"),
            (.int(0), "#x", "0x0"),
            (.int(42), "%", "4200.000000%"),
            (.int(42), ".2f", "42.00"),
            (.int(42), "e", "4.200000e+01"),
            (.float(3.14159), ".2f", "3.14"),
            (.float(3.14159), "8.3f", "   3.142"),
            (.float(3.14159), "<8.3f", "3.142   "),
            (.float(3.14159), "^9.1f", "   3.1   "),
            (.float(-3.14159), "+.1f", "-3.1"),
            (.float(3.14159), "+.1f", "+3.1"),
            (.float(2.5), ".0f", "2"),
            (.float(3.5), ".0f", "4"),
            (.float(0.125), ".2f", "0.12"),
            (.float(1234567.891), ",.2f", "1,234,567.89"),
            (.float(1234567.891), "_.1f", "1_234_567.9"),
            (.float(1234.5), "08,.1f", "01,234.5"),
            (.float(1234.5), "012,.2f", "0,001,234.50"),
            (.float(0.000123), "e", "1.230000e-04"),
            (.float(123456.0), ".3e", "1.235e+05"),
            (.float(123456.0), "E", "1.234560E+05"),
            (.float(0.000123), "g", "0.000123"),
            (.float(123456789.0), "g", "1.23457e+08"),
            (.float(123456.0), "g", "123456"),
            (.float(1234567.0), "g", "1.23457e+06"),
            (.float(100.0), "#g", "100.000"),
            (.float(0.5), "%", "50.000000%"),
            (.float(0.12345), ".1%", "12.3%"),
            (.float(1.0), ".3", "1.0"),
            (.float(1234.5), ".3", "1.23e+03"),
            (.float(1e+16), "", "1e+16"),
            (.float(1e+16), "10", "     1e+16"),
            (.float(1.5), "10", "       1.5"),
            (.float(.infinity), "f", "inf"),
            (.float(-.infinity), "F", "-INF"),
            (.float(.nan), ".2f", "nan"),
            (.float(.nan), "E", "NAN"),
            (.float(-0.0), "z.1f", "0.0"),
            (.float(-0.0001), "z.2f", "0.00"),
            (.float(-0.0), ".1f", "-0.0"),
            (.float(1e+20), ".3", "1e+20"),
            (.float(1e-05), "", "1e-05"),
            (.float(1.23456789), ".4g", "1.235"),
            (.float(0.0), "g", "0"),
            (.float(1.5), "n", "1.5"),
            (.float(42.0), "010.3f", "000042.000"),
            (.float(-42.0), "010.3f", "-00042.000"),
            (.float(1e+300), ".2f", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00"),
        ]
        let strCases: [(String, String, String)] = [
            ("abc", "", "abc"),
            ("abc", "5", "abc  "),
            ("abc", ">5", "  abc"),
            ("abc", "^6", " abc  "),
            ("abc", "*^7", "**abc**"),
            ("abcdef", ".3", "abc"),
            ("abcdef", "8.2", "ab      "),
            ("é", "3", "é  "),
            ("x", "-<4", "x---"),
        ]
        let bigCases: [(String, String, String)] = [
            ("10000000000000000000000000", ",", "10,000,000,000,000,000,000,000,000"),
            ("-10000000000000000000000000", "x", "-84595161401484a000000"),
        ]
        for (v, spec, expected) in cases {
            XCTAssertEqual(try rt.builtinFormat(v, spec), expected, "format(\(v), '\(spec)')")
        }
        for (s, spec, expected) in strCases {
            let v = rt.heap.newStr(s)
            XCTAssertEqual(try rt.builtinFormat(v, spec), expected, "format('\(s)', '\(spec)')")
        }
        for (digits, spec, expected) in bigCases {
            let v = try rt.heap.intFromString(digits)
            XCTAssertEqual(try rt.builtinFormat(v, spec), expected, "format(\(digits), '\(spec)')")
        }
    }

    func test_format_badSpecs_raiseCPythonErrors() {
        var rt = BasicRuntime()
        let s = rt.heap.newStr("a")
        let cases: [(Value, String, String)] = [
            (.int(1), "q", "Unknown format code 'q' for object of type 'int'"),
            (.float(1.5), "d", "Unknown format code 'd' for object of type 'float'"),
            (s, "d", "Unknown format code 'd' for object of type 'str'"),
            (s, "+", "Sign not allowed in string format specifier"),
            (s, "=5", "'=' alignment not allowed in string format specifier"),
            (.int(1), ".2d", "Precision not allowed in integer format specifier"),
            (.int(1), ",_", "Cannot specify both ',' and '_'."),
            (.int(1), ",x", "Cannot specify ',' with 'x'."),
            (.int(1), "5xx", "Invalid format specifier '5xx' for object of type 'int'"),
        ]
        for (v, spec, message) in cases {
            XCTAssertThrowsError(try rt.builtinFormat(v, spec)) { e in
                XCTAssertEqual((e as? PyError)?.message, message, spec)
            }
        }
    }
}
