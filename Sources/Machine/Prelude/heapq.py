# heapq: a binary min-heap kept in a plain list, heap[k] <= heap[2k+1] and heap[2k+2].
# Only `<` is ever used on items, and the moves below are the ones the documented invariant
# implies (a new leaf climbs; a hole at the root walks down to a leaf along the smaller
# children, then the displaced item climbs back), so the list layout matches CPython's.


def _climb(heap, top, at):
    """Move heap[at] towards the root, never above index `top`."""
    item = heap[at]
    while at > top:
        up = (at - 1) // 2
        if not item < heap[up]:
            break
        heap[at] = heap[up]
        at = up
    heap[at] = item


def _reseat(heap, at):
    """Refill index `at` after its item changed: sink to a leaf, then climb."""
    size = len(heap)
    item = heap[at]
    hole = at
    lower = 2 * hole + 1
    while lower < size:
        other = lower + 1
        # On a tie the right child moves up: that is what keeps layouts identical to CPython.
        pick = other if other < size and not heap[lower] < heap[other] else lower
        heap[hole] = heap[pick]
        hole = pick
        lower = 2 * hole + 1
    heap[hole] = item
    _climb(heap, at, hole)


def _empty():
    return IndexError("index out of range")


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    heap.append(item)
    _climb(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if not heap:
        raise _empty()
    tail = heap.pop()
    if not heap:
        return tail
    smallest, heap[0] = heap[0], tail
    _reseat(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    if not heap:
        raise _empty()
    smallest, heap[0] = heap[0], item
    _reseat(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Fast version of a heappush followed by a heappop."""
    if not heap or not heap[0] < item:
        return item
    smallest, heap[0] = heap[0], item
    _reseat(heap, 0)
    return smallest


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    # Leaves are heaps already; fix up every parent, the deepest first.
    parent = len(x) // 2 - 1
    while parent >= 0:
        _reseat(x, parent)
        parent -= 1


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output, stably."""
    # One head per live input: [sort key, input number, value, iterator]. Picking the best head
    # by a linear scan keeps this short; ties go to the earlier input, as the docs promise.
    heads = []
    for number, source in enumerate(iterables):
        source = iter(source)
        for first in source:
            heads.append([first if key is None else key(first), number, first, source])
            break

    def beats(a, b):
        mine, theirs = (b[0], a[0]) if reverse else (a[0], b[0])
        if mine < theirs:
            return True
        return not theirs < mine and a[1] < b[1]

    while heads:
        chosen = 0
        for index in range(1, len(heads)):
            if beats(heads[index], heads[chosen]):
                chosen = index
        head = heads[chosen]
        yield head[2]
        try:
            following = next(head[3])
        except StopIteration:
            del heads[chosen]
            continue
        head[0] = following if key is None else key(following)
        head[2] = following


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset."""
    # The docs define the result as sorted(iterable, key=key)[:n]; sorting is stable, as
    # CPython's heap-based version is.
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
