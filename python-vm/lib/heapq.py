"""heapq for weft-python: a binary min-heap on a list. The sift procedures make the same moves
as CPython's (the "bottom-up" sift of Knuth's exercise 5.2.3-18 that CPython uses), so heaps
hold their items in the same order as CPython's."""


def _sift_toward_root(heap, start, pos):
    item = heap[pos]
    while pos > start:
        up = (pos - 1) >> 1
        if item < heap[up]:
            heap[pos] = heap[up]
            pos = up
        else:
            break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    # walk the smaller children down to a leaf, then move the item back up into place
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def heappush(heap, item):
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _sift_toward_leaves(heap, 0)
    return top


def heapreplace(heap, item):
    top = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return top


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(x):
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves(x, i)


def nsmallest(n, iterable, key=None):
    # documented as equivalent to sorted(iterable, key=key)[:n]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    """Lazily merges sorted inputs; ties keep the order of the inputs."""
    heap = []
    sign = -1 if reverse else 1
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            heap.append(_Entry(value if key is None else key(value), order, value, it, sign))
            break
    heapify(heap)
    while heap:
        entry = heap[0]
        yield entry.value
        for value in entry.it:
            entry.key = value if key is None else key(value)
            entry.value = value
            heapreplace(heap, entry)
            break
        else:
            heappop(heap)


class _Entry:
    def __init__(self, key, order, value, it, sign):
        self.key = key
        self.order = order
        self.value = value
        self.it = it
        self.sign = sign

    def __lt__(self, other):
        if self.key == other.key:
            return self.order < other.order
        return self.key < other.key if self.sign > 0 else other.key < self.key
