/* concord-wording.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "concord-wording"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "concord-memorandum.h"
#include "concord-party.h"
#include "concord-signature.h"
#include "concord-text.h"
#include "concord-wording.h"
#include "concord-words.h"

/* How parties, signatories and related memoranda are put into words, so
 * that the PDF, the preview and `concord-cli text` say the same. */

static char *
party_full_name (ConcordMemorandum *m,
                 const char        *id)
{
  ConcordParty *party = concord_memorandum_find_party (m, id);
  const char *ids[] = { id, NULL };

  if (party != NULL && concord_party_get_display_name (party, TRUE) != NULL)
    return g_strdup (concord_party_get_display_name (party, TRUE));

  return concord_party_list_render (m, ids);
}

static char *
join_offices (const char *first,
              const char *second,
              const char *language)
{
  if (first != NULL && second != NULL)
    return g_strdup_printf (CONCORD_WORD (language, "%s and %s"), first, second);

  return g_strdup (first != NULL ? first : second);
}

static char *
signing_heading (ConcordMemorandum *m,
                 ConcordParty      *party,
                 ConcordSignature  *sig,
                 const char        *office)
{
  const char *language = concord_memorandum_get_language (m);
  const char *also = concord_signature_get_also_for (sig);
  g_autofree char *name = NULL;

  if (party == NULL)
    {
      const char *person = concord_signature_get_person (sig);
      g_autofree char *prompt = concord_field_render (NULL, concord_signature_get_placeholder (sig, "title"),
                                                      NULL);

      /* A signatory who is not a party signs in an office, or as a person;
       * until the office is filled in, its prompt stands for it. */
      if (office == NULL)
        office = prompt;
      if (person != NULL && office != NULL)
        return g_strdup_printf (CONCORD_WORD (language, "Signed by %s as %s"), person, office);
      if (office != NULL)
        return g_strdup_printf (CONCORD_WORD (language, "Signed as %s"), office);
      return g_strdup_printf (CONCORD_WORD (language, "Signed by %s"),
                              person != NULL ? person : CONCORD_WORD (language, "[Signatory]"));
    }

  name = party_full_name (m, concord_party_get_id (party));
  if (also != NULL)
    {
      g_autofree char *second = party_full_name (m, also);
      g_autofree char *both = g_strdup_printf (CONCORD_WORD (language, "%s and %s"), name, second);

      g_free (name);
      name = g_steal_pointer (&both);
    }
  if (concord_party_get_office_holder (party))
    return g_strdup_printf (CONCORD_WORD (language, "Signed by %s"), name);

  return g_strdup_printf (CONCORD_WORD (language, "Signed for and on behalf of %s"), name);
}

void
concord_signing_init (ConcordSigning    *signing,
                      ConcordMemorandum *memorandum,
                      ConcordSignature  *signature)
{
  ConcordParty *party = NULL;
  const char *person = concord_signature_get_person (signature);
  const char *title = concord_signature_get_title (signature);
  gboolean office_holder;

  if (concord_signature_get_party (signature) != NULL)
    party = concord_memorandum_find_party (memorandum, concord_signature_get_party (signature));
  office_holder = party != NULL && concord_party_get_office_holder (party);
  if (person == NULL && party != NULL)
    person = concord_party_get_signatory_person (party);
  if (title == NULL && party != NULL)
    title = concord_party_get_signatory_title (party);

  memset (signing, 0, sizeof *signing);
  signing->person = g_strdup (person);
  signing->office = join_offices (title, concord_signature_get_second_title (signature),
                                  concord_memorandum_get_language (memorandum));
  signing->heading = signing_heading (memorandum, party, signature, signing->office);
  /* An office holder signs as the office: there is no one else to name,
   * unless a name was recorded. */
  signing->name_line = !office_holder || person != NULL;
  signing->title_line = !office_holder || signing->office != NULL;
  signing->recorded = concord_signing_is_recorded (memorandum, signature);
}

/* A signature is recorded once it says who signed and when; an office
 * holder is who signed, so a date is enough for it. */
gboolean
concord_signing_is_recorded (ConcordMemorandum *memorandum,
                             ConcordSignature  *signature)
{
  const char *id = concord_signature_get_party (signature);
  ConcordParty *party = id != NULL ? concord_memorandum_find_party (memorandum, id) : NULL;

  if (concord_signature_is_recorded (signature))
    return TRUE;

  return party != NULL && concord_party_get_office_holder (party) &&
         concord_signature_get_date (signature) != NULL;
}

void
concord_signing_clear (ConcordSigning *signing)
{
  g_clear_pointer (&signing->heading, g_free);
  g_clear_pointer (&signing->person, g_free);
  g_clear_pointer (&signing->office, g_free);
}

/* Who signs for a signatory party, for its entry in the list of parties. */
char *
concord_party_render_signing (ConcordParty *party,
                              const char   *language)
{
  g_autofree char *person = NULL;
  g_autofree char *office = NULL;

  if (concord_party_get_office_holder (party) && concord_party_get_signatory_person (party) == NULL)
    return g_strdup (CONCORD_WORD (language, "the office holder"));

  person = concord_field_render (concord_party_get_signatory_person (party),
                                 concord_party_get_placeholder (party, "signatory-person"),
                                 CONCORD_WORD (language, "Name of signatory"));
  office = concord_field_render (concord_party_get_signatory_title (party),
                                 concord_party_get_placeholder (party, "signatory-title"),
                                 CONCORD_WORD (language, "Title of signatory"));
  if (concord_party_get_office_holder (party) && concord_party_get_signatory_title (party) == NULL)
    return g_steal_pointer (&person);

  return g_strdup_printf ("%s, %s", person, office);
}

