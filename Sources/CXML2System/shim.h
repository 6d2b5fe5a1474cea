// The system libxml2 (the parser FoundationXML's XMLParser wraps), for its SAX2 push parser: the .xlsx reader gets
// element names, attributes and text as byte ranges instead of a Swift string and dictionary per callback.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, and its encoding.h then includes the system's ICU headers, whose declarations
// clash with the ICU module Foundation ships (`UErrorCode` defined twice). Nothing here needs ICU: the reader never
// touches a converter, and the parser context holds its encoding handler by pointer, so its layout is unchanged.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
