# Valid rules files: a summary each.
xabi rules --check testdata/policy/suppress-type.rules --check testdata/policy/waiver-expired.rules --check testdata/policy/policy-off.rules
