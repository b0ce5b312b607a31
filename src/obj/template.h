/* PEP 750 template strings (obj/template.c): the types of
 * string.templatelib, for the native module (lib/templatelib.c). */
#ifndef KR_OBJ_TEMPLATE_H
#define KR_OBJ_TEMPLATE_H

#include "types.h"

extern kr_type kt_template;         /* string.templatelib.Template */
extern kr_type kt_interpolation;    /* string.templatelib.Interpolation */
extern kr_type kt_templateiter;     /* string.templatelib.TemplateIter */

#endif
