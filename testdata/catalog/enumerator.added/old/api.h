/* Fixture: before; two console kinds. */
enum console_kind {
    CONSOLE_KIND_SERIAL,
    CONSOLE_KIND_VGA,
};
