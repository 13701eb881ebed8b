/* Fixture: after; the enum is gone, the function stays. */
int evtchn_status(int port);
