import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base

def import_module(name, package=None):
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]

def invalidate_caches():
    pass

def reload(module):
    # The engine's modules are built-in or prelude modules: reloading one keeps it as it is.
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if type(module) is not type(sys):
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    return module
