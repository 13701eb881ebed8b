# A bound, a count and a mask that grow with items added to their family are
# info (macro/enumerator.value-changed, "grows with the added ..."); a bound
# that grows with nothing added stays an error, and a bound sharing the value
# of its new last item is no collision.
xabi diff --profile c --format xml -o $T/r.xml testdata/patterns/sentinel-grows/old testdata/patterns/sentinel-grows/new
echo "exit $?"
changes $T/r.xml
xabi diff --no-progress --profile c testdata/patterns/sentinel-grows/old testdata/patterns/sentinel-grows/new | grep 'value-changed'
