/* concord-lint-item.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-lint-item"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-lint-item.h"
#include "concord-memorandum.h"
#include "concord-party.h"
#include "concord-views.h"

/* One lint finding as a list item, so the lint view's rows can bind to it
 * from their .ui file. Immutable: a changed finding is a new item. */
struct _ConcordLintItem
{
  GObject         parent_instance;

  ConcordFinding  finding;
  char           *location;
  char           *accessible_label;
};

G_DEFINE_FINAL_TYPE (ConcordLintItem, concord_lint_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MESSAGE,
  PROP_LOCATION,
  PROP_ICON_NAME,
  PROP_ICON_CLASSES,
  PROP_ACCESSIBLE_LABEL,
  PROP_DISMISSED,
  PROP_CAN_DISMISS,
  PROP_ROW_CLASSES,
  PROP_ACTION_TARGET,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static const char *
code_label (const char *code)
{
  static const struct { const char *code; const char *label; } labels[] = {
    { CONCORD_LINT_AREA_OVERLAP, N_("Overlapping roles") },
    { CONCORD_LINT_AREA_UNOWNED, N_("Nobody responsible") },
    { CONCORD_LINT_SIGNATORY_UNACCOUNTABLE, N_("Accountable to nobody") },
    { CONCORD_LINT_PARTY_NO_ROLE, N_("Party without a role") },
    { CONCORD_LINT_DISPUTED_CLAUSE, N_("Disputed clause") },
    { CONCORD_LINT_PLACEHOLDER, N_("To fill in") },
    { CONCORD_LINT_MISSING_CLAUSE_REF, N_("Missing clause") },
    { CONCORD_LINT_INCOMPLETE_CLAUSE, N_("Incomplete clause") },
    { CONCORD_LINT_NUMBERING_GAP, N_("Numbering skips") },
    { CONCORD_LINT_NUMBERING_DUPLICATE, N_("Number used twice") },
    { CONCORD_LINT_NUMBERING_ORDER, N_("Numbering goes back") },
    { CONCORD_LINT_NUMBERING_MISMATCH, N_("Number of another section") },
    { CONCORD_LINT_DISMISSAL_NO_REASON, N_("Dismissal without a reason") },
    { CONCORD_LINT_DISMISSAL_UNKNOWN_CODE, N_("Dismissal of an unknown problem") },
    { CONCORD_LINT_DISMISSAL_STALE, N_("Dismissal of something removed") },
    { CONCORD_LINT_DISMISSAL_DUPLICATE, N_("Dismissed twice") },
    { CONCORD_LINT_DISMISSAL_UNUSED, N_("Dismissal no longer needed") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (labels[i].code, code) == 0)
      return _(labels[i].label);

  return code;
}

/* The severity is lint's own, from its one table of codes. */
ConcordLintSeverity
concord_lint_item_get_severity (ConcordLintItem *self)
{
  g_return_val_if_fail (CONCORD_IS_LINT_ITEM (self), CONCORD_LINT_SEVERITY_ERROR);

  return self->finding.severity;
}

static const char *
severity_label (ConcordLintSeverity severity)
{
  switch (severity)
    {
    case CONCORD_LINT_SEVERITY_ERROR:
      return _("Error");
    case CONCORD_LINT_SEVERITY_WARNING:
      return _("Warning");
    case CONCORD_LINT_SEVERITY_NOTE:
    default:
      return _("Note");
    }
}

static const char *
party_name (ConcordMemorandum *memorandum,
            const char        *id)
{
  ConcordParty *party = concord_memorandum_find_party (memorandum, id);
  const char *name = party != NULL ? concord_party_get_display_name (party, FALSE) : NULL;

  return name != NULL ? name : id;
}

/* Where the finding is, in words: "Clause 8", "LGA", "Signature of LGA",
 * "Details". Subjects are "KIND ID" or "KIND" (see concord-lint.h). */
static char *
describe_location (ConcordMemorandum    *memorandum,
                   const ConcordFinding *f)
{
  g_auto(GStrv) subject = NULL;

  if (f->clause_id != NULL)
    return f->clause_number != NULL ? g_strdup_printf (_("Clause %s"), f->clause_number)
                                    : g_strdup (_("Unnumbered clause"));
  if (f->subject == NULL)
    return g_strdup (_("Memorandum"));

  subject = g_strsplit (f->subject, " ", 2);
  if (g_str_equal (subject[0], "party") && subject[1] != NULL)
    return g_strdup (party_name (memorandum, subject[1]));
  if (g_str_equal (subject[0], "signature") && subject[1] != NULL)
    return g_strdup_printf (_("Signature of %s"), party_name (memorandum, subject[1]));
  if (g_str_equal (subject[0], "details"))
    return g_strdup (_("Details"));
  if (g_str_equal (subject[0], "recitals"))
    return g_strdup (_("Recitals"));
  if (g_str_equal (subject[0], "term"))
    return g_strdup (_("Definitions"));
  if (g_str_equal (subject[0], "annex"))
    return g_strdup (_("Annex"));
  if (g_str_equal (subject[0], "dismissals"))
    return g_strdup (_("Dismissals"));

  return g_strdup (f->subject);
}

static void
concord_lint_item_finalize (GObject *object)
{
  ConcordLintItem *self = (ConcordLintItem *) object;

  g_free (self->finding.code);
  g_free (self->finding.clause_id);
  g_free (self->finding.clause_number);
  g_free (self->finding.subject);
  g_free (self->finding.field);
  g_free (self->finding.message);
  g_free (self->finding.target);
  g_free (self->finding.dismissed);
  g_free (self->location);
  g_free (self->accessible_label);

  G_OBJECT_CLASS (concord_lint_item_parent_class)->finalize (object);
}

static void
concord_lint_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ConcordLintItem *self = CONCORD_LINT_ITEM (object);
  static const char *error_classes[] = { "error", NULL };
  static const char *warning_classes[] = { "warning", NULL };
  static const char *note_classes[] = { "accent", NULL };
  static const char **classes[] = { error_classes, warning_classes, note_classes };
  static const char *icons[] = { "dialog-error-symbolic", "dialog-warning-symbolic",
                                 "dialog-information-symbolic" };
  /* A dismissed finding is dimmed whole, its icon included. */
  static const char *dimmed[] = { "dim-label", NULL };
  static const char *plain[] = { NULL };

  switch (prop_id)
    {
    case PROP_MESSAGE:
      /* For the row's label: a message naming a pathological party is cut. */
      g_value_take_string (value, concord_view_shorten (self->finding.message, CONCORD_VIEW_TEXT_CHARS));
      break;
    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;
    case PROP_ICON_NAME:
      g_value_set_string (value, icons[concord_lint_item_get_severity (self)]);
      break;
    case PROP_ICON_CLASSES:
      g_value_set_boxed (value, self->finding.dismissed != NULL
                                ? dimmed : classes[concord_lint_item_get_severity (self)]);
      break;
    case PROP_ACCESSIBLE_LABEL:
      g_value_set_string (value, self->accessible_label);
      break;
    case PROP_DISMISSED:
      g_value_set_boolean (value, self->finding.dismissed != NULL);
      break;
    case PROP_CAN_DISMISS:
      g_value_set_boolean (value, self->finding.dismissed == NULL && self->finding.target != NULL);
      break;
    case PROP_ROW_CLASSES:
      g_value_set_boxed (value, self->finding.dismissed != NULL ? dimmed : plain);
      break;
    case PROP_ACTION_TARGET:
      g_value_take_variant (value, concord_lint_item_dup_action_target (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_lint_item_class_init (ConcordLintItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = concord_lint_item_finalize;
  object_class->get_property = concord_lint_item_get_property;

  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ICON_CLASSES] =
    g_param_spec_boxed ("icon-classes", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACCESSIBLE_LABEL] =
    g_param_spec_string ("accessible-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISMISSED] =
    g_param_spec_boolean ("dismissed", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* Findings about dismissals themselves cannot be dismissed. */
  properties[PROP_CAN_DISMISS] =
    g_param_spec_boolean ("can-dismiss", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROW_CLASSES] =
    g_param_spec_boxed ("row-classes", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The target of the row's lint.dismiss and lint.restore actions. */
  properties[PROP_ACTION_TARGET] =
    g_param_spec_variant ("action-target", NULL, NULL, G_VARIANT_TYPE ("(sss)"), NULL,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
concord_lint_item_init (ConcordLintItem *self)
{
}

ConcordLintItem *
concord_lint_item_new (ConcordMemorandum    *memorandum,
                       const ConcordFinding *finding)
{
  ConcordLintItem *self;
  g_autofree char *location = NULL;
  g_autofree char *short_message = NULL;

  g_return_val_if_fail (finding != NULL, NULL);

  self = g_object_new (CONCORD_TYPE_LINT_ITEM, NULL);
  self->finding.code = g_strdup (finding->code);
  self->finding.clause_id = g_strdup (finding->clause_id);
  self->finding.clause_number = g_strdup (finding->clause_number);
  self->finding.subject = g_strdup (finding->subject);
  self->finding.field = g_strdup (finding->field);
  self->finding.message = g_strdup (finding->message);
  self->finding.severity = finding->severity;
  self->finding.target = g_strdup (finding->target);
  self->finding.dismissed = g_strdup (finding->dismissed);
  self->finding.line = finding->line;
  /* The location names a party, and a label measures all of it. */
  {
    g_autofree char *full = describe_location (memorandum, finding);

    location = concord_view_shorten (full, CONCORD_VIEW_LABEL_CHARS);
  }
  /* "Clause 8 · Overlapping roles" under the message, and why it was
   * dismissed when it was. */
  if (finding->dismissed != NULL)
    {
      g_autofree char *reason = concord_view_shorten (finding->dismissed, CONCORD_VIEW_LABEL_CHARS);

      self->location = g_strdup_printf (_("%s · %s · Dismissed: %s"), location,
                                        code_label (finding->code), reason);
    }
  else
    self->location = g_strdup_printf (_("%s · %s"), location, code_label (finding->code));
  short_message = concord_view_shorten (finding->message, CONCORD_VIEW_TOOLTIP_CHARS);
  self->accessible_label = g_strdup_printf (_("%s: %s. %s"),
                                            severity_label (concord_lint_item_get_severity (self)),
                                            self->location, short_message);

  return self;
}

const ConcordFinding *
concord_lint_item_get_finding (ConcordLintItem *self)
{
  g_return_val_if_fail (CONCORD_IS_LINT_ITEM (self), NULL);

  return &self->finding;
}

/* (code, target, field): what a dismissal of this finding names. */
GVariant *
concord_lint_item_dup_action_target (ConcordLintItem *self)
{
  const ConcordFinding *f;

  g_return_val_if_fail (CONCORD_IS_LINT_ITEM (self), NULL);

  f = &self->finding;

  return g_variant_ref_sink (g_variant_new ("(sss)", f->code, f->target ? f->target : "",
                                            f->field ? f->field : ""));
}

gboolean
concord_lint_item_matches (ConcordLintItem      *self,
                           const ConcordFinding *f)
{
  const ConcordFinding *mine = &self->finding;

  return g_strcmp0 (mine->code, f->code) == 0 &&
         g_strcmp0 (mine->clause_id, f->clause_id) == 0 &&
         g_strcmp0 (mine->clause_number, f->clause_number) == 0 &&
         g_strcmp0 (mine->subject, f->subject) == 0 &&
         g_strcmp0 (mine->field, f->field) == 0 &&
         g_strcmp0 (mine->message, f->message) == 0 &&
         g_strcmp0 (mine->dismissed, f->dismissed) == 0;
}
