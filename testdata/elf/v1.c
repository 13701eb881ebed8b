/* Fixture: version 1 of a library: f, g and data[4], all at VERS_1. */
int data[4] = { 1, 2, 3, 4 };

int f(int x)
{
	return x + data[0];
}

int g(int x)
{
	return x * 2;
}
