# A malformed rules file: exit 1, the file and line in the message.
xabi diff --arch x86_64,x86_32 --rules testdata/policy/malformed.rules testdata/policy/old testdata/policy/old
