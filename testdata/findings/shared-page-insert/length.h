/* Fixture: a length other headers use. */
#ifndef FIXTURE_LENGTH_H
#define FIXTURE_LENGTH_H

#define XEN_NAME_LEN 8

#endif
