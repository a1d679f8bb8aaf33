class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass

_nothing = object()

def get(self, block=True, timeout=None):
    # _queuemodule.c `_queue_SimpleQueue_get_impl`: the timeout is checked first; then an
    # item, or a wait on the queue until one is put or the time is up, and another try.
    endtime = None if block and timeout is None else _deadline(block, timeout)
    while True:
        item = _take(self, _nothing)
        if item is not _nothing:
            return item
        if not _wait(self, endtime):
            raise Empty

SimpleQueue = _simplequeue_class(get)
del get
