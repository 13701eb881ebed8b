/* Fixture: a program that calls f from libv (versioned) and u from libu
 * (unversioned), built against v1 and libu. */
int f(int x);
int u(int x);

int main(void)
{
	return f(1) + u(2) == 0;
}
