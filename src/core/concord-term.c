/* concord-term.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "concord-term"

#include "config.h"

#include "concord-enums.h"
#include "concord-term.h"
#include "concord-util-private.h"
struct _ConcordTerm
{
  GObject     parent_instance;
  char       *id;
  char       *name;
  GPtrArray  *meaning;
  /* Other forms a reference may print instead of the name: "our", "us"
   * for "we". */
  char      **forms;
  /* Defined at its first reference in the text, not among the
   * definitions. */
  gboolean    is_inline;
  char       *translated_name;
  GPtrArray  *translated_meaning;
};

G_DEFINE_FINAL_TYPE (ConcordTerm, concord_term, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_MEANING,
  PROP_FORMS,
  PROP_INLINE,
  PROP_TRANSLATED_NAME,
  PROP_TRANSLATED_MEANING,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
concord_term_finalize (GObject *object)
{
  ConcordTerm *self = (ConcordTerm *) object;

  g_free (self->id);
  g_free (self->name);
  g_clear_pointer (&self->meaning, g_ptr_array_unref);
  g_strfreev (self->forms);
  g_free (self->translated_name);
  g_clear_pointer (&self->translated_meaning, g_ptr_array_unref);

  G_OBJECT_CLASS (concord_term_parent_class)->finalize (object);
}

static void
concord_term_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ConcordTerm *self = CONCORD_TERM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_MEANING:
      g_value_set_boxed (value, self->meaning);
      break;
    case PROP_FORMS:
      g_value_set_boxed (value, self->forms);
      break;
    case PROP_INLINE:
      g_value_set_boolean (value, self->is_inline);
      break;
    case PROP_TRANSLATED_NAME:
      g_value_set_string (value, self->translated_name);
      break;
    case PROP_TRANSLATED_MEANING:
      g_value_set_boxed (value, self->translated_meaning);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_term_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  ConcordTerm *self = CONCORD_TERM (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      concord_term_set_name (self, g_value_get_string (value));
      break;
    case PROP_MEANING:
      concord_term_set_meaning (self, g_value_get_boxed (value));
      break;
    case PROP_FORMS:
      concord_term_set_forms (self, g_value_get_boxed (value));
      break;
    case PROP_INLINE:
      concord_term_set_inline (self, g_value_get_boolean (value));
      break;
    case PROP_TRANSLATED_NAME:
      concord_term_set_translated_name (self, g_value_get_string (value));
      break;
    case PROP_TRANSLATED_MEANING:
      concord_term_set_translated_meaning (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_term_class_init (ConcordTermClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = concord_term_finalize;
  object_class->get_property = concord_term_get_property;
  object_class->set_property = concord_term_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_MEANING] = g_param_spec_boxed ("meaning", NULL, NULL, G_TYPE_PTR_ARRAY, flags);
  properties[PROP_FORMS] = g_param_spec_boxed ("forms", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_INLINE] = g_param_spec_boolean ("inline", NULL, NULL, FALSE, flags);
  properties[PROP_TRANSLATED_NAME] = g_param_spec_string ("translated-name", NULL, NULL, NULL, flags);
  properties[PROP_TRANSLATED_MEANING] =
    g_param_spec_boxed ("translated-meaning", NULL, NULL, G_TYPE_PTR_ARRAY, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
concord_term_init (ConcordTerm *self)
{
  self->meaning = concord_blocks_new ();
  self->translated_meaning = concord_blocks_new ();
}

ConcordTerm *
concord_term_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CONCORD_TYPE_TERM, "id", id, NULL);
}

const char *
concord_term_get_id (ConcordTerm *self)
{
  g_return_val_if_fail (CONCORD_IS_TERM (self), NULL);

  return self->id;
}

const char *
concord_term_get_name (ConcordTerm *self)
{
  g_return_val_if_fail (CONCORD_IS_TERM (self), NULL);

  return self->name;
}

void
concord_term_set_name (ConcordTerm *self,
                      const char *name)
{
  g_return_if_fail (CONCORD_IS_TERM (self));

  _concord_set_string (G_OBJECT (self), &self->name, name, properties[PROP_NAME]);
}

GPtrArray *
concord_term_get_meaning (ConcordTerm *self)
{
  g_return_val_if_fail (CONCORD_IS_TERM (self), NULL);

  return self->meaning;
}

void
concord_term_set_meaning (ConcordTerm *self,
                         GPtrArray *meaning)
{
  g_return_if_fail (CONCORD_IS_TERM (self));

  _concord_set_blocks (G_OBJECT (self), &self->meaning, meaning, properties[PROP_MEANING]);
}

const char * const *
concord_term_get_forms (ConcordTerm *self)
{
  g_return_val_if_fail (CONCORD_IS_TERM (self), NULL);

  return (const char * const *) self->forms;
}

/* Each form is a non-empty string, as the file format needs it. */
void
concord_term_set_forms (ConcordTerm        *self,
                        const char * const *forms)
{
  g_return_if_fail (CONCORD_IS_TERM (self));
  for (guint i = 0; forms != NULL && forms[i] != NULL; i++)
    g_return_if_fail (*forms[i] != '\0');

  _concord_set_strv (G_OBJECT (self), &self->forms, forms, properties[PROP_FORMS]);
}

/* Whether a reference may print @form: the name itself or one of the
 * other forms. */
gboolean
concord_term_has_form (ConcordTerm *self,
                       const char  *form)
{
  g_return_val_if_fail (CONCORD_IS_TERM (self), FALSE);

  return form != NULL && (g_strcmp0 (self->name, form) == 0 ||
                          (self->forms != NULL && g_strv_contains ((const char * const *) self->forms, form)));
}

/* An inline term is defined where the text first refers to it: "the
 * Research and Development Scheme (the Scheme)". */
gboolean
concord_term_get_inline (ConcordTerm *self)
{
  g_return_val_if_fail (CONCORD_IS_TERM (self), FALSE);

  return self->is_inline;
}

void
concord_term_set_inline (ConcordTerm *self,
                         gboolean     is_inline)
{
  g_return_if_fail (CONCORD_IS_TERM (self));

  is_inline = !!is_inline;
  if (self->is_inline == is_inline)
    return;
  self->is_inline = is_inline;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INLINE]);
}

const char *
concord_term_get_translated_name (ConcordTerm *self)
{
  g_return_val_if_fail (CONCORD_IS_TERM (self), NULL);

  return self->translated_name;
}

void
concord_term_set_translated_name (ConcordTerm *self,
                                  const char *value)
{
  g_return_if_fail (CONCORD_IS_TERM (self));

  _concord_set_string (G_OBJECT (self), &self->translated_name, value, properties[PROP_TRANSLATED_NAME]);
}

GPtrArray *
concord_term_get_translated_meaning (ConcordTerm *self)
{
  g_return_val_if_fail (CONCORD_IS_TERM (self), NULL);

  return self->translated_meaning;
}

void
concord_term_set_translated_meaning (ConcordTerm *self,
                                     GPtrArray  *value)
{
  g_return_if_fail (CONCORD_IS_TERM (self));

  _concord_set_blocks (G_OBJECT (self), &self->translated_meaning, value, properties[PROP_TRANSLATED_MEANING]);
}
