print("module name:", __name__)
def main():
    print("running main")
    return 0
def helper():
    return "helper"
if __name__ == "__main__":
    print(helper())
    main()
else:
    print("imported")
print(main.__module__)
