/* Fixture: before; explicit values for the domain shutdown reasons. */
enum shutdown_reason {
    SHUTDOWN_REASON_POWEROFF = 0,
    SHUTDOWN_REASON_REBOOT   = 1,
    SHUTDOWN_REASON_CRASH    = 3,
};
