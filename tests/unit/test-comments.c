/* test-comments.c: comment threads: changes, the file, diff, merge and
 * the printed appendix.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "concord-core.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\" id=\"m\" status=\"draft\" language=\"en-GB\">\n" \
  "  <title>Comments</title>\n  <revision>1</revision>\n" \
  "  <parties><party id=\"a\" kind=\"signatory\"><name>Alpha Council</name></party>\n" \
  "  <party id=\"b\" kind=\"signatory\"><name>Beta Trust</name></party></parties>\n" \
  "  <section id=\"s\" kind=\"roles\"><heading>Roles</heading>\n" \
  "    <clause id=\"c\" kind=\"role\" status=\"agreed\" owner=\"a\"><heading>Alpha’s work</heading>\n" \
  "      <p>Alpha will report.</p>\n"
#define TAIL "    </clause>\n  </section>\n</memorandum>\n"

static ConcordMemorandum *
load (const char  *comments,
      GError     **error)
{
  g_autofree char *xml = g_strconcat (HEAD, comments, TAIL, NULL);

  return concord_memorandum_load_from_data (xml, strlen (xml), "test.mou", error);
}

static ConcordClause *
clause_of (ConcordMemorandum *m)
{
  return concord_memorandum_find_clause (m, "c", NULL, NULL);
}

static const char *
text_at (const ConcordCommentThread *thread,
         guint                       i)
{
  return ((ConcordCommentMessage *) g_ptr_array_index (thread->messages, i))->text;
}

/* Every change is a new value: the old one stays as it was, which is what
 * lets undo keep it. */
static void
test_changes (void)
{
  g_autoptr(ConcordComments) one = concord_comments_add_thread (NULL, "k1", "Ana", "2026-12-04T10:00:00Z", "Why?");
  g_autoptr(ConcordComments) two = concord_comments_add_reply (one, "k1", "Bo", "2026-12-04T11:00:00Z", "Because.");
  g_autoptr(ConcordComments) done = concord_comments_set_resolved (two, "k1", TRUE);
  g_autoptr(ConcordComments) more = concord_comments_add_thread (done, "k2", "Cy", "2026-12-05T09:00:00Z", "And?");
  g_autoptr(ConcordComments) less = concord_comments_remove_thread (more, "k1");
  g_autofree char *id = concord_comments_new_id (more);
  g_autofree char *now = concord_comments_now ();

  g_assert_cmpuint (concord_comments_get_n_threads (one), ==, 1);
  g_assert_cmpuint (concord_comments_get_thread (one, 0)->messages->len, ==, 1);
  g_assert_cmpuint (concord_comments_get_thread (two, 0)->messages->len, ==, 2);
  g_assert_false (concord_comments_get_thread (two, 0)->resolved);
  g_assert_true (concord_comments_get_thread (done, 0)->resolved);
  g_assert_cmpuint (concord_comments_count_open (more), ==, 1);
  g_assert_cmpuint (concord_comments_get_n_threads (less), ==, 1);
  g_assert_cmpstr (concord_comments_get_thread (less, 0)->id, ==, "k2");
  g_assert_null (concord_comments_find (less, "k1"));
  g_assert_null (concord_comments_find (more, id));
  g_assert_true (concord_comments_is_date (now));
  g_assert_false (concord_comments_is_date ("yesterday"));
  g_assert_false (concord_comments_is_date (NULL));

  g_assert_true (concord_comments_equal (NULL, NULL));
  g_assert_true (concord_comments_equal (less, less));
  g_assert_false (concord_comments_equal (one, two));
  g_assert_false (concord_comments_equal (two, done));
  g_assert_false (concord_comments_equal (NULL, one));
}

/* The file keeps threads, replies, authors, dates and the resolved state;
 * a clause without threads is written as before. */
static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = load ("      <comment id=\"k1\" resolved=\"true\">"
                                         "<message author=\"Ana &amp; Co\" date=\"2026-12-04T10:00:00Z\">"
                                         "Is “report” enough &lt;here&gt;?</message>"
                                         "<message author=\"Bo\" date=\"2026-12-04T11:00:00+01:00\">Yes.</message>"
                                         "</comment>\n"
                                         "      <comment id=\"k2\"><message author=\"Cy\" "
                                         "date=\"2026-12-05T09:00:00Z\">Open one.</message></comment>\n", &error);
  ConcordComments *comments;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(ConcordMemorandum) back = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  comments = concord_clause_get_comments (clause_of (m));
  g_assert_cmpuint (concord_comments_get_n_threads (comments), ==, 2);
  g_assert_true (concord_comments_get_thread (comments, 0)->resolved);
  g_assert_cmpstr (text_at (concord_comments_get_thread (comments, 0), 0), ==, "Is “report” enough <here>?");
  g_assert_cmpstr (((ConcordCommentMessage *) g_ptr_array_index (concord_comments_get_thread (comments, 0)->messages,
                                                                   0))->author, ==, "Ana & Co");
  bytes = concord_memorandum_serialize (m);
  back = concord_memorandum_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "back", &error);
  g_assert_no_error (error);
  g_assert_true (concord_comments_equal (concord_clause_get_comments (clause_of (back)), comments));

  /* Comments are not the memorandum's text. */
  text = concord_memorandum_to_text (m);
  g_assert_null (strstr (text, "Open one."));
}

