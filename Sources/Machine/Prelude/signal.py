# signal: the numbers and the handler table. The tutor's kernel applies the default actions
# (World/Processes.swift); handlers set here are recorded, and SIG_IGN for SIGCHLD is accepted.
SIG_DFL = 0
SIG_IGN = 1
SIGHUP = 1
SIGINT = 2
SIGQUIT = 3
SIGKILL = 9
SIGUSR1 = 10
SIGUSR2 = 12
SIGPIPE = 13
SIGALRM = 14
SIGTERM = 15
SIGCHLD = 17
NSIG = 65

_handlers = {SIGINT: None}


def default_int_handler(signum, frame):
    raise KeyboardInterrupt


_handlers[SIGINT] = default_int_handler


def signal(signalnum, handler):
    if signalnum in (SIGKILL, 19):
        raise OSError(22, "Invalid argument")
    if not (1 <= signalnum < NSIG):
        raise ValueError("signal number out of range")
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    old = _handlers.get(signalnum, SIG_DFL)
    _handlers[signalnum] = handler
    return old


def getsignal(signalnum):
    return _handlers.get(signalnum, SIG_DFL)
