# An unknown name is an error that says what was looked for.
xabi show testdata/hvmmem/4.7 no_such_thing
