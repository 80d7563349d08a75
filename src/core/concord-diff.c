/* concord-diff.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-diff"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "concord-annex.h"
#include "concord-block.h"
#include "concord-clause.h"
#include "concord-control-entry.h"
#include "concord-diff-private.h"
#include "concord-memorandum.h"
#include "concord-party.h"
#include "concord-section.h"
#include "concord-signature.h"
#include "concord-term.h"
#include "concord-text.h"

/* Two memoranda are aligned by stable ids, never by position, so a clause
 * that moved is one moved clause rather than a deletion and an insertion.
 * Within each list (parties, sections, clauses in printed order...) the
 * longest run of items kept in the same order stays put; the others moved. */

typedef const char *(*KeyFunc)          (gpointer item);
typedef const char *(*PromptFunc)       (gpointer item,
                                         const char *field);

typedef struct
{
  ConcordDiffObject  object;
  KeyFunc            key;
  PromptFunc         prompt;
  /* clause -> section id, for clauses only */
  GHashTable        *section_a;
  GHashTable        *section_b;
  /* removals that must wait until what refers to them has changed */
  GPtrArray         *deferred;
} ListSpec;

static const char *
intern (ConcordDiff *self,
        const char  *text)
{
  return text != NULL ? g_string_chunk_insert_const (self->strings, text) : NULL;
}

static void
change_free (gpointer data)
{
  ConcordDiffChange *change = data;

  g_clear_object (&change->old_object);
  g_clear_object (&change->new_object);
  g_clear_pointer (&change->field_list, g_array_unref);
  g_clear_pointer (&change->heading_words, g_array_unref);
  g_clear_pointer (&change->body_words, g_array_unref);
  g_free (change);
}

static ConcordDiffChange *
change_new (ConcordDiffKind    kind,
            ConcordDiffObject  object,
            const char        *id,
            gpointer           old_object,
            gpointer           new_object)
{
  ConcordDiffChange *change = g_new0 (ConcordDiffChange, 1);

  change->kind = kind;
  change->object = object;
  change->id = id;
  change->old_object = old_object != NULL ? g_object_ref (old_object) : NULL;
  change->new_object = new_object != NULL ? g_object_ref (new_object) : NULL;
  change->field_list = g_array_new (FALSE, FALSE, sizeof (ConcordDiffField));

  return change;
}

static ConcordDiffFields
field_flag (const char *name)
{
  static const char * const parties[] = {
    "owner", "side-a", "side-b", "accountable", "to", "to-body", "mechanisms", NULL
  };

  if (g_str_equal (name, "kind"))
    return CONCORD_DIFF_FIELD_KIND;
  if (g_str_equal (name, "status"))
    return CONCORD_DIFF_FIELD_STATUS;
  if (g_str_equal (name, "areas"))
    return CONCORD_DIFF_FIELD_AREAS;
  if (g_str_equal (name, "notes"))
    return CONCORD_DIFF_FIELD_NOTES;
  if (g_strv_contains (parties, name))
    return CONCORD_DIFF_FIELD_PARTIES;

  return CONCORD_DIFF_FIELD_OTHER;
}

static gboolean
is_party_field (const char *name)
{
  return g_str_equal (name, "owner") || g_str_equal (name, "accountable") || g_str_equal (name, "to")
         || g_str_equal (name, "side-a") || g_str_equal (name, "side-b");
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || *a == NULL) && (b == NULL || *b == NULL);

  return g_strv_equal (a, b);
}

gboolean
_concord_diff_values_equal (const GValue *a,
                            const GValue *b)
{
  GType type = G_VALUE_TYPE (a);

  if (type == G_TYPE_STRING)
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (type == G_TYPE_STRV)
    return strv_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (type == G_TYPE_UINT)
    return g_value_get_uint (a) == g_value_get_uint (b);
  if (type == G_TYPE_BOOLEAN)
    return g_value_get_boolean (a) == g_value_get_boolean (b);
  if (G_TYPE_IS_ENUM (type))
    return g_value_get_enum (a) == g_value_get_enum (b);
  if (G_TYPE_IS_FLAGS (type))
    return g_value_get_flags (a) == g_value_get_flags (b);
  if (type == CONCORD_TYPE_COMMENTS)
    return concord_comments_equal (g_value_get_boxed (a), g_value_get_boxed (b));

  /* Types the model does not use are not compared. */
  return TRUE;
}

