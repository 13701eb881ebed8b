# The whole XML dump of the 4.8 fixture (validated against the schema).
xabi dump testdata/hvmmem/4.8
