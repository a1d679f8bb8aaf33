/// A process's life as Linux reports it, for the run view's process table.
public enum ProcessLifeState: Hashable, Sendable {
    case running
    /// Exited (or killed), its status not yet collected by its parent.
    case zombie(exitCode: Int)
    /// Collected by its parent (`wait`), or by init after its parent was gone.
    case reaped(exitCode: Int)
}

/// One event in a process's life: created (by fork, or the program's own process), exited,
/// reaped. Few per run, so all are kept whatever the detail policy.
public struct ProcessEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case started(pid: Int, parent: ProcessID?, parentPID: Int)
        /// `exitCode` as `Process.exitcode` gives it: the status, or minus the signal.
        case exited(exitCode: Int)
        case reaped
        /// Re-parented to init (its parent exited first).
        case orphaned
        /// Named by the program (`multiprocessing` names its children `Process-1`, ...).
        case named(String)
    }
    public var process: ProcessID
    public var kind: Kind
    public var change: Int
    public var time: Nanoseconds
}

/// What the process table shows for one process at one change.
public struct ProcessRow: Hashable, Sendable {
    public var process: ProcessID
    public var pid: Int
    public var parentPID: Int
    public var state: ProcessLifeState
    /// `multiprocessing`'s name for it (`MainProcess`, `Process-1`, `ForkPoolWorker-2`), or
    /// the name of the thread that forked it.
    public var name: String
}

extension Trace {
    /// Records an event in a process's life.
    public mutating func recordProcess(_ process: ProcessID, _ kind: ProcessEvent.Kind, at time: Nanoseconds) {
        let change = nextChange(at: time)
        processEvents.append(ProcessEvent(process: process, kind: kind, change: change, time: time))
    }

    /// The process table right after `change`: every process started by then, in order.
    public func processTable(atChange change: Int) -> [ProcessRow] {
        var rows: [ProcessRow] = []
        var index: [ProcessID: Int] = [:]
        for e in processEvents where e.change <= change {
            switch e.kind {
            case let .started(pid, parent, parentPID):
                index[e.process] = rows.count
                let name = parent == nil ? "MainProcess" : parent.flatMap { index[$0] }.map { rows[$0].name } ?? "?"
                rows.append(ProcessRow(process: e.process, pid: pid, parentPID: parentPID, state: .running, name: name))
            case .named(let name):
                if let i = index[e.process] { rows[i].name = name }
            case .exited(let code):
                if let i = index[e.process] { rows[i].state = .zombie(exitCode: code) }
            case .reaped:
                if let i = index[e.process], case .zombie(let code) = rows[i].state { rows[i].state = .reaped(exitCode: code) }
            case .orphaned:
                if let i = index[e.process] { rows[i].parentPID = 1 }
            }
        }
        return rows
    }
}
