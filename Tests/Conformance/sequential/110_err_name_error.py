def greet(name):
    message = "Hello " + name
    print(mesage)
greet("Ann")