static char *
flags_text (const GValue *value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (G_VALUE_TYPE (value));
  guint flags = g_value_get_flags (value);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value != 0 && (flags & klass->values[i].value) == klass->values[i].value)
      g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "", klass->values[i].value_nick);

  return g_string_free (out, FALSE);
}

/* A field's value as its side prints it: party ids become names. */
static char *
value_text (ConcordMemorandum *m,
            const char        *name,
            const GValue      *value,
            const char        *prompt)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRING)
    {
      const char *s = g_value_get_string (value);
      const char *ids[] = { s, NULL };

      if (s != NULL && is_party_field (name))
        return concord_party_list_render (m, ids);
      return concord_field_render (s, prompt, NULL);
    }
  if (type == G_TYPE_STRV)
    {
      const char * const *strv = g_value_get_boxed (value);

      if (strv == NULL || strv[0] == NULL)
        return NULL;
      if (is_party_field (name))
        return concord_party_list_render (m, strv);
      return g_strjoinv (", ", (char **) strv);
    }
  if (type == G_TYPE_UINT)
    return g_strdup_printf ("%u", g_value_get_uint (value));
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (g_value_get_boolean (value) ? _("yes") : _("no"));
  if (G_TYPE_IS_ENUM (type))
    return g_strdup (concord_enum_nick (type, g_value_get_enum (value)));
  if (G_TYPE_IS_FLAGS (type))
    return flags_text (value);
  if (type == CONCORD_TYPE_COMMENTS)
    return concord_comments_describe (g_value_get_boxed (value));

  return NULL;
}

static void
add_field (ConcordDiff       *self,
           ConcordDiffChange *change,
           const char        *name,
           const char        *old_text,
           const char        *new_text)
{
  ConcordDiffField field = { intern (self, name), intern (self, old_text), intern (self, new_text) };

  g_array_append_val (change->field_list, field);
}

static GArray *
word_diff (ConcordDiff       *self,
           ConcordDiffChange *change,
           GArray            *old_tokens,
           GArray            *new_tokens)
{
  gboolean coarse = FALSE;
  GArray *words = _concord_diff_words (old_tokens, new_tokens, CONCORD_DIFF_MAX_EDITS,
                                       &self->budget, &coarse);

  change->coarse |= coarse;
  g_array_unref (old_tokens);
  g_array_unref (new_tokens);

  return words;
}

static void
compare_blocks (ConcordDiff       *self,
                ConcordDiffChange *change,
                GPtrArray         *old_blocks,
                GPtrArray         *new_blocks)
{
  GArray *old_tokens, *new_tokens;

  /* NULL and empty are the same: no text. */
  if (concord_blocks_equal (old_blocks, new_blocks))
    return;

  change->fields |= CONCORD_DIFF_FIELD_BODY;
  old_tokens = _concord_diff_tokenize_blocks (self, self->a, self->numbering_a, old_blocks);
  new_tokens = _concord_diff_tokenize_blocks (self, self->b, self->numbering_b, new_blocks);
  change->body_words = word_diff (self, change, old_tokens, new_tokens);
}

static void
compare_heading (ConcordDiff       *self,
                 ConcordDiffChange *change,
                 const char        *old_heading,
                 const char        *new_heading)
{
  if (g_strcmp0 (old_heading, new_heading) == 0)
    return;

  change->fields |= CONCORD_DIFF_FIELD_HEADING;
  change->heading_words = word_diff (self, change,
                                     _concord_diff_tokenize_string (self, old_heading),
                                     _concord_diff_tokenize_string (self, new_heading));
}

/* A bilingual memorandum's translated blocks, as the other language
 * prints them, one paragraph or item to a line. */
static char *
translated_text (ConcordDiff *self,
                 guint        side,
                 GPtrArray   *blocks)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (blocks == NULL || blocks->len == 0)
    return NULL;
  if (self->translated[side] == NULL)
    {
      self->translated[side] = concord_memorandum_translated (side == 0 ? self->a : self->b);
      self->translated_numbering[side] = concord_numbering_new (self->translated[side]);
    }
  for (guint i = 0; i < blocks->len; i++)
    {
      g_autofree char *line = concord_block_render (self->translated[side], self->translated_numbering[side],
                                                    g_ptr_array_index (blocks, i));

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }

  return g_strdup (text->str);
}

