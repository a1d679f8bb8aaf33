print("whistle")
print("whistle")
