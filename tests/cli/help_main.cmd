# The top-level help lists the commands.
xabi --help
