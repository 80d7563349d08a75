/* concord-section.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-section"

#include "config.h"

#include "concord-clause.h"
#include "concord-enums.h"
#include "concord-section.h"
#include "concord-util-private.h"

struct _ConcordSection
{
  GObject     parent_instance;

  char       *id;
  char       *heading;
  int         kind;
  GListStore *clauses;
  char       *translated_heading;
  /* Inserted from the clause library: "NAME VERSION". */
  char       *library;
};

G_DEFINE_FINAL_TYPE (ConcordSection, concord_section, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_HEADING,
  PROP_CLAUSES,
  PROP_TRANSLATED_HEADING,
  PROP_LIBRARY,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
concord_section_finalize (GObject *object)
{
  ConcordSection *self = (ConcordSection *) object;

  g_free (self->id);
  g_free (self->heading);
  g_clear_object (&self->clauses);
  g_free (self->translated_heading);
  g_free (self->library);

  G_OBJECT_CLASS (concord_section_parent_class)->finalize (object);
}

static void
concord_section_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ConcordSection *self = CONCORD_SECTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_HEADING:
      g_value_set_string (value, self->heading);
      break;
    case PROP_CLAUSES:
      g_value_set_object (value, self->clauses);
      break;
    case PROP_TRANSLATED_HEADING:
      g_value_set_string (value, self->translated_heading);
      break;
    case PROP_LIBRARY:
      g_value_set_string (value, self->library);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_section_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ConcordSection *self = CONCORD_SECTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_KIND:
      concord_section_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_HEADING:
      concord_section_set_heading (self, g_value_get_string (value));
      break;
    case PROP_TRANSLATED_HEADING:
      concord_section_set_translated_heading (self, g_value_get_string (value));
      break;
    case PROP_LIBRARY:
      concord_section_set_library (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_section_class_init (ConcordSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = concord_section_finalize;
  object_class->get_property = concord_section_get_property;
  object_class->set_property = concord_section_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CONCORD_TYPE_SECTION_KIND, CONCORD_SECTION_KIND_GENERAL, flags);
  properties[PROP_HEADING] = g_param_spec_string ("heading", NULL, NULL, NULL, flags);
  properties[PROP_CLAUSES] =
    g_param_spec_object ("clauses", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRANSLATED_HEADING] = g_param_spec_string ("translated-heading", NULL, NULL, NULL, flags);
  properties[PROP_LIBRARY] = g_param_spec_string ("library", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
concord_section_init (ConcordSection *self)
{
  self->kind = CONCORD_SECTION_KIND_GENERAL;
  self->clauses = g_list_store_new (CONCORD_TYPE_CLAUSE);
}

ConcordSection *
concord_section_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CONCORD_TYPE_SECTION, "id", id, NULL);
}

const char *
concord_section_get_id (ConcordSection *self)
{
  g_return_val_if_fail (CONCORD_IS_SECTION (self), NULL);

  return self->id;
}

ConcordSectionKind
concord_section_get_kind (ConcordSection *self)
{
  g_return_val_if_fail (CONCORD_IS_SECTION (self), 0);

  return self->kind;
}

void
concord_section_set_kind (ConcordSection     *self,
                          ConcordSectionKind  kind)
{
  g_return_if_fail (CONCORD_IS_SECTION (self));

  _concord_set_enum (G_OBJECT (self), &self->kind, kind, properties[PROP_KIND]);
}

const char *
concord_section_get_heading (ConcordSection *self)
{
  g_return_val_if_fail (CONCORD_IS_SECTION (self), NULL);

  return self->heading;
}

void
concord_section_set_heading (ConcordSection *self,
                             const char     *heading)
{
  g_return_if_fail (CONCORD_IS_SECTION (self));

  _concord_set_string (G_OBJECT (self), &self->heading, heading, properties[PROP_HEADING]);
}

GListModel *
concord_section_get_clauses (ConcordSection *self)
{
  g_return_val_if_fail (CONCORD_IS_SECTION (self), NULL);

  return G_LIST_MODEL (self->clauses);
}

guint
concord_section_get_n_clauses (ConcordSection *self)
{
  g_return_val_if_fail (CONCORD_IS_SECTION (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->clauses));
}

/* Returns a borrowed reference: the section keeps its clauses alive. */
ConcordClause *
concord_section_get_clause (ConcordSection *self,
                            guint           position)
{
  g_autoptr(ConcordClause) clause = NULL;

  g_return_val_if_fail (CONCORD_IS_SECTION (self), NULL);

  clause = g_list_model_get_item (G_LIST_MODEL (self->clauses), position);

  return clause;
}

void
concord_section_insert_clause (ConcordSection *self,
                               guint           position,
                               ConcordClause  *clause)
{
  g_return_if_fail (CONCORD_IS_SECTION (self));
  g_return_if_fail (CONCORD_IS_CLAUSE (clause));

  g_list_store_insert (self->clauses, position, clause);
}

void
concord_section_append_clause (ConcordSection *self,
                               ConcordClause  *clause)
{
  g_return_if_fail (CONCORD_IS_SECTION (self));
  g_return_if_fail (CONCORD_IS_CLAUSE (clause));

  g_list_store_append (self->clauses, clause);
}

void
concord_section_remove_clause (ConcordSection *self,
                               guint           position)
{
  g_return_if_fail (CONCORD_IS_SECTION (self));

  g_list_store_remove (self->clauses, position);
}

/* The position of the clause with this id in the section, or -1. */
int
concord_section_find_clause (ConcordSection *self,
                             const char     *id)
{
  g_return_val_if_fail (CONCORD_IS_SECTION (self), -1);

  for (guint i = 0; i < concord_section_get_n_clauses (self); i++)
    if (g_strcmp0 (concord_clause_get_id (concord_section_get_clause (self, i)), id) == 0)
      return (int) i;

  return -1;
}

const char *
concord_section_get_translated_heading (ConcordSection *self)
{
  g_return_val_if_fail (CONCORD_IS_SECTION (self), NULL);

  return self->translated_heading;
}

void
concord_section_set_translated_heading (ConcordSection *self,
                                        const char *value)
{
  g_return_if_fail (CONCORD_IS_SECTION (self));

  _concord_set_string (G_OBJECT (self), &self->translated_heading, value, properties[PROP_TRANSLATED_HEADING]);
}

/* Where the section came from in the clause library: "NAME VERSION". */
const char *
concord_section_get_library (ConcordSection *self)
{
  g_return_val_if_fail (CONCORD_IS_SECTION (self), NULL);

  return self->library;
}

void
concord_section_set_library (ConcordSection *self,
                             const char     *library)
{
  g_return_if_fail (CONCORD_IS_SECTION (self));

  _concord_set_string (G_OBJECT (self), &self->library, library, properties[PROP_LIBRARY]);
}
