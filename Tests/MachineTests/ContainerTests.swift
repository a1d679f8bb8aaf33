import XCTest
@testable import Machine

/// Lists, dicts, sets, ranges, slices and repr; expected text from python3 3.11.7.
final class ContainerTests: XCTestCase {
    private func r(_ rt: inout BasicRuntime, _ v: Value) -> String { (try? rt.repr(v)) ?? "<error>" }

    func test_dict_unifiesOneFloatOneAndTrue_keepingFirstKeyLastValue() throws {
        var rt = BasicRuntime()
        let d = try rt.makeDict([(.int(1), rt.heap.newStr("a")), (.float(1.0), rt.heap.newStr("b")),
                                 (.bool(true), rt.heap.newStr("c"))])
        XCTAssertEqual(r(&rt, d), "{1: 'c'}")
        XCTAssertEqual(try rt.getItem(d, .bool(true)).map { r(&rt, $0) }, "'c'")
    }

    func test_dict_deleteAndReinsert_movesKeyToEnd() throws {
        var rt = BasicRuntime()
        let d = rt.make(.d([(.s("x"), .i(1)), (.s("y"), .i(2)), (.s("z"), .i(3))]))
        _ = try rt.deleteItem(d, rt.heap.newStr("y"))
        _ = try rt.setItem(d, rt.heap.newStr("y"), .int(4))
        XCTAssertEqual(r(&rt, d), "{'x': 1, 'z': 3, 'y': 4}")
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.getItem(d, rt.heap.newStr("q")) }, "!KeyError: 'q'")
        let l = rt.heap.newList([])
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.getItem(d, l) }, "!TypeError: unhashable type: 'list'")
    }

    func test_dict_methodsAndViews_matchCPython() throws {
        var rt = BasicRuntime()
        let d = rt.make(.d([(.s("a"), .i(1)), (.s("b"), .i(2))]))
        func call(_ name: String, _ args: [Value], _ rt: inout BasicRuntime) -> String {
            rt.outcome { rt throws(PyError) in try rt.callDictMethod(name, d, args) }
        }
        XCTAssertEqual(call("keys", [], &rt), "dict_keys(['a', 'b'])")
        XCTAssertEqual(call("values", [], &rt), "dict_values([1, 2])")
        XCTAssertEqual(call("items", [], &rt), "dict_items([('a', 1), ('b', 2)])")
        XCTAssertEqual(call("get", [rt.heap.newStr("z")], &rt), "None")
        XCTAssertEqual(call("get", [rt.heap.newStr("z"), .int(0)], &rt), "0")
        XCTAssertEqual(call("setdefault", [rt.heap.newStr("c"), .int(3)], &rt), "3")
        XCTAssertEqual(call("setdefault", [rt.heap.newStr("a"), .int(9)], &rt), "1")
        XCTAssertEqual(call("pop", [rt.heap.newStr("b")], &rt), "2")
        XCTAssertEqual(call("pop", [rt.heap.newStr("b")], &rt), "!KeyError: 'b'")
        XCTAssertEqual(call("pop", [rt.heap.newStr("b"), .none], &rt), "None")
        XCTAssertEqual(r(&rt, d), "{'a': 1, 'c': 3}")
        XCTAssertEqual(call("popitem", [], &rt), "('c', 3)")
        let other = rt.make(.d([(.s("b"), .i(2)), (.s("a"), .i(3))]))
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.binaryOp(.or, d, other) }, "{'a': 3, 'b': 2}")
        XCTAssertEqual(call("update", [rt.make(.l([.t([.s("k"), .i(0)])]))], &rt), "None")
        XCTAssertEqual(r(&rt, d), "{'a': 1, 'k': 0}")
        XCTAssertEqual(call("clear", [], &rt), "None")
        XCTAssertEqual(call("popitem", [], &rt), "!KeyError: 'popitem(): dictionary is empty'")
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.dictFromKeys(rt.heap.newStr("abc"), .int(0)) },
                       "{'a': 0, 'b': 0, 'c': 0}")
    }

    func test_dict_manyInsertsAndDeletes_keepsLookupsCorrect() throws {
        var rt = BasicRuntime()
        let d = rt.heap.newDict()
        for i in 0..<5000 { _ = try rt.setItem(d, .int(i * 7), .int(i)) }
        for i in stride(from: 0, to: 5000, by: 2) { _ = try rt.deleteItem(d, .int(i * 7)) }
        XCTAssertEqual(rt.length(d), 2500)
        XCTAssertEqual(try rt.getItem(d, .int(7 * 4999))?.intValue, 4999)
        XCTAssertEqual(try rt.contains(d, .int(0)), false)
        XCTAssertEqual(try rt.contains(d, .float(7.0)), true)
    }

    func test_reprOfSelfReferentialContainers_usesEllipsis() throws {
        var rt = BasicRuntime()
        let a = rt.make(.l([.i(1), .i(2), .i(3)]))
        guard case .object(let ar) = a else { return XCTFail() }
        rt.heap.listAppend(ar, a)
        XCTAssertEqual(r(&rt, a), "[1, 2, 3, [...]]")
        let d = rt.heap.newDict()
        _ = try rt.setItem(d, rt.heap.newStr("self"), d)
        XCTAssertEqual(r(&rt, d), "{'self': {...}}")
        let inner = rt.heap.newList([])
        let t = rt.heap.newTuple([inner])
        guard case .object(let ir) = inner else { return XCTFail() }
        rt.heap.listAppend(ir, t)
        XCTAssertEqual(r(&rt, t), "([(...)],)")
        let nested = rt.make(.d([(.i(1), .l([.i(1), .f(2.5), .n, .b(true), .s("s"), .t([.i(1)]), .t([])])), (.s("k"), .d([]))]))
        XCTAssertEqual(r(&rt, nested), "{1: [1, 2.5, None, True, 's', (1,), ()], 'k': {}}")
    }

    func test_randomNestedValues_reprMatchesCPython() {
        // python3 3.11.7, random.seed(5): nested lists/tuples/dicts of ints, floats, bigints,
        // None/bools and strings with quotes, escapes, controls and non-printables.
        let cases: [(PyLit, String)] = [
            (.d([]), "{}"),
            (.d([(.i(5), .big("9444732965739290427392"))]), "{5: 9444732965739290427392}"),
            (.n, "None"),
            (.d([(.f(-1.8066640404213907), .l([.d([(.s("\u{7f}\\"), .s("\u{7}🏻")), (.i(-4), .big("4835703278458516698824704"))])]))]), "{-1.8066640404213907: [{'\\x7f\\\\': '\\x07🏻', -4: 4835703278458516698824704}]}"),
            (.f(682468.1909245013), "682468.1909245013"),
            (.d([(.i(0), .s("")), (.i(4), .t([.l([]), .f(3.438329013161027e-05)])), (.i(-2), .l([]))]), "{0: '', 4: ([], 3.438329013161027e-05), -2: []}"),
            (.l([.b(false)]), "[False]"),
            (.f(8522526708937.429), "8522526708937.429"),
            (.t([.s("'"), .t([.b(true), .i(477379)])]), "(\"'\", (True, 477379))"),
            (.big("4835703278458516698824704"), "4835703278458516698824704"),
            (.n, "None"),
            (.d([(.f(-1.9690394721874396), .f(1.1082883415632573e-10)), (.f(1.6482284754720986), .n), (.i(-1), .t([.f(711709.4458645924), .b(false)]))]), "{-1.9690394721874396: 1.1082883415632573e-10, 1.6482284754720986: None, -1: (711709.4458645924, False)}"),
            (.i(-671219), "-671219"),
            (.n, "None"),
            (.b(true), "True"),
            (.f(-960657.3683149735), "-960657.3683149735"),
            (.d([(.s(""), .f(7.819072383401018e-06))]), "{'': 7.819072383401018e-06}"),
            (.f(442912.5784162462), "442912.5784162462"),
            (.b(false), "False"),
            (.d([(.s(""), .l([.f(6488.6444421022425)]))]), "{'': [6488.6444421022425]}"),
            (.big("18446744073709551616"), "18446744073709551616"),
            (.t([.l([.d([(.i(3), .f(957371.980975637)), (.i(-4), .f(988106.1806156172))]), .l([]), .d([(.i(-5), .b(true)), (.s("c\u{0}😀"), .b(true))])]), .l([.t([.f(9.11782746269173e-15), .i(839048), .big("2475880078570760549798248448")])]), .b(true)]), "([{3: 957371.980975637, -4: 988106.1806156172}, [], {-5: True, 'c\\x00😀': True}], [(9.11782746269173e-15, 839048, 2475880078570760549798248448)], True)"),
            (.t([.t([.t([])]), .b(false)]), "(((),), False)"),
            (.s("Ā\u{7f}\u{0}"), "'Ā\\x7f\\x00\\x80'"),
            (.b(true), "True"),
            (.l([]), "[]"),
            (.s(""), "''"),
            (.n, "None"),
            (.t([.l([.big("2361183241434822606848"), .l([.b(false), .big("37778931862957161709568"), .s("\r中")])]), .t([.l([.i(-817927), .f(0.07256386280980198)])])]), "([2361183241434822606848, [False, 37778931862957161709568, '\\x80\\r中']], ([-817927, 0.07256386280980198],))"),
            (.d([]), "{}"),
            (.f(-824730.6528701548), "-824730.6528701548"),
            (.d([(.i(-1), .big("18446744073709551616"))]), "{-1: 18446744073709551616}"),
            (.t([.d([]), .s("a b​\u{7f}")]), "({}, '\\ue000a\\u2028b\\u200b\\x7f')"),
            (.i(-357339), "-357339"),
            (.big("633825300114114700748351602688"), "633825300114114700748351602688"),
            (.f(-339255.9087538207), "-339255.9087538207"),
            (.f(0.11820280800375915), "0.11820280800375915"),
            (.t([.i(-898437), .big("79228162514264337593543950336"), .b(false)]), "(-898437, 79228162514264337593543950336, False)"),
            (.s("🏻ĀΩbß"), "'🏻ĀΩbß'"),
            (.t([]), "()"),
            (.f(-802559.856271615), "-802559.856271615"),
            (.t([]), "()"),
            (.b(true), "True"),
            (.t([.i(651747), .t([.b(true), .l([])]), .t([.t([.big("19807040628566084398385987584")]), .f(306186.8925144428)])]), "(651747, (True, []), ((19807040628566084398385987584,), 306186.8925144428))"),
            (.d([(.s(""), .f(4168489.7415908086)), (.i(-1), .d([(.s("cß"), .l([.f(292717.20032023685)])), (.f(-1.2260648952763415), .f(-64023.15728096175))]))]), "{'': 4168489.7415908086, -1: {'cß': [292717.20032023685], -1.2260648952763415: -64023.15728096175}}"),
            (.f(-686707.7184974977), "-686707.7184974977"),
            (.t([.d([]), .n]), "({}, None)"),
            (.s(""), "''"),
            (.t([.l([.s("́ "), .big("2417851639229258349412352")]), .f(1.458342021036163e-15)]), "(['́\\u2028', 2417851639229258349412352], 1.458342021036163e-15)"),
            (.f(82719.41309925867), "82719.41309925867"),
            (.i(606231), "606231"),
            (.l([.s("ß"), .i(632506), .b(false)]), "['ß\\ue000', 632506, False]"),
            (.b(true), "True"),
            (.i(328280), "328280"),
            (.d([(.s(""), .t([.b(false)]))]), "{'': (False,)}"),
            (.big("36893488147419103232"), "36893488147419103232"),
            (.b(true), "True"),
            (.i(-973512), "-973512"),
            (.n, "None"),
            (.b(true), "True"),
            (.d([(.f(0.5452505319665732), .f(5647054702592181.0)), (.i(-4), .b(true)), (.s("🏻­"), .s("\n🏻"))]), "{0.5452505319665732: 5647054702592181.0, -4: True, '🏻\\xad': '\\n🏻'}"),
            (.l([.d([(.f(-2.6882837756714237), .i(-741080))]), .l([.l([]), .d([]), .f(-79414.3035435169)])]), "[{-2.6882837756714237: -741080}, [[], {}, -79414.3035435169]]"),
            (.f(51575292391.77511), "51575292391.77511"),
            (.s("\u{0}"), "'\\x00\\ue000'"),
            (.f(1.7480843660740098e-13), "1.7480843660740098e-13"),
            (.n, "None"),
            (.t([.l([.f(-607842.7693366604), .l([])]), .big("158456325028528675187087900672"), .f(447975.63203939237)]), "([-607842.7693366604, []], 158456325028528675187087900672, 447975.63203939237)"),
            (.i(4611686018427387904), "4611686018427387904"),
            (.b(false), "False"),
            (.d([(.i(1), .b(false)), (.f(2.923351436724391), .d([])), (.s("'\n\r"), .b(true))]), "{1: False, 2.923351436724391: {}, \"'\\n\\r\": True}"),
            (.n, "None"),
            (.n, "None"),
            (.f(438694.40922724525), "438694.40922724525"),
            (.n, "None"),
            (.l([.t([.l([.i(-119069), .b(false)]), .t([])]), .i(37125), .f(473765.5550625031)]), "[([-119069, False], ()), 37125, 473765.5550625031]"),
            (.b(false), "False"),
            (.f(557575319683194.3), "557575319683194.3"),
            (.d([(.i(3), .n), (.s(""), .b(false))]), "{3: None, '\\x80': False}"),
            (.l([.big("19342813113834066795298816"), .l([.l([]), .big("36893488147419103232"), .d([(.f(0.4922679327585362), .b(false)), (.f(-2.033237396227002), .b(false)), (.i(-4), .s("ÿĀ\u{0}"))])]), .f(7090738249187.956)]), "[19342813113834066795298816, [[], 36893488147419103232, {0.4922679327585362: False, -2.033237396227002: False, -4: '\\x80ÿĀ\\x00'}], 7090738249187.956]"),
            (.b(false), "False"),
            (.d([(.f(-2.5049693689690136), .f(-443557.6853743306)), (.s("cb ÿ"), .l([.f(3.561926460401371e-15), .n, .l([.n, .i(-149632), .f(-157918.60813952412)])]))]), "{-2.5049693689690136: -443557.6853743306, 'cb\\x9f\\xa0ÿ': [3.561926460401371e-15, None, [None, -149632, -157918.60813952412]]}"),
            (.t([]), "()"),
            (.b(true), "True"),
            (.s("éΩ\u{1b}🏻"), "'éΩ\\x1b🏻'"),
            (.b(false), "False"),
            (.l([]), "[]"),
            (.s("\"\""), "'\"\"'"),
            (.f(4.3736573987592033e+18), "4.3736573987592033e+18"),
            (.f(-929014.9779009796), "-929014.9779009796"),
            (.l([.b(true), .i(-570318)]), "[True, -570318]"),
            (.f(518007.5048184027), "518007.5048184027"),
            (.d([(.s("\u{7f}\\"), .t([.d([(.i(1), .f(2.4114149776914007e+18))])])), (.i(-4), .n)]), "{'\\x7f\\\\': ({1: 2.4114149776914007e+18},), -4: None}"),
            (.d([(.f(-2.946452263361086), .f(-589446.0174011567)), (.s("Ā"), .t([.b(false), .d([]), .b(false)]))]), "{-2.946452263361086: -589446.0174011567, 'Ā': (False, {}, False)}"),
            (.b(true), "True"),
            (.l([.n]), "[None]"),
            (.big("1237940039285380274899124224"), "1237940039285380274899124224"),
            (.d([(.s(""), .b(true)), (.s("b  ́"), .l([.b(false), .l([.i(629879)]), .big("147573952589676412928")])), (.f(0.6849996005040486), .n)]), "{'': True, 'b \\xa0́': [False, [629879], 147573952589676412928], 0.6849996005040486: None}"),
            (.t([.d([(.f(-1.7789906327269114), .i(-860401)), (.i(-1), .n)]), .l([.s("b\""), .d([(.f(-0.4127732413171117), .f(313970076344115.44)), (.f(2.0068534160609914), .f(816015.0293700583))]), .f(-985336.2075472134)]), .b(false)]), "({-1.7789906327269114: -860401, -1: None}, ['b\"', {-0.4127732413171117: 313970076344115.44, 2.0068534160609914: 816015.0293700583}, -985336.2075472134], False)"),
            (.f(4.052794233961363e-21), "4.052794233961363e-21"),
            (.b(true), "True"),
            (.i(867111), "867111"),
            (.s("\" \u{7}\t"), "'\" \\x07\\t'"),
            (.f(947.7556285481918), "947.7556285481918"),
            (.f(-405436.7233519283), "-405436.7233519283"),
            (.t([.t([]), .t([.t([.f(-158060.52964841633), .b(false), .b(false)])])]), "((), ((-158060.52964841633, False, False),))"),
            (.n, "None"),
            (.f(607330101196.0472), "607330101196.0472"),
            (.l([.t([.t([]), .d([(.f(-2.873581780168254), .b(false))])])]), "[((), {-2.873581780168254: False})]"),
            (.t([]), "()"),
            (.l([.d([(.f(-2.0340308485081517), .l([])), (.s("ß\u{1b}"), .t([.big("73786976294838206464"), .b(false), .n]))])]), "[{-2.0340308485081517: [], 'ß\\x1b': (73786976294838206464, False, None)}]"),
            (.t([]), "()"),
            (.i(896397), "896397"),
            (.f(-104407.4183768729), "-104407.4183768729"),
            (.f(5818896.6461336585), "5818896.6461336585"),
            (.s("ß\u{7}Ā"), "'ß\\x07Ā'"),
            (.t([.f(17.000290742997247), .t([.n])]), "(17.000290742997247, (None,))"),
            (.d([(.s("\u{0}😀"), .b(false)), (.i(-4), .big("77371252455336267181195264")), (.f(-2.5777276900981114), .f(1.4937516310765786e-09))]), "{'\\x00😀': False, -4: 77371252455336267181195264, -2.5777276900981114: 1.4937516310765786e-09}"),
            (.l([]), "[]"),
            (.d([(.s("c­"), .t([])), (.i(-3), .l([.d([(.i(0), .n), (.f(-0.8150103106134141), .s("Āÿ\"")), (.i(2), .s(" \u{7}"))]), .d([(.s("\u{0}b\\😀 "), .f(7.801370761143534e-07)), (.i(-3), .b(true)), (.i(-4), .f(-259369.90811146062))]), .d([(.f(-2.52306624062528), .s("'")), (.s("😀é🏻 "), .b(true)), (.s(""), .f(655348.7519532961))])])), (.i(5), .s("\t \t\n\u{1b}\\"))]), "{'c\\x80\\xad': (), -3: [{0: None, -0.8150103106134141: 'Āÿ\"', 2: ' \\x07'}, {'\\x00b\\\\😀\\ue000\\xa0': 7.801370761143534e-07, -3: True, -4: -259369.90811146062}, {-2.52306624062528: \"'\", '😀é\\x9f🏻\\ue000 ': True, '': 655348.7519532961}], 5: '\\t\\xa0\\t\\n\\x1b\\\\'}"),
            (.big("38685626227668133590597632"), "38685626227668133590597632"),
            (.n, "None"),
            (.b(true), "True"),
            (.n, "None"),
            (.l([.l([.s("\u{7f}"), .t([.i(-381849)]), .n])]), "[['\\x7f', (-381849,), None]]"),
            (.d([(.i(-2), .t([.i(783467), .d([(.s("c中­"), .n), (.s("­Ωß中"), .s("c\u{0}中­"))]), .d([(.i(-1), .b(false)), (.f(-0.7445850163348706), .s("Ω\t\t"))])])), (.f(-2.367674004361563), .t([])), (.f(-1.6039980084292562), .d([(.f(1.9219394069773603), .d([(.s("\" \u{7}\u{1b}Ω"), .b(true)), (.i(-1), .s("﻿﻿ ")), (.f(-2.748795553754051), .b(true))])), (.i(0), .n)]))]), "{-2: (783467, {'c\\x80中\\xad': None, '\\xadΩß中': 'c\\ue000\\x00中\\xad'}, {-1: False, -0.7445850163348706: 'Ω\\t\\t'}), -2.367674004361563: (), -1.6039980084292562: {1.9219394069773603: {'\"\\xa0\\x07\\x1b\\ue000Ω': True, -1: '\\ufeff\\ufeff\\xa0', -2.748795553754051: True}, 0: None}}"),
            (.d([(.f(1.7390556558345551), .l([.d([(.s("́\r­ \tÿ"), .i(-932691))])]))]), "{1.7390556558345551: [{'́\\r\\xad\\xa0\\tÿ': -932691}]}"),
            (.t([.n, .b(false), .t([.d([]), .n, .d([(.i(-2), .f(14.595669170106918)), (.f(-1.3523806168783172), .i(-548198)), (.f(0.1910845892090003), .b(false))])])]), "(None, False, ({}, None, {-2: 14.595669170106918, -1.3523806168783172: -548198, 0.1910845892090003: False}))"),
            (.big("604462909807314587353088"), "604462909807314587353088"),
            (.s(""), "''"),
            (.d([(.f(-0.12380658301277947), .n)]), "{-0.12380658301277947: None}"),
            (.l([]), "[]"),
            (.big("316912650057057350374175801344"), "316912650057057350374175801344"),
            (.t([.l([.t([.f(-442191.2214111787), .n])]), .big("39614081257132168796771975168"), .l([])]), "([(-442191.2214111787, None)], 39614081257132168796771975168, [])"),
            (.d([(.f(1.9995972238113824), .n)]), "{1.9995972238113824: None}"),
            (.t([]), "()"),
            (.t([.l([]), .b(true), .l([.t([.i(-37760), .b(false), .b(false)]), .i(209139), .l([.f(-490004.82349118823), .s("́­")])])]), "([], True, [(-37760, False, False), 209139, [-490004.82349118823, '́\\xad']])"),
            (.l([.big("9223372036854775808"), .i(467370)]), "[9223372036854775808, 467370]"),
            (.l([.f(17824.2553134067), .d([(.s(""), .t([.s("ÿc ­\"")])), (.i(-5), .l([.i(671350), .n, .i(2305843009213693952)]))])]), "[17824.2553134067, {'': ('ÿc\\u2028\\x9f\\xad\"',), -5: [671350, None, 2305843009213693952]}]"),
            (.l([]), "[]"),
            (.s("Ā 🏻­中b"), "'Ā\\u2028🏻\\xad中b'"),
            (.d([(.s("ß\n Ω中"), .l([.t([.i(394), .b(true), .big("302231454903657293676544")]), .s("😀Ā﻿")]))]), "{'ß\\n Ω\\x80中': [(394, True, 302231454903657293676544), '😀Ā\\ufeff']}"),
            (.l([.l([.d([(.i(-1), .f(17721437628206.527)), (.f(-2.217411681234835), .f(-906051.3538945203)), (.f(-1.4741167714501495), .big("79228162514264337593543950336"))])])]), "[[{-1: 17721437628206.527, -2.217411681234835: -906051.3538945203, -1.4741167714501495: 79228162514264337593543950336}]]"),
            (.d([(.s("\u{0} 🏻"), .l([])), (.s(""), .d([(.i(-4), .n), (.f(-1.0549912020346055), .d([(.f(-2.4622248757002216), .b(false)), (.f(1.0573813826441327), .big("9903520314283042199192993792"))]))])), (.i(-1), .b(false))]), "{'\\x00\\u2028🏻': [], '\\x80': {-4: None, -1.0549912020346055: {-2.4622248757002216: False, 1.0573813826441327: 9903520314283042199192993792}}, -1: False}"),
            (.f(283425.51255991054), "283425.51255991054"),
            (.t([.d([(.f(1.3264889170602503), .f(6.661535143500092e-15)), (.i(-4), .f(926273.7343972311)), (.f(-0.10764607331224285), .f(2.937920887599631e+17))]), .f(728263468294.656), .b(true)]), "({1.3264889170602503: 6.661535143500092e-15, -4: 926273.7343972311, -0.10764607331224285: 2.937920887599631e+17}, 728263468294.656, True)"),
            (.i(-969632), "-969632"),
            (.b(true), "True"),
            (.d([(.f(0.665926438430942), .l([.b(false), .t([.n])])), (.s("🏻\"\\\u{0}🏻ß"), .d([])), (.i(1), .n)]), "{0.665926438430942: [False, (None,)], '🏻\"\\\\\\x00🏻ß': {}, 1: None}"),
            (.t([]), "()"),
            (.l([]), "[]"),
        ]
        for (v, expected) in cases {
            var rt = BasicRuntime()
            let x = rt.make(v)
            XCTAssertEqual(r(&rt, x), expected)
        }
    }

    func test_reprOfStringsAndBytes_quotesAndEscapesAsCPython() {
        var rt = BasicRuntime()
        XCTAssertEqual(r(&rt, rt.heap.newStr("it's")), "\"it's\"")
        XCTAssertEqual(r(&rt, rt.heap.newStr("say \"hi\"")), "'say \"hi\"'")
        XCTAssertEqual(r(&rt, rt.heap.newStr("both ' \"")), "'both \\' \"'")
        XCTAssertEqual(r(&rt, rt.heap.newStr("tab\tnl\nbs\\ \u{1} \u{7f} é \u{200b} 😀 \u{a0}")),
                       "'tab\\tnl\\nbs\\\\ \\x01 \\x7f é \\u200b 😀 \\xa0'")
        XCTAssertEqual(r(&rt, rt.heap.newBytes(Array("ab'c".utf8) + [0, 0xff, 10, 92])), "b\"ab'c\\x00\\xff\\n\\\\\"")
        XCTAssertEqual(r(&rt, rt.heap.newBytes([34])), "b'\"'")
        XCTAssertEqual(r(&rt, rt.heap.newBytes([39])), "b\"'\"")
    }

    func test_listSliceAssignmentAndDeletion_withSteps() {
        func run(_ body: (inout BasicRuntime, Value) throws(PyError) -> Void) -> String {
            var rt = BasicRuntime()
            let a = rt.heap.newList((0..<10).map { Value.int($0) })
            return rt.outcome { rt throws(PyError) in try body(&rt, a); return a }
        }
        func sl(_ rt: inout BasicRuntime, _ a: Int?, _ b: Int?, _ c: Int? = nil) -> Value {
            rt.heap.newSlice(a.map { .int($0) } ?? .none, b.map { .int($0) } ?? .none, c.map { .int($0) } ?? .none)
        }
        XCTAssertEqual(run { rt, a throws(PyError) in _ = try rt.setItem(a, sl(&rt, 2, 5), rt.make(.l([.s("x")]))) },
                       "[0, 1, 'x', 5, 6, 7, 8, 9]")
        XCTAssertEqual(run { rt, a throws(PyError) in _ = try rt.setItem(a, sl(&rt, nil, nil, 2), rt.heap.newStr("abcde")) },
                       "['a', 1, 'b', 3, 'c', 5, 'd', 7, 'e', 9]")
        XCTAssertEqual(run { rt, a throws(PyError) in _ = try rt.deleteItem(a, sl(&rt, nil, nil, 3)) }, "[1, 2, 4, 5, 7, 8]")
        XCTAssertEqual(run { rt, a throws(PyError) in _ = try rt.deleteItem(a, sl(&rt, -2, nil)) }, "[0, 1, 2, 3, 4, 5, 6, 7]")
        XCTAssertEqual(run { rt, a throws(PyError) in _ = try rt.setItem(a, sl(&rt, 8, 2, -2), rt.make(.l([.i(0), .i(0), .i(0)]))) },
                       "[0, 1, 2, 3, 0, 5, 0, 7, 0, 9]")
        XCTAssertEqual(run { rt, a throws(PyError) in _ = try rt.setItem(a, sl(&rt, nil, nil, 2), rt.make(.l([.i(1)]))) },
                       "!ValueError: attempt to assign sequence of size 1 to extended slice of size 5")
        XCTAssertEqual(run { rt, a throws(PyError) in _ = try rt.setItem(a, .int(10), .int(0)) },
                       "!IndexError: list assignment index out of range")
        XCTAssertEqual(run { rt, a throws(PyError) in _ = try rt.getItem(a, rt.heap.newStr("0")) },
                       "!TypeError: list indices must be integers or slices, not str")
    }

    func test_listMethods_matchCPython() {
        var rt = BasicRuntime()
        let a = rt.make(.l([.i(3), .i(1), .i(2)]))
        func call(_ name: String, _ args: [Value], _ rt: inout BasicRuntime) -> String {
            rt.outcome { rt throws(PyError) in try rt.callListMethod(name, a, args) }
        }
        XCTAssertEqual(call("insert", [.int(-1), .int(9)], &rt), "None")
        XCTAssertEqual(call("insert", [.int(100), .int(8)], &rt), "None")
        XCTAssertEqual(r(&rt, a), "[3, 1, 9, 2, 8]")
        XCTAssertEqual(call("index", [.int(9)], &rt), "2")
        XCTAssertEqual(call("index", [.int(7)], &rt), "!ValueError: 7 is not in list")
        XCTAssertEqual(call("remove", [.int(7)], &rt), "!ValueError: list.remove(x): x not in list")
        XCTAssertEqual(call("pop", [], &rt), "8")
        XCTAssertEqual(call("pop", [.int(0)], &rt), "3")
        XCTAssertEqual(call("pop", [.int(9)], &rt), "!IndexError: pop index out of range")
        XCTAssertEqual(call("count", [.float(1.0)], &rt), "1")
        XCTAssertEqual(call("sort", [], &rt), "None")
        XCTAssertEqual(r(&rt, a), "[1, 2, 9]")
        XCTAssertEqual(call("reverse", [], &rt), "None")
        XCTAssertEqual(call("extend", [rt.heap.newStr("ab")], &rt), "None")
        XCTAssertEqual(r(&rt, a), "[9, 2, 1, 'a', 'b']")
        XCTAssertEqual(call("sort", [], &rt), "!TypeError: '<' not supported between instances of 'str' and 'int'")
        XCTAssertEqual(call("clear", [], &rt), "None")
        XCTAssertEqual(call("pop", [], &rt), "!IndexError: pop from empty list")
    }

    func test_sortWithPrecomputedKeys_isStableAndReverseStable() throws {
        var rt = BasicRuntime()
        // python3: sorted(words, key=len) and sorted(words, key=len, reverse=True)
        let words = ["bb", "a", "ccc", "dd", "e", "fff", "g"]
        for n in [words.count, 200] {
            var items: [String] = []
            while items.count < n { items += words.map { $0 + String(items.count / words.count) } }
            items = Array(items.prefix(n))
            let a = rt.heap.newList(items.map { rt.heap.newStr($0) })
            guard case .object(let ar) = a else { return XCTFail() }
            let keys = items.map { Value.int($0.count) }
            try rt.sortList(ar, keys: keys, reverse: false)
            let sorted = rt.heap.sequenceItems(a)!.map { rt.heap.string($0)! }
            XCTAssertEqual(sorted, items.enumerated().sorted { ($0.element.count, $0.offset) < ($1.element.count, $1.offset) }.map(\.element))
            let b = rt.heap.newList(items.map { rt.heap.newStr($0) })
            guard case .object(let br) = b else { return XCTFail() }
            try rt.sortList(br, keys: keys, reverse: true)
            let rsorted = rt.heap.sequenceItems(b)!.map { rt.heap.string($0)! }
            XCTAssertEqual(rsorted, items.enumerated().sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }.map(\.element))
        }
        let small = rt.make(.l([.s("bb"), .s("a"), .s("ccc"), .s("dd")]))
        guard case .object(let sr) = small else { return XCTFail() }
        try rt.sortList(sr, keys: [.int(2), .int(1), .int(3), .int(2)], reverse: true)
        XCTAssertEqual(r(&rt, small), "['ccc', 'bb', 'dd', 'a']")
    }

    func test_setOperatorsAndMethods_matchCPython() throws {
        var rt = BasicRuntime()
        let a = try rt.makeSet([.int(1), .int(2)]), b = try rt.makeSet([.int(2), .int(3)])
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.binaryOp(.or, a, b) }, "{1, 2, 3}")
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.binaryOp(.and, a, b) }, "{2}")
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.binaryOp(.sub, a, b) }, "{1}")
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.binaryOp(.xor, a, b) }, "{1, 3}")
        XCTAssertEqual(r(&rt, try rt.makeSet([])), "set()")
        XCTAssertEqual(r(&rt, try rt.makeSet([], frozen: true)), "frozenset()")
        XCTAssertEqual(r(&rt, try rt.makeSet([.int(3)], frozen: true)), "frozenset({3})")
        func call(_ name: String, _ args: [Value], _ rt: inout BasicRuntime) -> String {
            rt.outcome { rt throws(PyError) in try rt.callSetMethod(name, a, args) }
        }
        XCTAssertEqual(call("issubset", [rt.make(.l([.i(1), .i(2), .i(5)]))], &rt), "True")
        XCTAssertEqual(call("isdisjoint", [b], &rt), "False")
        // python3: {1, 2}.union([7], (8,)) == {8, 1, 2, 7} (hash-table order)
        XCTAssertEqual(call("union", [rt.make(.l([.i(7)])), rt.make(.t([.i(8)]))], &rt), "{8, 1, 2, 7}")
        XCTAssertEqual(call("remove", [.int(5)], &rt), "!KeyError: 5")
        XCTAssertEqual(call("discard", [.int(5)], &rt), "None")
        XCTAssertEqual(call("add", [.float(1.0)], &rt), "None")
        XCTAssertEqual(r(&rt, a), "{1, 2}")
        XCTAssertEqual(call("add", [rt.heap.newList([])], &rt), "!TypeError: unhashable type: 'list'")
        XCTAssertEqual(call("pop", [], &rt), "1")
        XCTAssertEqual(call("pop", [], &rt), "2")
        XCTAssertEqual(call("pop", [], &rt), "!KeyError: 'pop from an empty set'")
        XCTAssertEqual(try rt.compare(b, try rt.makeSet([.int(3), .int(2)], frozen: true), .eq), true)
        XCTAssertEqual(try rt.compare(try rt.makeSet([.int(2)]), b, .lt), true)
    }

    func test_rangeAndSlice_matchCPython() throws {
        var rt = BasicRuntime()
        XCTAssertEqual(r(&rt, try rt.makeRange([.int(5)])), "range(0, 5)")
        XCTAssertEqual(r(&rt, try rt.makeRange([.int(1), .int(10), .int(2)])), "range(1, 10, 2)")
        let r5 = try rt.makeRange([.int(5)])
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.getItem(r5, rt.heap.newSlice(.int(1), .int(3), .none)) }, "range(1, 3)")
        let r10 = try rt.makeRange([.int(10)])
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.getItem(r10, rt.heap.newSlice(.none, .none, .int(-1))) }, "range(9, -1, -1)")
        let r3 = try rt.makeRange([.int(1), .int(10), .int(3)])
        XCTAssertEqual(rt.length(r3), 3)
        let neg = try rt.makeRange([.int(0), .int(-10), .int(-3)])
        XCTAssertEqual(try rt.getItem(neg, .int(2))?.intValue, -6)
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.getItem(neg, .int(4)) }, "!IndexError: range object index out of range")
        XCTAssertEqual(try rt.contains(neg, .int(-9)), true)
        XCTAssertEqual(try rt.contains(neg, .int(-10)), false)
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.makeRange([.int(1), .int(2), .int(0)]) }, "!ValueError: range() arg 3 must not be zero")
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.callRangeMethod("index", r10, [.int(7)]) }, "7")
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.callRangeMethod("index", r10, [.int(70)]) }, "!ValueError: 70 is not in range")
        func ind(_ a: Value, _ b: Value, _ c: Value, _ n: Int, _ rt: inout BasicRuntime) -> String {
            rt.outcome { rt throws(PyError) in try rt.sliceIndicesTuple(rt.heap.newSlice(a, b, c), n) }
        }
        XCTAssertEqual(ind(.int(1), .none, .int(2), 10, &rt), "(1, 10, 2)")
        XCTAssertEqual(ind(.none, .none, .int(-1), 5, &rt), "(4, -1, -1)")
        XCTAssertEqual(ind(.int(-100), .int(100), .none, 7, &rt), "(0, 7, 1)")
        XCTAssertEqual(r(&rt, rt.heap.newSlice(.int(1), .none, .int(2))), "slice(1, None, 2)")
    }

    func test_tupleListEquality_andOrdering() throws {
        var rt = BasicRuntime()
        let a = rt.make(.t([.i(1), .s("x"), .l([.f(2.0)])])), b = rt.make(.t([.f(1.0), .s("x"), .l([.i(2)])]))
        XCTAssertEqual(try rt.equal(a, b), true)
        // python3: hash((1, 2)) == -3550055125485641917 == hash((1.0, 2.0))
        XCTAssertEqual(try rt.hash(rt.make(.t([.i(1), .i(2)]))), -3550055125485641917)
        XCTAssertEqual(try rt.hash(rt.make(.t([.f(1.0), .f(2.0)]))), -3550055125485641917)
        let c = rt.make(.t([.i(1), .i(2)])), d = rt.make(.t([.i(1), .i(2), .i(0)]))
        XCTAssertEqual(try rt.compare(c, d, .lt), true)
        XCTAssertEqual(rt.text { rt throws(PyError) in String(try rt.compare(rt.make(.l([.i(1)])), rt.make(.t([.i(1)])), .lt)) },
                       "!TypeError: '<' not supported between instances of 'list' and 'tuple'")
        XCTAssertEqual(rt.outcome { rt throws(PyError) in try rt.binaryOp(.add, rt.make(.l([])), rt.make(.t([]))) },
                       "!TypeError: can only concatenate list (not \"tuple\") to list")
    }
}
