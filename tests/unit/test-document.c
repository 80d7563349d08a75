/* test-document.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The document layer with no display: undo and redo of every kind of
 * edit made through the model's own setters, the saved point, drafts, and
 * loads that fail. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "concord-autosave.h"
#include "concord-core.h"
#include "concord-document.h"
#include "concord-document-diff.h"
#include "concord-drafts.h"
#include "concord-layout-task.h"
#include "concord-resolve.h"
#include "concord-structure.h"
#ifdef HAVE_LIBGIT2
#include "concord-git.h"
#endif

static GBytes *
serialize (ConcordDocument *document)
{
  return concord_memorandum_serialize (concord_document_get_memorandum (document));
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  if (!g_bytes_equal (a, b))
    {
      g_test_message ("got:\n%.*s\nexpected:\n%.*s",
                      (int) g_bytes_get_size (a), (const char *) g_bytes_get_data (a, NULL),
                      (int) g_bytes_get_size (b), (const char *) g_bytes_get_data (b, NULL));
      g_test_fail ();
    }
}

/* Undoes everything, checking the document is as it started; redoes
 * everything, checking it is as it ended; and leaves it there. */
static void
assert_round_trip (ConcordDocument *document,
                   GBytes          *start,
                   guint            n_steps)
{
  g_autoptr(GBytes) end = serialize (document);
  guint steps = 0;

  while (concord_document_can_undo (document))
    {
      concord_document_undo (document);
      steps++;
    }
  g_assert_cmpuint (steps, ==, n_steps);
  {
    g_autoptr(GBytes) now = serialize (document);

    assert_bytes_equal (now, start);
  }
  while (concord_document_can_redo (document))
    concord_document_redo (document);
  {
    g_autoptr(GBytes) now = serialize (document);

    assert_bytes_equal (now, end);
  }
}

