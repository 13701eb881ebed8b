/* Fixture: after; a new enum type. */
#define API_VERSION 1

enum api_mode {
    API_MODE_FAST,
    API_MODE_SAFE,
};
