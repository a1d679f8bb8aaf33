# The child side of the spawn start method (CPython 3.11 Lib/multiprocessing/spawn.py,
# trimmed): import the program again as __mp_main__, then run the Process it was sent.
import os
import sys
import pickle
import _multiprocessing
import multiprocessing


def spawn_main():
    multiprocessing._start_method = 'spawn'
    multiprocessing._bootstrapping = True
    _multiprocessing.run_main_as_mp_main()
    process = pickle.loads(_multiprocessing.spawn_payload())
    multiprocessing._bootstrapping = False
    exitcode = process._bootstrap()
    os._exit(exitcode)
