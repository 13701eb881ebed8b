# entity.version-gate-changed (error): a prototype visible at every API version is now hidden from API 2 on.
xabi diff --profile c --version-macro API_VERSION --format xml -o $T/r.xml testdata/catalog/entity.version-gate-changed/old testdata/catalog/entity.version-gate-changed/new
echo "exit $?"
changes $T/r.xml