static ConcordDocument *
new_document (void)
{
  g_autoptr(GError) error = NULL;
  ConcordDocument *document = concord_document_new_from_template ("sector-led-improvement", &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_false (concord_document_get_modified (document));
  g_assert_false (concord_document_can_undo (document));

  return document;
}

static ConcordSection *
section_at (ConcordDocument *document,
            guint            position)
{
  GListModel *sections = concord_memorandum_get_sections (concord_document_get_memorandum (document));
  g_autoptr(ConcordSection) section = g_list_model_get_item (sections, position);

  /* The memorandum holds it. */
  return section;
}

static void
count_cb (gpointer  object,
          guint    *count)
{
  (*count)++;
}

/* A field set through its setter is an edit: undo takes it back and says
 * which object to show, and the document counts as changed until then. */
static void
test_field (void)
{
  g_autoptr(ConcordDocument) document = new_document ();
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  ConcordParty *lga = concord_memorandum_find_party (m, "lga");
  g_autofree char *title = g_strdup (concord_memorandum_get_title (m));
  g_autoptr(GBytes) start = serialize (document);
  guint changed = 0;

  g_signal_connect (document, "changed", G_CALLBACK (count_cb), &changed);

  concord_memorandum_set_title (m, "Roles and Boundaries");
  g_assert_true (concord_document_can_undo (document));
  g_assert_true (concord_document_get_modified (document));
  g_assert_cmpuint (changed, ==, 1);
  /* Setting the same value again is no edit. */
  concord_memorandum_set_title (m, "Roles and Boundaries");
  g_assert_cmpuint (changed, ==, 1);

  /* Typing into one field is one edit; another field is another. */
  concord_party_set_short_name (lga, "L");
  concord_party_set_short_name (lga, "LG");
  concord_party_set_short_name (lga, "LGA England");
  concord_party_set_signatory_person (lga, "Jane Smith");
  g_assert_cmpuint (changed, ==, 5);

  g_assert_true (concord_document_undo (document) == G_OBJECT (lga));
  g_assert_null (concord_party_get_signatory_person (lga));
  g_assert_cmpstr (concord_party_get_short_name (lga), ==, "LGA England");
  g_assert_true (concord_document_undo (document) == G_OBJECT (lga));
  g_assert_cmpstr (concord_party_get_short_name (lga), ==, "LGA");
  g_assert_true (concord_document_undo (document) == G_OBJECT (m));
  g_assert_cmpstr (concord_memorandum_get_title (m), ==, title);
  g_assert_false (concord_document_can_undo (document));
  g_assert_false (concord_document_get_modified (document));
  /* Undo's own changes are not recorded as edits. */
  g_assert_true (concord_document_can_redo (document));

  g_assert_true (concord_document_redo (document) == G_OBJECT (m));
  g_assert_cmpstr (concord_memorandum_get_title (m), ==, "Roles and Boundaries");
  g_assert_true (concord_document_get_modified (document));

  /* A new edit after undo clears what could be redone. */
  concord_party_set_description (lga, "The national voice of local government");
  g_assert_false (concord_document_can_redo (document));
  assert_round_trip (document, start, 2);
}

/* Enumerations, lists of ids, areas and notes are edits too. */
static void
test_clause_fields (void)
{
  g_autoptr(ConcordDocument) document = new_document ();
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  ConcordClause *clause = concord_memorandum_find_clause (m, "bnd-post-inspection", NULL, NULL);
  const char *side[] = { "ofsted", NULL };
  const char *areas[] = { "inspection", "intervention", NULL };
  const char *notes[] = { "Check with the department", NULL };
  g_autoptr(GBytes) start = serialize (document);

  concord_clause_set_status (clause, CONCORD_CLAUSE_STATUS_DISPUTED);
  concord_clause_set_side_a (clause, side);
  concord_clause_set_areas (clause, areas);
  concord_clause_set_notes (clause, notes);
  concord_clause_set_heading (clause, "After an inspection");
  assert_round_trip (document, start, 5);
  g_assert_cmpint (concord_clause_get_status (clause), ==, CONCORD_CLAUSE_STATUS_DISPUTED);
  g_assert_cmpstr (concord_clause_get_notes (clause)[0], ==, "Check with the department");
}

/* A party added or removed, by the document's calls or straight through
 * the model's list; a party added is watched from then on. */
static void
test_party_add_remove (void)
{
  g_autoptr(ConcordDocument) document = new_document ();
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  GListModel *parties = concord_memorandum_get_parties (m);
  guint n = g_list_model_get_n_items (parties);
  g_autoptr(ConcordParty) added = concord_party_new ("p-newcomer");
  g_autoptr(ConcordParty) raw = concord_party_new ("p-raw");
  g_autoptr(ConcordParty) removed = g_list_model_get_item (parties, n - 1);
  g_autoptr(GBytes) start = serialize (document);
  guint structure = 0;

  g_signal_connect (document, "structure-changed", G_CALLBACK (count_cb), &structure);

  concord_document_insert_item (document, parties, n, added);
  g_assert_cmpuint (structure, ==, 1);
  concord_party_set_name (added, "Newcomer Trust");
  g_list_store_append (G_LIST_STORE (parties), raw);
  g_assert_cmpuint (structure, ==, 2);
  concord_party_set_name (raw, "Raw Trust");
  g_list_store_remove (G_LIST_STORE (parties), n - 1);
  g_assert_null (concord_memorandum_find_party (m, concord_party_get_id (removed)));

  /* Once out of the memorandum, a party's changes are nobody's edits. */
  {
    g_autofree char *name = g_strdup (concord_party_get_name (removed));
    guint changed = 0;
    gulong id = g_signal_connect (document, "changed", G_CALLBACK (count_cb), &changed);

    concord_party_set_name (removed, "Gone");
    concord_party_set_name (removed, name);
    g_assert_cmpuint (changed, ==, 0);
    g_signal_handler_disconnect (document, id);
  }

  /* Five steps: the insertion, its name, the raw append, its name, the
   * raw removal. */
  g_assert_true (concord_document_undo (document) != NULL);
  g_assert_nonnull (concord_memorandum_find_party (m, concord_party_get_id (removed)));
  g_assert_cmpstr (concord_party_get_name (raw), ==, "Raw Trust");
  g_assert_true (concord_document_undo (document) == G_OBJECT (raw));
  g_assert_cmpstr (concord_party_get_name (raw), ==, NULL);
  g_assert_true (concord_document_undo (document) == G_OBJECT (raw));
  g_assert_null (concord_memorandum_find_party (m, "p-raw"));
  g_assert_true (concord_document_undo (document) == G_OBJECT (added));
  g_assert_null (concord_party_get_name (added));
  g_assert_true (concord_document_undo (document) == G_OBJECT (added));
  g_assert_null (concord_memorandum_find_party (m, "p-newcomer"));
  g_assert_false (concord_document_can_undo (document));
  g_assert_false (concord_document_get_modified (document));

  /* The removed party, put back by undo, is watched again. */
  {
    g_autofree char *short_name = g_strdup (concord_party_get_short_name (removed));

    concord_party_set_short_name (removed, "Back");
    g_assert_true (concord_document_can_undo (document));
    concord_document_undo (document);
    g_assert_cmpstr (concord_party_get_short_name (removed), ==, short_name);
    g_assert_false (concord_document_get_modified (document));
  }
}

static gboolean
turn_over (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets the changes of this main-loop turn become one step. */
static void
next_turn (void)
{
  gboolean done = FALSE;

  g_idle_add_full (G_PRIORITY_LOW, turn_over, &done, NULL);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Clauses added, removed and moved: by the document's calls, and by the
 * model's (a move from one section to another is a removal and an
 * insertion, one step when made in one turn). */
static void
test_clause_add_remove_move (void)
{
  g_autoptr(ConcordDocument) document = new_document ();
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  ConcordSection *purpose = section_at (document, 0);
  ConcordSection *roles = section_at (document, 1);
  g_autoptr(ConcordClause) clause = concord_clause_new ("c-new");
  g_autoptr(ConcordClause) moved = NULL;
  g_autoptr(GBytes) start = serialize (document);
  ConcordSection *where = NULL;
  guint position = 0;

  concord_document_insert_clause (document, roles, 1, clause);
  concord_clause_set_heading (clause, "A new clause");
  concord_document_move_clause (document, roles, 1, 3);
  g_assert_cmpint (concord_section_find_clause (roles, "c-new"), ==, 3);
  concord_document_remove_clause (document, purpose, 0);
  next_turn ();

  moved = g_object_ref (concord_section_get_clause (roles, 0));
  concord_section_remove_clause (roles, 0);
  concord_section_append_clause (purpose, moved);
  next_turn ();
  /* Edits of a clause that moved section are still recorded. */
  concord_clause_set_heading (moved, "Councils, now in the purpose");

  g_assert_true (concord_document_undo (document) == G_OBJECT (moved));
  g_assert_true (concord_document_undo (document) == G_OBJECT (moved));
  g_assert_true (concord_memorandum_find_clause (m, concord_clause_get_id (moved), &where, &position) == moved);
  g_assert_true (where == roles);
  g_assert_cmpuint (position, ==, 0);
  concord_document_undo (document);
  g_assert_nonnull (concord_memorandum_find_clause (m, "cl-purpose", NULL, NULL));
  concord_document_undo (document);
  g_assert_cmpint (concord_section_find_clause (roles, "c-new"), ==, 1);
  concord_document_redo (document);
  concord_document_redo (document);
  concord_document_redo (document);
  concord_document_redo (document);
  g_assert_cmpstr (concord_clause_get_heading (moved), ==, "Councils, now in the purpose");
  assert_round_trip (document, start, 6);
}

/* A section taken out with its clauses, and put back: the clauses inside
 * are watched again. */
static void
test_section_remove (void)
{
  g_autoptr(ConcordDocument) document = new_document ();
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  GListModel *sections = concord_memorandum_get_sections (m);
  g_autoptr(ConcordSection) roles = g_object_ref (section_at (document, 1));
  ConcordClause *first = concord_section_get_clause (roles, 0);
  g_autofree char *heading = g_strdup (concord_clause_get_heading (first));
  g_autoptr(GBytes) start = serialize (document);

  concord_document_remove_item (document, sections, 1);
  g_assert_null (concord_memorandum_find_clause (m, concord_clause_get_id (first), NULL, NULL));
  concord_clause_set_heading (first, "Not an edit");
  concord_clause_set_heading (first, heading);
  concord_document_undo (document);
  g_assert_false (concord_document_can_undo (document));

  concord_clause_set_heading (first, "Councils' role");
  g_assert_true (concord_document_can_undo (document));
  concord_document_undo (document);
  g_assert_cmpstr (concord_clause_get_heading (first), ==, heading);
  {
    g_autoptr(GBytes) now = serialize (document);

    assert_bytes_equal (now, start);
  }
}

static GPtrArray *
paragraphs (const char *first,
            const char *party,
            const char *second)
{
  GPtrArray *blocks = concord_blocks_new ();
  ConcordBlock *block = concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 0, first);

  concord_block_append_run (block, CONCORD_RUN_PARTY, party, FALSE);
  g_ptr_array_add (blocks, block);
  g_ptr_array_add (blocks, concord_block_new_text (CONCORD_BLOCK_ITEM, 1, second));

  return blocks;
}

/* Body text, recitals and a term's meaning. */
static void
test_body_text (void)
{
  g_autoptr(ConcordDocument) document = new_document ();
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  ConcordClause *clause = concord_memorandum_find_clause (m, "role-ofsted", NULL, NULL);
  g_autoptr(GPtrArray) before = concord_blocks_copy (concord_clause_get_body (clause));
  g_autoptr(GPtrArray) body = paragraphs ("Inspections are led by ", "ofsted", "with notice.");
  g_autoptr(GPtrArray) recitals = paragraphs ("The parties, with ", "dfe", "agree.");
  g_autoptr(GBytes) start = serialize (document);

  concord_clause_set_body (clause, body);
  concord_memorandum_set_recitals (m, recitals);
  g_assert_true (concord_document_undo (document) == G_OBJECT (m));
  g_assert_true (concord_document_undo (document) == G_OBJECT (clause));
  g_assert_true (concord_blocks_equal (concord_clause_get_body (clause), before));
  concord_document_redo (document);
  g_assert_true (concord_blocks_equal (concord_clause_get_body (clause), body));
  concord_document_redo (document);
  assert_round_trip (document, start, 2);
}

/* Explicit groups, nested, are one step; an empty one is none. */
static void
test_group (void)
{
  g_autoptr(ConcordDocument) document = new_document ();
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  ConcordParty *lga = concord_memorandum_find_party (m, "lga");
  g_autoptr(GBytes) start = serialize (document);
  guint changed = 0;

  g_signal_connect (document, "changed", G_CALLBACK (count_cb), &changed);
  concord_document_begin_group (document);
  concord_document_end_group (document, NULL);
  g_assert_false (concord_document_can_undo (document));
  g_assert_cmpuint (changed, ==, 0);

  concord_document_begin_group (document);
  concord_party_set_name (lga, "Local Government Association of England");
  concord_document_begin_group (document);
  concord_party_set_short_name (lga, "LGAE");
  concord_memorandum_set_reference (m, "MOU/1");
  concord_document_end_group (document, G_OBJECT (lga));
  /* "changed" waits for the group to end. */
  g_assert_cmpuint (changed, ==, 0);
  concord_document_end_group (document, NULL);
  g_assert_cmpuint (changed, ==, 1);

  g_assert_true (concord_document_undo (document) == G_OBJECT (lga));
  g_assert_false (concord_document_can_undo (document));
  g_assert_null (concord_memorandum_get_reference (m));
  concord_document_redo (document);
  assert_round_trip (document, start, 1);
}

static ConcordMemorandum *
copy_memorandum (ConcordMemorandum *m)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = concord_memorandum_serialize (m);
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  ConcordMemorandum *copy = concord_memorandum_load_from_data (data, length, "copy", &error);

  g_assert_no_error (error);
  return copy;
}

