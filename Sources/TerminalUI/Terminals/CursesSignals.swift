import CNcursesw
#if canImport(Glibc)
import Glibc
#endif

/// Restores the terminal when the process dies while curses owns it.
///
/// State is global because signal handlers and atexit callbacks are C function pointers that
/// cannot capture. Only one curses session exists at a time (curses itself is global).
enum CursesSignals {
    /// Fatal signals that would otherwise leave the terminal raw and on the alternate screen.
    /// SIGSEGV/SIGBUS/SIGABRT are best effort: endwin is not async-signal-safe, but the process
    /// is dying anyway and a usable shell is worth the risk.
    // Swift runtime traps (fatalError, overflow, a failed precondition) arrive as SIGILL or SIGTRAP.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGTRAP, SIGFPE]

    static func install() {
        cursesSignalState.active = true
        if !cursesSignalState.atexitRegistered {
            cursesSignalState.atexitRegistered = true
            atexit {
                if cursesSignalState.active {
                    cursesSignalState.active = false
                    endwin()
                }
            }
        }
        for sig in signals {
            cursesSignalState.previous[sig] = signal(sig, cursesRestoreAndReraise)
        }
    }

    static func uninstall() {
        cursesSignalState.active = false
        for sig in signals {
            if let previous = cursesSignalState.previous.removeValue(forKey: sig) {
                signal(sig, previous)
            }
        }
    }
}

struct CursesSignalState {
    var active = false
    var atexitRegistered = false
    var previous: [Int32: __sighandler_t?] = [:]
}

var cursesSignalState = CursesSignalState()

/// Leaves curses, then dies of the same signal so the exit status says what happened
/// (the shell shows 130 for SIGINT, 143 for SIGTERM).
private func cursesRestoreAndReraise(_ sig: Int32) {
    if cursesSignalState.active {
        cursesSignalState.active = false
        endwin()
    }
    signal(sig, SIG_DFL)
    // The signal is blocked while its handler runs, so the re-raised one lands on return.
    raise(sig)
}