static void
compare_property (ConcordDiff       *self,
                  ConcordDiffChange *change,
                  GParamSpec        *pspec,
                  PromptFunc         prompt)
{
  g_auto(GValue) va = G_VALUE_INIT;
  g_auto(GValue) vb = G_VALUE_INIT;
  const char *pa = NULL, *pb = NULL;
  g_autofree char *ta = NULL;
  g_autofree char *tb = NULL;

  g_value_init (&va, pspec->value_type);
  g_value_init (&vb, pspec->value_type);
  g_object_get_property (change->old_object, pspec->name, &va);
  g_object_get_property (change->new_object, pspec->name, &vb);

  /* The other language's text is a field of its own, not part of the
   * first language's word diff. */
  if (pspec->value_type == G_TYPE_PTR_ARRAY && g_str_has_prefix (pspec->name, "translated-"))
    {
      if (concord_blocks_equal (g_value_get_boxed (&va), g_value_get_boxed (&vb)))
        return;
      ta = translated_text (self, 0, g_value_get_boxed (&va));
      tb = translated_text (self, 1, g_value_get_boxed (&vb));
      change->fields |= field_flag (pspec->name);
      add_field (self, change, pspec->name, ta, tb);
      return;
    }
  if (pspec->value_type == G_TYPE_PTR_ARRAY)
    {
      compare_blocks (self, change, g_value_get_boxed (&va), g_value_get_boxed (&vb));
      return;
    }
  if (g_str_equal (pspec->name, "heading"))
    {
      compare_heading (self, change, g_value_get_string (&va), g_value_get_string (&vb));
      return;
    }

  if (prompt != NULL && pspec->value_type == G_TYPE_STRING)
    {
      pa = prompt (change->old_object, pspec->name);
      pb = prompt (change->new_object, pspec->name);
    }
  if (_concord_diff_values_equal (&va, &vb) && g_strcmp0 (pa, pb) == 0)
    return;

  ta = value_text (self->a, pspec->name, &va, pa);
  tb = value_text (self->b, pspec->name, &vb, pb);
  change->fields |= field_flag (pspec->name);
  add_field (self, change, pspec->name, ta, tb);
}

/* Fills in which fields differ between change->old_object and
 * change->new_object, property by property, so a field added to the
 * model later is compared without touching this file. */
static void
compare_objects (ConcordDiff       *self,
                 ConcordDiffChange *change,
                 PromptFunc         prompt)
{
  guint n = 0;
  GObjectClass *klass = G_OBJECT_GET_CLASS (change->old_object);
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (klass, &n);

  for (guint i = 0; i < n; i++)
    {
      GParamSpec *pspec = pspecs[i];

      if (!(pspec->flags & G_PARAM_READABLE) || g_type_is_a (pspec->value_type, G_TYPE_OBJECT))
        continue;
      /* The memorandum's recitals are their own change; other ids are
       * what matched the two objects. */
      if (change->object == CONCORD_DIFF_OBJECT_DETAILS ? g_str_equal (pspec->name, "recitals")
                                                        : g_str_equal (pspec->name, "id"))
        continue;
      compare_property (self, change, pspec, prompt);
    }

  if (change->object == CONCORD_DIFF_OBJECT_SIGNATURE)
    {
      GBytes *ia = concord_signature_get_image (CONCORD_SIGNATURE (change->old_object));
      GBytes *ib = concord_signature_get_image (CONCORD_SIGNATURE (change->new_object));

      if ((ia == NULL) != (ib == NULL) || (ia != NULL && !g_bytes_equal (ia, ib)))
        {
          change->fields |= CONCORD_DIFF_FIELD_OTHER;
          add_field (self, change, "image", ia ? _("an image") : NULL, ib ? _("an image") : NULL);
        }
    }
  if (change->object == CONCORD_DIFF_OBJECT_PARTY)
    {
      GBytes *la = concord_party_get_logo (CONCORD_PARTY (change->old_object));
      GBytes *lb = concord_party_get_logo (CONCORD_PARTY (change->new_object));

      if ((la == NULL) != (lb == NULL) || (la != NULL && !g_bytes_equal (la, lb)))
        {
          change->fields |= CONCORD_DIFF_FIELD_OTHER;
          add_field (self, change, "logo", la ? _("a logo") : NULL, lb ? _("a logo") : NULL);
        }
    }
}

