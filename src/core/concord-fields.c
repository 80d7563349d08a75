/* concord-fields.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "concord-fields.h"

/* What the fields of a memorandum's items are called, in one table: the
 * property (and XML attribute) name, the label a row or column shows, and
 * the phrase a sentence uses ("title "Old" → "New""). */
static const struct
{
  const char *name;
  const char *label;
  const char *phrase;
} fields[] = {
  { "kind", N_("Kind"), N_("kind") },
  { "status", N_("Status"), N_("status") },
  { "numbered", N_("Numbered"), N_("numbered") },
  { "owner", N_("Responsible"), N_("responsible") },
  { "side-a", N_("One side"), N_("one side") },
  { "side-b", N_("Other side"), N_("other side") },
  { "accountable", N_("Accountable"), N_("accountable") },
  { "to", N_("Accountable to"), N_("accountable to") },
  { "to-body", N_("Accountable to"), N_("accountable to") },
  { "mechanisms", N_("Mechanisms"), N_("mechanisms") },
  { "areas", N_("Areas"), N_("areas") },
  { "notes", N_("Notes"), N_("notes") },
  { "comments", N_("Comments"), N_("comments") },
  { "title", N_("Title"), N_("title") },
  { "heading", N_("Heading"), N_("heading") },
  { "reference", N_("Reference"), N_("reference") },
  { "revision", N_("Revision"), N_("revision") },
  { "language", N_("Language"), N_("language") },
  { "effective-date", N_("Effective date"), N_("effective date") },
  { "review-date", N_("Review date"), N_("review date") },
  { "marking", N_("Protective marking"), N_("marking") },
  { "numbering", N_("Numbering style"), N_("numbering style") },
  { "item-style", N_("Item style"), N_("item style") },
  { "annex-style", N_("Annex style"), N_("annex style") },
  { "number", N_("Fixed number"), N_("fixed number") },
  { "number-format", N_("Number format"), N_("number format") },
  { "numbered-headings", N_("Numbered headings"), N_("numbered headings") },
  { "annex-numbering", N_("Annex paragraph numbering"), N_("annex paragraph numbering") },
  { "clause-word", N_("Word for clauses"), N_("word for clauses") },
  { "print-details", N_("Cover details"), N_("cover details") },
  { "print-parties", N_("Table of parties"), N_("table of parties") },
  { "print-matrix", N_("Roles and accountability matrix"), N_("roles and accountability matrix") },
  { "print-facts", N_("Facts lines"), N_("facts lines") },
  { "print-status", N_("Status lines"), N_("status lines") },
  { "print-signatures", N_("Signatures placement"), N_("signatures placement") },
  { "print-signatures-section", N_("Signatures section"), N_("signatures section") },
  { "print-marking", N_("Marking placement"), N_("marking placement") },
  { "inline", N_("Defined at first use"), N_("defined inline") },
  { "forms", N_("Other forms"), N_("forms") },
  { "meaning", N_("Meaning"), N_("meaning") },
  { "recitals", N_("Background"), N_("background") },
  { "translation-language", N_("Second language"), N_("second language") },
  { "bilingual-layout", N_("Bilingual layout"), N_("bilingual layout") },
  { "translated-title", N_("Title in the second language"), N_("second-language title") },
  { "translated-recitals", N_("Background in the second language"), N_("second-language background") },
  { "translated-heading", N_("Heading in the second language"), N_("second-language heading") },
  { "translated-body", N_("Text in the second language"), N_("second-language text") },
  { "translated-name", N_("Name in the second language"), N_("second-language name") },
  { "translated-short-name", N_("Short name in the second language"), N_("second-language short name") },
  { "translated-meaning", N_("Meaning in the second language"), N_("second-language meaning") },
  { "translation-checked", N_("Texts last checked together"), N_("translation check") },
  { "library", N_("Clause library version"), N_("library version") },
  { "name", N_("Name"), N_("name") },
  { "short-name", N_("Short name"), N_("short name") },
  { "description", N_("Description"), N_("description") },
  { "signatory-person", N_("Signatory"), N_("signatory") },
  { "signatory-title", N_("Signatory’s title"), N_("signatory's title") },
  { "colour", N_("Colour"), N_("colour") },
  { "person", N_("Person"), N_("person") },
  { "date", N_("Date"), N_("date") },
  { "place", N_("Place"), N_("place") },
  { "image", N_("Signature image"), N_("image") },
  { "organisation", N_("Organisation"), N_("organisation") },
  { "office-holder", N_("Office holder"), N_("office holder") },
  { "logo", N_("Logo"), N_("logo") },
  { "second-title", N_("Second office"), N_("second office") },
  { "also-for", N_("Also signs for"), N_("also signs for") },
  { "party", N_("Signed for"), N_("signed for") },
  { "version", N_("Version"), N_("version") },
  { "author", N_("Author"), N_("author") },
  { "summary", N_("Summary"), N_("summary") },
  { "id", N_("Identifier"), N_("id") },
};

static int
find (const char *name)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].name, name))
      return (int) i;

  return -1;
}

/**
 * concord_field_label:
 * @name: a field's property name, such as "effective-date"
 *
 * Returns: the field's label, translated; @name itself for a field the
 *   table does not know
 */
const char *
concord_field_label (const char *name)
{
  int i = find (name);

  return i >= 0 ? _(fields[i].label) : name;
}

/**
 * concord_field_phrase:
 * @name: a field's property name
 *
 * Returns: the field as a sentence names it, translated; @name itself for
 *   a field the table does not know
 */
const char *
concord_field_phrase (const char *name)
{
  int i = find (name);

  return i >= 0 ? _(fields[i].phrase) : name;
}

/**
 * concord_clause_status_label:
 * @status: a clause's status
 *
 * What the interface calls a clause's status, in the clause pane's choice
 * and the outline's rows alike: one table, so that they never disagree.
 * (A printed memorandum names it in its own language, concord-words.c.)
 *
 * Returns: the status's label, translated
 */
const char *
concord_clause_status_label (ConcordClauseStatus status)
{
  switch (status)
    {
    case CONCORD_CLAUSE_STATUS_PROPOSED:
      /* Translators: the status of a clause not yet agreed, in the
       * clause's status list and in the outline. */
      return C_("clause status", "Proposed");
    case CONCORD_CLAUSE_STATUS_AGREED:
      /* Translators: the status of a clause the parties agree on (the
       * memorandum's own status "Agreed" is another string). */
      return C_("clause status", "Agreed");
    case CONCORD_CLAUSE_STATUS_DISPUTED:
      /* Translators: the status of a clause the parties disagree on. */
      return C_("clause status", "Disputed");
    default:
      g_return_val_if_reached ("");
    }
}