static int
find_change (ConcordDiff       *diff,
             ConcordDiffObject  object,
             const char        *id)
{
  for (guint i = 0; i < concord_diff_get_n_changes (diff); i++)
    {
      const ConcordDiffChange *change = concord_diff_get_change (diff, i);

      if (concord_diff_change_get_object (change) == object &&
          g_strcmp0 (concord_diff_change_get_id (change), id) == 0)
        return (int) i;
    }

  g_assert_not_reached ();
}

/* Accepting each change of a comparison is one step; all of them give the
 * other version; undoing all gives the document back. */
static void
test_accept_change (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordDocument) document = new_document ();
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  g_autoptr(ConcordMemorandum) other = copy_memorandum (m);
  g_autoptr(ConcordClause) added = concord_clause_new ("gen-publication");
  g_autoptr(ConcordParty) party = concord_party_new ("p-newcomer");
  g_autoptr(ConcordDiff) diff = NULL;
  g_autoptr(GBytes) start = serialize (document);
  ConcordSection *roles;
  int n_changes;

  /* The other version: a renamed party, a changed and a moved clause, an
   * added clause, a new party, another title, a removed clause. */
  concord_party_set_name (concord_memorandum_find_party (other, "lga"), "Local Government Association of England");
  concord_clause_set_status (concord_memorandum_find_clause (other, "role-councils", NULL, NULL),
                             CONCORD_CLAUSE_STATUS_AGREED);
  {
    GListModel *sections = concord_memorandum_get_sections (other);
    g_autoptr(ConcordSection) other_roles = g_list_model_get_item (sections, 1);
    g_autoptr(ConcordClause) ofsted = g_object_ref (concord_memorandum_find_clause (other, "role-ofsted", NULL, NULL));

    concord_section_remove_clause (other_roles, concord_section_find_clause (other_roles, "role-ofsted"));
    concord_section_insert_clause (other_roles, 0, ofsted);
    concord_clause_set_heading (added, "Publication");
    concord_section_append_clause (other_roles, added);
    concord_section_remove_clause (other_roles, concord_section_find_clause (other_roles, "role-adcs-regional"));
  }
  concord_party_set_name (party, "Newcomer Trust");
  g_list_store_append (G_LIST_STORE (concord_memorandum_get_parties (other)), party);
  concord_memorandum_set_title (other, "Another title");

  diff = concord_diff_new (m, other);
  n_changes = concord_diff_get_n_changes (diff);
  g_assert_cmpint (n_changes, ==, 7);
  g_assert_cmpint (concord_diff_change_get_kind (concord_diff_get_change (diff, find_change (diff, CONCORD_DIFF_OBJECT_CLAUSE, "role-ofsted"))), ==,
                   CONCORD_DIFF_MOVED);

  for (int i = 0; i < n_changes; i++)
    {
      g_assert_true (concord_document_accept_change (document, diff, i, &error));
      g_assert_no_error (error);
    }
  g_assert_true (concord_document_get_modified (document));
  {
    g_autoptr(ConcordDiff) left = concord_diff_new (m, other);

    g_assert_true (concord_diff_is_empty (left));
  }
  roles = section_at (document, 1);
  g_assert_cmpint (concord_section_find_clause (roles, "role-ofsted"), ==, 0);
  assert_round_trip (document, start, n_changes);
  g_assert_true (concord_document_get_modified (document));

  /* Undoing the move alone puts the clause back where it was. */
  {
    g_autoptr(ConcordDiff) again = NULL;
    int moved;

    while (concord_document_can_undo (document))
      concord_document_undo (document);
    again = concord_diff_new (m, other);
    moved = find_change (again, CONCORD_DIFF_OBJECT_CLAUSE, "role-ofsted");
    g_assert_true (concord_document_accept_change (document, again, moved, &error));
    g_assert_cmpint (concord_section_find_clause (roles, "role-ofsted"), ==, 0);
    g_assert_true (concord_document_undo (document) == G_OBJECT (concord_memorandum_find_clause (m, "role-ofsted", NULL, NULL)));
    g_assert_cmpint (concord_section_find_clause (roles, "role-ofsted"), >, 0);
    g_assert_false (concord_document_get_modified (document));
  }
}

