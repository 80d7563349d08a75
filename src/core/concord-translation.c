/* concord-translation.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "concord-translation"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "concord-annex.h"
#include "concord-block.h"
#include "concord-clause.h"
#include "concord-memorandum.h"
#include "concord-party.h"
#include "concord-section.h"
#include "concord-term.h"

/* A field and its counterpart in the other language. A name falls back
 * to the first language's when it has no translation (a proper name is
 * often the same in both); running text does not, so that what is
 * missing shows as missing. */
typedef struct
{
  const char *field;
  const char *translated;
  gboolean    falls_back;
} FieldPair;

static const FieldPair memorandum_pairs[] = {
  { "title", "translated-title", TRUE },
  { "recitals", "translated-recitals", FALSE },
  { "language", "translation-language", FALSE },
};
static const FieldPair party_pairs[] = {
  { "name", "translated-name", TRUE },
  { "short-name", "translated-short-name", TRUE },
};
static const FieldPair term_pairs[] = {
  { "name", "translated-name", TRUE },
  { "meaning", "translated-meaning", FALSE },
};
static const FieldPair section_pairs[] = {
  { "heading", "translated-heading", TRUE },
};
static const FieldPair clause_pairs[] = {
  { "heading", "translated-heading", FALSE },
  { "body", "translated-body", FALSE },
};
static const FieldPair annex_pairs[] = {
  { "heading", "translated-heading", TRUE },
  { "body", "translated-body", FALSE },
};

static gboolean
value_is_empty (const GValue *value)
{
  if (G_VALUE_HOLDS_STRING (value))
    return g_value_get_string (value) == NULL || *g_value_get_string (value) == '\0';
  if (G_VALUE_TYPE (value) == G_TYPE_PTR_ARRAY)
    return g_value_get_boxed (value) == NULL || ((GPtrArray *) g_value_get_boxed (value))->len == 0;

  return FALSE;
}

static void
swap_fields (GObject         *object,
             const FieldPair *pairs,
             guint            n_pairs)
{
  for (guint i = 0; i < n_pairs; i++)
    {
      g_auto(GValue) first = G_VALUE_INIT;
      g_auto(GValue) second = G_VALUE_INIT;
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), pairs[i].field);

      g_value_init (&first, pspec->value_type);
      g_value_init (&second, pspec->value_type);
      g_object_get_property (object, pairs[i].field, &first);
      g_object_get_property (object, pairs[i].translated, &second);
      if (pairs[i].falls_back && value_is_empty (&second))
        g_object_set_property (object, pairs[i].translated, &first);
      else
        {
          g_object_set_property (object, pairs[i].field, &second);
          g_object_set_property (object, pairs[i].translated, &first);
        }
    }
}

static void
swap_list (GListModel      *list,
           const FieldPair *pairs,
           guint            n_pairs)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      swap_fields (item, pairs, n_pairs);
    }
}

/**
 * concord_memorandum_translated:
 * @self: a bilingual memorandum
 *
 * A copy of @self in its other language: the translated title, names,
 * headings and text take the place of the first language's, and the
 * language is the translation's, so that whatever prints the copy (the
 * renderer, `text`) prints the words of that language. Translating the
 * copy again gives @self back.
 *
 * Returns: (transfer full): the copy
 */
ConcordMemorandum *
concord_memorandum_translated (ConcordMemorandum *self)
{
  ConcordMemorandum *copy;
  GListModel *sections;
  guint n;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  copy = concord_memorandum_copy (self);
  swap_fields (G_OBJECT (copy), memorandum_pairs, G_N_ELEMENTS (memorandum_pairs));
  swap_list (concord_memorandum_get_parties (copy), party_pairs, G_N_ELEMENTS (party_pairs));
  swap_list (concord_memorandum_get_terms (copy), term_pairs, G_N_ELEMENTS (term_pairs));
  swap_list (concord_memorandum_get_annexes (copy), annex_pairs, G_N_ELEMENTS (annex_pairs));
  sections = concord_memorandum_get_sections (copy);
  swap_list (sections, section_pairs, G_N_ELEMENTS (section_pairs));
  n = g_list_model_get_n_items (sections);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConcordSection) section = g_list_model_get_item (sections, i);

      for (guint j = 0; j < concord_section_get_n_clauses (section); j++)
        swap_fields (G_OBJECT (concord_section_get_clause (section, j)), clause_pairs,
                     G_N_ELEMENTS (clause_pairs));
    }

  return copy;
}

/**
 * concord_language_name:
 * @tag: (nullable): a language tag ("cy", "en-GB")
 *
 * The language's name in the interface's language, for messages ("the
 * Welsh text…"); the tag itself for a language without one here.
 */
const char *
concord_language_name (const char *tag)
{
  static const struct { const char *tag; const char *name; } names[] = {
    { "cy", N_("Welsh") }, { "en", N_("English") }, { "fr", N_("French") }, { "es", N_("Spanish") },
    { "de", N_("German") }, { "ga", N_("Irish") }, { "gd", N_("Scottish Gaelic") },
  };

  if (tag == NULL)
    return _("unnamed language");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gsize len = strlen (names[i].tag);

      if (g_ascii_strncasecmp (tag, names[i].tag, len) == 0 && (tag[len] == '\0' || tag[len] == '-'))
        return _(names[i].name);
    }

  return tag;
}
