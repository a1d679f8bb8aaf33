# Text through a pool's pickles both ways: non-ASCII and astral characters, the encoding's own
# separators inside strings, empty strings, bytes, nested containers.
import multiprocessing


def shout(s):
    return (s.upper() + "!", len(s), {"k": [s, s[::-1]], "n": None, "b": s.encode()})


if __name__ == "__main__":
    words = ["héllo", "日本", "plain", "emoji😀", "", "a:b;c", "s5:x"]
    with multiprocessing.Pool(2) as pool:
        for r in pool.map(shout, words):
            print(r)
