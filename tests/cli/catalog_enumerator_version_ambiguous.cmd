# enumerator.version-ambiguous (error): within the new tree one value means different things below and at the latest API version.
xabi diff --profile c --version-macro API_VERSION --format xml -o $T/r.xml testdata/catalog/enumerator.version-ambiguous/old testdata/catalog/enumerator.version-ambiguous/new
echo "exit $?"
changes $T/r.xml
