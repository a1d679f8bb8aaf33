print("next")
