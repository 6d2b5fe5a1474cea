#ifndef JIXIAO_CZLIB_SYSTEM_SHIM_H
#define JIXIAO_CZLIB_SYSTEM_SHIM_H

#include <zlib.h>

/// `deflateInit2` is a macro (it passes the library version and stream size); Swift cannot call macros.
static inline int CZlibSystem_deflateInit2(z_streamp strm, int level, int method, int windowBits, int memLevel,
                                           int strategy) {
    return deflateInit2(strm, level, method, windowBits, memLevel, strategy);
}

/// `inflateInit2` is a macro for the same reason as `deflateInit2`.
static inline int CZlibSystem_inflateInit2(z_streamp strm, int windowBits) {
    return inflateInit2(strm, windowBits);
}

#endif
