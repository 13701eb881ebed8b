/* Fixture: libw.so.2: k is now data, m moved to W_2 only. */
int k = 3;

int m(int x)
{
	return x + 1;
}
