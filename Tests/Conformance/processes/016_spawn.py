# The spawn start method: the child imports the program again as __mp_main__ before it
# runs its target, so only the guarded part runs once.
import multiprocessing as mp
def f(x):
    print("child got", x, __name__)
print("top level, name is", __name__)
if __name__ == "__main__":
    mp.set_start_method("spawn")
    p = mp.Process(target=f, args=(1,))
    p.start()
    p.join()
    print("exit", p.exitcode)
