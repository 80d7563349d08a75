/* concord-schema.c: the quick validator.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "concord-schema-private.h"

/* libxml2 compiles the RELAX NG schema in every process and then
 * interprets it node by node: for a short memorandum that costs more than
 * reading the file. These tables are the same schema, turned at build time
 * (build-aux/schema-tables.py) into attribute sets, one automaton per
 * element over its children and value patterns. A document they prove
 * valid is valid; anything they cannot prove (an error, or a form such as
 * a time zone on a date that they leave to libxml2) goes to libxml2's
 * validator, which says what is wrong in its own words. So a wrong answer
 * here can only cost time, never let an invalid file in: the tests check
 * that the tables never accept what libxml2 refuses. */

typedef enum
{
  VALUE_TEXT,
  VALUE_DATA,
  VALUE_EQUALS,
  VALUE_CHOICE,
  VALUE_LIST,
} ValueKind;

typedef enum
{
  TYPE_NONE,
  TYPE_STRING,
  TYPE_TOKEN,
  TYPE_NCNAME,
  TYPE_DATE,
  TYPE_GYEARMONTH,
  TYPE_DATETIME,
  TYPE_LANGUAGE,
  TYPE_POSITIVEINTEGER,
  TYPE_NONNEGATIVEINTEGER,
  TYPE_BASE64BINARY,
} TypeId;

typedef enum
{
  TEXT_NONE,  /* elements only: text must be white space */
  TEXT_ANY,   /* any text among the elements */
  TEXT_DATA,  /* no elements; the text is a value */
} TextKind;

typedef struct
{
  ValueKind   kind;
  TypeId      type;
  gint32      min_length;
  gint32      max_length;
  gint64      max_inclusive;
  gint16      pattern;
  const char *text;
  guint16     first;
  guint16     n;
} SchemaValue;

typedef struct
{
  const char *name;
  guint16     value;
  gboolean    required;
} SchemaAttribute;

typedef struct
{
  guint16 first;
  guint16 n;
} SchemaAlternative;

typedef struct
{
  const char *name;
  guint16     first_alternative;
  guint16     n_alternatives;
  TextKind    text;
  gint16      data;
  gboolean    data_may_be_empty;
  guint16     start;
} SchemaElement;

typedef struct
{
  const char *name;
  guint16     element;
  guint16     target;
} SchemaTransition;

typedef struct
{
  guint16  first;
  guint16  n;
  gboolean accepting;
} SchemaState;

#include "concord-schema-tables.h"

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static gboolean
all_space (const char *text)
{
  for (; *text != '\0'; text++)
    if (!is_space (*text))
      return FALSE;

  return TRUE;
}

/* Whether collapsing would change @text: most values need nothing. */
static gboolean
collapsed_already (const char *text)
{
  if (is_space (*text))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (is_space (*p) && (*p != ' ' || p[1] == ' ' || p[1] == '\0'))
      return FALSE;

  return TRUE;
}

/* XML Schema's whiteSpace="collapse": runs of white space become one
 * space, none at the ends. Returns @text itself when it is collapsed
 * already (most values are), else a copy left in *@owned. */
