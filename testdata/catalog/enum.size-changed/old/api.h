/* Fixture: before; a plain enum, as wide as an int. */
enum vcpu_run_state {
    VCPU_RUN_RUNNING,
    VCPU_RUN_BLOCKED,
    VCPU_RUN_OFFLINE,
};
