import Trace

/// asyncio tasks as lanes of the trace: the event loop (Prelude/asyncio.py) reports each step of
/// a task through `_tutor.trace_task(task, state)`, and the task gets a lane inside the thread
/// that runs the loop, named by the task's name, running while a step runs and suspended at its
/// `await` between steps. Tasks are not threads of the world (the loop runs them as ordinary
/// calls), so their lanes are the trace's alone, numbered from `taskLaneBase` within the process.
extension World {
    /// Where task lanes' trace ids start within a process's id range (threads count from 0).
    static let taskLaneBase = 0x8000

    static let taskNatives: [NativeEntry] = loopNatives + [
        NativeEntry(name: "_tutor:trace_task") { vm, args, _ throws(PyError) in
            guard args.count == 2, case .object(let r) = args[0] else { return .none }
            let w = try vm.theWorld()
            guard w.recording else { return .none }
            let state = vm.heap.string(args[1]) ?? ""
            let lane: ThreadID
            if let known = w.taskLanes[r.index] {
                lane = known
            } else {
                guard state != "done" else { return .none }
                lane = w.tid(World.taskLaneBase + w.taskLanes.count)
                w.taskLanes[r.index] = lane
                let name = try w.taskName(args[0], &vm)
                w.trace.addThread(ThreadInfo(id: lane, process: w.processID, name: name, isDaemon: true,
                                             host: w.threads[w.hostThread(w.current)].tid),
                                  at: Int64(w.now(vm)), line: w.line(of: w.current, vm))
            }
            let line = w.taskLine(args[0], &vm) ?? w.line(of: w.current, vm)
            let traced: ThreadState
            switch state {
            case "running": traced = .running(core: w.threads[w.current].core)
            case "done": traced = .finished
            default: traced = .suspended
            }
            w.trace.setState(lane, traced, line: line, at: Int64(w.now(vm)))
            if state == "done" { w.taskLanes[r.index] = nil }
            return .none
        },
    ]

    /// A task's lane name: its `get_name()`, else its class name.
    func taskName(_ task: Value, _ vm: inout Interp) throws(PyError) -> String {
        if let method = try vm.getAttrOrNil(task, "get_name"), let name = vm.heap.string(try vm.callValue(method, [], [])) {
            return name
        }
        return vm.heap.typeName(task)
    }

    /// The line a task's coroutine is at (its `_coro`'s suspended frame), if it has one.
    func taskLine(_ task: Value, _ vm: inout Interp) -> Int? {
        guard case .object(let c)? = try? vm.getAttrOrNil(task, "_coro"), let frame = vm.heap.generatorFrame(c) else { return nil }
        let line = frame.line
        return line > 0 ? line : nil
    }
}
