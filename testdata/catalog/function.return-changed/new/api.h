/* Fixture: after; it returns a long byte count, same parameters. */
long xen_console_write(const char *buf, unsigned int len);
