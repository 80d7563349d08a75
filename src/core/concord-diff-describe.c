/* concord-diff-describe.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-diff"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "concord-diff-private.h"
#include "concord-fields.h"
#include "concord-error.h"
#include "concord-memorandum.h"
#include "concord-xml.h"

/* What a reviewer reads: one line per change. The redline PDF is drawn
 * in concord-diff-report.c, with the renderer. */

static const char *
object_name (ConcordDiffObject object)
{
  switch (object)
    {
    case CONCORD_DIFF_OBJECT_DETAILS:
      return _("Details");
    case CONCORD_DIFF_OBJECT_PARTY:
      return _("Party");
    case CONCORD_DIFF_OBJECT_TERM:
      return _("Term");
    case CONCORD_DIFF_OBJECT_RECITALS:
      return _("Background");
    case CONCORD_DIFF_OBJECT_SECTION:
      return _("Section");
    case CONCORD_DIFF_OBJECT_CLAUSE:
      return _("Clause");
    case CONCORD_DIFF_OBJECT_ANNEX:
      return _("Annex");
    case CONCORD_DIFF_OBJECT_SIGNATURE:
      return _("Signature");
    case CONCORD_DIFF_OBJECT_CONTROL_ENTRY:
      return _("Document control entry");
    default:
      return "";
    }
}

static char *
change_label (const ConcordDiffChange *change)
{
  const char *number = change->new_number != NULL ? change->new_number : change->old_number;
  /* An annex's number already says "Annex A". */
  gboolean named = change->object == CONCORD_DIFF_OBJECT_ANNEX && number != NULL;
  GString *out = g_string_new (named ? NULL : object_name (change->object));

  if (number != NULL)
    g_string_append_printf (out, "%s%s", named ? "" : " ", number);
  if (change->object != CONCORD_DIFF_OBJECT_DETAILS && change->object != CONCORD_DIFF_OBJECT_RECITALS
      && change->id != NULL)
    g_string_append_printf (out, " [%s]", change->id);

  return g_string_free (out, FALSE);
}

static char *
change_headline (const ConcordDiffChange *change)
{
  g_autofree char *label = change_label (change);

  switch (change->kind)
    {
    case CONCORD_DIFF_ADDED:
      return g_strdup_printf (_("%s added"), label);
    case CONCORD_DIFF_REMOVED:
      return g_strdup_printf (_("%s removed"), label);
    case CONCORD_DIFF_MOVED:
      if (change->old_number != NULL && g_strcmp0 (change->old_number, change->new_number) != 0)
        return g_strdup_printf (_("%s moved from %s"), label, change->old_number);
      return g_strdup_printf (_("%s moved"), label);
    case CONCORD_DIFF_CHANGED:
    default:
      return g_strdup_printf (_("%s changed"), label);
    }
}

/**
 * concord_diff_change_describe:
 *
 * One line for a change, with printed numbers and ids, e.g. "Clause 3.2
 * [role-lga] changed: status proposed → agreed; text". The word diffs of
 * a heading or text are not included: they are named, and
 * concord_diff_change_get_heading_words() and _get_body_words() give them.
 */
char *
concord_diff_change_describe (ConcordDiff *self,
                              guint        index)
{
  const ConcordDiffChange *change;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *headline = NULL;
  g_autofree char *joined = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->changes->len, NULL);

  change = g_ptr_array_index (self->changes, index);
  headline = change_headline (change);
  for (guint i = 0; i < change->field_list->len; i++)
    {
      const ConcordDiffField *f = &g_array_index (change->field_list, ConcordDiffField, i);

      g_ptr_array_add (parts, g_strdup_printf (_("%s %s → %s"), concord_field_phrase (f->name),
                                               f->old_text ? f->old_text : _("(none)"),
                                               f->new_text ? f->new_text : _("(none)")));
    }
  if (change->fields & CONCORD_DIFF_FIELD_HEADING)
    g_ptr_array_add (parts, g_strdup (_("heading")));
  if (change->fields & CONCORD_DIFF_FIELD_BODY)
    g_ptr_array_add (parts, g_strdup (_("text")));

  if (parts->len == 0)
    return g_steal_pointer (&headline);

  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv ("; ", (char **) parts->pdata);

  /* TRANSLATORS: a change, then the fields that changed */
  return g_strdup_printf (_("%s: %s"), headline, joined);
}
