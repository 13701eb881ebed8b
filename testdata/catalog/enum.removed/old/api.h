/* Fixture: before; an enum of event-channel states. */
enum evtchn_state {
    EVTCHN_STATE_FREE,
    EVTCHN_STATE_BOUND,
};

int evtchn_status(int port);
