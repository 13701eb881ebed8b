/* Fixture: after; the last console kind is dropped, its value unused. */
enum console_kind {
    CONSOLE_KIND_SERIAL,
    CONSOLE_KIND_VGA,
};
