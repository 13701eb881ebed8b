/* Fixture: before; grant-table versions. */
enum gnttab_layout {
    GNTTAB_LAYOUT_V1 = 1, /* the original entry format */
    GNTTAB_LAYOUT_V2 = 2, /* entries with a sub-page range */
};
