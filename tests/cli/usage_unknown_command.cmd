# An unknown command.
xabi frobnicate