static int
add_change (ConcordDiff       *self,
            ConcordDiffChange *change)
{
  g_ptr_array_add (self->changes, change);

  return (int) self->changes->len - 1;
}

static const char *
item_number (ConcordDiff       *self,
             ConcordNumbering  *numbering,
             ConcordDiffObject  object,
             gpointer           item)
{
  switch (object)
    {
    case CONCORD_DIFF_OBJECT_SECTION:
      return intern (self, concord_numbering_get_section (numbering, item));
    case CONCORD_DIFF_OBJECT_CLAUSE:
      /* The bare number, as references print it: "2.4", not "2.4.". */
      return intern (self, concord_numbering_lookup_clause (numbering, concord_clause_get_id (item)));
    case CONCORD_DIFF_OBJECT_ANNEX:
      return intern (self, concord_numbering_get_annex (numbering, item));
    case CONCORD_DIFF_OBJECT_DETAILS:
    case CONCORD_DIFF_OBJECT_PARTY:
    case CONCORD_DIFF_OBJECT_TERM:
    case CONCORD_DIFF_OBJECT_RECITALS:
    case CONCORD_DIFF_OBJECT_SIGNATURE:
    case CONCORD_DIFF_OBJECT_CONTROL_ENTRY:
    default:
      return NULL;
    }
}

static ConcordDiffChange *
list_change (ConcordDiff     *self,
             const ListSpec  *spec,
             ConcordDiffKind  kind,
             gpointer         old_item,
             gpointer         new_item)
{
  ConcordDiffChange *change = change_new (kind, spec->object,
                                          intern (self, spec->key (new_item ? new_item : old_item)),
                                          old_item, new_item);

  if (old_item != NULL)
    {
      change->old_number = item_number (self, self->numbering_a, spec->object, old_item);
      if (spec->section_a != NULL)
        change->old_section = intern (self, g_hash_table_lookup (spec->section_a, old_item));
    }
  if (new_item != NULL)
    {
      change->new_number = item_number (self, self->numbering_b, spec->object, new_item);
      if (spec->section_b != NULL)
        change->new_section = intern (self, g_hash_table_lookup (spec->section_b, new_item));
    }

  return change;
}

/* A pair matched by id: moved, changed, or neither (no change, -1). */
static int
emit_pair (ConcordDiff    *self,
           const ListSpec *spec,
           gpointer        old_item,
           gpointer        new_item,
           gboolean        moved)
{
  ConcordDiffChange *change = list_change (self, spec, CONCORD_DIFF_CHANGED, old_item, new_item);

  compare_objects (self, change, spec->prompt);
  if (g_strcmp0 (change->old_section, change->new_section) != 0)
    moved = TRUE;
  if (moved)
    change->kind = CONCORD_DIFF_MOVED;
  else if (change->fields == CONCORD_DIFF_FIELD_NONE)
    {
      change_free (change);
      return -1;
    }

  return add_change (self, change);
}

/* An added or removed object's heading and text, as all inserted or all
 * deleted words, so a report can show what came or went. */
static void
whole_text (ConcordDiff       *self,
            ConcordDiffChange *change)
{
  GObject *item = change->old_object != NULL ? change->old_object : change->new_object;
  gboolean added = change->old_object == NULL;
  guint n = 0;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (item), &n);

  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspecs[i]->value_type != G_TYPE_PTR_ARRAY && !g_str_equal (pspecs[i]->name, "heading")) ||
          g_str_has_prefix (pspecs[i]->name, "translated-"))
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (item, pspecs[i]->name, &value);
      if (pspecs[i]->value_type == G_TYPE_PTR_ARRAY)
        compare_blocks (self, change, added ? NULL : g_value_get_boxed (&value),
                        added ? g_value_get_boxed (&value) : NULL);
      else
        compare_heading (self, change, added ? NULL : g_value_get_string (&value),
                         added ? g_value_get_string (&value) : NULL);
    }
  change->fields = CONCORD_DIFF_FIELD_NONE;
}

