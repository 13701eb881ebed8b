/* Fixture: a header that stays. */
struct api_version {
    int major, minor;
};
