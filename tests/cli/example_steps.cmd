# scripts/example.sh says what it does before each step, the long build
# included (it was silent for minutes). Run on a copy of the scripts with
# cmake and dpkg-query stubbed (nothing installed or built; the stub cmake
# puts the xabi under test where the build would), every step's line shows.
src=$(pwd)
mkdir -p $T/r/scripts $T/r/bin $T/r/build/cmd/xabi
cp scripts/example.sh scripts/setup.sh $T/r/scripts/
ln -s $src/testdata $T/r/testdata
printf '#!/bin/sh\nln -sf "%s" build/cmd/xabi/xabi\n' "$XABI" >$T/r/bin/cmake
printf '#!/bin/sh\necho "install ok installed"\n' >$T/r/bin/dpkg-query
printf '#!/bin/sh\necho 2\n' >$T/r/bin/nproc
chmod +x $T/r/bin/*
PATH=$T/r/bin:$PATH $T/r/scripts/example.sh | grep -E '^(example|setup):|^\$ |^\(exit'
