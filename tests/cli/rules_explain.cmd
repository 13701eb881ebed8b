# --explain shows what the rules would suppress on a given diff, before they are committed.
xabi rules --check testdata/policy/waiver-active.rules --explain --arch x86_64,x86_32 testdata/policy/old testdata/policy/guest-ungated