/* Refused changes leave the document and its history as they were. */
static void
test_accept_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordDocument) document = new_document ();
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  g_autoptr(ConcordMemorandum) other = copy_memorandum (m);
  g_autoptr(ConcordSection) section = concord_section_new ("sec-annexed");
  g_autoptr(ConcordClause) clause = concord_clause_new ("cl-annexed");
  g_autoptr(ConcordDiff) diff = NULL;
  g_autoptr(ConcordDiff) ids = NULL;
  g_autoptr(ConcordMemorandum) renamed = NULL;
  g_autoptr(GBytes) start = serialize (document);
  g_autoptr(GBytes) after = NULL;
  guint changed = 0;

  concord_section_append_clause (section, clause);
  g_list_store_append (G_LIST_STORE (concord_memorandum_get_sections (other)), section);
  /* In the other version "dfe" is gone, while clauses here still name it. */
  g_list_store_remove (G_LIST_STORE (concord_memorandum_get_parties (other)), 3);
  diff = concord_diff_new (m, other);

  g_signal_connect (document, "changed", G_CALLBACK (count_cb), &changed);
  g_assert_false (concord_document_accept_change (document, diff,
                                                  find_change (diff, CONCORD_DIFF_OBJECT_CLAUSE, "cl-annexed"),
                                                  &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (concord_document_accept_change (document, diff,
                                                  find_change (diff, CONCORD_DIFF_OBJECT_PARTY, "dfe"),
                                                  &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_REFERENCE);
  g_clear_error (&error);
  g_assert_false (concord_document_can_undo (document));
  g_assert_false (concord_document_get_modified (document));
  g_assert_cmpuint (changed, ==, 0);
  after = serialize (document);
  assert_bytes_equal (after, start);

  /* The open document keeps its own memorandum id. */
  renamed = copy_memorandum (m);
  concord_memorandum_set_id (renamed, "mou-another");
  ids = concord_diff_new (m, renamed);
  g_assert_cmpuint (concord_diff_get_n_changes (ids), ==, 1);
  g_assert_false (concord_document_accept_change (document, ids, 0, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_REFERENCE);
  g_assert_cmpstr (concord_memorandum_get_id (m), !=, "mou-another");
  g_assert_false (concord_document_can_undo (document));
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static char *
temp_path (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("concord-document-XXXXXX", &error);

  g_assert_no_error (error);
  return g_build_filename (folder, name, NULL);
}

static void
remove_file_and_folder (const char *path)
{
  g_autofree char *folder = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (folder);
}

/* A dismissal added to the memorandum's list (as the Problems view adds
 * one) is an edit undo takes back; other edits, a save and a reload keep
 * it; a dismissal's reason changed in place is an edit too. */
static void
test_dismissal_kept (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordDocument) document = new_document ();
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  GListModel *dismissals = concord_memorandum_get_dismissals (m);
  g_autoptr(ConcordDismissal) d = concord_dismissal_new (CONCORD_LINT_AREA_OVERLAP, "clause:role-adcs",
                                                         "Both develop leaders, by design.");
  g_autoptr(GBytes) start = serialize (document);
  g_autofree char *path = temp_path ("dismissed.mou");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ConcordDocument) reopened = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  gboolean dismissed = FALSE;

  g_list_store_append (G_LIST_STORE (dismissals), d);
  g_assert_true (concord_document_get_modified (document));
  g_assert_true (concord_document_undo (document) != NULL);
  g_assert_cmpuint (g_list_model_get_n_items (dismissals), ==, 0);
  g_assert_false (concord_document_get_modified (document));
  concord_document_redo (document);
  g_assert_cmpuint (g_list_model_get_n_items (dismissals), ==, 1);

  concord_memorandum_set_title (m, "Retitled");
  concord_dismissal_set_reason (d, "Both develop leaders, on purpose.");
  assert_round_trip (document, start, 3);
  g_assert_cmpuint (g_list_model_get_n_items (dismissals), ==, 1);

  g_assert_true (concord_document_save (document, file, &error));
  g_assert_no_error (error);
  reopened = concord_document_new_from_file (file, &error);
  g_assert_no_error (error);
  dismissals = concord_memorandum_get_dismissals (concord_document_get_memorandum (reopened));
  g_assert_cmpuint (g_list_model_get_n_items (dismissals), ==, 1);
  findings = concord_memorandum_lint (concord_document_get_memorandum (reopened));
  for (guint i = 0; i < findings->len; i++)
    {
      const ConcordFinding *f = g_ptr_array_index (findings, i);

      if (g_strcmp0 (f->target, "clause:role-adcs") == 0 && g_str_equal (f->code, CONCORD_LINT_AREA_OVERLAP))
        dismissed = g_strcmp0 (f->dismissed, "Both develop leaders, on purpose.") == 0;
    }
  g_assert_true (dismissed);
  remove_file_and_folder (path);
}

/* The saved point: undoing back to it is unmodified; redoing to it too;
 * once it is dropped from the history, the document stays modified. */
static void
test_saved_point (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordDocument) document = new_document ();
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  g_autofree char *path = temp_path ("saved.mou");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ConcordMemorandum) saved = NULL;

  concord_memorandum_set_title (m, "First");
  g_assert_true (concord_document_save (document, file, &error));
  g_assert_no_error (error);
  g_assert_false (concord_document_get_modified (document));
  g_assert_true (concord_document_get_file (document) == file);

  /* Typing on after a save is a new edit, not part of the saved one. */
  concord_memorandum_set_title (m, "Second");
  g_assert_true (concord_document_get_modified (document));
  concord_document_undo (document);
  g_assert_cmpstr (concord_memorandum_get_title (m), ==, "First");
  g_assert_false (concord_document_get_modified (document));
  concord_document_undo (document);
  g_assert_true (concord_document_get_modified (document));
  concord_document_redo (document);
  g_assert_false (concord_document_get_modified (document));

  /* Undo past the save, then a new edit: the saved state is gone. */
  concord_document_undo (document);
  concord_memorandum_set_reference (m, "MOU/2");
  g_assert_true (concord_document_get_modified (document));
  concord_document_undo (document);
  g_assert_true (concord_document_get_modified (document));

  /* What was saved is what the file holds. */
  saved = concord_memorandum_load_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (concord_memorandum_get_title (saved), ==, "First");

  remove_file_and_folder (path);
}

/* A save that fails keeps the document modified and tied to its file. */
static void
test_save_fails (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordDocument) document = new_document ();
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent-folder/for/concord.mou");

  concord_memorandum_set_title (concord_document_get_memorandum (document), "Unsaved");
  g_assert_false (concord_document_save (document, file, &error));
  g_assert_nonnull (error);
  g_assert_true (concord_document_get_modified (document));
  g_assert_null (concord_document_get_file (document));
}

static gboolean
has_draft (const char *id)
{
  g_autoptr(GPtrArray) drafts = concord_drafts_list ();

  for (guint i = 0; i < drafts->len; i++)
    if (g_strcmp0 (((ConcordDraftInfo *) g_ptr_array_index (drafts, i))->id, id) == 0)
      return TRUE;

  return FALSE;
}

/* Drafts: written apart from the file, listed with their title, restored
 * as unsaved work for the same file, removed by a real save. */
