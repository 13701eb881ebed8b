# A missing SOURCE is a usage error.
xabi dump
