# The change catalog, from the table the diff uses (the documentation of kinds).
xabi kinds
