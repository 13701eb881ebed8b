/* Fixture: after; same name and value, but the description says writable. */
enum page_share_mode {
    PAGE_SHARE_NONE = 0,     /* the page is private */
    PAGE_SHARE_READONLY = 1, /* other domains may map it writable */
};
