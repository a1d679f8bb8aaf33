# concurrent.futures.process: where CPython defines ProcessPoolExecutor and BrokenProcessPool
# (the tutor's are in concurrent.futures, over multiprocessing.pool).
from concurrent.futures import ProcessPoolExecutor, BrokenProcessPool, _RemoteTraceback
