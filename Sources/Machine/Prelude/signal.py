# signal: the numbers and the handler table. The tutor's kernel (World/Signals.swift) knows each
# signal's disposition and runs the handlers kept here in the main thread, between two of its
# instructions.
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
SIGCONT = 18
SIGSTOP = 19
SIGTSTP = 20
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
    if signalnum not in (SIGINT, SIGUSR1, SIGUSR2, SIGTERM, SIGCHLD, SIGCONT, SIGTSTP) and handler not in (SIG_DFL, SIG_IGN):
        raise ValueError(f"the tutor's kernel sends only SIGINT, SIGTERM, SIGCHLD, SIGCONT, SIGTSTP, SIGUSR1 and SIGUSR2, not {signalnum}")
    old = _handlers.get(signalnum, SIG_DFL)
    _handlers[signalnum] = handler
    _set_disposition(signalnum, 0 if handler is SIG_DFL or handler == SIG_DFL else 1 if handler == SIG_IGN else 2)
    return old


def raise_signal(signalnum):
    import os
    os.kill(os.getpid(), signalnum)


def strsignal(signalnum):
    return _descriptions.get(signalnum)


_descriptions = {SIGHUP: 'Hangup', SIGINT: 'Interrupt', SIGQUIT: 'Quit', SIGKILL: 'Killed',
                 SIGUSR1: 'User defined signal 1', SIGUSR2: 'User defined signal 2',
                 SIGPIPE: 'Broken pipe', SIGALRM: 'Alarm clock', SIGTERM: 'Terminated',
                 SIGCHLD: 'Child exited'}


def getsignal(signalnum):
    return _handlers.get(signalnum, SIG_DFL)
