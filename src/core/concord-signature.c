/* concord-signature.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "concord-signature"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "concord-error.h"
#include "concord-xml.h"

#include "concord-enums.h"
#include "concord-signature.h"
#include "concord-util-private.h"
struct _ConcordSignature
{
  GObject     parent_instance;
  char       *party;
  char       *person;
  char       *title;
  char       *date;
  char       *place;
  GHashTable *prompts;
  GBytes     *image;
  /* One person may sign in two offices, and so for a second party. */
  char       *second_title;
  char       *also_for;
  char       *key;
};

G_DEFINE_FINAL_TYPE (ConcordSignature, concord_signature, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PARTY,
  PROP_PERSON,
  PROP_TITLE,
  PROP_DATE,
  PROP_PLACE,
  PROP_IMAGE,
  PROP_SECOND_TITLE,
  PROP_ALSO_FOR,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
concord_signature_finalize (GObject *object)
{
  ConcordSignature *self = (ConcordSignature *) object;

  g_free (self->party);
  g_free (self->person);
  g_free (self->title);
  g_free (self->date);
  g_free (self->place);
  g_clear_pointer (&self->prompts, g_hash_table_unref);
  g_clear_pointer (&self->image, g_bytes_unref);
  g_free (self->second_title);
  g_free (self->also_for);
  g_free (self->key);

  G_OBJECT_CLASS (concord_signature_parent_class)->finalize (object);
}

static void
concord_signature_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ConcordSignature *self = CONCORD_SIGNATURE (object);

  switch (prop_id)
    {
    case PROP_PARTY:
      g_value_set_string (value, self->party);
      break;
    case PROP_PERSON:
      g_value_set_string (value, self->person);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;
    case PROP_IMAGE:
      g_value_set_boxed (value, self->image);
      break;
    case PROP_SECOND_TITLE:
      g_value_set_string (value, self->second_title);
      break;
    case PROP_ALSO_FOR:
      g_value_set_string (value, self->also_for);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_signature_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ConcordSignature *self = CONCORD_SIGNATURE (object);

  switch (prop_id)
    {
    case PROP_PARTY:
      concord_signature_set_party (self, g_value_get_string (value));
      break;
    case PROP_PERSON:
      concord_signature_set_person (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      concord_signature_set_title (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      concord_signature_set_date (self, g_value_get_string (value));
      break;
    case PROP_PLACE:
      concord_signature_set_place (self, g_value_get_string (value));
      break;
    case PROP_IMAGE:
      concord_signature_set_image (self, g_value_get_boxed (value));
      break;
    case PROP_SECOND_TITLE:
      concord_signature_set_second_title (self, g_value_get_string (value));
      break;
    case PROP_ALSO_FOR:
      concord_signature_set_also_for (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_signature_class_init (ConcordSignatureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = concord_signature_finalize;
  object_class->get_property = concord_signature_get_property;
  object_class->set_property = concord_signature_set_property;

  properties[PROP_PARTY] = g_param_spec_string ("party", NULL, NULL, NULL, flags);
  properties[PROP_PERSON] = g_param_spec_string ("person", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, NULL, flags);
  properties[PROP_IMAGE] = g_param_spec_boxed ("image", NULL, NULL, G_TYPE_BYTES, flags);
  properties[PROP_SECOND_TITLE] = g_param_spec_string ("second-title", NULL, NULL, NULL, flags);
  properties[PROP_ALSO_FOR] = g_param_spec_string ("also-for", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
concord_signature_init (ConcordSignature *self)
{
}

ConcordSignature *
concord_signature_new (void)
{
  return g_object_new (CONCORD_TYPE_SIGNATURE, NULL);
}

const char *
concord_signature_get_party (ConcordSignature *self)
{
  g_return_val_if_fail (CONCORD_IS_SIGNATURE (self), NULL);

  return self->party;
}

void
concord_signature_set_party (ConcordSignature *self,
                            const char *party)
{
  g_return_if_fail (CONCORD_IS_SIGNATURE (self));

  _concord_set_string (G_OBJECT (self), &self->party, party, properties[PROP_PARTY]);
  g_clear_pointer (&self->key, g_free);
}

const char *
concord_signature_get_person (ConcordSignature *self)
{
  g_return_val_if_fail (CONCORD_IS_SIGNATURE (self), NULL);

  return self->person;
}

void
concord_signature_set_person (ConcordSignature *self,
                             const char *person)
{
  g_return_if_fail (CONCORD_IS_SIGNATURE (self));

  _concord_set_string (G_OBJECT (self), &self->person, person, properties[PROP_PERSON]);
  g_clear_pointer (&self->key, g_free);
}

const char *
concord_signature_get_title (ConcordSignature *self)
{
  g_return_val_if_fail (CONCORD_IS_SIGNATURE (self), NULL);

  return self->title;
}

void
concord_signature_set_title (ConcordSignature *self,
                            const char *title)
{
  g_return_if_fail (CONCORD_IS_SIGNATURE (self));

  _concord_set_string (G_OBJECT (self), &self->title, title, properties[PROP_TITLE]);
  g_clear_pointer (&self->key, g_free);
}

const char *
concord_signature_get_date (ConcordSignature *self)
{
  g_return_val_if_fail (CONCORD_IS_SIGNATURE (self), NULL);

  return self->date;
}

void
concord_signature_set_date (ConcordSignature *self,
                           const char *date)
{
  g_return_if_fail (CONCORD_IS_SIGNATURE (self));

  _concord_set_string (G_OBJECT (self), &self->date, date, properties[PROP_DATE]);
}

const char *
concord_signature_get_place (ConcordSignature *self)
{
  g_return_val_if_fail (CONCORD_IS_SIGNATURE (self), NULL);

  return self->place;
}

void
concord_signature_set_place (ConcordSignature *self,
                            const char *place)
{
  g_return_if_fail (CONCORD_IS_SIGNATURE (self));

  _concord_set_string (G_OBJECT (self), &self->place, place, properties[PROP_PLACE]);
}

const char *
concord_signature_get_placeholder (ConcordSignature *self,
                                  const char *field)
{
  g_return_val_if_fail (CONCORD_IS_SIGNATURE (self), NULL);

  return _concord_prompt_get (self->prompts, field);
}

void
concord_signature_set_placeholder (ConcordSignature *self,
                                  const char *field,
                                  const char *prompt)
{
  g_return_if_fail (CONCORD_IS_SIGNATURE (self));

  _concord_prompt_set (&self->prompts, field, prompt);
}

/* The image is a PNG held as bytes; the loader checks its size and header. */
GBytes *
concord_signature_get_image (ConcordSignature *self)
{
  g_return_val_if_fail (CONCORD_IS_SIGNATURE (self), NULL);

  return self->image;
}

void
concord_signature_set_image (ConcordSignature *self,
                             GBytes           *image)
{
  g_return_if_fail (CONCORD_IS_SIGNATURE (self));

  if (self->image == image || (self->image != NULL && image != NULL && g_bytes_equal (self->image, image)))
    return;

  g_clear_pointer (&self->image, g_bytes_unref);
  if (image != NULL)
    self->image = g_bytes_ref (image);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMAGE]);
}

/* A signature image must be a PNG no larger than CONCORD_MAX_IMAGE_SIZE:
 * the loader and the editor both hold images to this. */
gboolean
concord_signature_check_image (const guchar  *data,
                               gsize          len,
                               GError       **error)
{
  static const guchar png_magic[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

  if (len > CONCORD_MAX_IMAGE_SIZE)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_LIMIT,
                   _("the signature image is larger than the limit of %d KiB"),
                   CONCORD_MAX_IMAGE_SIZE / 1024);
      return FALSE;
    }
  if (len < sizeof png_magic || memcmp (data, png_magic, sizeof png_magic) != 0)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA, _("the signature image is not a PNG image"));
      return FALSE;
    }

  return TRUE;
}

/* A signature counts as recorded once it says who signed and when. */
gboolean
concord_signature_is_recorded (ConcordSignature *self)
{
  g_return_val_if_fail (CONCORD_IS_SIGNATURE (self), FALSE);

  return (self->person != NULL || self->title != NULL) && self->date != NULL;
}

/* The second office of one person signing in two ("Corporate Director,
 * People" beside "Chair of the Children's Trust"). */
const char *
concord_signature_get_second_title (ConcordSignature *self)
{
  g_return_val_if_fail (CONCORD_IS_SIGNATURE (self), NULL);

  return self->second_title;
}

void
concord_signature_set_second_title (ConcordSignature *self,
                                    const char       *title)
{
  g_return_if_fail (CONCORD_IS_SIGNATURE (self));

  _concord_set_string (G_OBJECT (self), &self->second_title, title, properties[PROP_SECOND_TITLE]);
}

/* A second party the same signature signs for, in the second office. */
const char *
concord_signature_get_also_for (ConcordSignature *self)
{
  g_return_val_if_fail (CONCORD_IS_SIGNATURE (self), NULL);

  return self->also_for;
}

void
concord_signature_set_also_for (ConcordSignature *self,
                                const char       *party)
{
  g_return_if_fail (CONCORD_IS_SIGNATURE (self));

  _concord_set_string (G_OBJECT (self), &self->also_for, party, properties[PROP_ALSO_FOR]);
}

/* Whether the signature signs for @party_id, first or second. */
gboolean
concord_signature_signs_for (ConcordSignature *self,
                             const char       *party_id)
{
  g_return_val_if_fail (CONCORD_IS_SIGNATURE (self), FALSE);

  return party_id != NULL && (g_strcmp0 (self->party, party_id) == 0 ||
                              g_strcmp0 (self->also_for, party_id) == 0);
}

/* What identifies the signature between two versions of a document: its
 * party, or for a signatory who is not a party, the office and person
 * (which no party id can equal, as ids cannot hold a space). */
const char *
concord_signature_get_key (ConcordSignature *self)
{
  g_return_val_if_fail (CONCORD_IS_SIGNATURE (self), NULL);

  if (self->party != NULL)
    return self->party;
  if (self->key == NULL)
    self->key = g_strconcat ("office ", self->title ? self->title : "",
                             self->title && self->person ? ", " : "", self->person ? self->person : "", NULL);

  return self->key;
}
