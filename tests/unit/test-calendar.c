/* test-calendar.c: review reminders. Dates found in the words as drafters
 * write them, and refused when they are no dates; the dates of a
 * memorandum shaped like a published one; the iCalendar file parsed back
 * with libical.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libical/ical.h>
#include <string.h>

#include "concord-core.h"

static char *
iso (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static void
test_find_date (void)
{
  static const struct { const char *text; const char *date; const char *found; } cases[] = {
    { "by 31 March 2027.", "2027-03-31", "31 March 2027" },
    { "by 31st March 2027", "2027-03-31", "31st March 2027" },
    { "on March 31, 2027 at noon", "2027-03-31", "March 31, 2027" },
    { "from 2027-04-01 on", "2027-04-01", "2027-04-01" },
    { "in May 2027", "2027-05-01", "May 2027" },
    { "erbyn 31 Mawrth 2027", "2027-03-31", "31 Mawrth 2027" },
    { "avant le 1er avril 2028", "2028-04-01", "1er avril 2028" },
    { "le 14 juillet 2027", "2027-07-14", "14 juillet 2027" },
    { "a leap day, 29 February 2028", "2028-02-29", "29 February 2028" },
    { "31\u00a0December\u00a02027", "2027-12-31", "31\u00a0December\u00a02027" },
    /* No dates: a day that does not exist, a year out of reach, a month
     * or a year alone, digits run on, a month name that is a word. */
    { "29 February 2027", NULL, NULL },
    { "32 March 2027", NULL, NULL },
    { "31 April 2027", NULL, NULL },
    { "2027-13-01", NULL, NULL },
    { "2027-02-30", NULL, NULL },
    { "31 March 12027", NULL, NULL },
    { "31 March 1066", NULL, NULL },
    { "in March", NULL, NULL },
    { "in 2027", NULL, NULL },
    { "clause 31 March", NULL, NULL },
    { "123 March 2027", NULL, NULL },
    /* English months have capitals: "may" is the verb. */
    { "the parties may 2027 things", NULL, NULL },
    { "by 31 march 2027", NULL, NULL },
    { "", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate date;
      gsize start = 0, end = 0;
      gboolean found;

      g_date_clear (&date, 1);
      found = concord_text_find_date (cases[i].text, &date, &start, &end);
      g_test_message ("%s", cases[i].text);
      if (cases[i].date == NULL)
        g_assert_false (found);
      else
        {
          g_autofree char *got = NULL;
          g_autofree char *span = NULL;

          g_assert_true (found);
          got = iso (&date);
          span = g_strndup (cases[i].text + start, end - start);
          g_assert_cmpstr (got, ==, cases[i].date);
          g_assert_cmpstr (span, ==, cases[i].found);
        }
    }
  {
    GDate date;
    gsize start, end;

    g_date_clear (&date, 1);
    g_assert_false (concord_text_find_date (NULL, &date, &start, &end));
  }
}

static ConcordMemorandum *
load_dated (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (SOURCE_ROOT, "tests", "data", "calendar", "dated.mou", NULL);
  ConcordMemorandum *m = concord_memorandum_load_from_file (path, &error);

  g_assert_no_error (error);

  return m;
}

static const struct { const char *date; const char *clause; const char *number; } expected_dates[] = {
  { "2028-01-01", NULL, NULL },
  { "2027-03-31", "role-agency", "2.1" },
  { "2027-09-30", "role-agency", "2.1" },
  { "2027-11-01", "role-agency", "2.1" },
  { "2027-04-01", "role-office", "2.2" },
};

static void
test_collect (void)
{
  g_autoptr(ConcordMemorandum) m = load_dated ();
  g_autoptr(GPtrArray) items = concord_memorandum_collect_dates (m);

  g_assert_cmpuint (items->len, ==, G_N_ELEMENTS (expected_dates));
  for (guint i = 0; i < items->len; i++)
    {
      const ConcordDatedItem *item = g_ptr_array_index (items, i);
      g_autofree char *date = iso (&item->date);

      g_assert_cmpstr (date, ==, expected_dates[i].date);
      g_assert_cmpstr (item->clause_id, ==, expected_dates[i].clause);
      g_assert_cmpstr (item->clause_number, ==, expected_dates[i].number);
    }
  /* The sentence that names the date, with the party named as printed. */
  g_assert_cmpstr (((ConcordDatedItem *) items->pdata[1])->what, ==,
                   "The Agency will issue the first joint warnings by 31 March 2027.");
  g_assert_cmpstr (((ConcordDatedItem *) items->pdata[3])->what, ==,
                   "the parties will then meet in November 2027.");

  /* No review date, or one still to fill in: no review event. */
  concord_memorandum_set_review_date (m, NULL);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = concord_memorandum_collect_dates (m);
  g_assert_cmpuint (items->len, ==, G_N_ELEMENTS (expected_dates) - 1);
  g_assert_nonnull (((ConcordDatedItem *) items->pdata[0])->clause_id);
}

static void
test_icalendar (void)
{
  g_autoptr(ConcordMemorandum) m = load_dated ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) stamp = g_date_time_new_utc (2027, 1, 10, 9, 30, 0);
  guint n_events = 0;
  g_autofree char *text = concord_memorandum_to_icalendar (m, stamp, &n_events, &error);
  icalcomponent *calendar;
  guint i = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (n_events, ==, G_N_ELEMENTS (expected_dates));
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, G_N_ELEMENTS (expected_dates));
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT); event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT), i++)
    {
      struct icaltimetype start = icalcomponent_get_dtstart (event);
      struct icaltimetype dtstamp = icalcomponent_get_dtstamp (event);
      g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", start.year, start.month, start.day);
      icalproperty *clause = icalcomponent_get_first_property (event, ICAL_X_PROPERTY);
      const char *summary = icalcomponent_get_summary (event);

      g_assert_true (icaltime_is_date (start));
      g_assert_cmpstr (date, ==, expected_dates[i].date);
      g_assert_cmpint (dtstamp.year, ==, 2027);
      g_assert_cmpint (dtstamp.hour, ==, 9);
      g_assert_nonnull (icalcomponent_get_uid (event));
      g_assert_true (g_str_has_prefix (summary, "Review: ") == (expected_dates[i].clause == NULL));
      if (expected_dates[i].clause != NULL)
        {
          g_autofree char *which = g_strdup_printf ("clause %s", expected_dates[i].number);

          g_assert_nonnull (clause);
          g_assert_cmpstr (icalproperty_get_x_name (clause), ==, "X-CONCORD-CLAUSE");
          g_assert_cmpstr (icalproperty_get_x (clause), ==, expected_dates[i].clause);
          g_assert_nonnull (strstr (summary, which));
          g_assert_nonnull (strstr (icalcomponent_get_description (event), "2027"));
        }
    }
  icalcomponent_free (calendar);
}

/* A memorandum with no dates: a valid, empty calendar. */
static void
test_no_dates (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ConcordMemorandum) m = concord_template_instantiate ("blank", &error);
  guint n_events = 1;
  g_autofree char *text = NULL;
  icalcomponent *calendar;

  g_assert_no_error (error);
  text = concord_memorandum_to_icalendar (m, NULL, &n_events, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_events, ==, 0);
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 0);
  icalcomponent_free (calendar);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/calendar/find-date", test_find_date);
  g_test_add_func ("/core/calendar/collect", test_collect);
  g_test_add_func ("/core/calendar/icalendar", test_icalendar);
  g_test_add_func ("/core/calendar/no-dates", test_no_dates);

  return g_test_run ();
}
