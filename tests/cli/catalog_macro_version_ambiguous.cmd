# macro.version-ambiguous (error): within the new tree one value of a family means different things below and at the latest API version.
xabi diff --profile c --version-macro API_VERSION --format xml -o $T/r.xml testdata/catalog/macro.version-ambiguous/old testdata/catalog/macro.version-ambiguous/new
echo "exit $?"
changes $T/r.xml
