# 带参数的装饰器有三层：
#   auth(kind) -> decorator(func) -> wrapper(*args, **kwargs)
import functools

logged_in = {"local": {"ada"}, "ldap": set()}


def auth(kind):
    print(f"auth({kind!r}) called: building a decorator")

    def decorator(func):
        print(f"  decorating {func.__name__} with {kind} auth")

        @functools.wraps(func)
        def wrapper(user, *args, **kwargs):
            if user not in logged_in[kind]:
                return f"{user}: denied by {kind} auth"
            return func(user, *args, **kwargs)

        return wrapper

    return decorator


@auth("local")  # home = auth("local")(home)
def home(user):
    return f"{user}: welcome home"


@auth(kind="ldap")
def admin(user):
    return f"{user}: welcome to admin"


print("--- calls ---")
print(home("ada"))
print(home("bob"))
print(admin("ada"))
logged_in["ldap"].add("ada")
print(admin("ada"))
