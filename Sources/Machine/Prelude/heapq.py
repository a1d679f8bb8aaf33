def heappush(heap, item):
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)

def heappop(heap):
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt

def heapreplace(heap, item):
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem

def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item

def heapify(x):
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)

# The sift functions are CPython's Lib/heapq.py algorithms (the same comparisons in the same
# order), so a heap's list layout is CPython's.
def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem

def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)

def merge(*iterables, key=None, reverse=False):
    # Simple and stable: ties keep the order of the iterables, as CPython's merge does.
    entries = []
    for order, it in enumerate(iterables):
        it = iter(it)
        for value in it:
            k = value if key is None else key(value)
            entries.append([k, order, value, it])
            break
    while entries:
        best = 0
        for i in range(1, len(entries)):
            a = entries[i]
            b = entries[best]
            if reverse:
                better = b[0] < a[0] or (not a[0] < b[0] and a[1] < b[1])
            else:
                better = a[0] < b[0] or (not b[0] < a[0] and a[1] < b[1])
            if better:
                best = i
        entry = entries[best]
        yield entry[2]
        try:
            value = next(entry[3])
        except StopIteration:
            del entries[best]
        else:
            entry[0] = value if key is None else key(value)
            entry[2] = value

def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    items = list(iterable)
    if key is None:
        return sorted(items)[:n]
    return sorted(items, key=key)[:n]

def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    items = list(iterable)
    if key is None:
        return sorted(items, reverse=True)[:n]
    return sorted(items, key=key, reverse=True)[:n]
