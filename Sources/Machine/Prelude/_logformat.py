import time

# logging's formatting half (Docs/STDLIB.md, logging): the three format styles, Formatter and
# BufferingFormatter, kept apart from logging.py so neither file outgrows a sitting's read.
# The classes are logging's public ones, so they say they belong to it (__module__), as their
# reprs in CPython do. The format-string checks behind validate=True live in _logvalidate,
# imported only when a program builds a Formatter of its own.

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"


class PercentStyle(object):
    """The '%' style: printf-style fields looked up in the record, '%(message)s'."""
    __module__ = 'logging'
    default_format, asctime_format, asctime_search = '%(message)s', '%(asctime)s', '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt if fmt else self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        from _logvalidate import percent_ok
        if not percent_ok(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _fields(self, record):
        # Defaults fill only what the record lacks.
        if not self._defaults:
            return record.__dict__
        return {**self._defaults, **record.__dict__}

    def _format(self, record):
        return self._fmt % self._fields(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


class StrFormatStyle(PercentStyle):
    """The '{' style: str.format fields, '{message}'."""
    __module__ = 'logging'
    default_format, asctime_format, asctime_search = '{message}', '{asctime}', '{asctime'

    def validate(self):
        from _logvalidate import check_braces
        check_braces(self._fmt)

    def _format(self, record):
        return self._fmt.format(**self._fields(record))


class StringTemplateStyle(PercentStyle):
    """The '$' style: string.Template fields, '${message}'."""
    __module__ = 'logging'
    default_format, asctime_format, asctime_search = '${message}', '${asctime}', '${asctime}'

    def __init__(self, *args, **kwargs):
        PercentStyle.__init__(self, *args, **kwargs)
        from string import Template
        self._tpl = Template(self._fmt)

    def usesTime(self):
        # Both spellings of the field count: $asctime and ${asctime}.
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        from _logvalidate import check_dollars
        check_dollars(self._fmt)

    def _format(self, record):
        return self._tpl.substitute(**self._fields(record))


# style character (the first of its default format) -> (style class, basicConfig's format)
_style_kinds = {}
for _kind, _basic in ((PercentStyle, BASIC_FORMAT),
                      (StrFormatStyle, '{levelname}:{name}:{message}'),
                      (StringTemplateStyle, '${levelname}:${name}:${message}')):
    _style_kinds[_kind.default_format[0]] = (_kind, _basic)
del _kind, _basic


def style_kind(style):
    """The (style class, default format) pair of a style character, or CPython's ValueError."""
    if style in _style_kinds:
        return _style_kinds[style]
    raise ValueError('Style must be one of: %s' % ','.join(_style_kinds))


def _joined(text, more):
    # The exception text and the stack follow the message, each on a line of its own.
    return text + more if text.endswith('\n') else text + '\n' + more


class Formatter(object):
    """Turns a record into text: the message, then any exception and stack."""
    __module__ = 'logging'
    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        kind = style_kind(style)[0]
        self._style = kind(fmt, defaults=defaults)
        self._fmt = self._style._fmt
        self.datefmt = datefmt
        if validate:
            self._style.validate()

    def _time_converter(self):
        # In CPython a built-in function stored on a class stays unbound (time.localtime, or
        # time.gmtime set by a subclass); the engine binds natives like Python functions, so
        # a native found on the class is taken from the class dict instead.
        if 'converter' in self.__dict__:
            return self.__dict__['converter']
        for klass in type(self).__mro__:
            found = klass.__dict__.get('converter')
            if found is not None:
                return found if type(found) is type(len) else self.converter
        return self.converter

    def formatTime(self, record, datefmt=None):
        moment = self._time_converter()(record.created)
        if datefmt:
            return time.strftime(datefmt, moment)
        text = time.strftime(self.default_time_format, moment)
        # default_msec_format may be set to None to leave the milliseconds out.
        return self.default_msec_format % (text, record.msecs) if self.default_msec_format else text

    def formatException(self, ei):
        import traceback
        text = "".join(traceback.format_exception(ei[0], ei[1], ei[2]))
        return text[:-1] if text.endswith("\n") else text

    def formatStack(self, stack_info):
        return stack_info

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        # The exception's text is kept on the record: every handler prints the same one.
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _joined(text, record.exc_text)
        if record.stack_info:
            text = _joined(text, self.formatStack(record.stack_info))
        return text


# What a handler without a formatter of its own uses: the message alone.
plain_formatter = Formatter(validate=False)


class BufferingFormatter(object):
    """Formats a batch of records: a header, each record, a footer."""
    __module__ = 'logging'

    def __init__(self, linefmt=None):
        self.linefmt = linefmt or plain_formatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if len(records) == 0:
            return ""
        parts = [self.formatHeader(records)]
        parts.extend(self.linefmt.format(record) for record in records)
        parts.append(self.formatFooter(records))
        return "".join(parts)