static int
emit_one (ConcordDiff     *self,
          const ListSpec  *spec,
          ConcordDiffKind  kind,
          gpointer         old_item,
          gpointer         new_item)
{
  ConcordDiffChange *change = list_change (self, spec, kind, old_item, new_item);

  whole_text (self, change);

  if (kind == CONCORD_DIFF_REMOVED && spec->deferred != NULL)
    {
      g_ptr_array_add (spec->deferred, change);
      return -1;
    }

  return add_change (self, change);
}

static void
add_row (ConcordDiff *self,
         gpointer     old_item,
         gpointer     new_item,
         int          change)
{
  ConcordDiffRow row = { old_item, new_item, change };

  g_array_append_val (self->rows, row);
}

/* Marks the matched items that form the longest run kept in the same
 * order (patience sorting, O(n log n)); the other matched items moved. */
static void
mark_in_order (const int *a_match,
               guint      na,
               gboolean  *a_kept,
               gboolean  *b_kept)
{
  g_autofree guint *tails = g_new (guint, na + 1);
  g_autofree int *prev = g_new (int, na + 1);
  guint len = 0;

  for (guint i = 0; i < na; i++)
    {
      guint lo = 0, hi = len;

      if (a_match[i] < 0)
        continue;
      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (a_match[tails[mid]] < a_match[i])
            lo = mid + 1;
          else
            hi = mid;
        }
      prev[i] = lo > 0 ? (int) tails[lo - 1] : -1;
      tails[lo] = i;
      if (lo == len)
        len++;
    }

  for (int i = len > 0 ? (int) tails[len - 1] : -1; i >= 0; i = prev[i])
    {
      a_kept[i] = TRUE;
      b_kept[a_match[i]] = TRUE;
    }
}

static void
diff_list (ConcordDiff    *self,
           const ListSpec *spec,
           GPtrArray      *la,
           GPtrArray      *lb)
{
  guint na = la->len, nb = lb->len, i = 0, j = 0;
  g_autofree int *a_match = g_new (int, na + 1);
  g_autofree int *b_match = g_new (int, nb + 1);
  g_autofree gboolean *a_kept = g_new0 (gboolean, na + 1);
  g_autofree gboolean *b_kept = g_new0 (gboolean, nb + 1);
  g_autoptr(GHashTable) b_index = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean rows = spec->object == CONCORD_DIFF_OBJECT_CLAUSE;

  /* Only the first of two items with one key is matched: the loader
   * refuses duplicate ids, but a model built in code may have them. */
  for (j = 0; j < nb; j++)
    {
      const char *key = spec->key (g_ptr_array_index (lb, j));

      b_match[j] = -1;
      if (key != NULL && !g_hash_table_contains (b_index, key))
        g_hash_table_insert (b_index, (gpointer) key, GUINT_TO_POINTER (j));
    }
  for (i = 0; i < na; i++)
    {
      const char *key = spec->key (g_ptr_array_index (la, i));
      gpointer value;

      a_match[i] = -1;
      if (key != NULL && g_hash_table_lookup_extended (b_index, key, NULL, &value)
          && b_match[GPOINTER_TO_UINT (value)] < 0)
        {
          a_match[i] = GPOINTER_TO_UINT (value);
          b_match[a_match[i]] = i;
        }
    }
  mark_in_order (a_match, na, a_kept, b_kept);

  /* Walk both lists in step: removed items where they were, added and
   * moved items where they are now. */
  for (i = 0, j = 0; i < na || j < nb; )
    {
      if (i < na && a_match[i] < 0)
        {
          int c = emit_one (self, spec, CONCORD_DIFF_REMOVED, g_ptr_array_index (la, i), NULL);

          if (rows)
            add_row (self, g_ptr_array_index (la, i), NULL, c);
          i++;
        }
      else if (i < na && !a_kept[i])
        i++;
      else if (j < nb && b_match[j] < 0)
        {
          int c = emit_one (self, spec, CONCORD_DIFF_ADDED, NULL, g_ptr_array_index (lb, j));

          if (rows)
            add_row (self, NULL, g_ptr_array_index (lb, j), c);
          j++;
        }
      else if (j < nb)
        {
          gpointer old_item = g_ptr_array_index (la, b_match[j]);
          int c = emit_pair (self, spec, old_item, g_ptr_array_index (lb, j), !b_kept[j]);

          if (rows)
            add_row (self, old_item, g_ptr_array_index (lb, j), c);
          if (b_kept[j])
            i++;
          j++;
        }
      else
        break;
    }
}

