/* concord-party.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-party"

#include "config.h"

#include "concord-enums.h"
#include "concord-party.h"
#include "concord-util-private.h"

struct _ConcordParty
{
  GObject     parent_instance;

  char       *id;
  char       *name;
  char       *short_name;
  char       *description;
  char       *signatory_person;
  char       *signatory_title;
  char       *colour;
  int         kind;
  GHashTable *prompts;
  /* A unit's parent organisation; the name with it, as printed in full. */
  char       *organisation;
  char       *full_name;
  gboolean    office_holder;
  GBytes     *logo;
  char       *translated_name;
  char       *translated_short_name;
};

G_DEFINE_FINAL_TYPE (ConcordParty, concord_party, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_KIND,
  PROP_DESCRIPTION,
  PROP_SIGNATORY_PERSON,
  PROP_SIGNATORY_TITLE,
  PROP_COLOUR,
  PROP_ORGANISATION,
  PROP_OFFICE_HOLDER,
  PROP_LOGO,
  PROP_TRANSLATED_NAME,
  PROP_TRANSLATED_SHORT_NAME,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
concord_party_finalize (GObject *object)
{
  ConcordParty *self = (ConcordParty *) object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->short_name);
  g_free (self->description);
  g_free (self->signatory_person);
  g_free (self->signatory_title);
  g_free (self->colour);
  g_clear_pointer (&self->prompts, g_hash_table_unref);
  g_free (self->organisation);
  g_free (self->full_name);
  g_clear_pointer (&self->logo, g_bytes_unref);
  g_free (self->translated_name);
  g_free (self->translated_short_name);

  G_OBJECT_CLASS (concord_party_parent_class)->finalize (object);
}

