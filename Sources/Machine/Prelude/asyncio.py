"""The asyncio package: CPython 3.11's Lib/asyncio, trimmed, in Python on the engine."""

# Submodules in dependency order; each keeps CPython's module name, so exception and object
# reprs read as CPython's (`asyncio.exceptions.CancelledError`). Streams and TCP transports run
# on the simulated network (asyncio.selector_events); subprocesses and SSL are not here.

import sys
from asyncio.exceptions import *
from asyncio.coroutines import *
from asyncio.events import *
from asyncio.futures import *
from asyncio.tasks import *
from asyncio.base_events import *
from asyncio.protocols import *
from asyncio.streams import *
from asyncio.locks import *
from asyncio.queues import *
from asyncio.timeouts import *
from asyncio.taskgroups import *
from asyncio.runners import *
from asyncio.threads import *
import asyncio.exceptions as exceptions
import asyncio.coroutines as coroutines
import asyncio.events as events
import asyncio.futures as futures
import asyncio.tasks as tasks
import asyncio.base_events as base_events
import asyncio.protocols as protocols
import asyncio.selector_events as selector_events
import asyncio.streams as streams
import asyncio.locks as locks
import asyncio.queues as queues
import asyncio.timeouts as timeouts
import asyncio.taskgroups as taskgroups
import asyncio.runners as runners
import asyncio.threads as threads

__all__ = (exceptions.__all__ + coroutines.__all__ + events.__all__[:-1] + futures.__all__ +
           tasks.__all__ + base_events.__all__ + protocols.__all__ + streams.__all__ + locks.__all__ + queues.__all__ +
           timeouts.__all__ + taskgroups.__all__ + runners.__all__ + threads.__all__)
