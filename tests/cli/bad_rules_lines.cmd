# Rules files that libinih would misread: it reads 200 bytes of a line and
# parses the rest as a line of its own, and stops at a NUL byte. A long
# comment is read as a comment whatever its length; a long entry and a NUL
# byte are refused with file, line and reason (made here: exact lengths).
diff() { xabi diff -q --rules "$1" testdata/hvmmem/4.6 testdata/hvmmem/v2 >/dev/null; echo "$(basename $1): exit $?"; }
# A narrow suppression, then a comment whose 200th byte starts "kind = *".
{ printf '[suppress_change]\nkind = macro.added\n#'; printf 'x%.0s' $(seq 198); printf 'kind = *\n'; } >$T/long-comment.rules
diff $T/long-comment.rules
{ printf '[suppress_change]\nname_regexp = ^('; printf 'HVMMEM_%.0s|' $(seq 30); printf 'x)$\n'; } >$T/long-entry.rules
diff $T/long-entry.rules
# A waiver whose expiry follows a NUL byte: it must not waive forever.
printf '[waiver]\nkind = enumerator.*\nreason = XSA-0\n\000\nuntil = 0x00040600\n' >$T/nul.rules
diff $T/nul.rules
xabi rules --check $T/nul.rules; echo "rules --check: exit $?"
# The same checks guard a profile given as a file.
{ cat rules/c.profile; printf '[skip]\n\000\n'; } >$T/nul.profile
xabi dump -q --profile $T/nul.profile testdata/hvmmem/4.7 >/dev/null; echo "nul.profile: exit $?"
