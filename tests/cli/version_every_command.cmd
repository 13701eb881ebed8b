# Every command takes --version, and says what 'xabi --version' says: no
# longer option it abbreviates (diff's --version-macro) captures it.
for c in diff dump versions show compat baseline kinds rules; do
	if [ "$(xabi $c --version)" = "$(xabi --version)" ]; then echo "$c: ok"; else echo "$c: differs"; fi
done
xabi --version | sed 's/ (.*//'
