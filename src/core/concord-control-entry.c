/* concord-control-entry.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "concord-control-entry"

#include "config.h"

#include "concord-enums.h"
#include "concord-control-entry.h"
#include "concord-util-private.h"
struct _ConcordControlEntry
{
  GObject     parent_instance;
  char       *version;
  char       *date;
  char       *author;
  char       *summary;
};

G_DEFINE_FINAL_TYPE (ConcordControlEntry, concord_control_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VERSION,
  PROP_DATE,
  PROP_AUTHOR,
  PROP_SUMMARY,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
concord_control_entry_finalize (GObject *object)
{
  ConcordControlEntry *self = (ConcordControlEntry *) object;

  g_free (self->version);
  g_free (self->date);
  g_free (self->author);
  g_free (self->summary);

  G_OBJECT_CLASS (concord_control_entry_parent_class)->finalize (object);
}

static void
concord_control_entry_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ConcordControlEntry *self = CONCORD_CONTROL_ENTRY (object);

  switch (prop_id)
    {
    case PROP_VERSION:
      g_value_set_string (value, self->version);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_control_entry_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ConcordControlEntry *self = CONCORD_CONTROL_ENTRY (object);

  switch (prop_id)
    {
    case PROP_VERSION:
      concord_control_entry_set_version (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      concord_control_entry_set_date (self, g_value_get_string (value));
      break;
    case PROP_AUTHOR:
      concord_control_entry_set_author (self, g_value_get_string (value));
      break;
    case PROP_SUMMARY:
      concord_control_entry_set_summary (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_control_entry_class_init (ConcordControlEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = concord_control_entry_finalize;
  object_class->get_property = concord_control_entry_get_property;
  object_class->set_property = concord_control_entry_set_property;

  properties[PROP_VERSION] = g_param_spec_string ("version", NULL, NULL, NULL, flags);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, flags);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL, flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
concord_control_entry_init (ConcordControlEntry *self)
{
}

ConcordControlEntry *
concord_control_entry_new (void)
{
  return g_object_new (CONCORD_TYPE_CONTROL_ENTRY, NULL);
}

const char *
concord_control_entry_get_version (ConcordControlEntry *self)
{
  g_return_val_if_fail (CONCORD_IS_CONTROL_ENTRY (self), NULL);

  return self->version;
}

void
concord_control_entry_set_version (ConcordControlEntry *self,
                                  const char *version)
{
  g_return_if_fail (CONCORD_IS_CONTROL_ENTRY (self));

  _concord_set_string (G_OBJECT (self), &self->version, version, properties[PROP_VERSION]);
}

const char *
concord_control_entry_get_date (ConcordControlEntry *self)
{
  g_return_val_if_fail (CONCORD_IS_CONTROL_ENTRY (self), NULL);

  return self->date;
}

void
concord_control_entry_set_date (ConcordControlEntry *self,
                               const char *date)
{
  g_return_if_fail (CONCORD_IS_CONTROL_ENTRY (self));

  _concord_set_string (G_OBJECT (self), &self->date, date, properties[PROP_DATE]);
}

const char *
concord_control_entry_get_author (ConcordControlEntry *self)
{
  g_return_val_if_fail (CONCORD_IS_CONTROL_ENTRY (self), NULL);

  return self->author;
}

void
concord_control_entry_set_author (ConcordControlEntry *self,
                                 const char *author)
{
  g_return_if_fail (CONCORD_IS_CONTROL_ENTRY (self));

  _concord_set_string (G_OBJECT (self), &self->author, author, properties[PROP_AUTHOR]);
}

const char *
concord_control_entry_get_summary (ConcordControlEntry *self)
{
  g_return_val_if_fail (CONCORD_IS_CONTROL_ENTRY (self), NULL);

  return self->summary;
}

void
concord_control_entry_set_summary (ConcordControlEntry *self,
                                  const char *summary)
{
  g_return_if_fail (CONCORD_IS_CONTROL_ENTRY (self));

  _concord_set_string (G_OBJECT (self), &self->summary, summary, properties[PROP_SUMMARY]);
}
