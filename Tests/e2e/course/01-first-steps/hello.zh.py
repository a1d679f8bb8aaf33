print("hello from the fixture")  # 打印一行问候
