# A rules file can come with the patch under review: patterns whose
# compilation explodes in glibc (found by fuzzing: stacked + took 24 GB,
# stacked ? minutes) are refused, quickly, with the line and the reason.
for f in testdata/fuzz/rules/stacked-*.rules; do xabi rules --check $f; echo "exit $?"; done
