/* SPDX-License-Identifier: MIT */
/* An event whose payload is an anonymous union, as Linux's snd_seq_event
 * was before 6.1.192 gave it a name. */
#ifndef PAT_EVENT_H
#define PAT_EVENT_H

struct pat_note {
	unsigned char channel, note, velocity;
};

struct pat_event {
	unsigned char type;
	union {
		struct pat_note note;
		unsigned int raw[2];
	} data;
};

struct pat_save {
	struct {
		unsigned long long bv;
		unsigned long long reserved[3];
	} hdr;
};

struct pat_window {
	struct {
		unsigned short lo, hi;
	} span;
};

#endif