static void
test_drafts (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordDocument) document = new_document ();
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  g_autofree char *path = temp_path ("drafted.mou");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ConcordDocument) restored = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autofree char *folder = concord_drafts_folder ();
  g_autofree char *state = g_strdup (g_get_user_state_dir ());
  g_autofree char *restored_path = NULL;
  const char *id = concord_document_get_draft_id (document);
  ConcordDraftInfo *info;

  /* Isolated from the user's own drafts. */
  g_assert_true (g_str_has_prefix (folder, state));
  g_assert_true (concord_document_save (document, file, &error));
  g_assert_no_error (error);
  concord_memorandum_set_title (m, "Sharing Data on School Attendance");

  g_assert_true (concord_drafts_write (document, &error));
  g_assert_no_error (error);
  drafts = concord_drafts_list ();
  g_assert_cmpuint (drafts->len, ==, 1);
  info = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (info->id, ==, id);
  g_assert_cmpstr (info->title, ==, "Sharing Data on School Attendance");
  g_assert_cmpstr (info->original_path, ==, path);
  g_assert_nonnull (info->saved_at);
  {
    /* The file itself is untouched. */
    g_autoptr(ConcordMemorandum) on_disk = concord_memorandum_load_from_file (path, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (concord_memorandum_get_title (on_disk), !=, "Sharing Data on School Attendance");
  }

  restored = concord_drafts_restore (id, &error);
  g_assert_no_error (error);
  g_assert_true (concord_document_get_modified (restored));
  g_assert_cmpstr (concord_document_get_draft_id (restored), ==, id);
  restored_path = g_file_get_path (concord_document_get_file (restored));
  g_assert_cmpstr (restored_path, ==, path);
  {
    g_autoptr(GBytes) a = serialize (restored);
    g_autoptr(GBytes) b = serialize (document);

    assert_bytes_equal (a, b);
  }
  /* Restored work is unsaved even with nothing to undo, and stays so
   * after an edit and its undo. */
  g_assert_false (concord_document_can_undo (restored));
  concord_memorandum_set_reference (concord_document_get_memorandum (restored), "MOU/3");
  concord_document_undo (restored);
  g_assert_true (concord_document_get_modified (restored));

  /* A real save drops the draft. */
  g_assert_true (concord_document_save (restored, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (concord_document_get_modified (restored));
  g_assert_false (has_draft (id));

  /* A draft that does not load is an error, not a document, and stays. */
  g_assert_true (concord_drafts_write (document, &error));
  {
    g_autofree char *mou = g_strconcat (folder, G_DIR_SEPARATOR_S, id, ".mou", NULL);

    g_assert_true (g_file_set_contents (mou, "<memorandum", -1, &error));
    g_assert_null (concord_drafts_restore (id, &error));
    g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_PARSE);
    g_clear_error (&error);
    g_assert_true (has_draft (id));
  }
  concord_drafts_remove (id);
  g_assert_false (has_draft (id));

  remove_file_and_folder (path);
}

/* No drafts folder can be made: a GError, not a crash, and no draft. */
static void
test_drafts_unwritable (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordDocument) document = new_document ();
  g_autofree char *blocker = g_build_filename (g_get_user_state_dir (), "concord", NULL);

  /* A file where the folder should be stops even root. */
  remove_tree (blocker);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_state_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (blocker, "not a folder", -1, &error));
  g_assert_no_error (error);

  concord_memorandum_set_title (concord_document_get_memorandum (document), "Unsaved");
  g_assert_false (concord_drafts_write (document, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);
  g_assert_nonnull (strstr (error->message, "drafts folder"));
  {
    g_autoptr(GPtrArray) drafts = concord_drafts_list ();

    g_assert_cmpuint (drafts->len, ==, 0);
  }
  g_assert_true (concord_document_get_modified (document));

  g_unlink (blocker);
}

/* An autosave that cannot write its draft says so once per streak of
 * failures: not after every edit, and again after a draft was written. */
typedef struct
{
  guint  n_reports;
  char  *message;
} Reports;

static void
autosave_error_cb (ConcordAutosave *autosave,
                   const GError    *error,
                   gpointer         data)
{
  Reports *reports = data;

  reports->n_reports++;
  g_free (reports->message);
  reports->message = g_strdup (error->message);
}

static void
autosave_once (ConcordAutosave *autosave,
               ConcordDocument *document,
               const char      *title)
{
  concord_memorandum_set_title (concord_document_get_memorandum (document), title);
  concord_autosave_schedule (autosave, document, 60 * 1000);
  g_assert_true (concord_autosave_pending (autosave));
  concord_autosave_flush (autosave);
  g_assert_false (concord_autosave_pending (autosave));
}

static void
block_state_folder (const char *blocker)
{
  g_autoptr(GError) error = NULL;

  /* A file where the folder should be stops even root. */
  remove_tree (blocker);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_state_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (blocker, "not a folder", -1, &error));
  g_assert_no_error (error);
}

static void
test_autosave_error_once (void)
{
  g_autoptr(ConcordDocument) document = new_document ();
  g_autoptr(ConcordAutosave) autosave = concord_autosave_new ();
  g_autofree char *blocker = g_build_filename (g_get_user_state_dir (), "concord", NULL);
  Reports reports = { 0, NULL };

  concord_autosave_set_error_func (autosave, autosave_error_cb, &reports, NULL);
  block_state_folder (blocker);

  autosave_once (autosave, document, "First");
  g_assert_cmpuint (reports.n_reports, ==, 1);
  g_assert_nonnull (strstr (reports.message, "drafts folder"));
  g_assert_true (concord_autosave_get_failing (autosave));
  autosave_once (autosave, document, "Second");
  autosave_once (autosave, document, "Third");
  g_assert_cmpuint (reports.n_reports, ==, 1);

  /* The folder can be made again: a draft is written, nothing reported. */
  g_assert_cmpint (g_unlink (blocker), ==, 0);
  autosave_once (autosave, document, "Fourth");
  g_assert_false (concord_autosave_get_failing (autosave));
  g_assert_cmpuint (reports.n_reports, ==, 1);

  /* A new failure is a new streak. */
  block_state_folder (blocker);
  autosave_once (autosave, document, "Fifth");
  g_assert_cmpuint (reports.n_reports, ==, 2);
  autosave_once (autosave, document, "Sixth");
  g_assert_cmpuint (reports.n_reports, ==, 2);

  g_unlink (blocker);
  g_free (reports.message);
}

/* A file that does not load gives an error with its place, opens nothing,
 * and leaves the open document and the file as they were. */
static void
test_broken_input (void)
{
  static const char *broken[] = {
    "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\">\n  <title>Unclosed\n",
    "not xml at all\n",
    "<?xml version=\"1.0\"?>\n<!DOCTYPE memorandum [<!ENTITY a \"aaaa\">]>\n<memorandum/>\n",
  };
  g_autoptr(ConcordDocument) document = new_document ();
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  g_autoptr(GBytes) start = NULL;
  g_autofree char *path = temp_path ("broken.mou");
  g_autoptr(GFile) file = g_file_new_for_path (path);

  concord_memorandum_set_title (m, "Open work");
  start = serialize (document);

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ConcordDocument) opened = NULL;
      g_autofree char *after = NULL;

      g_assert_true (g_file_set_contents (path, broken[i], -1, &error));
      opened = concord_document_new_from_file (file, &error);
      g_assert_null (opened);
      g_assert_nonnull (error);
      g_assert_true (error->domain == CONCORD_ERROR);
      g_assert_true (g_str_has_prefix (error->message, path));
      g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
      g_assert_cmpstr (after, ==, broken[i]);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent-folder/missing.mou");
    g_autoptr(GBytes) now = serialize (document);

    g_assert_null (concord_document_new_from_file (missing, &error));
    g_assert_nonnull (error);
    assert_bytes_equal (now, start);
    g_assert_true (concord_document_get_modified (document));
    g_assert_true (concord_document_can_undo (document));
    g_assert_null (concord_document_get_file (document));
  }

  {
    g_autoptr(GError) error = NULL;

    g_assert_null (concord_document_new_from_template ("no-such-template", &error));
    g_assert_nonnull (error);
  }

  remove_file_and_folder (path);
}

