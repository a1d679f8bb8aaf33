# conformance: stderr-message
# Spawn without the __main__ guard: the child's re-import tries to start a process itself.
import multiprocessing as mp
def f():
    print("hi from", mp.current_process().name)
ctx = mp.get_context("spawn")
print("top level:", __name__)
p = ctx.Process(target=f)
p.start()
p.join()
print("exit code", p.exitcode)
