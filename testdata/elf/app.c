/* Fixture: a program built against version 1 that calls f and g. */
int f(int x);
int g(int x);

int main(void)
{
	return f(1) + g(2) == 0;
}
