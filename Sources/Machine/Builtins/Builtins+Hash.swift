/// CPython's `_hashlib` digests (OpenSSL there; written out here from RFC 1321 and FIPS 180-4,
/// checked against python3's vectors in the conformance suite). `hashlib.py` keeps the data
/// a hash object was fed and asks `_hashlib._digest(name, data)` for the digest.
enum HashNatives {
    static let natives: [NativeEntry] = [
        NativeEntry(name: "_hashlib:_digest") { vm, args, _ throws(PyError) in
            guard args.count == 2, let name = vm.heap.string(args[0]), let data = vm.heap.bytes(args[1]) else {
                throw .typeError("_digest(name, data) takes a str and a bytes-like object")
            }
            guard let d = digest(name, data) else { throw .valueError("unsupported hash type \(name)") }
            return vm.heap.newBytes(d)
        },
    ]

    /// The digest of `data` by the algorithm `name`, or nil for an unknown name.
    static func digest(_ name: String, _ data: [UInt8]) -> [UInt8]? {
        switch name {
        case "md5": return md5(data)
        case "sha1": return sha1(data)
        case "sha224": return sha256(data, initial: sha224Initial, outputWords: 7)
        case "sha256": return sha256(data, initial: sha256Initial, outputWords: 8)
        case "sha384": return sha512(data, initial: sha384Initial, outputWords: 6)
        case "sha512": return sha512(data, initial: sha512Initial, outputWords: 8)
        default: return nil
        }
    }

    /// Merkle–Damgård padding: 0x80, zeros, then the bit length in `lengthBytes` bytes.
    static func padded(_ data: [UInt8], block: Int, lengthBytes: Int, bigEndian: Bool) -> [UInt8] {
        var m = data
        let bits = UInt64(data.count) &* 8
        m.append(0x80)
        while m.count % block != block - lengthBytes { m.append(0) }
        var len = [UInt8](repeating: 0, count: lengthBytes)
        for i in 0..<8 { len[lengthBytes - 1 - i] = UInt8(truncatingIfNeeded: bits >> (8 * UInt64(i))) }
        m += bigEndian ? len : len.reversed()
        return m
    }

    static func rotl(_ x: UInt32, _ c: UInt32) -> UInt32 { (x << c) | (x >> (32 - c)) }

    static func be32(_ m: [UInt8], _ at: Int) -> UInt32 {
        UInt32(m[at]) << 24 | UInt32(m[at + 1]) << 16 | UInt32(m[at + 2]) << 8 | UInt32(m[at + 3])
    }

