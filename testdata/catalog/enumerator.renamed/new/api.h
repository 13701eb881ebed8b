/* Fixture: after; one version renamed, value and description kept. */
enum gnttab_layout {
    GNTTAB_LAYOUT_V1 = 1,     /* the original entry format */
    GNTTAB_LAYOUT_SUBPAGE = 2, /* entries with a sub-page range */
};
