# When two headers of a tree define one name two ways, the one the tree's
# headers reach wins, not the leaf nobody includes that sorts first; the
# leaf is named as not parsed.
xabi show --profile c testdata/umbrella-order pkg_rec 2>&1 | grep -o 'type=[^=]* offset' | sed 's/ offset//'
xabi show --profile c testdata/umbrella-order pkg_rec 2>&1 | grep 'did not parse'
