# xabi history --tags: the sources are the repository's release tags,
# oldest version first (4.10 after 4.8, not before), each read from the
# baseline dump when --baselines has it, else from git.
git init -q "$T/repo"
for v in 4.6 4.7 4.8 4.10; do
	src=testdata/hvmmem/$v
	[ -d "$src" ] || src=testdata/hvmmem/4.8
	rm -rf "$T/repo/xen"
	mkdir -p "$T/repo/xen/include"
	cp -r "$src" "$T/repo/xen/include/public"
	git -C "$T/repo" add -A
	git -C "$T/repo" -c user.name=t -c user.email=t@example.org commit -q --allow-empty -m "$v"
	git -C "$T/repo" tag "RELEASE-$v.0"
done
cd "$T/repo"
xabi baseline -q --tags 'RELEASE-4.6*' -o "$T/baselines" >/dev/null
xabi history --progress --tags 'RELEASE-*' --baselines "$T/baselines" 2>"$T/progress"
echo "exit status $?"
# Which source each release came from: the dump for 4.6, git for the rest.
tr '\r' '\n' <"$T/progress" | grep -o 'xabi: history: .*'

# Usage errors: sources and --tags together, html without a folder.
xabi history --tags 'RELEASE-*' git:RELEASE-4.6.0 2>&1
echo "exit status $?"
xabi history --format html git:RELEASE-4.6.0 git:RELEASE-4.7.0 2>&1
