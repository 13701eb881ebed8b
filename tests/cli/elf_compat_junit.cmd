# Findings about files that are not headers (here an application) get a
# testcase of their own: the JUnit report fails where the exit status does.
xabi compat --format junit $XABI_ELF/app $XABI_ELF/v2/libv.so; echo "exit $?"
xabi diff --format junit $XABI_ELF/v1/libv.so $XABI_ELF/v2/libv.so | grep -E '<testsuite |<testcase|<failure'