static const char *
collapse (const char  *text,
          char       **owned)
{
  GString *out;
  gboolean space = FALSE;

  if (collapsed_already (text))
    return text;

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p++)
    {
      if (is_space (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
  *owned = g_string_free (out, FALSE);

  return *owned;
}

static gboolean
all_digits (const char *text,
            gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;

  return n > 0;
}

static int
digits_value (const char *text,
              gsize       n)
{
  int value = 0;

  for (gsize i = 0; i < n; i++)
    value = value * 10 + (text[i] - '0');

  return value;
}

/* "YYYY-MM", a year from 1 to 9999; the forms with more digits or a sign
 * are left to libxml2. */
static gboolean
year_month (const char *text,
            int        *year,
            int        *month)
{
  if (!all_digits (text, 4) || text[4] != '-' || !all_digits (text + 5, 2))
    return FALSE;
  *year = digits_value (text, 4);
  *month = digits_value (text + 5, 2);

  return *year >= 1 && *month >= 1 && *month <= 12;
}

static gboolean
calendar_date (const char *text)
{
  int year, month, day;

  if (!year_month (text, &year, &month) || text[7] != '-' || !all_digits (text + 8, 2))
    return FALSE;
  day = digits_value (text + 8, 2);

  return day >= 1 && day <= g_date_get_days_in_month (month, year);
}

static gboolean
two_digits_below (const char *text,
                  int         limit)
{
  return all_digits (text, 2) && digits_value (text, 2) < limit;
}

/* YYYY-MM-DDThh:mm:ss, with fractions of a second and Z or an offset
 * under 14 hours (libxml2 refuses ±14:00 itself). */
static gboolean
date_time (const char *text)
{
  const char *p = text + 10;

  if (strlen (text) < 19 || !calendar_date (text) || p[0] != 'T' ||
      !two_digits_below (p + 1, 24) || p[3] != ':' || !two_digits_below (p + 4, 60) ||
      p[6] != ':' || !two_digits_below (p + 7, 60))
    return FALSE;
  p += 9;
  if (*p == '.')
    {
      const char *digits = ++p;

      while (g_ascii_isdigit (*p))
        p++;
      if (p == digits)
        return FALSE;
    }
  if (*p == 'Z')
    p++;
  else if (*p == '+' || *p == '-')
    {
      if (!two_digits_below (p + 1, 14) || p[3] != ':' || !two_digits_below (p + 4, 60))
        return FALSE;
      p += 6;
    }

  return *p == '\0';
}

static gboolean
ncname (const char *text)
{
  if (!g_ascii_isalpha (*text) && *text != '_')
    return FALSE;
  for (text++; *text != '\0'; text++)
    if (!g_ascii_isalnum (*text) && *text != '_' && *text != '-' && *text != '.')
      return FALSE;

  return TRUE;
}

/* [a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})* */
static gboolean
language (const char *text)
{
  const char *p = text;
  gsize n = 0;

  while (g_ascii_isalpha (*p))
    p++, n++;
  if (n < 1 || n > 8)
    return FALSE;
  while (*p == '-')
    {
      for (p++, n = 0; g_ascii_isalnum (*p); p++)
        n++;
      if (n < 1 || n > 8)
        return FALSE;
    }

  return *p == '\0';
}

/* Digits without a sign or leading zeros, small enough to compare. */
static gboolean
integer (const char *text,
         gint64      minimum,
         gint64      max_inclusive)
{
  gsize n = strlen (text);
  gint64 value = 0;

  if (!all_digits (text, n) || n > 15 || (n > 1 && text[0] == '0'))
    return FALSE;
  for (gsize i = 0; i < n; i++)
    value = value * 10 + (text[i] - '0');

  return value >= minimum && (max_inclusive < 0 || value <= max_inclusive);
}

static int
base64_digit (char c)
{
  const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const char *found = c != '\0' ? strchr (alphabet, c) : NULL;

  return found != NULL ? (int) (found - alphabet) : -1;
}

/* Groups of four, white space between characters, "=" padding whose last
 * digit carries no stray bits. */
static gboolean
base64 (const char *text)
{
  gsize count = 0;
  int padding = 0;
  int last = 0;

  for (; *text != '\0'; text++)
    {
      if (is_space (*text))
        continue;
      if (*text == '=')
        padding++;
      else if (padding > 0 || (last = base64_digit (*text)) < 0)
        return FALSE;
      count++;
    }
  if (count % 4 != 0 || padding > 2)
    return FALSE;
  if (padding == 2)
    return (last & 0x0f) == 0;
  if (padding == 1)
    return (last & 0x03) == 0;

  return TRUE;
}

static GRegex *
pattern_regex (gint16 index)
{
  static gsize initialized[SCHEMA_N_PATTERNS];
  static GRegex *regexes[SCHEMA_N_PATTERNS];

  if (g_once_init_enter (&initialized[index]))
    {
      /* XML Schema patterns match the whole value. */
      g_autofree char *anchored = g_strdup_printf ("\\A(?:%s)\\z", schema_patterns[index]);

      regexes[index] = g_regex_new (anchored, 0, 0, NULL);
      g_once_init_leave (&initialized[index], 1);
    }

  return regexes[index];
}

static gboolean
data_matches (const SchemaValue *value,
              const char        *raw)
{
  g_autofree char *owned = NULL;
  const char *text = value->type == TYPE_STRING ? raw : collapse (raw, &owned);
  gboolean valid = FALSE;

  switch (value->type)
    {
    case TYPE_STRING:
    case TYPE_TOKEN:
      valid = TRUE;
      break;
    case TYPE_NCNAME:
      valid = ncname (text);
      break;
    case TYPE_DATE:
      valid = strlen (text) == 10 && calendar_date (text);
      break;
    case TYPE_GYEARMONTH:
      {
        int year, month;

        valid = strlen (text) == 7 && year_month (text, &year, &month);
      }
      break;
    case TYPE_DATETIME:
      valid = date_time (text);
      break;
    case TYPE_LANGUAGE:
      valid = language (text);
      break;
    case TYPE_POSITIVEINTEGER:
      valid = integer (text, 1, value->max_inclusive);
      break;
    case TYPE_NONNEGATIVEINTEGER:
      valid = integer (text, 0, value->max_inclusive);
      break;
    case TYPE_BASE64BINARY:
      valid = base64 (text);
      break;
    case TYPE_NONE:
    default:
      break;
    }

  if (valid && (value->min_length >= 0 || value->max_length >= 0))
    {
      glong length = g_utf8_strlen (text, -1);

      valid = (value->min_length < 0 || length >= value->min_length) &&
              (value->max_length < 0 || length <= value->max_length);
    }
  if (valid && value->pattern >= 0)
    {
      GRegex *regex = pattern_regex (value->pattern);

      valid = regex != NULL && g_regex_match (regex, text, 0, NULL);
    }

  return valid;
}

static gboolean value_matches (guint16     index,
                               const char *text);

static gboolean
list_matches (const SchemaValue *value,
              const char        *text)
{
  g_autofree char *owned = NULL;
  const char *collapsed = collapse (text, &owned);
  g_autofree char *items = NULL;

  if (*collapsed == '\0')
    return FALSE;
  /* The items, split at each space of one copy, as g_strsplit() would
   * split them. */
  items = g_strdup (collapsed);
  for (char *item = items; ; )
    {
      char *space = strchr (item, ' ');

      if (space != NULL)
        *space = '\0';
      if (!value_matches (schema_value_children[value->first], item))
        return FALSE;
      if (space == NULL)
        return TRUE;
      item = space + 1;
    }
}

static gboolean
value_matches (guint16     index,
               const char *text)
{
  const SchemaValue *value = &schema_values[index];

  switch (value->kind)
    {
    case VALUE_TEXT:
      return TRUE;
    case VALUE_DATA:
      return data_matches (value, text);
    case VALUE_EQUALS:
      {
        g_autofree char *owned = NULL;

        return strcmp (collapse (text, &owned), value->text) == 0;
      }
    case VALUE_CHOICE:
      for (guint i = 0; i < value->n; i++)
        if (value_matches (schema_value_children[value->first + i], text))
          return TRUE;
      return FALSE;
    case VALUE_LIST:
      return list_matches (value, text);
    default:
      return FALSE;
    }
}

/* An attribute's value as one string; NULL when it is anything but plain
 * text (an entity reference). */
static const char *
attribute_text (xmlAttr *attribute)
{
  xmlNode *child = attribute->children;

  if (child == NULL)
    return "";
  if (child->type != XML_TEXT_NODE || child->next != NULL || child->content == NULL)
    return NULL;

  return (const char *) child->content;
}

static gboolean
alternative_matches (const SchemaAlternative *alternative,
                     xmlNode                 *node)
{
  guint required = 0;
  guint present = 0;

  for (guint i = 0; i < alternative->n; i++)
    required += schema_attributes[alternative->first + i].required;

  for (xmlAttr *attribute = node->properties; attribute != NULL; attribute = attribute->next)
    {
      const SchemaAttribute *found = NULL;
      const char *text = attribute_text (attribute);

      if (attribute->ns != NULL || text == NULL)
        return FALSE;
      for (guint i = 0; i < alternative->n && found == NULL; i++)
        if (schema_attributes[alternative->first + i].name[0] == attribute->name[0] &&
            strcmp (schema_attributes[alternative->first + i].name, (const char *) attribute->name) == 0)
          found = &schema_attributes[alternative->first + i];
      if (found == NULL || !value_matches (found->value, text))
        return FALSE;
      present += found->required;
    }

  return present == required;
}

static gboolean
attributes_valid (const SchemaElement *element,
                  xmlNode             *node)
{
  for (guint i = 0; i < element->n_alternatives; i++)
    if (alternative_matches (&schema_alternatives[element->first_alternative + i], node))
      return TRUE;

  return FALSE;
}

static gboolean
in_namespace (xmlNode *node)
{
  return node->ns != NULL && node->ns->href != NULL &&
         strcmp ((const char *) node->ns->href, SCHEMA_NAMESPACE) == 0;
}

static const SchemaTransition *
transition (guint16     state,
            const char *name)
{
  const SchemaState *from = &schema_states[state];

  for (guint i = 0; i < from->n; i++)
    if (schema_transitions[from->first + i].name[0] == name[0] &&
        strcmp (schema_transitions[from->first + i].name, name) == 0)
      return &schema_transitions[from->first + i];

  return NULL;
}

/* The text of a value element: its text nodes, and nothing else (a
 * comment inside a value is left to libxml2). */
static gboolean
data_valid (const SchemaElement *element,
            xmlNode             *node)
{
  xmlNode *child = node->children;

  if (child == NULL)
    return element->data_may_be_empty || value_matches ((guint16) element->data, "");
  if (child->next != NULL || child->type != XML_TEXT_NODE || child->content == NULL)
    return FALSE;

  return value_matches ((guint16) element->data, (const char *) child->content);
}

static gboolean
element_valid (guint16  index,
               xmlNode *node)
{
  const SchemaElement *element = &schema_elements[index];
  guint16 state = element->start;

  if (!attributes_valid (element, node))
    return FALSE;
  if (element->text == TEXT_DATA)
    return data_valid (element, node);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      const SchemaTransition *move;

      switch (child->type)
        {
        case XML_ELEMENT_NODE:
          if (!in_namespace (child) ||
              (move = transition (state, (const char *) child->name)) == NULL ||
              !element_valid (move->element, child))
            return FALSE;
          state = move->target;
          break;
        case XML_TEXT_NODE:
          if (element->text == TEXT_NONE &&
              (child->content == NULL || !all_space ((const char *) child->content)))
            return FALSE;
          break;
        case XML_COMMENT_NODE:
          break;
        default:
          return FALSE;
        }
    }

  return schema_states[state].accepting;
}

/**
 * _concord_schema_proves_valid:
 * @doc: a parsed memorandum
 *
 * Returns: %TRUE when the schema's tables show @doc valid; %FALSE when
 *   @doc is invalid or takes libxml2's validator to decide.
 */
gboolean
_concord_schema_proves_valid (xmlDoc *doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  if (root == NULL || !in_namespace (root) ||
      strcmp ((const char *) root->name, schema_elements[0].name) != 0)
    return FALSE;

  return element_valid (0, root);
}
