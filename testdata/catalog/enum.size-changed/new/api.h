/* Fixture: after; the enum is packed into a single byte. */
enum __attribute__((packed)) vcpu_run_state {
    VCPU_RUN_RUNNING,
    VCPU_RUN_BLOCKED,
    VCPU_RUN_OFFLINE,
};
