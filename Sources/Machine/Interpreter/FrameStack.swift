import PyLang

/// A thread's frame stack, innermost last (CPython's frames in a thread's data stack).
///
/// Frames that return stay in `slots` after the live ones, as spares: the next call refills
/// one in place (`pushRefilled`), keeping its value-stack, locals and cell buffers and, for
/// the same code, its name tables. A Python call then neither builds nor destroys a `Frame`;
/// building one and appending it copied all its fields (Docs/DECISIONS.md, "Frame stack").
/// A plain value like the rest of `Interp`: copying it copies the frames.
struct FrameStack: RandomAccessCollection, ExpressibleByArrayLiteral {
    /// The live frames (`0..<count`), then the spares. Only `Interp.top` reaches in directly:
    /// a `_modify` through this type's subscript was not inlined into the dispatch switch.
    var slots: [Frame] = []
    /// How many frames are live.
    private(set) var count = 0
    /// Spares kept at most: a deep recursion's frames are not all kept once it unwinds.
    static let maxSpares = 32

    init() {}

    init(arrayLiteral frames: Frame...) {
        slots = frames
        count = frames.count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    // Inlined: an outlined `_modify` coroutine allocated its frame on every `top` access.
    subscript(i: Int) -> Frame {
        @inline(__always) get { slots[i] }
        @inline(__always) set { slots[i] = newValue }
        @inline(__always) _modify { yield &slots[i] }
    }

    /// The innermost frame's globals, read in place (no copy of the frame).
    var topGlobals: ObjectRef {
        @inline(__always) get { slots.withUnsafeBufferPointer { $0[count - 1].globals } }
    }

    /// The value `depth` places down the innermost frame's value stack (1 is the top), read
    /// in place: `top.stack[...]` went through `Interp.top`'s getter, a copy of the frame.
    @inline(__always) func peek(_ depth: Int) -> Value? {
        slots.withUnsafeBufferPointer { buf -> Value? in
            let n = count - 1
            return buf[n].stack[buf[n].stack.count - depth]
        }
    }

    /// Pushes `frame`; a spare in its way moves behind the other spares.
    mutating func append(_ frame: consuming Frame) {
        slots.append(frame)
        if count != slots.count - 1 { exchange(count, slots.count - 1) }
        count += 1
    }

    /// Exchanges two slots by moving their bits. `swapAt` copied both frames (retaining and
    /// releasing every buffer, ~1,700 instructions a generator resume).
    @inline(__always)
    private mutating func exchange(_ i: Int, _ j: Int) {
        slots.withUnsafeMutableBufferPointer { buf in
            let base = buf.baseAddress.unsafelyUnwrapped
            let held = (base + i).move()
            (base + i).moveInitialize(from: base + j, count: 1)
            (base + j).initialize(to: held)
        }
    }

    /// Pushes a frame for a call of `code` with no arguments bound yet: a spare refilled in
    /// place when there is one. The caller fills the rest through `withUnsafeMutableBufferPointer`.
    mutating func pushRefilled(code: CodeObject, globals: ObjectRef, names: [Value]) {
        if count < slots.count {
            let n = count
            slots.withUnsafeMutableBufferPointer { buf in
                buf[n].refill(code: code, globals: globals, names: names)
            }
        } else {
            var frame = Frame(code: code, globals: globals, locals: nil)
            frame.names = names
            slots.append(frame)
        }
        count += 1
    }

    /// Pops the innermost frame and moves it out (a suspended generator keeps it). An empty
    /// spare takes its slot (up to `maxSpares`), so the next generator resume can exchange
    /// its frame with one (`GeneratorSlot.resume`) instead of moving it in and out.
    mutating func removeLast() -> Frame {
        count -= 1
        if slots.count - count > FrameStack.maxSpares {
            if count != slots.count - 1 { exchange(count, slots.count - 1) }
            return slots.removeLast()
        }
        let n = count
        return slots.withUnsafeMutableBufferPointer { buf -> Frame in
            let p = buf.baseAddress.unsafelyUnwrapped + n
            let frame = p.move()
            p.initialize(to: Frame(spareFor: frame.code, globals: frame.globals))
            return frame
        }
    }

    /// Pops the innermost frame, which stays as an emptied spare; returns who waits for it
    /// and the generator it belongs to.
    mutating func removeLastKeepingSpare() -> (caller: Frame.Caller, generator: ObjectRef?) {
        count -= 1
        let n = count
        let exit = slots.withUnsafeMutableBufferPointer { buf -> (Frame.Caller, ObjectRef?) in
            let exit = (buf[n].caller, buf[n].generator)
            buf[n].clear()
            return exit
        }
        if slots.count - count > FrameStack.maxSpares { slots.removeLast() }
        return exit
    }

    /// Buffers for a frame built outside the stack (`Interp.makeFrame`): a spare's, if any.
    mutating func spareStorage() -> FrameStorage {
        guard count < slots.count else { return FrameStorage() }
        return slots.withUnsafeMutableBufferPointer { buf -> FrameStorage in
            var storage = FrameStorage()
            swap(&storage.stack, &buf[buf.count - 1].stack)
            swap(&storage.fast, &buf[buf.count - 1].fast)
            return storage
        }
    }

    /// Runs `body` on every slot in place (the live frames, then the spares): its arguments
    /// are the first slot, how many slots there are, and how many are live, which `body` may
    /// change to push a refilled spare or pop a frame into the spares (the fast loop's calls
    /// and returns). Slots past the live count must be left emptied spares (`Frame.clear`).
    @inline(__always)
    mutating func withSlots<R>(_ body: (UnsafeMutablePointer<Frame>, Int, inout Int) -> R) -> R {
        var live = count
        let result = slots.withUnsafeMutableBufferPointer { buf -> R in
            body(buf.baseAddress.unsafelyUnwrapped, buf.count, &live)
        }
        count = live
        return result
    }

    /// Runs `body` on the live frames in place.
    @inline(__always)
    mutating func withUnsafeMutableBufferPointer<R>(_ body: (inout UnsafeMutableBufferPointer<Frame>) -> R) -> R {
        let n = count
        return slots.withUnsafeMutableBufferPointer { buf -> R in
            var live = UnsafeMutableBufferPointer(rebasing: buf[0..<n])
            return body(&live)
        }
    }
}
