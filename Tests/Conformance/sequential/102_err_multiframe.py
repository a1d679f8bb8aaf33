# conformance: full-stderr
def validate(age):
    if age < 0:
        raise ValueError(f"age must be >= 0, got {age}")
    return age

def load(record):
    print("loading", record["name"])
    validate(record["age"])

def main():
    load({"name": "ok", "age": 3})
    load({"name": "bad", "age": -1})

main()
