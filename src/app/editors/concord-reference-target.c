/* concord-reference-target.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-reference-target"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "concord-reference-target.h"

/* Something a cross-reference can name, as the reference chooser lists
 * it: what the reference prints ("clause 3.2", "paragraph A.3"), the
 * heading or opening words beside it, and where it is. A paragraph or an
 * item with no id yet is listed too: choosing it gives it one. */

struct _ConcordReferenceTarget
{
  GObject  parent_instance;

  char    *id;
  char    *label;
  char    *heading;
  char    *search_text;
  /* The clause or annex holding a paragraph or item, and its index in
   * that body; NULL for a clause, section or annex. */
  GObject *owner;
  guint    block;
};

G_DEFINE_FINAL_TYPE (ConcordReferenceTarget, concord_reference_target, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_HEADING,
  PROP_SEARCH_TEXT,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

#define OPENING_CHARS 60

static ConcordReferenceTarget *
target_new (const char *id,
            char       *label,
            const char *heading)
{
  ConcordReferenceTarget *self = g_object_new (CONCORD_TYPE_REFERENCE_TARGET, NULL);

  self->id = g_strdup (id);
  self->label = label;
  self->heading = g_strdup (heading != NULL ? heading : "");
  self->search_text = g_strconcat (label, " ", self->heading, NULL);

  return self;
}

/* What a reference prints, with a capital: "Clause 3.2" in a list. */
static char *
capitalised (char *text)
{
  char *out;

  if (text == NULL)
    return NULL;
  out = g_strdup_printf ("%C%s", g_unichar_totitle (g_utf8_get_char (text)), g_utf8_next_char (text));
  g_free (text);

  return out;
}

static char *
opening_words (ConcordMemorandum  *memorandum,
               const ConcordBlock *block)
{
  g_autofree char *text = concord_block_render (memorandum, NULL, block);
  char *limit;

  g_strdelimit (g_strstrip (text), "\n\t", ' ');
  if (g_utf8_strlen (text, -1) <= OPENING_CHARS)
    return g_steal_pointer (&text);

  limit = g_utf8_offset_to_pointer (text, OPENING_CHARS);
  *limit = '\0';
  if (strrchr (text, ' ') != NULL && strrchr (text, ' ') > text + OPENING_CHARS / 2)
    *strrchr (text, ' ') = '\0';

  return g_strconcat (text, "…", NULL);
}

static void
add (GListStore             *store,
     ConcordReferenceTarget *target)
{
  g_list_store_append (store, target);
  g_object_unref (target);
}

/* The paragraphs and items of one body that a reference names by a
 * number of their own, that is, by other words than their container's. */
static void
add_blocks (GListStore        *store,
            ConcordMemorandum *memorandum,
            ConcordNumbering  *numbering,
            GObject           *owner,
            GPtrArray         *blocks,
            const char        *container)
{
  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (blocks, i);
      g_autofree char *id = g_strdup_printf ("\x01%p:%u", (gpointer) owner, i);
      g_autofree char *label = concord_numbering_render_ref (numbering, id, TRUE);
      g_autofree char *words = NULL;
      ConcordReferenceTarget *target;

      if (label == NULL || g_strcmp0 (label, container) == 0)
        continue;
      words = opening_words (memorandum, block);
      target = target_new (concord_block_get_id (block), capitalised (g_steal_pointer (&label)), words);
      target->owner = g_object_ref (owner);
      target->block = i;
      add (store, target);
    }
}

/* Every block of a body given an id it can be found by, so that the
 * numbering names each as a reference would print it. */
static GPtrArray *
with_probe_ids (GObject   *owner,
                GPtrArray *blocks)
{
  GPtrArray *probed = concord_blocks_new ();

  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (blocks, i);
      g_autofree char *id = g_strdup_printf ("\x01%p:%u", (gpointer) owner, i);
      ConcordBlock *copy;

      if (concord_block_get_table (block) != NULL)
        {
          g_ptr_array_add (probed, concord_block_ref ((ConcordBlock *) block));
          continue;
        }
      copy = concord_block_new (concord_block_get_kind (block), concord_block_get_level (block));
      for (guint r = 0; r < concord_block_get_n_runs (block); r++)
        concord_block_append_run_copy (copy, concord_block_get_run (block, r));
      concord_block_set_id (copy, id);
      g_ptr_array_add (probed, copy);
    }

  return probed;
}

