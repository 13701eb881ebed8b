/* Fixture: before; the wrapper returns an int status. */
int xen_console_write(const char *buf, unsigned int len);
