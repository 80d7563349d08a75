/* concord-annex.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "concord-annex"

#include "config.h"

#include "concord-enums.h"
#include "concord-annex.h"
#include "concord-util-private.h"
struct _ConcordAnnex
{
  GObject     parent_instance;
  char       *id;
  char       *heading;
  GPtrArray  *body;
  char       *translated_heading;
  GPtrArray  *translated_body;
};

G_DEFINE_FINAL_TYPE (ConcordAnnex, concord_annex, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_HEADING,
  PROP_BODY,
  PROP_TRANSLATED_HEADING,
  PROP_TRANSLATED_BODY,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
concord_annex_finalize (GObject *object)
{
  ConcordAnnex *self = (ConcordAnnex *) object;

  g_free (self->id);
  g_free (self->heading);
  g_clear_pointer (&self->body, g_ptr_array_unref);
  g_free (self->translated_heading);
  g_clear_pointer (&self->translated_body, g_ptr_array_unref);

  G_OBJECT_CLASS (concord_annex_parent_class)->finalize (object);
}

static void
concord_annex_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ConcordAnnex *self = CONCORD_ANNEX (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_HEADING:
      g_value_set_string (value, self->heading);
      break;
    case PROP_BODY:
      g_value_set_boxed (value, self->body);
      break;
    case PROP_TRANSLATED_HEADING:
      g_value_set_string (value, self->translated_heading);
      break;
    case PROP_TRANSLATED_BODY:
      g_value_set_boxed (value, self->translated_body);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_annex_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  ConcordAnnex *self = CONCORD_ANNEX (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_HEADING:
      concord_annex_set_heading (self, g_value_get_string (value));
      break;
    case PROP_BODY:
      concord_annex_set_body (self, g_value_get_boxed (value));
      break;
    case PROP_TRANSLATED_HEADING:
      concord_annex_set_translated_heading (self, g_value_get_string (value));
      break;
    case PROP_TRANSLATED_BODY:
      concord_annex_set_translated_body (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_annex_class_init (ConcordAnnexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = concord_annex_finalize;
  object_class->get_property = concord_annex_get_property;
  object_class->set_property = concord_annex_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HEADING] = g_param_spec_string ("heading", NULL, NULL, NULL, flags);
  properties[PROP_BODY] = g_param_spec_boxed ("body", NULL, NULL, G_TYPE_PTR_ARRAY, flags);
  properties[PROP_TRANSLATED_HEADING] = g_param_spec_string ("translated-heading", NULL, NULL, NULL, flags);
  properties[PROP_TRANSLATED_BODY] =
    g_param_spec_boxed ("translated-body", NULL, NULL, G_TYPE_PTR_ARRAY, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
concord_annex_init (ConcordAnnex *self)
{
  self->body = concord_blocks_new ();
  self->translated_body = concord_blocks_new ();
}

ConcordAnnex *
concord_annex_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CONCORD_TYPE_ANNEX, "id", id, NULL);
}

const char *
concord_annex_get_id (ConcordAnnex *self)
{
  g_return_val_if_fail (CONCORD_IS_ANNEX (self), NULL);

  return self->id;
}

const char *
concord_annex_get_heading (ConcordAnnex *self)
{
  g_return_val_if_fail (CONCORD_IS_ANNEX (self), NULL);

  return self->heading;
}

void
concord_annex_set_heading (ConcordAnnex *self,
                          const char *heading)
{
  g_return_if_fail (CONCORD_IS_ANNEX (self));

  _concord_set_string (G_OBJECT (self), &self->heading, heading, properties[PROP_HEADING]);
}

GPtrArray *
concord_annex_get_body (ConcordAnnex *self)
{
  g_return_val_if_fail (CONCORD_IS_ANNEX (self), NULL);

  return self->body;
}

void
concord_annex_set_body (ConcordAnnex *self,
                       GPtrArray *body)
{
  g_return_if_fail (CONCORD_IS_ANNEX (self));

  _concord_set_blocks (G_OBJECT (self), &self->body, body, properties[PROP_BODY]);
}

const char *
concord_annex_get_translated_heading (ConcordAnnex *self)
{
  g_return_val_if_fail (CONCORD_IS_ANNEX (self), NULL);

  return self->translated_heading;
}

void
concord_annex_set_translated_heading (ConcordAnnex *self,
                                      const char *value)
{
  g_return_if_fail (CONCORD_IS_ANNEX (self));

  _concord_set_string (G_OBJECT (self), &self->translated_heading, value, properties[PROP_TRANSLATED_HEADING]);
}

GPtrArray *
concord_annex_get_translated_body (ConcordAnnex *self)
{
  g_return_val_if_fail (CONCORD_IS_ANNEX (self), NULL);

  return self->translated_body;
}

void
concord_annex_set_translated_body (ConcordAnnex *self,
                                   GPtrArray  *value)
{
  g_return_if_fail (CONCORD_IS_ANNEX (self));

  _concord_set_blocks (G_OBJECT (self), &self->translated_body, value, properties[PROP_TRANSLATED_BODY]);
}
