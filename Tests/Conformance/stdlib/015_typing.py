# typing: every common name importable, aliases printed as CPython prints them, TypeVar, Generic, Protocol, NamedTuple, TypedDict.
import typing as t
T = t.TypeVar('T'); KT = t.TypeVar('KT', bound=int); V = t.TypeVar('V', int, str); C = t.TypeVar('C', covariant=True)
print(T, KT, V, C, repr(T), T.__name__, KT.__bound__, V.__constraints__)
print(t.List[int], t.Dict[str, t.List[int]], t.Optional[int], t.Union[int, str], t.Union[int, None, str], t.Union[int], t.Optional[t.Union[int, str]])
print(t.Callable[[int, str], bool], t.Callable[..., int], t.Tuple[int, ...], t.Tuple[()], t.Tuple[int, str], t.Any, t.List, t.Dict, t.Literal['a', 1], t.ClassVar[int], t.Final[int], t.Type[int], t.Annotated[int, 'm'])
print(t.List[T], t.Dict[str, T][int], t.Iterable[int], t.Iterator[str], t.Sequence[int], t.Mapping[str, int], t.Set[int], t.FrozenSet[int], t.Deque[int], t.DefaultDict[str, int], t.Generator[int, None, None], t.Awaitable[int], t.Coroutine[int, int, int], t.AsyncIterator[int], t.Counter[str], t.OrderedDict[str, int], t.ChainMap[str, int], t.MutableMapping[str, int], t.Collection[int], t.Container[int], t.Hashable, t.Sized, t.Reversible[int], t.AbstractSet[int], t.MutableSequence[int], t.MutableSet[int], t.NoReturn, t.Union[int, str] == t.Union[str, int])
print(t.get_origin(t.List[int]), t.get_args(t.Dict[str, int]), t.get_origin(t.Union[int, str]), t.get_args(t.Callable[[int], str]), t.get_origin(t.Literal[1]), t.get_args(t.Optional[int]))
class Stack(t.Generic[T]):
    def __init__(self): self.items = []
    def push(self, x: T) -> None: self.items.append(x)
print(Stack[int], Stack.__parameters__, Stack[int]().items, type(Stack[int]()), t.Generic[T])
class Pt(t.NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
print(Pt(1), Pt(1, 2).norm(), Pt._fields, Pt._field_defaults, Pt.__annotations__, isinstance(Pt(1), tuple))
P2 = t.NamedTuple('P2', [('a', int), ('b', str)])
print(P2(1, 'x'))
class Movie(t.TypedDict):
    name: str
    year: int
class M2(t.TypedDict, total=False):
    extra: str
m = Movie(name='x', year=1)
print(m, type(m), Movie.__annotations__, Movie.__total__, M2.__total__, sorted(Movie.__required_keys__), sorted(M2.__optional_keys__))
class Closable(t.Protocol):
    def close(self) -> None: ...
@t.runtime_checkable
class Sized2(t.Protocol):
    def __len__(self) -> int: ...
print(isinstance([], Sized2), isinstance(3, Sized2))
UserId = t.NewType('UserId', int)
print(UserId(5), UserId)
print(t.cast(int, '3'), t.TYPE_CHECKING)
def f(a: int, b: 'str' = 'x') -> t.List[int]: pass
class HasHints:
    a: int
    b: "str"
    c: t.List[int] = []
print(t.get_type_hints(HasHints))
@t.overload
def g(x: int) -> int: ...
def g(x): return x
print(g(3), t.Optional[T], t.Union[T, int])
print(t.Self, t.LiteralString, t.Never, t.TypeAlias, t.Concatenate, t.ParamSpec('P'), t.TypeGuard[int], t.Unpack, t.AnyStr, t.Text)

from typing import (Any, Callable, Dict, List, Optional, Tuple, Union, Iterable, Iterator, Generator,
                    Sequence, Mapping, Set, FrozenSet, TypeVar, Generic, Protocol, NamedTuple, TypedDict,
                    ClassVar, Final, Literal, cast, overload, TYPE_CHECKING, get_type_hints)
import threading
from queue import Queue

Item = TypeVar("Item")

class Channel(Generic[Item]):
    def __init__(self) -> None:
        self._q: "Queue[Item]" = Queue()
    def send(self, item: Item) -> None:
        self._q.put(item)
    def receive(self) -> Item:
        return self._q.get()

ch: Channel[int] = Channel[int]()
worker = threading.Thread(target=lambda: ch.send(42))
worker.start()
worker.join()
print(ch.receive(), Channel[str], Channel.__parameters__, Channel[int].__origin__ is Channel)

class Worker(Protocol):
    def run(self) -> None: ...

class Result(NamedTuple):
    ok: bool
    value: Optional[int] = None
    def __str__(self):
        return f"Result({'ok' if self.ok else 'failed'}, {self.value})"
r = Result(True, 3)
print(r, repr(r), r.ok, r[1], r._replace(value=4), r._asdict(), Result._make([False, None]), tuple(r))
a, b = Result(False)
print(a, b, Result.__annotations__)

class Config(TypedDict, total=False):
    workers: int
    name: str
cfg: Config = Config(workers=4)
cfg["name"] = "pool"
print(cfg, Config.__optional_keys__ == {"workers", "name"}, Config.__total__)
try:
    isinstance({}, Config)
except TypeError as e:
    print("TypeError", e)

Handler = Callable[[str, int], Optional[bool]]
Matrix = List[List[float]]
print(Handler, Matrix, Dict[str, Any], Union[int, Union[str, float]], Optional[None])
print(List[int] == List[int], List[int] == List[str], hash(Optional[int]) == hash(Union[None, int]))
print(Tuple[int, str].__args__, Callable[[int], str].__args__, Literal["a"].__args__, Dict[str, int].__origin__)
print(Mapping[str, List[Item]][int], Union[int, str].__args__, Final, ClassVar)
try:
    Union[()]
except TypeError as e:
    print("TypeError", e)
try:
    Generic[int]
except TypeError as e:
    print("TypeError", e)
try:
    List[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(3, Worker)
except TypeError as e:
    print("TypeError", e)
