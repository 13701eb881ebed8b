# --show-suppressed lists what the rules suppressed, and by which rule.
xabi diff --arch x86_64,x86_32 --rules testdata/policy/suppress-type.rules --show-suppressed testdata/policy/old testdata/policy/guest-ungated