static void
probe (GHashTable *owners,
       GObject    *copy,
       GObject    *original)
{
  g_autoptr(GPtrArray) body = NULL;
  g_autoptr(GPtrArray) probed = NULL;

  g_object_get (copy, "body", &body, NULL);
  probed = with_probe_ids (original, body);
  g_object_set (copy, "body", probed, NULL);
  g_hash_table_insert (owners, copy, original);
}

/**
 * concord_reference_targets_list:
 *
 * Returns: (transfer full): every section, numbered clause and annex of
 *   @memorandum, and every paragraph or item a reference names by a
 *   number of its own, in printed order, as #ConcordReferenceTarget
 */
GListModel *
concord_reference_targets_list (ConcordMemorandum *memorandum)
{
  GListStore *store = g_list_store_new (CONCORD_TYPE_REFERENCE_TARGET);
  g_autoptr(ConcordMemorandum) copy = concord_memorandum_copy (memorandum);
  g_autoptr(GHashTable) owners = g_hash_table_new (NULL, NULL);
  g_autoptr(ConcordNumbering) numbering = NULL;
  g_autoptr(ConcordNumbering) real = concord_numbering_new (memorandum);
  GListModel *sections = concord_memorandum_get_sections (memorandum);
  GListModel *copied = concord_memorandum_get_sections (copy);
  GListModel *annexes = concord_memorandum_get_annexes (memorandum);

  /* The copy's blocks all carry ids, so the numbering says how a
   * reference to each would print, id or not. */
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(ConcordSection) section = g_list_model_get_item (sections, i);
      g_autoptr(ConcordSection) section_copy = g_list_model_get_item (copied, i);

      for (guint j = 0; j < concord_section_get_n_clauses (section); j++)
        probe (owners, G_OBJECT (concord_section_get_clause (section_copy, j)),
               G_OBJECT (concord_section_get_clause (section, j)));
    }
  for (guint i = 0; i < g_list_model_get_n_items (annexes); i++)
    {
      g_autoptr(GObject) annex = g_list_model_get_item (annexes, i);
      g_autoptr(GObject) annex_copy = g_list_model_get_item (concord_memorandum_get_annexes (copy), i);

      probe (owners, annex_copy, annex);
    }
  numbering = concord_numbering_new (copy);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(ConcordSection) section = g_list_model_get_item (sections, i);
      const char *id = concord_section_get_id (section);

      add (store, target_new (id, capitalised (concord_numbering_render_ref (real, id, TRUE)),
                              concord_section_get_heading (section)));
      for (guint j = 0; j < concord_section_get_n_clauses (section); j++)
        {
          ConcordClause *clause = concord_section_get_clause (section, j);
          g_autofree char *label = concord_numbering_render_ref (real, concord_clause_get_id (clause), TRUE);
          GPtrArray *body = concord_clause_get_body (clause);
          g_autofree char *words = NULL;

          /* An unnumbered clause prints no number to refer to. */
          if (label == NULL)
            continue;
          if (concord_clause_get_heading (clause) == NULL && body != NULL && body->len > 0)
            words = opening_words (memorandum, g_ptr_array_index (body, 0));
          add (store, target_new (concord_clause_get_id (clause), capitalised (g_strdup (label)),
                                  words != NULL ? words : concord_clause_get_heading (clause)));
          add_blocks (store, memorandum, numbering, G_OBJECT (clause), body, label);
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (annexes); i++)
    {
      g_autoptr(ConcordAnnex) annex = g_list_model_get_item (annexes, i);
      const char *id = concord_annex_get_id (annex);
      g_autofree char *label = concord_numbering_render_ref (real, id, TRUE);

      if (label == NULL)
        continue;
      add (store, target_new (id, g_strdup (label), concord_annex_get_heading (annex)));
      add_blocks (store, memorandum, numbering, G_OBJECT (annex), concord_annex_get_body (annex), label);
    }

  return G_LIST_MODEL (store);
}