static GPtrArray *
model_items (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  GPtrArray *items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  return items;
}

static GHashTable *
clause_sections (ConcordMemorandum *m)
{
  g_autoptr(GPtrArray) sections = model_items (concord_memorandum_get_sections (m));
  GHashTable *map = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < sections->len; i++)
    {
      ConcordSection *s = g_ptr_array_index (sections, i);

      for (guint j = 0; j < concord_section_get_n_clauses (s); j++)
        g_hash_table_insert (map, concord_section_get_clause (s, j),
                             (gpointer) concord_section_get_id (s));
    }

  return map;
}

static void
diff_model (ConcordDiff       *self,
            ConcordDiffObject  object,
            GListModel        *(*get) (ConcordMemorandum *),
            KeyFunc            key,
            PromptFunc         prompt,
            GPtrArray         *deferred)
{
  ListSpec spec = { object, key, prompt, NULL, NULL, deferred };
  g_autoptr(GPtrArray) la = model_items (get (self->a));
  g_autoptr(GPtrArray) lb = model_items (get (self->b));

  diff_list (self, &spec, la, lb);
}

static void
diff_details (ConcordDiff *self)
{
  ConcordDiffChange *change = change_new (CONCORD_DIFF_CHANGED, CONCORD_DIFF_OBJECT_DETAILS,
                                          intern (self, concord_memorandum_get_id (self->b)),
                                          self->a, self->b);

  compare_objects (self, change, (PromptFunc) concord_memorandum_get_placeholder);
  if (change->fields != CONCORD_DIFF_FIELD_NONE)
    add_change (self, change);
  else
    change_free (change);

  change = change_new (CONCORD_DIFF_CHANGED, CONCORD_DIFF_OBJECT_RECITALS,
                       intern (self, "recitals"), self->a, self->b);
  compare_blocks (self, change, concord_memorandum_get_recitals (self->a),
                  concord_memorandum_get_recitals (self->b));
  if (change->fields != CONCORD_DIFF_FIELD_NONE)
    add_change (self, change);
  else
    change_free (change);
}

static void
diff_clauses (ConcordDiff *self)
{
  g_autoptr(GHashTable) section_a = clause_sections (self->a);
  g_autoptr(GHashTable) section_b = clause_sections (self->b);
  g_autoptr(GPtrArray) la = concord_memorandum_list_clauses (self->a);
  g_autoptr(GPtrArray) lb = concord_memorandum_list_clauses (self->b);
  ListSpec spec = { CONCORD_DIFF_OBJECT_CLAUSE, (KeyFunc) concord_clause_get_id, NULL,
                    section_a, section_b, NULL };

  diff_list (self, &spec, la, lb);
}

static gboolean
meaning_refers (ConcordTerm *term,
                const char  *id)
{
  GPtrArray *meaning = concord_term_get_meaning (term);

  for (guint i = 0; meaning != NULL && i < meaning->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (meaning, i);

      for (guint j = 0; j < concord_block_get_n_runs (block); j++)
        {
          const ConcordRun *run = concord_block_get_run (block, j);

          if (run->kind == CONCORD_RUN_TERM && g_strcmp0 (run->text, id) == 0)
            return TRUE;
        }
    }

  return FALSE;
}

/* Removed terms may define one another: each is listed after the removed
 * terms that refer to it, so they can be applied in order (a cycle is
 * left as it is, and applying it fails with a reference error). */
