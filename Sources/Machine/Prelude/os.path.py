# os.path (posixpath) on the virtual file system's paths: pure string work.
sep = '/'


def join(a, *p):
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def basename(p):
    return p[p.rfind('/') + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    dot = p.rfind('.')
    slash = p.rfind('/')
    if dot > slash:
        i = slash + 1
        while i < dot:
            if p[i] != '.':
                return p[:dot], p[dot:]
            i += 1
    return p, ''


def isabs(s):
    return s.startswith('/')


def normpath(path):
    if path == '':
        return '.'
    initial = 1 if path.startswith('/') else 0
    if initial and path.startswith('//') and not path.startswith('///'):
        initial = 2
    comps = path.split('/')
    new = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not new) or (new and new[-1] == '..'):
            new.append(comp)
        elif new:
            new.pop()
    path = '/'.join(new)
    if initial:
        path = '/' * initial + path
    return path or '.'


def abspath(path):
    if not isabs(path):
        path = join('/home/learner', path)
    return normpath(path)


def exists(path):
    import _vfs
    return _vfs.exists(path) or _vfs._path(path) in ('/', '/home', '/home/learner') or bool(_vfs.listdir(path))


def isfile(path):
    import _vfs
    return _vfs.exists(path)


def isdir(path):
    import _vfs
    return not _vfs.exists(path) and exists(path)


def getsize(path):
    import _vfs
    if not _vfs.exists(path):
        raise FileNotFoundError(2, 'No such file or directory', path)
    with _vfs.open(path, 'rb') as f:
        return len(f.read())
