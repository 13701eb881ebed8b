# The help of dump lists every option it takes.
xabi dump --help
