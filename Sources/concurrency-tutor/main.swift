import Tutor
print("concurrency-tutor")