/* References that print words ("the Treasurer", "the Act", "clause 3.2")
 * take a capital where they start a sentence; a bare number is left. */
gboolean
concord_run_starts_capital (const ConcordRun *run)
{
  return run->kind == CONCORD_RUN_PARTY || run->kind == CONCORD_RUN_TERM ||
         (run->kind == CONCORD_RUN_CLAUSE && run->full_form);
}

static gboolean
is_closer (gunichar c)
{
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019;
}

/* Whether text ending at @len closes a sentence, so that a reference
 * after it starts one: nothing but space before it, or a full stop,
 * question or exclamation mark, perhaps with a closing quote or bracket,
 * then space. Soft hyphens (which the PDF inserts into words) are not
 * space, and a word before the space means no. */
gboolean
concord_text_ends_sentence (const char *text,
                            gsize       len)
{
  const char *p = text + len;
  gboolean space = FALSE;

  while (p > text)
    {
      const char *prev = g_utf8_find_prev_char (text, p);
      gunichar c = g_utf8_get_char (prev);

      if (g_unichar_isspace (c))
        {
          space = TRUE;
          p = prev;
          continue;
        }
      if (!space)
        return FALSE;
      /* Closing quotes and brackets after the stop: ".” The". */
      while (is_closer (c) && prev > text)
        {
          prev = g_utf8_find_prev_char (text, prev);
          c = g_utf8_get_char (prev);
        }
      return c == '.' || c == '?' || c == '!';
    }

  return TRUE;
}

/* The text with its first letter in capitals ("the Treasurer" → "The
 * Treasurer"); a name that starts with a bracket or a digit is kept. */
char *
concord_text_capitalise (const char *text)
{
  gunichar first;
  char buf[8];
  int n;

  if (text == NULL || *text == '\0')
    return g_strdup (text);

  first = g_utf8_get_char (text);
  if (!g_unichar_islower (first))
    return g_strdup (text);

  n = g_unichar_to_utf8 (g_unichar_totitle (first), buf);
  buf[n] = '\0';

  return g_strconcat (buf, g_utf8_next_char (text), NULL);
}

static const char *relations[] = { "umbrella", "supersedes", "see-also" };

/* An entry of the related list is "REFERENCE" or "RELATION REFERENCE";
 * a reference holds no space. Returns FALSE for a malformed entry. */
gboolean
concord_related_parse (const char  *entry,
                       const char **relation,
                       const char **reference)
{
  const char *space = strchr (entry, ' ');

  *relation = "see-also";
  *reference = entry;
  if (space == NULL)
    return *entry != '\0';

  *reference = space + 1;
  for (guint i = 0; i < G_N_ELEMENTS (relations); i++)
    if (strncmp (entry, relations[i], space - entry) == 0 && relations[i][space - entry] == '\0')
      {
        *relation = relations[i];
        return **reference != '\0' && strchr (*reference, ' ') == NULL;
      }

  return FALSE;
}

/* "Sits under the umbrella memorandum MOU-U-RR". */
char *
concord_related_render (const char *entry,
                        const char *language)
{
  const char *relation, *reference;

  if (!concord_related_parse (entry, &relation, &reference))
    return g_strdup (entry);

  if (g_str_equal (relation, "umbrella"))
    return g_strdup_printf (CONCORD_WORD (language, "Sits under the umbrella memorandum %s"), reference);
  if (g_str_equal (relation, "supersedes"))
    return g_strdup_printf (CONCORD_WORD (language, "Supersedes %s"), reference);

  return g_strdup_printf (CONCORD_WORD (language, "See also %s"), reference);
}

/* A revision is a version as drafters write one: "3", "2.1", "1.0.2";
 * whole numbers with no sign, joined by single dots, at most 32 bytes. */
gboolean
concord_version_is_valid (const char *version)
{
  gboolean digit = FALSE;

  if (version == NULL || *version == '\0' || strlen (version) > 32)
    return FALSE;
  for (const char *p = version; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digit = TRUE;
      else if (*p == '.' && digit)
        digit = FALSE;
      else
        return FALSE;
    }

  return digit;
}

/* A date as printed: a month and year ("2016-11") in words, "November
 * 2016"; a full date, and anything else, as written. */
char *
concord_date_render (const char *date,
                     const char *language)
{
  static const char *months[] = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
  };
  guint64 month = 0;

  if (date == NULL)
    return NULL;
  if (strlen (date) == 7 && date[4] == '-' &&
      g_ascii_isdigit (date[0]) && g_ascii_isdigit (date[1]) &&
      g_ascii_isdigit (date[2]) && g_ascii_isdigit (date[3]) &&
      g_ascii_string_to_unsigned (date + 5, 10, 1, 12, &month, NULL))
    return g_strdup_printf (CONCORD_WORD (language, "%s %.4s"),
                            CONCORD_WORD (language, months[month - 1]), date);

  return g_strdup (date);
}
