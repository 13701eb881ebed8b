/* Fixture: xen_rect is gone, and with it its typedef and handle type. */
#ifndef FIXTURE_RECT_H
#define FIXTURE_RECT_H

#include "point.h"

#endif
