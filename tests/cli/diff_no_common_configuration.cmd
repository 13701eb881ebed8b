# Sides with no arch and audience in common cannot be compared.
xabi dump --profile c testdata/layout -o $T/c.xml
xabi diff $T/c.xml testdata/hvmmem/4.8
