/* concord-calendar.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-calendar"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <string.h>

#include "concord-calendar.h"
#include "concord-clause.h"
#include "concord-error.h"
#include "concord-memorandum.h"
#include "concord-numbering.h"
#include "concord-text.h"

/* Review reminders: the review date and the dates the clauses name, one
 * iCalendar event each (RFC 5545, written and checked by libical), so
 * that a drafter can put them in a calendar. A date is found in the
 * words as a drafter writes it: "31 March 2027", "March 31, 2027",
 * "2027-03-31", and in Welsh and French ("31 Mawrth 2027", "31 mars
 * 2027"). A month and year alone ("by March 2027") is the first of the
 * month. */

void
concord_dated_item_free (ConcordDatedItem *item)
{
  if (item == NULL)
    return;
  g_free (item->clause_id);
  g_free (item->clause_number);
  g_free (item->what);
  g_free (item);
}

/* Month names, lower case: English, Welsh (with its mutations), French. */
static const struct { const char *name; GDateMonth month; } months[] = {
  { "january", 1 }, { "february", 2 }, { "march", 3 }, { "april", 4 }, { "may", 5 }, { "june", 6 },
  { "july", 7 }, { "august", 8 }, { "september", 9 }, { "october", 10 }, { "november", 11 },
  { "december", 12 },
  { "ionawr", 1 }, { "chwefror", 2 }, { "mawrth", 3 }, { "fawrth", 3 }, { "ebrill", 4 }, { "mai", 5 },
  { "fai", 5 }, { "mehefin", 6 }, { "gorffennaf", 7 }, { "awst", 8 }, { "medi", 9 }, { "hydref", 10 },
  { "tachwedd", 11 }, { "rhagfyr", 12 },
  { "janvier", 1 }, { "février", 2 }, { "mars", 3 }, { "avril", 4 }, { "juin", 6 }, { "juillet", 7 },
  { "août", 8 }, { "septembre", 9 }, { "octobre", 10 }, { "novembre", 11 }, { "décembre", 12 },
};

/* The months before this one in the table are English. */
#define FIRST_NOT_ENGLISH 12

/* Years a memorandum plausibly names; others are not dates. */
#define FIRST_YEAR 1900
#define LAST_YEAR  2200

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c);
}

/* The month whose name is the word at @p (ASCII or UTF-8), and its end. */
static GDateMonth
month_at (const char  *p,
          const char **end)
{
  const char *q = p;
  g_autofree char *word = NULL;
  g_autofree char *lower = NULL;

  while (*q != '\0' && is_word_char (g_utf8_get_char (q)))
    q = g_utf8_next_char (q);
  if (q == p || q - p > 16)
    return G_DATE_BAD_MONTH;
  word = g_strndup (p, q - p);
  lower = g_utf8_strdown (word, -1);
  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    if (g_str_equal (lower, months[i].name) &&
        /* English writes months with a capital: "may" is the verb. */
        (i >= FIRST_NOT_ENGLISH || g_unichar_isupper (g_utf8_get_char (p))))
      {
        *end = q;
        return months[i].month;
      }

  return G_DATE_BAD_MONTH;
}

/* A number of at most @max_digits digits at @p, and its end. */
static gboolean
number_at (const char  *p,
           guint        max_digits,
           guint       *value,
           const char **end)
{
  guint n = 0, digits = 0;

  while (g_ascii_isdigit (p[digits]) && digits <= max_digits)
    n = n * 10 + (p[digits++] - '0');
  if (digits == 0 || digits > max_digits)
    return FALSE;
  *value = n;
  *end = p + digits;

  return TRUE;
}

static const char *
skip_spaces (const char *p)
{
  while (*p == ' ' || g_str_has_prefix (p, "\u00a0"))
    p += *p == ' ' ? 1 : strlen ("\u00a0");

  return p;
}

static gboolean
set_date (GDate *date,
          guint  day,
          guint  month,
          guint  year)
{
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);

  return TRUE;
}

