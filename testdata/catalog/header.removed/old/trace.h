/* Fixture: a header the new release drops. */
#define TRACE_BUFFER_PAGES 4

struct trace_record {
    unsigned int event;
    unsigned int data[6];
};
typedef struct trace_record trace_record_t;