static GPtrArray *
order_term_removals (GPtrArray *removed)
{
  GPtrArray *ordered = g_ptr_array_new ();

  while (removed->len > 0)
    {
      guint pick = 0;

      for (guint i = 0; i < removed->len; i++)
        {
          ConcordDiffChange *candidate = g_ptr_array_index (removed, i);
          gboolean referred = FALSE;

          for (guint j = 0; j < removed->len && !referred; j++)
            {
              ConcordDiffChange *other = g_ptr_array_index (removed, j);

              referred = j != i && meaning_refers (CONCORD_TERM (other->old_object), candidate->id);
            }
          if (!referred)
            {
              pick = i;
              break;
            }
        }
      g_ptr_array_add (ordered, g_ptr_array_steal_index (removed, pick));
    }

  return ordered;
}

/**
 * concord_diff_new:
 * @a: the old memorandum
 * @b: the new memorandum
 *
 * Compares two memoranda. Changes are listed in an order in which they can
 * be applied one after another: details, parties, terms, recitals,
 * sections, clauses in printed order, annexes, signatures, document
 * control, and last the sections, terms and parties that were removed,
 * once nothing refers to them.
 */
ConcordDiff *
concord_diff_new (ConcordMemorandum *a,
                  ConcordMemorandum *b)
{
  ConcordDiff *self;
  g_autoptr(GPtrArray) removed_parties = g_ptr_array_new ();
  g_autoptr(GPtrArray) removed_terms = g_ptr_array_new ();
  g_autoptr(GPtrArray) removed_sections = g_ptr_array_new ();

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (a), NULL);
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (b), NULL);

  self = g_new0 (ConcordDiff, 1);
  self->a = g_object_ref (a);
  self->b = g_object_ref (b);
  self->numbering_a = concord_numbering_new (a);
  self->numbering_b = concord_numbering_new (b);
  self->changes = g_ptr_array_new_with_free_func (change_free);
  self->rows = g_array_new (FALSE, FALSE, sizeof (ConcordDiffRow));
  self->strings = g_string_chunk_new (4096);
  self->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->budget = CONCORD_DIFF_BUDGET;

  diff_details (self);
  diff_model (self, CONCORD_DIFF_OBJECT_PARTY, concord_memorandum_get_parties,
              (KeyFunc) concord_party_get_id, (PromptFunc) concord_party_get_placeholder,
              removed_parties);
  diff_model (self, CONCORD_DIFF_OBJECT_TERM, concord_memorandum_get_terms,
              (KeyFunc) concord_term_get_id, NULL, removed_terms);
  diff_model (self, CONCORD_DIFF_OBJECT_SECTION, concord_memorandum_get_sections,
              (KeyFunc) concord_section_get_id, NULL, removed_sections);
  diff_clauses (self);
  diff_model (self, CONCORD_DIFF_OBJECT_ANNEX, concord_memorandum_get_annexes,
              (KeyFunc) concord_annex_get_id, NULL, NULL);
  diff_model (self, CONCORD_DIFF_OBJECT_SIGNATURE, concord_memorandum_get_signatures,
              (KeyFunc) concord_signature_get_key, (PromptFunc) concord_signature_get_placeholder,
              NULL);
  diff_model (self, CONCORD_DIFF_OBJECT_CONTROL_ENTRY, concord_memorandum_get_control_entries,
              (KeyFunc) concord_control_entry_get_version, NULL, NULL);

  g_ptr_array_extend_and_steal (self->changes, g_steal_pointer (&removed_sections));
  g_ptr_array_extend_and_steal (self->changes, order_term_removals (removed_terms));
  g_ptr_array_extend_and_steal (self->changes, g_steal_pointer (&removed_parties));

  return self;
}

void
concord_diff_free (ConcordDiff *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->numbering_a, concord_numbering_free);
  g_clear_pointer (&self->numbering_b, concord_numbering_free);
  for (guint i = 0; i < 2; i++)
    {
      g_clear_pointer (&self->translated_numbering[i], concord_numbering_free);
      g_clear_object (&self->translated[i]);
    }
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->keys, g_hash_table_unref);
  g_clear_object (&self->a);
  g_clear_object (&self->b);
  g_free (self);
}

gboolean
concord_diff_is_empty (ConcordDiff *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->changes->len == 0;
}

ConcordMemorandum *
concord_diff_get_old (ConcordDiff *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->a;
}

ConcordMemorandum *
concord_diff_get_new (ConcordDiff *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->b;
}

guint
concord_diff_get_n_changes (ConcordDiff *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->changes->len;
}

