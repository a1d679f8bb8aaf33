# A forked child shares the parent's descriptors: the child serves the accepted connection
# while the parent closes its copy; the connection ends when the last copy closes.
import os
import socket

srv = socket.create_server(('127.0.0.1', 25113))
client = socket.create_connection(('127.0.0.1', 25113))
conn, _ = srv.accept()
pid = os.fork()
if pid == 0:
    srv.close()
    data = conn.recv(100)
    conn.sendall(b'child got ' + data)
    conn.close()
    os._exit(0)
conn.close()
client.sendall(b'hello')
print(client.recv(100))
print('end of stream:', client.recv(100))
_, status = os.waitpid(pid, 0)
print('child exit status', os.WEXITSTATUS(status) if hasattr(os, 'WEXITSTATUS') else status >> 8)
client.close()
srv.close()
