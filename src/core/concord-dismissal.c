/* concord-dismissal.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-dismissal"

#include "config.h"

#include "concord-dismissal.h"
#include "concord-util-private.h"

struct _ConcordDismissal
{
  GObject  parent_instance;

  char    *code;
  char    *target;
  char    *reason;
};

G_DEFINE_FINAL_TYPE (ConcordDismissal, concord_dismissal, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_TARGET,
  PROP_REASON,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
concord_dismissal_finalize (GObject *object)
{
  ConcordDismissal *self = (ConcordDismissal *) object;

  g_free (self->code);
  g_free (self->target);
  g_free (self->reason);

  G_OBJECT_CLASS (concord_dismissal_parent_class)->finalize (object);
}

static void
concord_dismissal_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ConcordDismissal *self = CONCORD_DISMISSAL (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_TARGET:
      g_value_set_string (value, self->target);
      break;
    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_dismissal_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ConcordDismissal *self = CONCORD_DISMISSAL (object);

  switch (prop_id)
    {
    case PROP_CODE:
      concord_dismissal_set_code (self, g_value_get_string (value));
      break;
    case PROP_TARGET:
      concord_dismissal_set_target (self, g_value_get_string (value));
      break;
    case PROP_REASON:
      concord_dismissal_set_reason (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_dismissal_class_init (ConcordDismissalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = concord_dismissal_finalize;
  object_class->get_property = concord_dismissal_get_property;
  object_class->set_property = concord_dismissal_set_property;

  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, flags);
  properties[PROP_TARGET] = g_param_spec_string ("target", NULL, NULL, NULL, flags);
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
concord_dismissal_init (ConcordDismissal *self)
{
}

ConcordDismissal *
concord_dismissal_new (const char *code,
                       const char *target,
                       const char *reason)
{
  return g_object_new (CONCORD_TYPE_DISMISSAL,
                       "code", code,
                       "target", target,
                       "reason", reason,
                       NULL);
}

const char *
concord_dismissal_get_code (ConcordDismissal *self)
{
  g_return_val_if_fail (CONCORD_IS_DISMISSAL (self), NULL);

  return self->code;
}

void
concord_dismissal_set_code (ConcordDismissal *self,
                            const char       *code)
{
  g_return_if_fail (CONCORD_IS_DISMISSAL (self));

  _concord_set_string (G_OBJECT (self), &self->code, code, properties[PROP_CODE]);
}

const char *
concord_dismissal_get_target (ConcordDismissal *self)
{
  g_return_val_if_fail (CONCORD_IS_DISMISSAL (self), NULL);

  return self->target;
}

void
concord_dismissal_set_target (ConcordDismissal *self,
                              const char       *target)
{
  g_return_if_fail (CONCORD_IS_DISMISSAL (self));

  _concord_set_string (G_OBJECT (self), &self->target, target, properties[PROP_TARGET]);
}

const char *
concord_dismissal_get_reason (ConcordDismissal *self)
{
  g_return_val_if_fail (CONCORD_IS_DISMISSAL (self), NULL);

  return self->reason;
}

void
concord_dismissal_set_reason (ConcordDismissal *self,
                              const char       *reason)
{
  g_return_if_fail (CONCORD_IS_DISMISSAL (self));

  _concord_set_string (G_OBJECT (self), &self->reason, reason, properties[PROP_REASON]);
}
