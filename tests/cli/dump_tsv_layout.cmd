# Layouts, anonymous members, bit-fields and macro types on x86_32 and x86_64.
xabi dump --profile c --arch x86_64,x86_32 --format tsv testdata/layout
