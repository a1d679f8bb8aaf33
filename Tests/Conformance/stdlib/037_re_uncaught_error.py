# A pattern error nobody catches: the traceback ends with re.error and its position.
import re

print(re.match(r"(\d+)", "42").group(1))
re.compile(r"(?P<name>\w+) (unclosed")
