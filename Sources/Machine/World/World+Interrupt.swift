/// Ctrl-C in `concurrency-tutor run`: CPython's SIGINT handler makes the main thread raise
/// `KeyboardInterrupt` at its next eval-breaker check, or interrupts the blocking call it is
/// in (signalmodule.c `signal_handler`, `PyErr_CheckSignals`; interruptible lock waits since
/// 3.2). Here the scheduler delivers it between slices.
extension World {
    /// Takes a pending Ctrl-C and arranges for the main thread to raise `KeyboardInterrupt`
    /// when it next runs; a blocked main thread is woken for it.
    func deliverInterrupt(_ vm: inout Interp) {
        guard let io = vm.process.io, io.takeInterrupt(), let main = threads.first else { return }
        if main.status == .finished || main.block == .shutdown || carriers?.isParked(0, self) == true || threadingExit == .running {
            // Past the main module (threading._shutdown waiting for threads), or inside a
            // native's callback the scheduler cannot unwind: stop as an interrupted python3 would.
            vm.flushStream(fd: 1)
            vm.write("KeyboardInterrupt\n", fd: 2)
            end(130, &vm)
            return
        }
        interruptMain = vm.newException("KeyboardInterrupt", nil)
        if main.status == .blocked && !main.woken { wake(0, vm: vm) }
    }

    /// Raises a delivered `KeyboardInterrupt` in the main thread, now swapped in and holding
    /// the GIL, instead of finishing the call it was blocked in. True when it did.
    func raiseInterrupt(_ t: Int, _ vm: inout Interp) -> Bool {
        guard t == 0, let exc = interruptMain else { return false }
        interruptMain = nil
        threads[t].woken = false
        threads[t].timedOut = false
        threads[t].block = nil
        threads[t].deadline = nil
        threads[t].blockDeadline = nil
        if case .raised(let e)? = vm.unwind(exc, addTraceback: true, stopDepth: 1) {
            threadEnded(t, .raised(e), &vm)
        }
        return true
    }
}
