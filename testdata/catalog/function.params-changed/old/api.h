/* Fixture: before; the length is an unsigned int. */
int xen_console_write(const char *buf, unsigned int len);