    static func appendBE(_ out: inout [UInt8], _ w: UInt32) {
        for s in stride(from: 24, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: w >> UInt32(s))) }
    }

    // MARK: - MD5 (RFC 1321)

    static let md5Shifts: [UInt32] = [7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                                      5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
                                      4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                                      6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21]
    /// floor(abs(sin(i + 1)) * 2^32), as the RFC tabulates it.
    static let md5K: [UInt32] = [
        0xd76a_a478, 0xe8c7_b756, 0x2420_70db, 0xc1bd_ceee, 0xf57c_0faf, 0x4787_c62a, 0xa830_4613, 0xfd46_9501,
        0x6980_98d8, 0x8b44_f7af, 0xffff_5bb1, 0x895c_d7be, 0x6b90_1122, 0xfd98_7193, 0xa679_438e, 0x49b4_0821,
        0xf61e_2562, 0xc040_b340, 0x265e_5a51, 0xe9b6_c7aa, 0xd62f_105d, 0x0244_1453, 0xd8a1_e681, 0xe7d3_fbc8,
        0x21e1_cde6, 0xc337_07d6, 0xf4d5_0d87, 0x455a_14ed, 0xa9e3_e905, 0xfcef_a3f8, 0x676f_02d9, 0x8d2a_4c8a,
        0xfffa_3942, 0x8771_f681, 0x6d9d_6122, 0xfde5_380c, 0xa4be_ea44, 0x4bde_cfa9, 0xf6bb_4b60, 0xbebf_bc70,
        0x289b_7ec6, 0xeaa1_27fa, 0xd4ef_3085, 0x0488_1d05, 0xd9d4_d039, 0xe6db_99e5, 0x1fa2_7cf8, 0xc4ac_5665,
        0xf429_2244, 0x432a_ff97, 0xab94_23a7, 0xfc93_a039, 0x655b_59c3, 0x8f0c_cc92, 0xffef_f47d, 0x8584_5dd1,
        0x6fa8_7e4f, 0xfe2c_e6e0, 0xa301_4314, 0x4e08_11a1, 0xf753_7e82, 0xbd3a_f235, 0x2ad7_d2bb, 0xeb86_d391,
    ]

    static func md5(_ data: [UInt8]) -> [UInt8] {
        let m = padded(data, block: 64, lengthBytes: 8, bigEndian: false)
        var h: [UInt32] = [0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476]
        var w = [UInt32](repeating: 0, count: 16)
        for chunk in stride(from: 0, to: m.count, by: 64) {
            for i in 0..<16 {
                let at = chunk + 4 * i
                w[i] = UInt32(m[at]) | UInt32(m[at + 1]) << 8 | UInt32(m[at + 2]) << 16 | UInt32(m[at + 3]) << 24
            }
            var a = h[0], b = h[1], c = h[2], d = h[3]
            for i in 0..<64 {
                var f: UInt32
                let g: Int
                switch i {
                case 0..<16: f = (b & c) | (~b & d); g = i
                case 16..<32: f = (d & b) | (~d & c); g = (5 * i + 1) % 16
                case 32..<48: f = b ^ c ^ d; g = (3 * i + 5) % 16
                default: f = c ^ (b | ~d); g = (7 * i) % 16
                }
                f = f &+ a &+ md5K[i] &+ w[g]
                a = d; d = c; c = b
                b = b &+ rotl(f, md5Shifts[i])
            }
            h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d
        }
        var out: [UInt8] = []
        for v in h { for s in stride(from: 0, through: 24, by: 8) { out.append(UInt8(truncatingIfNeeded: v >> UInt32(s))) } }
        return out
    }

    // MARK: - SHA-1 (FIPS 180-4 6.1)

    static func sha1(_ data: [UInt8]) -> [UInt8] {
        let m = padded(data, block: 64, lengthBytes: 8, bigEndian: true)
        var h: [UInt32] = [0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476, 0xc3d2_e1f0]
        var w = [UInt32](repeating: 0, count: 80)
        for chunk in stride(from: 0, to: m.count, by: 64) {
            for i in 0..<16 { w[i] = be32(m, chunk + 4 * i) }
            for i in 16..<80 { w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1) }
            var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4]
            for i in 0..<80 {
                let f: UInt32, k: UInt32
                switch i {
                case 0..<20: f = (b & c) | (~b & d); k = 0x5a82_7999
                case 20..<40: f = b ^ c ^ d; k = 0x6ed9_eba1
                case 40..<60: f = (b & c) | (b & d) | (c & d); k = 0x8f1b_bcdc
                default: f = b ^ c ^ d; k = 0xca62_c1d6
                }
                let t = rotl(a, 5) &+ f &+ e &+ k &+ w[i]
                e = d; d = c; c = rotl(b, 30); b = a; a = t
            }
            h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e
        }
        var out: [UInt8] = []
        for v in h { appendBE(&out, v) }
        return out
    }

    // MARK: - SHA-224/256 (FIPS 180-4 6.2, 6.3)

    static let sha256Initial: [UInt32] = [0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a,
                                          0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19]
    static let sha224Initial: [UInt32] = [0xc105_9ed8, 0x367c_d507, 0x3070_dd17, 0xf70e_5939,
                                          0xffc0_0b31, 0x6858_1511, 0x64f9_8fa7, 0xbefa_4fa4]
    static let sha256K: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    // MARK: - SHA-384/512 (FIPS 180-4 6.4, 6.5)

    static let sha512Initial: [UInt64] = [
        0x6a09_e667_f3bc_c908, 0xbb67_ae85_84ca_a73b, 0x3c6e_f372_fe94_f82b, 0xa54f_f53a_5f1d_36f1,
        0x510e_527f_ade6_82d1, 0x9b05_688c_2b3e_6c1f, 0x1f83_d9ab_fb41_bd6b, 0x5be0_cd19_137e_2179,
    ]
    static let sha384Initial: [UInt64] = [
        0xcbbb_9d5d_c105_9ed8, 0x629a_292a_367c_d507, 0x9159_015a_3070_dd17, 0x152f_ecd8_f70e_5939,
        0x6733_2667_ffc0_0b31, 0x8eb4_4a87_6858_1511, 0xdb0c_2e0d_64f9_8fa7, 0x47b5_481d_befa_4fa4,
    ]
    static let sha512K: [UInt64] = [
        0x428a_2f98_d728_ae22, 0x7137_4491_23ef_65cd, 0xb5c0_fbcf_ec4d_3b2f, 0xe9b5_dba5_8189_dbbc,
        0x3956_c25b_f348_b538, 0x59f1_11f1_b605_d019, 0x923f_82a4_af19_4f9b, 0xab1c_5ed5_da6d_8118,
        0xd807_aa98_a303_0242, 0x1283_5b01_4570_6fbe, 0x2431_85be_4ee4_b28c, 0x550c_7dc3_d5ff_b4e2,
        0x72be_5d74_f27b_896f, 0x80de_b1fe_3b16_96b1, 0x9bdc_06a7_25c7_1235, 0xc19b_f174_cf69_2694,
        0xe49b_69c1_9ef1_4ad2, 0xefbe_4786_384f_25e3, 0x0fc1_9dc6_8b8c_d5b5, 0x240c_a1cc_77ac_9c65,
        0x2de9_2c6f_592b_0275, 0x4a74_84aa_6ea6_e483, 0x5cb0_a9dc_bd41_fbd4, 0x76f9_88da_8311_53b5,
        0x983e_5152_ee66_dfab, 0xa831_c66d_2db4_3210, 0xb003_27c8_98fb_213f, 0xbf59_7fc7_beef_0ee4,
        0xc6e0_0bf3_3da8_8fc2, 0xd5a7_9147_930a_a725, 0x06ca_6351_e003_826f, 0x1429_2967_0a0e_6e70,
        0x27b7_0a85_46d2_2ffc, 0x2e1b_2138_5c26_c926, 0x4d2c_6dfc_5ac4_2aed, 0x5338_0d13_9d95_b3df,
        0x650a_7354_8baf_63de, 0x766a_0abb_3c77_b2a8, 0x81c2_c92e_47ed_aee6, 0x9272_2c85_1482_353b,
        0xa2bf_e8a1_4cf1_0364, 0xa81a_664b_bc42_3001, 0xc24b_8b70_d0f8_9791, 0xc76c_51a3_0654_be30,
        0xd192_e819_d6ef_5218, 0xd699_0624_5565_a910, 0xf40e_3585_5771_202a, 0x106a_a070_32bb_d1b8,
        0x19a4_c116_b8d2_d0c8, 0x1e37_6c08_5141_ab53, 0x2748_774c_df8e_eb99, 0x34b0_bcb5_e19b_48a8,
        0x391c_0cb3_c5c9_5a63, 0x4ed8_aa4a_e341_8acb, 0x5b9c_ca4f_7763_e373, 0x682e_6ff3_d6b2_b8a3,
        0x748f_82ee_5def_b2fc, 0x78a5_636f_4317_2f60, 0x84c8_7814_a1f0_ab72, 0x8cc7_0208_1a64_39ec,
        0x90be_fffa_2363_1e28, 0xa450_6ceb_de82_bde9, 0xbef9_a3f7_b2c6_7915, 0xc671_78f2_e372_532b,
        0xca27_3ece_ea26_619c, 0xd186_b8c7_21c0_c207, 0xeada_7dd6_cde0_eb1e, 0xf57d_4f7f_ee6e_d178,
        0x06f0_67aa_7217_6fba, 0x0a63_7dc5_a2c8_98a6, 0x113f_9804_bef9_0dae, 0x1b71_0b35_131c_471b,
        0x28db_77f5_2304_7d84, 0x32ca_ab7b_40c7_2493, 0x3c9e_be0a_15c9_bebc, 0x431d_67c4_9c10_0d4c,
        0x4cc5_d4be_cb3e_42b6, 0x597f_299c_fc65_7e2a, 0x5fcb_6fab_3ad6_faec, 0x6c44_198c_4a47_5817,
    ]

    /// The SHA-2 rotation and shift amounts (FIPS 180-4 4.1.2 and 4.1.3): Σ0, Σ1, σ0, σ1.
    struct Sigmas {
        let big0: (Int, Int, Int), big1: (Int, Int, Int), small0: (Int, Int, Int), small1: (Int, Int, Int)
    }

    static let sha256Sigmas = Sigmas(big0: (2, 13, 22), big1: (6, 11, 25), small0: (7, 18, 3), small1: (17, 19, 10))
    static let sha512Sigmas = Sigmas(big0: (28, 34, 39), big1: (14, 18, 41), small0: (1, 8, 7), small1: (19, 61, 6))

    static func sha256(_ data: [UInt8], initial: [UInt32], outputWords: Int) -> [UInt8] {
        sha2(data, initial: initial, k: sha256K, sigmas: sha256Sigmas, outputWords: outputWords)
    }

    static func sha512(_ data: [UInt8], initial: [UInt64], outputWords: Int) -> [UInt8] {
        sha2(data, initial: initial, k: sha512K, sigmas: sha512Sigmas, outputWords: outputWords)
    }

    /// The SHA-2 hash with words of type `W` (UInt32: SHA-224/256, UInt64: SHA-384/512).
    static func sha2<W: FixedWidthInteger & UnsignedInteger>(_ data: [UInt8], initial: [W], k: [W], sigmas: Sigmas, outputWords: Int) -> [UInt8] {
        let wordBytes = W.bitWidth / 8
        let block = 16 * wordBytes
        let m = padded(data, block: block, lengthBytes: 2 * wordBytes, bigEndian: true)
        func rotr(_ x: W, _ c: Int) -> W { (x >> c) | (x << (W.bitWidth - c)) }
        func sigma(_ x: W, _ r: (Int, Int, Int)) -> W { rotr(x, r.0) ^ rotr(x, r.1) ^ rotr(x, r.2) }
        func small(_ x: W, _ r: (Int, Int, Int)) -> W { rotr(x, r.0) ^ rotr(x, r.1) ^ (x >> r.2) }
        var h = initial
        var w = [W](repeating: 0, count: k.count)
        for chunk in stride(from: 0, to: m.count, by: block) {
            for i in 0..<16 {
                var v: W = 0
                for j in 0..<wordBytes { v = v << 8 | W(m[chunk + wordBytes * i + j]) }
                w[i] = v
            }
            for i in 16..<k.count {
                w[i] = w[i - 16] &+ small(w[i - 15], sigmas.small0) &+ w[i - 7] &+ small(w[i - 2], sigmas.small1)
            }
            var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
            for i in 0..<k.count {
                let t1 = hh &+ sigma(e, sigmas.big1) &+ ((e & f) ^ (~e & g)) &+ k[i] &+ w[i]
                let t2 = sigma(a, sigmas.big0) &+ ((a & b) ^ (a & c) ^ (b & c))
                hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
            }
            for (i, v) in [a, b, c, d, e, f, g, hh].enumerated() { h[i] &+= v }
        }
        var out: [UInt8] = []
        for v in h.prefix(outputWords) {
            for s in stride(from: W.bitWidth - 8, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: v >> s)) }
        }
        return out
    }
}
