/* Fixture: an ordinary header beside it, which changed. */
#define API_LEVEL 2