static gboolean
id_in_use (ConcordMemorandum *memorandum,
           ConcordNumbering  *numbering,
           const char        *id)
{
  return g_strcmp0 (concord_memorandum_get_id (memorandum), id) == 0 ||
         concord_numbering_has_target (numbering, id) ||
         concord_memorandum_find_party (memorandum, id) != NULL ||
         concord_memorandum_find_term (memorandum, id) != NULL;
}

/**
 * concord_reference_target_ensure_id:
 *
 * The id a reference to the target names. A paragraph or an item that
 * has none is given one, an edit of the clause or annex holding it.
 *
 * Returns: (transfer full) (nullable): the id, or %NULL if the target is
 *   no longer where it was
 */
char *
concord_reference_target_ensure_id (ConcordReferenceTarget *self,
                                    ConcordMemorandum      *memorandum)
{
  g_autoptr(GPtrArray) body = NULL;
  g_autoptr(GPtrArray) edited = NULL;
  g_autoptr(ConcordNumbering) numbering = NULL;
  g_autofree char *id = NULL;
  const ConcordBlock *block;
  ConcordBlock *copy;

  g_return_val_if_fail (CONCORD_IS_REFERENCE_TARGET (self), NULL);

  if (self->id != NULL)
    return g_strdup (self->id);
  if (self->owner == NULL)
    return NULL;
  g_object_get (self->owner, "body", &body, NULL);
  if (body == NULL || self->block >= body->len)
    return NULL;

  numbering = concord_numbering_new (memorandum);
  do
    {
      g_free (id);
      id = g_strdup_printf ("r-%08x", g_random_int ());
    }
  while (id_in_use (memorandum, numbering, id));

  block = g_ptr_array_index (body, self->block);
  copy = concord_block_new (concord_block_get_kind (block), concord_block_get_level (block));
  for (guint r = 0; r < concord_block_get_n_runs (block); r++)
    concord_block_append_run_copy (copy, concord_block_get_run (block, r));
  concord_block_set_id (copy, id);
  edited = concord_blocks_copy (body);
  concord_block_unref (g_ptr_array_index (edited, self->block));
  g_ptr_array_index (edited, self->block) = copy;
  g_object_set (self->owner, "body", edited, NULL);
  self->id = g_strdup (id);

  return g_steal_pointer (&id);
}

const char *
concord_reference_target_get_id (ConcordReferenceTarget *self)
{
  g_return_val_if_fail (CONCORD_IS_REFERENCE_TARGET (self), NULL);

  return self->id;
}

const char *
concord_reference_target_get_label (ConcordReferenceTarget *self)
{
  g_return_val_if_fail (CONCORD_IS_REFERENCE_TARGET (self), NULL);

  return self->label;
}

const char *
concord_reference_target_get_heading (ConcordReferenceTarget *self)
{
  g_return_val_if_fail (CONCORD_IS_REFERENCE_TARGET (self), NULL);

  return self->heading;
}

/* Returns: (transfer none) (nullable): the clause or annex holding the
 *   paragraph or item */
GObject *
concord_reference_target_get_owner (ConcordReferenceTarget *self)
{
  g_return_val_if_fail (CONCORD_IS_REFERENCE_TARGET (self), NULL);

  return self->owner;
}

guint
concord_reference_target_get_block (ConcordReferenceTarget *self)
{
  g_return_val_if_fail (CONCORD_IS_REFERENCE_TARGET (self), 0);

  return self->block;
}

static void
concord_reference_target_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  ConcordReferenceTarget *self = CONCORD_REFERENCE_TARGET (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_HEADING:
      g_value_set_string (value, self->heading);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_reference_target_finalize (GObject *object)
{
  ConcordReferenceTarget *self = CONCORD_REFERENCE_TARGET (object);

  g_free (self->id);
  g_free (self->label);
  g_free (self->heading);
  g_free (self->search_text);
  g_clear_object (&self->owner);

  G_OBJECT_CLASS (concord_reference_target_parent_class)->finalize (object);
}

static void
concord_reference_target_class_init (ConcordReferenceTargetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = concord_reference_target_get_property;
  object_class->finalize = concord_reference_target_finalize;

  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HEADING] = g_param_spec_string ("heading", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The label and the heading, which the chooser's search matches. */
  properties[PROP_SEARCH_TEXT] = g_param_spec_string ("search-text", NULL, NULL, NULL,
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
concord_reference_target_init (ConcordReferenceTarget *self)
{
}
