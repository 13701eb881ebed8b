#!/bin/sh
# SPDX-License-Identifier: MIT
# Set everything up and run xabi on the bundled example: the history of
# value 3 of Xen's hvmmem_type_t (testdata/hvmmem/README.md).
set -eu
cd "$(dirname "$0")/.."
scripts/setup.sh
xabi=build/cmd/xabi/xabi

echo
echo "\$ xabi versions testdata/hvmmem/4.7"
$xabi versions testdata/hvmmem/4.7
echo
echo "\$ xabi show testdata/hvmmem/4.7 hvmmem_type_t"
$xabi show testdata/hvmmem/4.7 hvmmem_type_t
echo
echo "\$ xabi show testdata/hvmmem/v2 hvmmem_type_t     # the rejected proposal"
$xabi show testdata/hvmmem/v2 hvmmem_type_t