#ifdef HAVE_LIBGIT2
static void
git (const char *folder,
     const char *date,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status = 0;
  va_list args;
  const char *arg;

  g_ptr_array_add (argv, (char *) "git");
  va_start (args, date);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  env = g_environ_setenv (env, "GIT_AUTHOR_DATE", date, TRUE);
  env = g_environ_setenv (env, "GIT_COMMITTER_DATE", date, TRUE);
  env = g_environ_setenv (env, "GIT_CONFIG_NOSYSTEM", "1", TRUE);
  env = g_environ_setenv (env, "GIT_AUTHOR_NAME", "Ada Drafter", TRUE);
  env = g_environ_setenv (env, "GIT_AUTHOR_EMAIL", "ada@example.org", TRUE);
  env = g_environ_setenv (env, "GIT_COMMITTER_NAME", "Ada Drafter", TRUE);
  env = g_environ_setenv (env, "GIT_COMMITTER_EMAIL", "ada@example.org", TRUE);
  g_assert_true (g_spawn_sync (folder, (char **) argv->pdata, env, G_SPAWN_SEARCH_PATH |
                               G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
}

/* An earlier revision from git, compared with the open document: taking
 * its title back is one step of the document's history. */
static void
test_git_revision (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("concord-document-git-XXXXXX", &error);
  g_autofree char *path = g_build_filename (folder, "roles.mou", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(ConcordDocument) document = new_document ();
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  g_autoptr(GPtrArray) revisions = NULL;
  g_autoptr(ConcordMemorandum) first = NULL;
  g_autoptr(ConcordDiff) diff = NULL;
  ConcordRevision *oldest;

  g_assert_no_error (error);
  git (folder, "2026-01-01T10:00:00Z", "init", "-q", NULL);
  concord_memorandum_set_title (m, "First title");
  g_assert_true (concord_document_save (document, file, &error));
  git (folder, "2026-01-02T10:00:00Z", "add", "roles.mou", NULL);
  git (folder, "2026-01-02T10:00:00Z", "commit", "-q", "-m", "First draft", NULL);
  concord_memorandum_set_title (m, "Second title");
  g_assert_true (concord_document_save (document, NULL, &error));
  git (folder, "2026-01-03T10:00:00Z", "commit", "-q", "-a", "-m", "Retitle", NULL);
  g_assert_no_error (error);

  revisions = concord_git_list_revisions (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (revisions->len, ==, 2);
  oldest = g_ptr_array_index (revisions, 1);
  g_assert_cmpstr (oldest->summary, ==, "First draft");
  g_assert_cmpstr (oldest->author, ==, "Ada Drafter");

  first = concord_git_load_revision (file, oldest->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (concord_memorandum_get_title (first), ==, "First title");
  g_assert_null (concord_git_load_revision (file, "0123456789abcdef0123456789abcdef01234567", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  diff = concord_diff_new (m, first);
  g_assert_cmpuint (concord_diff_get_n_changes (diff), ==, 1);
  g_assert_true (concord_document_accept_change (document, diff, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (concord_memorandum_get_title (m), ==, "First title");
  g_assert_true (concord_document_get_modified (document));
  g_assert_true (concord_document_undo (document) == G_OBJECT (m));
  g_assert_cmpstr (concord_memorandum_get_title (m), ==, "Second title");
  g_assert_false (concord_document_get_modified (document));

  {
    g_autofree char *quoted = g_shell_quote (folder);
    g_autofree char *command = g_strdup_printf ("rm -rf %s", quoted);

    g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL));
  }
}
#endif

/* The document lets go of everything it watched. */
static void
test_finalize (void)
{
  ConcordDocument *document = new_document ();
  g_autoptr(ConcordMemorandum) m = g_object_ref (concord_document_get_memorandum (document));
  g_autoptr(ConcordClause) clause = g_object_ref (concord_memorandum_find_clause (m, "role-ofsted", NULL, NULL));

  concord_clause_set_heading (clause, "Inspection");
  g_assert_finalize_object (document);
  /* No handler is left on the model. */
  concord_clause_set_heading (clause, "After");
  g_assert_cmpuint (g_signal_handlers_disconnect_matched (clause, G_SIGNAL_MATCH_ID,
                                                          g_signal_lookup ("notify", G_TYPE_OBJECT),
                                                          0, NULL, NULL, NULL), ==, 0);
}

/* The shared asynchronous layout call */

typedef struct
{
  GPtrArray *layouts;
  GError    *error;
  gboolean   done;
  guint      calls;
  guint      fail_at;
} LayoutWait;

static void
layout_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  LayoutWait *wait = data;

  wait->layouts = concord_layout_finish (result, &wait->error);
  wait->done = TRUE;
}

static gboolean
count_layout_cb (ConcordDocumentLayout  *layout,
                 guint                   index,
                 gpointer                data,
                 GCancellable           *cancellable,
                 GError                **error)
{
  LayoutWait *wait = data;

  g_assert_cmpuint (index, ==, wait->calls);
  g_assert_cmpuint (concord_document_layout_get_n_pages (layout), >, 0);
  wait->calls++;
  if (wait->calls == wait->fail_at)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "refused");
      return FALSE;
    }

  return TRUE;
}

static void
run_layout (ConcordMemorandum          *m,
            const ConcordRenderOptions *options,
            guint                       n,
            gboolean                    keep,
            GCancellable               *cancellable,
            LayoutWait                 *wait)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  concord_layout_async (m, options, n, NULL, count_layout_cb, wait, keep, cancellable, layout_done_cb, wait);
  while (!wait->done)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
test_layout_async (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordDocument) document = concord_document_new_from_template ("sector-led-improvement", &error);
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  g_autofree char *title = g_strdup (concord_memorandum_get_title (m));
  g_autoptr(ConcordParty) first = g_list_model_get_item (concord_memorandum_get_parties (m), 0);
  g_autofree char *party = g_strdup (concord_party_get_id (first));
  ConcordRenderOptions options[2] = {
    { CONCORD_PAPER_A4, FALSE, NULL },
    { CONCORD_PAPER_LETTER, FALSE, party },
  };
  LayoutWait wait = { 0 };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  double width, height, a4_width, a4_height;

  g_assert_no_error (error);

  /* One layout per set of options, in order, from a copy taken at the call,
   * so editing meanwhile is safe. */
  concord_layout_async (m, options, 2, NULL, count_layout_cb, &wait, TRUE, NULL, layout_done_cb, &wait);
  concord_memorandum_set_title (m, "Changed while laying out");
  while (!wait.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (wait.error);
  g_assert_cmpuint (wait.calls, ==, 2);
  g_assert_cmpuint (wait.layouts->len, ==, 2);
  /* Each with its own options: A4, then Letter (wider for its height). */
  concord_document_layout_get_page_size (g_ptr_array_index (wait.layouts, 0), &a4_width, &a4_height);
  concord_document_layout_get_page_size (g_ptr_array_index (wait.layouts, 1), &width, &height);
  g_assert_cmpfloat (a4_width / a4_height, <, 0.71);
  g_assert_cmpfloat (width / height, >, 0.77);
  g_clear_pointer (&wait.layouts, g_ptr_array_unref);
  concord_memorandum_set_title (m, title);

  /* Layouts not kept are freed on the worker. */
  wait = (LayoutWait) { 0 };
  run_layout (m, options, 1, FALSE, NULL, &wait);
  g_assert_no_error (wait.error);
  g_assert_cmpuint (wait.layouts->len, ==, 0);
  g_clear_pointer (&wait.layouts, g_ptr_array_unref);

  /* A failure on the worker fails the call, and what was made goes. */
  wait = (LayoutWait) { .fail_at = 1 };
  run_layout (m, options, 2, TRUE, NULL, &wait);
  g_assert_error (wait.error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_null (wait.layouts);
  g_assert_cmpuint (wait.calls, ==, 1);
  g_clear_error (&wait.error);

  /* Cancelled before it starts: nothing is laid out. */
  wait = (LayoutWait) { 0 };
  g_cancellable_cancel (cancellable);
  run_layout (m, options, 2, TRUE, cancellable, &wait);
  g_assert_error (wait.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (wait.layouts);
  g_assert_cmpuint (wait.calls, ==, 0);
  g_clear_error (&wait.error);
}

static ConcordDocument *
open_published (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "tests", "data", "published", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  ConcordDocument *document = concord_document_new_from_file (file, &error);

  g_assert_no_error (error);
  g_assert_false (concord_document_can_undo (document));

  return document;
}

static guint
count_term_runs (GPtrArray  *blocks,
                 const char *id)
{
  guint n = 0;

  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    for (guint j = 0; j < concord_block_get_n_runs (g_ptr_array_index (blocks, i)); j++)
      {
        const ConcordRun *run = concord_block_get_run (g_ptr_array_index (blocks, i), j);

        n += run->kind == CONCORD_RUN_TERM && g_strcmp0 (run->text, id) == 0;
      }

  return n;
}

/* Terms are added, moved and removed as one edit each; a term the text
 * uses is named where before it goes, and its uses become its words, in
 * running text and in table cells alike. */
static void
test_term_add_move_remove (void)
{
  g_autoptr(ConcordDocument) document = open_published ("office-holders.mou");
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  GListModel *terms = concord_memorandum_get_terms (m);
  ConcordTerm *we = concord_memorandum_find_term (m, "t-we");
  ConcordTerm *agency = concord_memorandum_find_term (m, "t-agency");
  g_autoptr(ConcordAnnex) annex = concord_annex_new ("annex-t");
  g_autoptr(GPtrArray) body = concord_blocks_new ();
  g_autoptr(GPtrArray) meaning = concord_blocks_copy (concord_term_get_meaning (agency));
  g_autoptr(ConcordTable) table = concord_table_new (2, NULL);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func ((GDestroyNotify) concord_block_unref);
  g_autoptr(GBytes) start = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_auto(GStrv) forms = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body_text = NULL;
  g_autofree char *unused = NULL;
  ConcordBlock *cell;
  ConcordTerm *added;
  char *p;

  /* "we" in an annex's table and in another term's meaning too. */
  cell = concord_block_new (CONCORD_BLOCK_PARAGRAPH, 1);
  concord_block_append_term_run (cell, "t-we", "us");
  g_ptr_array_add (cells, cell);
  g_ptr_array_add (cells, concord_block_new_text (CONCORD_BLOCK_PARAGRAPH, 1, "contact"));
  g_assert_true (concord_table_append_row (table, cells, NULL));
  g_ptr_array_add (body, concord_block_new_table (table, NULL));
  concord_block_set_id (g_ptr_array_index (body, 0), "b-table");
  concord_annex_set_heading (annex, "Contacts");
  concord_annex_set_body (annex, body);
  concord_document_insert_item (document, concord_memorandum_get_annexes (m), 0, annex);
  concord_block_append_run (g_ptr_array_index (meaning, 0), CONCORD_RUN_TEXT, ", named by ", FALSE);
  concord_block_append_term_run (g_ptr_array_index (meaning, 0), "t-we", NULL);
  concord_term_set_meaning (agency, meaning);
  start = serialize (document);
  while (concord_document_can_undo (document))
    concord_document_undo (document);
  while (concord_document_can_redo (document))
    concord_document_redo (document);

  /* The forms the text prints must stay forms of the term. */
  forms = concord_structure_term_forms_in_use (document, we);
  g_assert_cmpuint (g_strv_length (forms), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) forms, "our"));
  g_assert_true (g_strv_contains ((const char * const *) forms, "us"));

  body_text = concord_structure_describe_term_removal (document, we, &heading);
  g_assert_nonnull (body_text);
  g_assert_cmpstr (heading, ==, "Remove “we”?");
  g_assert_nonnull (strstr (body_text, "clause 1.1 Purpose"));
  g_assert_nonnull (strstr (body_text, "the meaning of “the Agency”"));
  g_assert_nonnull (strstr (body_text, "Contacts"));
  /* Its own meaning is not a use; the background does not use it. */
  g_assert_null (strstr (body_text, "the meaning of “we”"));
  g_assert_null (strstr (body_text, "background"));
  g_clear_pointer (&heading, g_free);
  g_clear_pointer (&body_text, g_free);
  body_text = concord_structure_describe_term_removal (document, agency, &heading);
  g_assert_nonnull (strstr (body_text, "the background"));

  /* Removed: one edit, the words kept as they printed. */
  g_assert_true (concord_structure_remove_term (document, we));
  g_assert_null (concord_memorandum_find_term (m, "t-we"));
  xml = serialize (document);
  g_assert_null (strstr (g_bytes_get_data (xml, NULL), "t-we"));
  p = strstr (g_bytes_get_data (xml, NULL), "This memorandum records how we will share");
  g_assert_nonnull (p);
  g_assert_nonnull (strstr (p, "the way in which our officials"));
  g_assert_nonnull (strstr (g_bytes_get_data (xml, NULL), "<cell>us</cell>"));
  g_assert_cmpstr (concord_block_get_id (g_ptr_array_index (concord_annex_get_body (annex), 0)), ==, "b-table");
  g_assert_nonnull (concord_block_get_table (g_ptr_array_index (concord_annex_get_body (annex), 0)));
  g_assert_nonnull (strstr (g_bytes_get_data (xml, NULL), ", named by we</meaning>"));
  g_assert_cmpuint (count_term_runs (concord_term_get_meaning (agency), "t-we"), ==, 0);
  /* Undo names the term, which the window cannot select: it stays. */
  g_assert_true (concord_document_undo (document) == G_OBJECT (we));
  {
    g_autoptr(GBytes) now = serialize (document);

    assert_bytes_equal (now, start);
  }
  concord_document_redo (document);
  {
    g_autoptr(GBytes) now = serialize (document);

    assert_bytes_equal (now, xml);
  }
  concord_document_undo (document);
  g_assert_true (concord_memorandum_find_term (m, "t-we") == we);
  g_assert_cmpuint (count_term_runs (concord_term_get_meaning (agency), "t-we"), ==, 1);

  /* An unused term goes without asking. */
  added = concord_structure_add_term (document, G_MAXUINT);
  g_assert_true (g_str_has_prefix (concord_term_get_id (added), "t-"));
  g_assert_true (g_list_model_get_n_items (terms) == 4);
  g_assert_null (concord_structure_describe_term_removal (document, added, &heading));
  g_object_ref (added);
  concord_structure_remove_term (document, added);
  g_assert_cmpuint (g_list_model_get_n_items (terms), ==, 3);
  /* Removing it again, or a term of no memorandum, does nothing. */
  g_assert_false (concord_structure_remove_term (document, added));
  g_object_unref (added);
  concord_document_undo (document);
  concord_document_undo (document);
  g_assert_cmpuint (g_list_model_get_n_items (terms), ==, 3);

  /* Moves stop at either end. */
  g_assert_false (concord_structure_move_term (document, g_list_model_get_item (terms, 0), -1));
  g_object_unref (g_list_model_get_item (terms, 0));
  g_assert_true (concord_structure_move_term (document, we, -1));
  g_assert_true (concord_memorandum_find_term (m, "t-we") == we);
  {
    g_autoptr(ConcordTerm) second = g_list_model_get_item (terms, 1);
    g_autoptr(ConcordTerm) last = g_list_model_get_item (terms, 2);

    g_assert_true (second == we);
    g_assert_false (concord_structure_move_term (document, agency, 1));
    g_assert_true (last == agency);
  }
  concord_document_undo (document);
  {
    g_autoptr(ConcordTerm) last = g_list_model_get_item (terms, 2);

    g_assert_true (last == we);
  }
  g_clear_pointer (&heading, g_free);
  unused = concord_structure_describe_term_removal (document, concord_memorandum_find_term (m, "t-act"), &heading);
  g_assert_nonnull (unused);
}

/* Named structure edits, as the window's actions run them. */
static void
test_structure_apply (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordDocument) document = concord_document_new_from_template ("sector-led-improvement", &error);
  ConcordMemorandum *m = concord_document_get_memorandum (document);
  g_autoptr(ConcordSection) section = g_list_model_get_item (concord_memorandum_get_sections (m), 0);
  guint n = concord_section_get_n_clauses (section);
  const char *focus = "unset";
  GObject *added;

  g_assert_no_error (error);
  added = concord_structure_apply (document, "clause-add", G_OBJECT (section), &focus);
  g_assert_true (CONCORD_IS_CLAUSE (added));
  g_assert_cmpstr (focus, ==, "heading");
  g_assert_cmpuint (concord_section_get_n_clauses (section), ==, n + 1);
  g_assert_true (G_OBJECT (concord_section_get_clause (section, 0)) == added);

  /* An edit for clauses does nothing to a section, or to nothing. */
  g_assert_null (concord_structure_apply (document, "clause-remove", G_OBJECT (section), &focus));
  g_assert_null (focus);
  g_assert_null (concord_structure_apply (document, "clause-duplicate", NULL, &focus));
  g_assert_null (concord_structure_apply (document, "no-such-edit", added, &focus));
  g_assert_cmpuint (concord_section_get_n_clauses (section), ==, n + 1);

  /* Removing selects what follows, and undo brings it back. */
  g_assert_nonnull (concord_structure_apply (document, "remove-item", added, &focus));
  g_assert_cmpuint (concord_section_get_n_clauses (section), ==, n);
  concord_document_undo (document);
  g_assert_cmpuint (concord_section_get_n_clauses (section), ==, n + 1);
  for (const char * const *name = concord_structure_list_edits (); *name != NULL; name++)
    g_assert_true (strchr (*name, '.') == NULL);
}

/* Settling the conflicts of a merged file: each choice one step of undo,
 * the conflict back with it, and a clean file once none is left. */
static void
test_resolve_conflicts (void)
{
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "tests", "data", "conflicts", "two-organisations.mou", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordDocument) document = concord_document_new_from_file (file, &error);
  ConcordMemorandum *m;
  GListModel *conflicts;
  const ConcordConflictSide theirs = CONCORD_CONFLICT_THEIRS;
  g_autoptr(ConcordConflict) heading = NULL;
  g_autoptr(ConcordConflict) recitals = NULL;
  ConcordClause *scope;
  g_autofree char *dir = g_dir_make_tmp ("concord-resolve-XXXXXX", NULL);
  g_autofree char *saved = g_build_filename (dir, "settled.mou", NULL);
  g_autoptr(GFile) saved_file = g_file_new_for_path (saved);
  g_autofree char *contents = NULL;
  GObject *shown;

  g_assert_no_error (error);
  m = concord_document_get_memorandum (document);
  conflicts = concord_memorandum_get_conflicts (m);
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 2);
  recitals = g_list_model_get_item (conflicts, 0);
  heading = g_list_model_get_item (conflicts, 1);
  scope = concord_memorandum_find_clause (m, "cl-scope", NULL, NULL);
  g_assert_cmpstr (concord_clause_get_heading (scope), ==, "Scope of this memorandum");

  shown = concord_document_resolve_conflict (document, heading, &theirs, &error);
  g_assert_no_error (error);
  g_assert_true (shown == G_OBJECT (scope));
  g_assert_cmpstr (concord_clause_get_heading (scope), ==, "Extent");
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 1);
  g_assert_true (concord_document_get_modified (document));

  /* One undo takes back the heading and brings the conflict back. */
  g_assert_true (concord_document_undo (document) == G_OBJECT (scope));
  g_assert_cmpstr (concord_clause_get_heading (scope), ==, "Scope of this memorandum");
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 2);
  concord_document_redo (document);
  g_assert_cmpstr (concord_clause_get_heading (scope), ==, "Extent");
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 1);

  /* Kept as it is: only the conflict goes. */
  g_assert_nonnull (concord_document_resolve_conflict (document, recitals, NULL, &error));
  g_assert_cmpuint (g_list_model_get_n_items (conflicts), ==, 0);
  g_assert_true (concord_document_save (document, saved_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (saved, &contents, NULL, NULL));
  g_assert_null (strstr (contents, "<conflicts>"));
  g_assert_nonnull (strstr (contents, "<heading>Extent</heading>"));
  g_assert_nonnull (strstr (contents, "and associated legislation"));
  /* Settled twice: refused, with nothing changed. */
  g_assert_null (concord_document_resolve_conflict (document, recitals, &theirs, &error));
  g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND);
  g_assert_cmpstr (concord_clause_get_heading (scope), ==, "Extent");
  g_unlink (saved);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("concord-document-home-XXXXXX", NULL);
  int status;

  /* One isolated home for the process, rather than G_TEST_OPTION_ISOLATE_DIRS:
   * GLib 2.74 leaks the previous folders' names each time that option sets
   * them, which the leak-checking run would report. */
  g_assert_nonnull (home);
  for (guint i = 0; i < 4; i++)
    {
      static const char *vars[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };
      g_autofree char *dir = g_build_filename (home, vars[i], NULL);

      g_setenv (vars[i], dir, TRUE);
    }
  g_setenv ("HOME", home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/field", test_field);
  g_test_add_func ("/document/clause-fields", test_clause_fields);
  g_test_add_func ("/document/party-add-remove", test_party_add_remove);
  g_test_add_func ("/document/clause-add-remove-move", test_clause_add_remove_move);
  g_test_add_func ("/document/section-remove", test_section_remove);
  g_test_add_func ("/document/body-text", test_body_text);
  g_test_add_func ("/document/group", test_group);
  g_test_add_func ("/document/accept-change", test_accept_change);
  g_test_add_func ("/document/accept-refused", test_accept_refused);
  g_test_add_func ("/document/saved-point", test_saved_point);
  g_test_add_func ("/document/dismissal-kept", test_dismissal_kept);
  g_test_add_func ("/document/save-fails", test_save_fails);
  g_test_add_func ("/document/drafts", test_drafts);
  g_test_add_func ("/document/drafts-unwritable", test_drafts_unwritable);
  g_test_add_func ("/document/autosave-error-once", test_autosave_error_once);
  g_test_add_func ("/document/broken-input", test_broken_input);
  g_test_add_func ("/document/finalize", test_finalize);
  g_test_add_func ("/document/layout-async", test_layout_async);
  g_test_add_func ("/document/structure-apply", test_structure_apply);
  g_test_add_func ("/document/term-add-move-remove", test_term_add_move_remove);
  g_test_add_func ("/document/resolve-conflicts", test_resolve_conflicts);
#ifdef HAVE_LIBGIT2
  g_test_add_func ("/document/git-revision", test_git_revision);
#endif

  status = g_test_run ();
  remove_tree (home);
  return status;
}
