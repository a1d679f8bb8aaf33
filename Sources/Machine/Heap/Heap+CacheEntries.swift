/// The entries of the heap's direct-mapped caches (their tables are `Heap`'s stored
/// properties, with what each is keyed by).
extension Heap {
    /// A comprehension's code value, the globals, and the function made for both.
    struct ComprehensionLine {
        var code: UInt32 = .max
        var globals: UInt32 = .max
        var function: UInt32 = 0
    }

    /// A built-in method descriptor `LOAD_METHOD` pushed, and how `CALL` may run it.
    struct MethodDescriptor {
        var object: UInt32 = .max
        var epoch = -1
        /// The kind of object the method applies to, and its name.
        var receiver: Kind = .free
        var name = ""
        /// The positional argument counts accepted; `max` -1: no upper bound.
        var min = 0
        var max = -1
        /// Which method `CALL` runs inline (`Interp.callBuiltinMethodDescriptor`), decided
        /// once here rather than by comparing names at every call.
        var inline: InlineMethod = .none
    }

    /// The built-in methods lesson loops call most, run by `CALL` without a native call.
    enum InlineMethod {
        case none, listAppend, dictGet
    }

    /// The descriptor for a method name on a kind of built-in object.
    struct BuiltinMethodEntry {
        var kind: Kind = .free
        var name: UInt32 = .max
        var epoch = -1
        var descriptor: Value? = nil
    }

    /// Name `name` found at entry `index` of the dict at `dict` (the globals, or the
    /// locals a `LOAD_NAME` searches first), or, when `inBuiltins`, of the builtins while
    /// the globals at `dict`, at `keysVersion`, lacked it. Every hit reads the entry afresh
    /// and checks it still holds the name (a key's entry never moves while the dict gains
    /// no key, and a deleted one holds none). A builtins entry is also stale from another
    /// keys version (the globals may have gained the name) or `classEpoch` (a collection
    /// may have given the globals' slot to another dict).
    struct NameCacheEntry {
        var name: UInt32 = .max
        var dict: UInt32 = .max
        var inBuiltins = false
        var keysVersion: UInt32 = 0
        var epoch = -1
        var index = 0
    }

    /// What `lookupInMRO` found for a name on a class.
    struct MROCacheEntry {
        var cls: UInt32 = .max
        var name: UInt32 = .max
        var epoch = -1
        var value: Value? = nil
    }
}