/* A date at @p, a word start: its end in @end. */
static gboolean
date_at (const char  *p,
         gboolean     after_number,
         GDate       *date,
         const char **end)
{
  guint day, month, year;
  const char *q, *r;
  GDateMonth m;

  /* 2027-03-31 */
  if (number_at (p, 4, &year, &q) && q - p == 4 && *q == '-' && number_at (q + 1, 2, &month, &r) &&
      *r == '-' && number_at (r + 1, 2, &day, &q) && set_date (date, day, month, year))
    {
      *end = q;
      return TRUE;
    }
  /* 31 March 2027, 31st March 2027, 1er avril 2027 */
  if (number_at (p, 2, &day, &q))
    {
      const char *suffixes[] = { "st", "nd", "rd", "th", "er", "ed", "af", "fed", "ain", NULL };

      for (guint i = 0; suffixes[i] != NULL; i++)
        if (g_str_has_prefix (q, suffixes[i]) && !is_word_char (g_utf8_get_char (q + strlen (suffixes[i]))))
          {
            q += strlen (suffixes[i]);
            break;
          }
      q = skip_spaces (q);
      if (q > p && (m = month_at (q, &r)) != G_DATE_BAD_MONTH)
        {
          r = skip_spaces (r);
          if (number_at (r, 4, &year, &q) && !g_ascii_isdigit (*q) && set_date (date, day, m, year))
            {
              *end = q;
              return TRUE;
            }
        }
      return FALSE;
    }
  /* March 31, 2027; March 2027, but not the end of "32 March 2027" */
  if (!after_number && (m = month_at (p, &q)) != G_DATE_BAD_MONTH)
    {
      q = skip_spaces (q);
      if (number_at (q, 2, &day, &r) && *r == ',')
        {
          r = skip_spaces (r + 1);
          if (number_at (r, 4, &year, &q) && !g_ascii_isdigit (*q) && set_date (date, day, m, year))
            {
              *end = q;
              return TRUE;
            }
          return FALSE;
        }
      if (number_at (q, 4, &year, &r) && r - q == 4 && !g_ascii_isdigit (*r) && set_date (date, 1, m, year))
        {
          *end = r;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * concord_text_find_date:
 * @start: (out): where the date starts, in bytes
 * @end: (out): where it ends
 *
 * Finds the first date @text names.
 */
gboolean
concord_text_find_date (const char *text,
                        GDate      *date,
                        gsize      *start,
                        gsize      *end)
{
  g_return_val_if_fail (date != NULL && start != NULL && end != NULL, FALSE);

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      const char *after;
      const char *before = p;

      if (!is_word_char (g_utf8_get_char (p)) ||
          (p > text && is_word_char (g_utf8_get_char (g_utf8_find_prev_char (text, p)))))
        continue;
      /* The word before, past spaces: a number (or "31st") there is a
       * day that was no date. */
      while (before > text && (before[-1] == ' ' || (guchar) before[-1] == 0xa0 || (guchar) before[-1] == 0xc2))
        before--;
      while (before > text && g_ascii_isalpha (before[-1]) && before - 1 > text && g_ascii_isalnum (before[-2]))
        before--;
      if (date_at (p, before > text && g_ascii_isdigit (before[-1]), date, &after) &&
          !is_word_char (g_utf8_get_char (after)))
        {
          *start = p - text;
          *end = after - text;
          return TRUE;
        }
    }

  return FALSE;
}

/* The sentence of @text around [@start, @end). */
static char *
sentence_around (const char *text,
                 gsize       start,
                 gsize       end)
{
  gsize from = start, to = end;

  while (from > 0 && !(strchr (".;\n", text[from - 1]) != NULL && (text[from] == ' ' || text[from] == '\n')))
    from--;
  while (text[to] != '\0' && strchr (".;\n", text[to]) == NULL)
    to++;
  if (text[to] == '.' || text[to] == ';')
    to++;

  return g_strstrip (g_strndup (text + from, to - from));
}

static ConcordDatedItem *
review_item (ConcordMemorandum *memorandum)
{
  const char *review = concord_memorandum_get_review_date (memorandum);
  ConcordDatedItem *item;
  guint year = 0, month = 0, day = 1;

  /* The file's review date is ISO: a year and month, or a full date. */
  if (review == NULL || sscanf (review, "%4u-%2u-%2u", &year, &month, &day) < 2)
    return NULL;
  item = g_new0 (ConcordDatedItem, 1);
  g_date_clear (&item->date, 1);
  if (!set_date (&item->date, day, month, year))
    {
      concord_dated_item_free (item);
      return NULL;
    }
  item->what = g_strdup (_("Review of the memorandum"));

  return item;
}

/**
 * concord_memorandum_collect_dates:
 *
 * The review date, then every date the clauses name, in the clauses'
 * order (each clause's dates in the order it names them).
 *
 * Returns: (transfer full) (element-type ConcordDatedItem): the dates
 */
GPtrArray *
concord_memorandum_collect_dates (ConcordMemorandum *memorandum)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) concord_dated_item_free);
  g_autoptr(GPtrArray) clauses = NULL;
  ConcordNumbering *numbering;
  ConcordDatedItem *review;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), items);

  review = review_item (memorandum);
  if (review != NULL)
    g_ptr_array_add (items, review);

  numbering = concord_numbering_new (memorandum);
  clauses = concord_memorandum_list_clauses (memorandum);
  for (guint i = 0; i < clauses->len; i++)
    {
      ConcordClause *clause = g_ptr_array_index (clauses, i);
      GPtrArray *body = concord_clause_get_body (clause);

      for (guint b = 0; body != NULL && b < body->len; b++)
        {
          g_autofree char *text = concord_block_render (memorandum, numbering, g_ptr_array_index (body, b));
          gsize offset = 0;
          GDate date;
          gsize start, end;

          g_date_clear (&date, 1);
          while (concord_text_find_date (text + offset, &date, &start, &end))
            {
              ConcordDatedItem *item = g_new0 (ConcordDatedItem, 1);

              item->date = date;
              item->clause_id = g_strdup (concord_clause_get_id (clause));
              item->clause_number = g_strdup (concord_numbering_get_clause (numbering, clause));
              item->what = sentence_around (text, offset + start, offset + end);
              g_ptr_array_add (items, item);
              offset += end;
            }
        }
    }
  concord_numbering_free (numbering);

  return items;
}

