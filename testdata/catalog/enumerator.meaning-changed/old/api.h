/* Fixture: before; a flag meaning the page is shared read-only. */
enum page_share_mode {
    PAGE_SHARE_NONE = 0,     /* the page is private */
    PAGE_SHARE_READONLY = 1, /* other domains may map it read-only */
};
