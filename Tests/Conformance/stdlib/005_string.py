# string: constants, capwords, Template (substitute, safe_substitute, errors), Formatter.
import string

print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable), string.ascii_letters[20:30])
print(string.capwords("  hello   wide  world "), string.capwords("a-b-c", "-"))

t = string.Template("$who likes $what; ${who}'s cost is $$10 and ${n}th")
print(t.substitute(who="tim", what="kung pao", n=3))
print(t.substitute({"who": "ann", "what": "tea", "n": 1}, what="coffee"))
print(t.safe_substitute(who="bob"))
print(t.template)
for bad in ["$who likes $", "cost ${", "x $1"]:
    try:
        string.Template(bad).substitute(who="x")
    except ValueError as e:
        print("ValueError", e)
try:
    string.Template("$missing").substitute()
except KeyError as e:
    print("KeyError", e)
print(string.Template("a $x b ${y} $$ $z $x").get_identifiers())
print(string.Template("$ok").is_valid(), string.Template("bad $").is_valid())
print(string.Template("$x$y!").substitute(x=1, y=[2]))

class Percent(string.Template):
    delimiter = "%"
print(Percent("%a and %{b} cost 100%%").substitute(a=1, b=2))

f = string.Formatter()
print(f.format("{0}-{name}-{1:>4}", "a", 7, name="n"), f.convert_field(3, "r"), f.format_field(3.14159, ".2f"))
