/* Fixture: after; a flags parameter is appended, the return type unchanged. */
int xen_console_write(const char *buf, unsigned int len, unsigned int flags);
