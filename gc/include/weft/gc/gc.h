// Umbrella header for weft::gc.
#pragma once

#include "weft/gc/field.h"
#include "weft/gc/heap.h"
#include "weft/gc/jit_contract.h"
#include "weft/gc/layout.h"
#include "weft/gc/roots.h"
#include "weft/gc/stats.h"
#include "weft/gc/tracer.h"
#include "weft/gc/types.h"
#include "weft/gc/weak_ref.h"
