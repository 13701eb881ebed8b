/* Fixture: before; no enum yet. */
#define API_VERSION 1