const ConcordDiffChange *
concord_diff_get_change (ConcordDiff *self,
                         guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->changes->len, NULL);

  return g_ptr_array_index (self->changes, index);
}

/**
 * concord_diff_get_n_rows:
 *
 * Clauses side by side: every clause of either memorandum once, in the
 * printed order of the new one with removed clauses where they were.
 */
guint
concord_diff_get_n_rows (ConcordDiff *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len;
}

/**
 * concord_diff_get_row:
 * @old_clause: (out) (optional): the clause in the old memorandum, or NULL if added
 * @new_clause: (out) (optional): the clause in the new memorandum, or NULL if removed
 * @change: (out) (optional): the index of its change, or -1 if unchanged
 */
void
concord_diff_get_row (ConcordDiff    *self,
                      guint           row,
                      ConcordClause **old_clause,
                      ConcordClause **new_clause,
                      int            *change)
{
  const ConcordDiffRow *r;

  g_return_if_fail (self != NULL);
  g_return_if_fail (row < self->rows->len);

  r = &g_array_index (self->rows, ConcordDiffRow, row);
  if (old_clause != NULL)
    *old_clause = r->old_clause;
  if (new_clause != NULL)
    *new_clause = r->new_clause;
  if (change != NULL)
    *change = r->change;
}

ConcordDiffKind
concord_diff_change_get_kind (const ConcordDiffChange *change)
{
  g_return_val_if_fail (change != NULL, CONCORD_DIFF_CHANGED);

  return change->kind;
}

ConcordDiffObject
concord_diff_change_get_object (const ConcordDiffChange *change)
{
  g_return_val_if_fail (change != NULL, CONCORD_DIFF_OBJECT_DETAILS);

  return change->object;
}

const char *
concord_diff_change_get_id (const ConcordDiffChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);

  return change->id;
}

const char *
concord_diff_change_get_old_number (const ConcordDiffChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);

  return change->old_number;
}

const char *
concord_diff_change_get_new_number (const ConcordDiffChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);

  return change->new_number;
}

const char *
concord_diff_change_get_old_section (const ConcordDiffChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);

  return change->old_section;
}

const char *
concord_diff_change_get_new_section (const ConcordDiffChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);

  return change->new_section;
}

GObject *
concord_diff_change_get_old_object (const ConcordDiffChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);

  return change->old_object;
}

GObject *
concord_diff_change_get_new_object (const ConcordDiffChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);

  return change->new_object;
}

ConcordDiffFields
concord_diff_change_get_fields (const ConcordDiffChange *change)
{
  g_return_val_if_fail (change != NULL, CONCORD_DIFF_FIELD_NONE);

  return change->fields;
}

guint
concord_diff_change_get_n_fields (const ConcordDiffChange *change)
{
  g_return_val_if_fail (change != NULL, 0);

  return change->field_list->len;
}

const ConcordDiffField *
concord_diff_change_get_field (const ConcordDiffChange *change,
                               guint                    index)
{
  g_return_val_if_fail (change != NULL, NULL);
  g_return_val_if_fail (index < change->field_list->len, NULL);

  return &g_array_index (change->field_list, ConcordDiffField, index);
}

static const ConcordDiffWord *
words_of (GArray *words,
          guint  *n_words)
{
  if (n_words != NULL)
    *n_words = words != NULL ? words->len : 0;

  return words != NULL ? (const ConcordDiffWord *) words->data : NULL;
}

const ConcordDiffWord *
concord_diff_change_get_heading_words (const ConcordDiffChange *change,
                                       guint                   *n_words)
{
  g_return_val_if_fail (change != NULL, NULL);

  return words_of (change->heading_words, n_words);
}

const ConcordDiffWord *
concord_diff_change_get_body_words (const ConcordDiffChange *change,
                                    guint                   *n_words)
{
  g_return_val_if_fail (change != NULL, NULL);

  return words_of (change->body_words, n_words);
}

/* TRUE when a heading or body differed too much for a word diff and is
 * given as one deletion and one insertion. */
gboolean
concord_diff_change_is_coarse (const ConcordDiffChange *change)
{
  g_return_val_if_fail (change != NULL, FALSE);

  return change->coarse;
}
