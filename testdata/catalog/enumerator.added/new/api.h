/* Fixture: after; a third console kind at the end. */
enum console_kind {
    CONSOLE_KIND_SERIAL,
    CONSOLE_KIND_VGA,
    CONSOLE_KIND_PV,
};
