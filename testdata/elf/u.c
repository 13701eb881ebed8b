/* Fixture: a library with no version script (its symbols are unversioned). */
int u(int x)
{
	return x + 1;
}
