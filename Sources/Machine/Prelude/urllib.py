# urllib: a package (urllib.request, urllib.error, urllib.parse).
