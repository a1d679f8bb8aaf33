def handle():
    try:
        risky()
    except ValueError:
        pass
    except (KeyError, IndexError) as e:
        print(e)
    except:
        raise
    else:
        ok()
    finally:
        cleanup()

def reraise():
    try:
        risky()
    except Exception as exc:
        raise RuntimeError("wrapped") from exc

def return_in_finally():
    try:
        return compute()
    finally:
        print("bye")

def break_in_try():
    for i in range(3):
        try:
            if i:
                break
        finally:
            print(i)

assert x > 0, "positive"
