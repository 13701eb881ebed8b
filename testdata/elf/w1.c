/* Fixture: libw.so.1: the functions k and m, both at W_1. */
int k(int x)
{
	return x;
}

int m(int x)
{
	return x + 1;
}
