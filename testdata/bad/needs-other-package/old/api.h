/* Fixture: an ordinary header beside it. */
#define API_LEVEL 1
