# subprocess for the tutor's sandbox: a program may import it and use its names, but nothing
# here starts a host process. Every call that would raises the PermissionError os.system
# raises (os.py), so the learner reads why instead of a ModuleNotFoundError.

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    @property
    def stdout(self):
        return self.output

    def __str__(self):
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr


def _no_host(name):
    def refuse(*args, **kwargs):
        raise PermissionError(1, "the tutor's sandbox does not run host commands (subprocess.%s)" % name)
    refuse.__name__ = name
    return refuse


class Popen:
    def __init__(self, *args, **kwargs):
        _no_host('Popen')()


run = _no_host('run')
call = _no_host('call')
check_call = _no_host('check_call')
check_output = _no_host('check_output')
getoutput = _no_host('getoutput')
getstatusoutput = _no_host('getstatusoutput')
