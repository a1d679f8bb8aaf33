# os for the tutor's sandbox: process calls are the kernel's natives (World/Processes.swift);
# the environment, the working directory and paths are virtual and fixed.
import os.path as path

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
devnull = '/dev/null'

WNOHANG = 1
WUNTRACED = 2
SIGINT = 2
SIGKILL = 9
SIGTERM = 15
SIGCHLD = 17
SIGCONT = 18
SIGSTOP = 19
SIGTSTP = 20
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2

environ = {
    'HOME': '/home/learner',
    'LANG': 'C.UTF-8',
    'PATH': '/usr/local/bin:/usr/bin:/bin',
    'PWD': '/home/learner',
    'USER': 'learner',
}


def getenv(key, default=None):
    return environ.get(key, default)


def getcwd():
    return '/home/learner'


def wait():
    return waitpid(-1, 0)


def WIFEXITED(status):
    return status & 0x7f == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    return (status & 0x7f) != 0 and (status & 0x7f) != 0x7f


def WTERMSIG(status):
    return status & 0x7f


def WIFSTOPPED(status):
    return status & 0xff == 0x7f


def WSTOPSIG(status):
    return (status >> 8) & 0xff


def waitstatus_to_exitcode(status):
    if not isinstance(status, int):
        raise TypeError("an integer is required")
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError("invalid wait status: %d" % status)


def _no_host(name):
    def refuse(*args, **kwargs):
        raise PermissionError(1, "the tutor's sandbox does not run host commands (os.%s)" % name)
    refuse.__name__ = name
    return refuse


system = _no_host('system')
popen = _no_host('popen')
execv = _no_host('execv')
execvp = _no_host('execvp')
execl = _no_host('execl')
execlp = _no_host('execlp')
spawnl = _no_host('spawnl')


def remove(path):
    import _vfs
    _vfs.remove(path)


unlink = remove


def listdir(path='.'):
    import _vfs
    return _vfs.listdir(path)


def rename(src, dst):
    import _vfs
    with _vfs.open(src, 'rb') as f:
        data = f.read()
    with _vfs.open(dst, 'wb') as f:
        f.write(data)
    _vfs.remove(src)


replace = rename


def _after_native():
    # A child forked inside Python code that a built-in function called (map, a key function,
    # sum of a generator): a frame of this function stands where the built-in's Swift stack
    # was, stopped in the call below, and what that code returns comes back here
    # (World/Processes.swift, standInForNatives).
    _after_native()
    raise RuntimeError("os.fork() in code that a built-in function called: the child cannot "
                       "return into the built-in (it stayed in the parent); end the child with os._exit()")
