# Names and comments from headers hold any byte: a file name with a
# terminal escape, a byte that is not UTF-8 and a control character, and a
# comment that would clear the screen. Text output shows them as \xNN;
# JUnit and the XML report stay well-formed UTF-8 (run.sh checks every XML
# in $T); Code Quality stays UTF-8 JSON with every control byte escaped.
# Made here: such names do not belong in the repository.
name=$(printf 'evil\033[31m\351\001.h')
mkdir $T/old $T/new
printf 'enum e { E_OLD = 1 /* \033[2J\033]0;owned\007 the first */ };\n#define EVIL_VALUE 1\n' >"$T/old/$name"
printf 'enum e { E_NEW = 1 /* something else \033[2J entirely */ };\n#define EVIL_VALUE 2\n' >"$T/new/$name"
xabi diff --profile c $T/old $T/new; echo "text: exit $?"
for f in junit xml codequality; do
	xabi diff --profile c --format $f -o $T/report-$f.xml $T/old $T/new; echo "$f: exit $?"
done
mv $T/report-codequality.xml $T/report.json
iconv -f UTF-8 -t UTF-8 $T/report.json >/dev/null && echo "codequality: UTF-8"
echo "codequality: $(tr -d '\n' <$T/report.json | LC_ALL=C grep -c '[[:cntrl:]]') lines with raw control bytes"
grep -o 'path": "[^"]*"' $T/report.json | sort -u
"$XABI_VALIDATE" --well-formed $T/report-junit.xml && echo "junit: well-formed"
xabi dump --profile c --format tsv $T/new
xabi show --profile c $T/new E_NEW
xabi versions --profile c --version-macro EVIL_VALUE $T/new
xabi dump --profile c $T/nowhere/$name; echo "missing: exit $?"
