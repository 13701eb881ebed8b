# A Latin-1 header: its comments still make a valid UTF-8 dump (checked by the runner).
xabi dump --profile c testdata/bad/not-utf8 -o $T/l.xml && grep -c "comment=" $T/l.xml
