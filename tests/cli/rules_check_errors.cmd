# xabi rules --check names the file, line and what was expected, for each kind of mistake.
for f in malformed bad-regex unknown-key waiver-no-reason; do
  xabi rules --check testdata/policy/$f.rules; echo "exit $?"
done