static void
concord_party_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ConcordParty *self = CONCORD_PARTY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_SIGNATORY_PERSON:
      g_value_set_string (value, self->signatory_person);
      break;
    case PROP_SIGNATORY_TITLE:
      g_value_set_string (value, self->signatory_title);
      break;
    case PROP_COLOUR:
      g_value_set_string (value, self->colour);
      break;
    case PROP_ORGANISATION:
      g_value_set_string (value, self->organisation);
      break;
    case PROP_OFFICE_HOLDER:
      g_value_set_boolean (value, self->office_holder);
      break;
    case PROP_LOGO:
      g_value_set_boxed (value, self->logo);
      break;
    case PROP_TRANSLATED_NAME:
      g_value_set_string (value, self->translated_name);
      break;
    case PROP_TRANSLATED_SHORT_NAME:
      g_value_set_string (value, self->translated_short_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_party_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ConcordParty *self = CONCORD_PARTY (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      concord_party_set_name (self, g_value_get_string (value));
      break;
    case PROP_SHORT_NAME:
      concord_party_set_short_name (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      concord_party_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_DESCRIPTION:
      concord_party_set_description (self, g_value_get_string (value));
      break;
    case PROP_SIGNATORY_PERSON:
      concord_party_set_signatory_person (self, g_value_get_string (value));
      break;
    case PROP_SIGNATORY_TITLE:
      concord_party_set_signatory_title (self, g_value_get_string (value));
      break;
    case PROP_COLOUR:
      concord_party_set_colour (self, g_value_get_string (value));
      break;
    case PROP_ORGANISATION:
      concord_party_set_organisation (self, g_value_get_string (value));
      break;
    case PROP_OFFICE_HOLDER:
      concord_party_set_office_holder (self, g_value_get_boolean (value));
      break;
    case PROP_LOGO:
      concord_party_set_logo (self, g_value_get_boxed (value));
      break;
    case PROP_TRANSLATED_NAME:
      concord_party_set_translated_name (self, g_value_get_string (value));
      break;
    case PROP_TRANSLATED_SHORT_NAME:
      concord_party_set_translated_short_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_party_class_init (ConcordPartyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = concord_party_finalize;
  object_class->get_property = concord_party_get_property;
  object_class->set_property = concord_party_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_SHORT_NAME] = g_param_spec_string ("short-name", NULL, NULL, NULL, flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CONCORD_TYPE_PARTY_KIND, CONCORD_PARTY_KIND_SIGNATORY, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  properties[PROP_SIGNATORY_PERSON] =
    g_param_spec_string ("signatory-person", NULL, NULL, NULL, flags);
  properties[PROP_SIGNATORY_TITLE] =
    g_param_spec_string ("signatory-title", NULL, NULL, NULL, flags);
  properties[PROP_COLOUR] = g_param_spec_string ("colour", NULL, NULL, NULL, flags);
  properties[PROP_ORGANISATION] = g_param_spec_string ("organisation", NULL, NULL, NULL, flags);
  properties[PROP_OFFICE_HOLDER] = g_param_spec_boolean ("office-holder", NULL, NULL, FALSE, flags);
  properties[PROP_LOGO] = g_param_spec_boxed ("logo", NULL, NULL, G_TYPE_BYTES, flags);
  properties[PROP_TRANSLATED_NAME] = g_param_spec_string ("translated-name", NULL, NULL, NULL, flags);
  properties[PROP_TRANSLATED_SHORT_NAME] = g_param_spec_string ("translated-short-name", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
concord_party_init (ConcordParty *self)
{
  (void) self;
}

ConcordParty *
concord_party_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CONCORD_TYPE_PARTY, "id", id, NULL);
}

const char *
concord_party_get_id (ConcordParty *self)
{
  g_return_val_if_fail (CONCORD_IS_PARTY (self), NULL);

  return self->id;
}

const char *
concord_party_get_name (ConcordParty *self)
{
  g_return_val_if_fail (CONCORD_IS_PARTY (self), NULL);

  return self->name;
}

void
concord_party_set_name (ConcordParty *self,
                        const char   *name)
{
  g_return_if_fail (CONCORD_IS_PARTY (self));

  _concord_set_string (G_OBJECT (self), &self->name, name, properties[PROP_NAME]);
  g_clear_pointer (&self->full_name, g_free);
}

const char *
concord_party_get_short_name (ConcordParty *self)
{
  g_return_val_if_fail (CONCORD_IS_PARTY (self), NULL);

  return self->short_name;
}

void
concord_party_set_short_name (ConcordParty *self,
                              const char   *short_name)
{
  g_return_if_fail (CONCORD_IS_PARTY (self));

  _concord_set_string (G_OBJECT (self), &self->short_name, short_name,
                       properties[PROP_SHORT_NAME]);
}

/* How body text names the party: its short name unless the full one is
 * asked for, falling back to whichever exists, then to the prompt. */
const char *
concord_party_get_display_name (ConcordParty *self,
                                gboolean      full)
{
  g_return_val_if_fail (CONCORD_IS_PARTY (self), NULL);

  if (!full && self->short_name != NULL)
    return self->short_name;
  if (self->name != NULL && self->organisation != NULL)
    {
      /* A unit is named with its organisation ("Gateway Exchange Team, HM
       * Revenue and Customs"), made once per change of either. */
      if (self->full_name == NULL)
        self->full_name = g_strdup_printf ("%s, %s", self->name, self->organisation);
      return self->full_name;
    }
  if (self->name != NULL)
    return self->name;
  if (self->short_name != NULL)
    return self->short_name;

  return NULL;
}

ConcordPartyKind
concord_party_get_kind (ConcordParty *self)
{
  g_return_val_if_fail (CONCORD_IS_PARTY (self), 0);

  return self->kind;
}

void
concord_party_set_kind (ConcordParty     *self,
                        ConcordPartyKind  kind)
{
  g_return_if_fail (CONCORD_IS_PARTY (self));

  _concord_set_enum (G_OBJECT (self), &self->kind, kind, properties[PROP_KIND]);
}

const char *
concord_party_get_description (ConcordParty *self)
{
  g_return_val_if_fail (CONCORD_IS_PARTY (self), NULL);

  return self->description;
}

void
concord_party_set_description (ConcordParty *self,
                               const char   *description)
{
  g_return_if_fail (CONCORD_IS_PARTY (self));

  _concord_set_string (G_OBJECT (self), &self->description, description,
                       properties[PROP_DESCRIPTION]);
}

const char *
concord_party_get_signatory_person (ConcordParty *self)
{
  g_return_val_if_fail (CONCORD_IS_PARTY (self), NULL);

  return self->signatory_person;
}

void
concord_party_set_signatory_person (ConcordParty *self,
                                    const char   *person)
{
  g_return_if_fail (CONCORD_IS_PARTY (self));

  _concord_set_string (G_OBJECT (self), &self->signatory_person, person,
                       properties[PROP_SIGNATORY_PERSON]);
}

const char *
concord_party_get_signatory_title (ConcordParty *self)
{
  g_return_val_if_fail (CONCORD_IS_PARTY (self), NULL);

  return self->signatory_title;
}

void
concord_party_set_signatory_title (ConcordParty *self,
                                   const char   *title)
{
  g_return_if_fail (CONCORD_IS_PARTY (self));

  _concord_set_string (G_OBJECT (self), &self->signatory_title, title,
                       properties[PROP_SIGNATORY_TITLE]);
}

const char *
concord_party_get_colour (ConcordParty *self)
{
  g_return_val_if_fail (CONCORD_IS_PARTY (self), NULL);

  return self->colour;
}

void
concord_party_set_colour (ConcordParty *self,
                          const char   *colour)
{
  g_return_if_fail (CONCORD_IS_PARTY (self));

  _concord_set_string (G_OBJECT (self), &self->colour, colour, properties[PROP_COLOUR]);
}

const char *
concord_party_get_placeholder (ConcordParty *self,
                               const char   *field)
{
  g_return_val_if_fail (CONCORD_IS_PARTY (self), NULL);

  return _concord_prompt_get (self->prompts, field);
}

void
concord_party_set_placeholder (ConcordParty *self,
                               const char   *field,
                               const char   *prompt)
{
  g_return_if_fail (CONCORD_IS_PARTY (self));

  _concord_prompt_set (&self->prompts, field, prompt);
}

/* The organisation a unit belongs to: the party "Gateway Exchange Team"
 * of "HM Revenue and Customs". */
const char *
concord_party_get_organisation (ConcordParty *self)
{
  g_return_val_if_fail (CONCORD_IS_PARTY (self), NULL);

  return self->organisation;
}

void
concord_party_set_organisation (ConcordParty *self,
                                const char   *organisation)
{
  g_return_if_fail (CONCORD_IS_PARTY (self));

  _concord_set_string (G_OBJECT (self), &self->organisation, organisation,
                       properties[PROP_ORGANISATION]);
  g_clear_pointer (&self->full_name, g_free);
}

/* An office holder ("the Treasurer") signs as the office, so there is no
 * separate person to name on its signature block. */
gboolean
concord_party_get_office_holder (ConcordParty *self)
{
  g_return_val_if_fail (CONCORD_IS_PARTY (self), FALSE);

  return self->office_holder;
}

void
concord_party_set_office_holder (ConcordParty *self,
                                 gboolean      office_holder)
{
  g_return_if_fail (CONCORD_IS_PARTY (self));

  office_holder = !!office_holder;
  if (self->office_holder == office_holder)
    return;
  self->office_holder = office_holder;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OFFICE_HOLDER]);
}

/* The logo is a PNG or SVG held as bytes; see concord_party_check_logo(). */
GBytes *
concord_party_get_logo (ConcordParty *self)
{
  g_return_val_if_fail (CONCORD_IS_PARTY (self), NULL);

  return self->logo;
}

void
concord_party_set_logo (ConcordParty *self,
                        GBytes       *logo)
{
  g_return_if_fail (CONCORD_IS_PARTY (self));

  if (self->logo == logo || (self->logo != NULL && logo != NULL && g_bytes_equal (self->logo, logo)))
    return;

  g_clear_pointer (&self->logo, g_bytes_unref);
  if (logo != NULL)
    self->logo = g_bytes_ref (logo);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOGO]);
}

const char *
concord_party_get_translated_name (ConcordParty *self)
{
  g_return_val_if_fail (CONCORD_IS_PARTY (self), NULL);

  return self->translated_name;
}

void
concord_party_set_translated_name (ConcordParty *self,
                                   const char *value)
{
  g_return_if_fail (CONCORD_IS_PARTY (self));

  _concord_set_string (G_OBJECT (self), &self->translated_name, value, properties[PROP_TRANSLATED_NAME]);
}

const char *
concord_party_get_translated_short_name (ConcordParty *self)
{
  g_return_val_if_fail (CONCORD_IS_PARTY (self), NULL);

  return self->translated_short_name;
}

void
concord_party_set_translated_short_name (ConcordParty *self,
                                         const char *value)
{
  g_return_if_fail (CONCORD_IS_PARTY (self));

  _concord_set_string (G_OBJECT (self), &self->translated_short_name, value, properties[PROP_TRANSLATED_SHORT_NAME]);
}
