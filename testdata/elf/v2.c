/* Fixture: version 2: g is gone, data grew, h is new at VERS_2. */
int data[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };

int f(int x)
{
	return x + data[0];
}

int h(int x)
{
	return x - 1;
}