static icalproperty *
text_property (icalproperty *(*make) (const char *),
               const char   *text)
{
  return make (text != NULL ? text : "");
}

/**
 * concord_memorandum_to_icalendar:
 * @stamp: (nullable): when the calendar is made (DTSTAMP); now for NULL
 * @n_events: (out) (optional): how many events it holds
 *
 * An iCalendar file of the memorandum's dates: one all-day event each,
 * its summary the memorandum's title and the clause, its description the
 * sentence with the date, and X-CONCORD-CLAUSE the clause's id.
 *
 * Returns: (transfer full): the calendar, or %NULL with @error set
 */
char *
concord_memorandum_to_icalendar (ConcordMemorandum  *memorandum,
                                 GDateTime          *stamp,
                                 guint              *n_events,
                                 GError            **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GDateTime) now = NULL;
  icalcomponent *calendar;
  struct icaltimetype dtstamp;
  const char *title;
  char *text;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), NULL);

  if (stamp == NULL)
    stamp = now = g_date_time_new_now_utc ();
  dtstamp = icaltime_null_time ();
  dtstamp.year = g_date_time_get_year (stamp);
  dtstamp.month = g_date_time_get_month (stamp);
  dtstamp.day = g_date_time_get_day_of_month (stamp);
  dtstamp.hour = g_date_time_get_hour (stamp);
  dtstamp.minute = g_date_time_get_minute (stamp);
  dtstamp.second = g_date_time_get_second (stamp);
  dtstamp = icaltime_convert_to_zone (dtstamp, icaltimezone_get_utc_timezone ());

  title = concord_memorandum_get_title (memorandum);
  if (title == NULL || *title == '\0')
    title = _("Memorandum of understanding");

  items = concord_memorandum_collect_dates (memorandum);
  calendar = icalcomponent_vanew (ICAL_VCALENDAR_COMPONENT, icalproperty_new_version ("2.0"),
                                  icalproperty_new_prodid ("-//Concord//Memoranda of understanding//EN"),
                                  (void *) 0);
  for (guint i = 0; i < items->len; i++)
    {
      const ConcordDatedItem *item = g_ptr_array_index (items, i);
      icalcomponent *event = icalcomponent_new (ICAL_VEVENT_COMPONENT);
      struct icaltimetype day = icaltime_null_date ();
      g_autofree char *uid = NULL;
      g_autofree char *summary = NULL;

      day.year = g_date_get_year (&item->date);
      day.month = g_date_get_month (&item->date);
      day.day = g_date_get_day (&item->date);
      uid = g_strdup_printf ("%s-%s-%04d%02d%02d-%u@concord", concord_memorandum_get_id (memorandum),
                             item->clause_id != NULL ? item->clause_id : "review", day.year, day.month, day.day,
                             i);
      if (item->clause_id == NULL)
        summary = g_strdup_printf (_("Review: %s"), title);
      else if (item->clause_number != NULL)
        summary = g_strdup_printf (_("%s, clause %s"), title, item->clause_number);
      else
        summary = g_strdup (title);

      icalcomponent_add_property (event, text_property (icalproperty_new_uid, uid));
      icalcomponent_add_property (event, icalproperty_new_dtstamp (dtstamp));
      icalcomponent_add_property (event, icalproperty_new_dtstart (day));
      icalcomponent_add_property (event, text_property (icalproperty_new_summary, summary));
      icalcomponent_add_property (event, text_property (icalproperty_new_description, item->what));
      icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
      if (item->clause_id != NULL)
        {
          icalproperty *clause = icalproperty_new_x (item->clause_id);

          icalproperty_set_x_name (clause, "X-CONCORD-CLAUSE");
          icalcomponent_add_property (event, clause);
        }
      icalcomponent_add_component (calendar, event);
    }

  if (icalcomponent_count_errors (calendar) > 0)
    {
      icalcomponent_free (calendar);
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO, _("the calendar could not be written"));
      return NULL;
    }
  text = g_strdup (icalcomponent_as_ical_string (calendar));
  icalcomponent_free (calendar);
  if (n_events != NULL)
    *n_events = items->len;

  return text;
}
