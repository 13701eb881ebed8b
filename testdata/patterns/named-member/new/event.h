/* SPDX-License-Identifier: MIT */
/* The payload's union is given a name: `ev.data.note` still compiles and
 * reads the same bytes. `hdr` is named where it is declared, and a reserved
 * member gives room to a new one. The anonymous struct `span` is named too,
 * but one of its members was renamed, and `w.span.hi` no longer compiles. */
#ifndef PAT_EVENT_H
#define PAT_EVENT_H

struct pat_note {
	unsigned char channel, note, velocity;
};

union pat_event_data {
	struct pat_note note;
	unsigned int raw[2];
};

struct pat_span {
	unsigned short lo, high;
};

struct pat_event {
	unsigned char type;
	union pat_event_data data;
};

struct pat_save {
	struct pat_save_hdr {
		unsigned long long bv;
		unsigned long long comp;
		unsigned long long reserved[2];
	} hdr;
};

struct pat_window {
	struct pat_span span;
};

#endif
