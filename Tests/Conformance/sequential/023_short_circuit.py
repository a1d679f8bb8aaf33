def t(label, value):
    print("eval", label)
    return value
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", ""))
print(t("a", "x") or t("b", 1))
print(not t("a", []))
print(t("a", 1) and t("b", 0) or t("c", 3))
print(t("a", None) or t("b", 0) and t("c", 5))
print([] or {} or "last", 1 and 2 and 3, 1 and 0 and 3)
x = 0
ok = x != 0 and 10 / x > 1
print(ok)
name = "" or "anonymous"
print(name)
print(all(t(i, i) for i in [1, 0, 2]))
print(any(t(i, i) for i in [0, 3, 4]))