/* Bad threads are refused with the place and the reason. */
static void
test_hostile (void)
{
  static const char *bad[] = {
    /* Two threads with one id. */
    "<comment id=\"k\"><message author=\"A\" date=\"2026-12-04T10:00:00Z\">x</message></comment>"
    "<comment id=\"k\"><message author=\"A\" date=\"2026-12-04T10:00:00Z\">y</message></comment>",
    /* No message. */
    "<comment id=\"k\"/>",
    /* Not a date. */
    "<comment id=\"k\"><message author=\"A\" date=\"Tuesday\">x</message></comment>",
    /* No author. */
    "<comment id=\"k\"><message date=\"2026-12-04T10:00:00Z\">x</message></comment>",
    /* An id that is no token. */
    "<comment id=\"a b\"><message author=\"A\" date=\"2026-12-04T10:00:00Z\">x</message></comment>",
    /* Markup inside a message. */
    "<comment id=\"k\"><message author=\"A\" date=\"2026-12-04T10:00:00Z\"><p>x</p></message></comment>",
    /* Resolved is yes or no. */
    "<comment id=\"k\" resolved=\"maybe\"><message author=\"A\" date=\"2026-12-04T10:00:00Z\">x</message></comment>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ConcordMemorandum) m = load (bad[i], &error);

      g_assert_null (m);
      g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA);
      g_assert_true (g_str_has_prefix (error->message, "test.mou:"));
    }

  /* A message over the limit. */
  {
    g_autofree char *huge = g_strnfill (20001, 'x');
    g_autofree char *comment = g_strdup_printf ("<comment id=\"k\"><message author=\"A\" date=\"2026-12-04T10:00:00Z\">"
                                                "%s</message></comment>", huge);
    g_autoptr(GError) error = NULL;
    g_autoptr(ConcordMemorandum) m = load (comment, &error);

    g_assert_null (m);
    g_assert_error (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA);
  }
}

/* Many messages read in one pass, and a date without a zone is UTC. */
static void
test_many_and_zoneless (void)
{
  g_autoptr(GString) xml = g_string_new ("<comment id=\"k\">");
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = NULL;
  g_autoptr(ConcordMemorandum) zoneless = NULL;

  for (guint i = 0; i < 40000; i++)
    g_string_append_printf (xml, "<message author=\"A\" date=\"2026-12-04T10:00:00Z\">%u</message>", i);
  g_string_append (xml, "</comment>");
  m = load (xml->str, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (concord_comments_get_thread (concord_clause_get_comments (clause_of (m)), 0)->messages->len, ==,
                    40000);

  zoneless = load ("<comment id=\"k\"><message author=\"A\" date=\"2026-12-04T10:00:00\">x</message></comment>",
                   &error);
  g_assert_no_error (error);
  g_assert_nonnull (zoneless);
}

/* A diff names the clause whose comments changed and shows them. */
static void
test_diff (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) old = load ("", &error);
  g_autoptr(ConcordMemorandum) new = load ("<comment id=\"k\"><message author=\"Ana\" date=\"2026-12-04T10:00:00Z\">"
                                           "Why?</message></comment>", &error);
  g_autoptr(ConcordDiff) diff = concord_diff_new (old, new);
  const ConcordDiffChange *change;
  g_autofree char *described = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (concord_diff_get_n_changes (diff), ==, 1);
  change = concord_diff_get_change (diff, 0);
  g_assert_cmpstr (concord_diff_change_get_id (change), ==, "c");
  described = concord_diff_change_describe (diff, 0);
  g_assert_nonnull (strstr (described, "comments"));
  g_assert_nonnull (strstr (described, "Open: Ana, 2026-12-04: Why?"));
  /* Applied, the change brings the comments over. */
  g_assert_true (concord_diff_change_apply (diff, 0, old, &error));
  g_assert_no_error (error);
  g_assert_true (concord_comments_equal (concord_clause_get_comments (clause_of (old)),
                                         concord_clause_get_comments (clause_of (new))));
}

/* Both sides' threads and replies survive a merge, with no conflict; one
 * side's resolve stands; a thread one side removed goes. */
static void
test_merge (void)
{
  g_autoptr(GError) error = NULL;
  const char *k1 = "<comment id=\"k1\"><message author=\"Ana\" date=\"2026-12-04T10:00:00Z\">Why?</message>";
  g_autofree char *base_xml = g_strconcat (k1, "</comment>", NULL);
  g_autofree char *ours_xml = g_strconcat (k1, "<message author=\"Bo\" date=\"2026-12-04T11:00:00Z\">Ours.</message>"
                                           "</comment><comment id=\"k2\"><message author=\"Bo\" "
                                           "date=\"2026-12-04T12:00:00Z\">New here.</message></comment>", NULL);
  g_autofree char *theirs_xml = g_strconcat ("<comment id=\"k1\" resolved=\"true\">"
                                             "<message author=\"Ana\" date=\"2026-12-04T10:00:00Z\">Why?</message>"
                                             "<message author=\"Cy\" date=\"2026-12-04T11:30:00Z\">Theirs.</message>"
                                             "</comment><comment id=\"k3\"><message author=\"Cy\" "
                                             "date=\"2026-12-04T13:00:00Z\">New there.</message></comment>", NULL);
  g_autoptr(ConcordMemorandum) base = load (base_xml, &error);
  g_autoptr(ConcordMemorandum) ours = load (ours_xml, &error);
  g_autoptr(ConcordMemorandum) theirs = load (theirs_xml, &error);
  g_autoptr(ConcordMerge) merge = NULL;
  ConcordComments *merged;
  const ConcordCommentThread *k1_merged;

  g_assert_no_error (error);
  merge = concord_merge_new (base, ours, theirs);
  g_assert_cmpuint (concord_merge_get_n_conflicts (merge), ==, 0);
  merged = concord_clause_get_comments (clause_of (concord_merge_get_result (merge)));
  g_assert_cmpuint (concord_comments_get_n_threads (merged), ==, 3);
  k1_merged = concord_comments_find (merged, "k1");
  g_assert_true (k1_merged->resolved);
  g_assert_cmpuint (k1_merged->messages->len, ==, 3);
  g_assert_cmpstr (text_at (k1_merged, 1), ==, "Ours.");
  g_assert_cmpstr (text_at (k1_merged, 2), ==, "Theirs.");
  g_assert_nonnull (concord_comments_find (merged, "k2"));
  g_assert_nonnull (concord_comments_find (merged, "k3"));

  /* Removed on one side, untouched on the other: gone. */
  {
    g_autoptr(ConcordComments) without = concord_comments_merge (concord_clause_get_comments (clause_of (base)), NULL,
                                                                 concord_clause_get_comments (clause_of (base)));

    g_assert_cmpuint (concord_comments_get_n_threads (without), ==, 0);
  }
}

/* Printed only when asked, as an appendix after the memorandum. */
static void
test_appendix (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = load ("<comment id=\"k\"><message author=\"Ana\" date=\"2026-12-04T10:00:00Z\">"
                                         "Plainly put?</message><message author=\"Bo\" date=\"2026-12-04T11:00:00Z\">"
                                         "Yes.</message></comment>", &error);
  ConcordRenderOptions plain = { CONCORD_PAPER_A4, FALSE, NULL, FALSE };
  ConcordRenderOptions with = { CONCORD_PAPER_A4, FALSE, NULL, TRUE };
  ConcordDocumentLayout *without_layout;
  ConcordDocumentLayout *with_layout;
  g_autoptr(GBytes) without_pdf = NULL;
  g_autoptr(GBytes) with_pdf = NULL;

  g_assert_no_error (error);
  without_layout = concord_document_layout_new (m, &plain, &error);
  g_assert_no_error (error);
  with_layout = concord_document_layout_new (m, &with, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (concord_document_layout_get_n_pages (with_layout), ==,
                    concord_document_layout_get_n_pages (without_layout) + 1);
  without_pdf = concord_render_pdf (m, &plain, &error);
  with_pdf = concord_render_pdf (m, &with, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (with_pdf), >, g_bytes_get_size (without_pdf));
  concord_document_layout_free (without_layout);
  concord_document_layout_free (with_layout);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/comments/changes", test_changes);
  g_test_add_func ("/core/comments/round-trip", test_round_trip);
  g_test_add_func ("/core/comments/hostile", test_hostile);
  g_test_add_func ("/core/comments/many-and-zoneless", test_many_and_zoneless);
  g_test_add_func ("/core/comments/diff", test_diff);
  g_test_add_func ("/core/comments/merge", test_merge);
  g_test_add_func ("/core/comments/appendix", test_appendix);

  return g_test_run ();
}
