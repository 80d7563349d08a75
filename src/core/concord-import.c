/* concord-import.c: a memorandum made from a document written elsewhere
 * (DOCX, ODT or Markdown), with a report of every guess.
 *
 * The readers give a run of headings, paragraphs and tables; this file
 * decides what each is: headings become sections (or the parts a
 * memorandum has: parties, definitions, background, annexes), numbered
 * paragraphs become clauses, deeper numbering items, a parties table or
 * a "between X and Y" line parties, quoted or bold definitions terms.
 * Everything else is kept as an unnumbered general clause. The result is
 * written as a .mou and loaded, so it is checked like any file.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "concord-error.h"
#include "concord-import.h"
#include "concord-import-private.h"
#include "concord-office-private.h"
#include "concord-standard-sections.h"
#include "concord-words.h"
#include "concord-xml.h"

ImportBlock *
_concord_import_block_new (ImportKind kind)
{
  ImportBlock *block = g_new0 (ImportBlock, 1);

  block->kind = kind;
  block->notes = g_ptr_array_new_with_free_func (g_free);

  return block;
}

void
_concord_import_block_free (ImportBlock *block)
{
  g_free (block->style);
  g_free (block->text);
  g_free (block->lead);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_ptr_array_unref (block->notes);
  g_free (block);
}

ImportSource *
_concord_import_source_new (void)
{
  ImportSource *source = g_new0 (ImportSource, 1);

  source->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) _concord_import_block_free);
  source->header = g_string_new (NULL);

  return source;
}

void
_concord_import_source_free (ImportSource *source)
{
  g_ptr_array_unref (source->blocks);
  g_free (source->title);
  g_free (source->language);
  g_string_free (source->header, TRUE);
  g_free (source);
}

typedef struct
{
  char     *name;
  char     *short_name;
  char     *description;
  gboolean  stakeholder;
  /* "Signed by the Treasurer": the office signs, not an organisation. */
  gboolean  office_holder;
  char     *person;
  char     *title;
} ImportParty;

static void
import_party_free (ImportParty *party)
{
  g_free (party->name);
  g_free (party->short_name);
  g_free (party->description);
  g_free (party->person);
  g_free (party->title);
  g_free (party);
}

typedef enum
{
  PART_FRONT,
  PART_PARTIES,
  PART_DEFINITIONS,
  PART_RECITALS,
  PART_SECTION,
  PART_ANNEX,
  PART_CONTROL,
  PART_SIGNATURES,
} Part;

typedef struct
{
  GPtrArray *report;
  char      *title;
  char      *reference;
  char      *revision;
  char      *status;
  /* ImportParty, written out at the end once the signatures have named
   * who signs for each. */
  GPtrArray *parties;
  guint      n_parties;
  GString   *terms;
  guint      n_terms;
  GString   *recitals;
  GString   *sections;
  guint      n_sections;
  GString   *annexes;
  guint      n_annexes;
  GString   *control;
  GString   *signatures;
  gboolean   signature_open;
  int        signature_party;
  gboolean   signature_has_who;
  char      *effective_date;
  char      *review_date;
  /* Clauses whose who-does-what line did not come back. */
  guint      facts_lost;
  const char *language;
  /* What is being read. */
  Part       part;
  char      *part_heading;
  gboolean   section_open;
  gboolean   clause_open;
  guint      n_clauses;
  guint      clauses_in_section;
  guint      numbered_sections;
  guint      next_number;
  GString   *clause;
  gboolean   clause_numbered;
  gboolean   clause_has_body;
  GPtrArray *clause_notes;
  gboolean   annex_open;
  /* What the numbering looks like. */
  guint      clause_list_level;
  guint      clause_components;
  gboolean   hierarchical;
  gboolean   trailing_dot;
  gboolean   alpha_items;
  gboolean   letter_annexes;
  gboolean   numbered_annex_paras;
  guint      n_guessed;
} Builder;

static void
note (Builder    *b,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static void
note (Builder    *b,
      const char *format,
      ...)
{
  va_list args;

  if (b->report == NULL)
    return;
  va_start (args, format);
  g_ptr_array_add (b->report, g_strdup_vprintf (format, args));
  va_end (args);
}

static void
escape (GString    *out,
        const char *text)
{
  _concord_office_escape (out, text);
}

/* "[date]" in running text is a placeholder still to fill in, as
 * Concord prints one. */
static void
escape_inline (GString    *out,
               const char *text)
{
  const char *p = text;

  for (;;)
    {
      const char *open = strchr (p, '[');
      const char *close = open != NULL ? strchr (open + 1, ']') : NULL;
      g_autofree char *before = NULL;
      g_autofree char *inside = NULL;

      if (close == NULL || close == open + 1 || close - open > 200 || memchr (open + 1, '[', close - open - 1) != NULL)
        {
          if (close != NULL && open != NULL)
            {
              /* Not a placeholder: keep it as text and look further on. */
              before = g_strndup (p, close + 1 - p);
              escape (out, before);
              p = close + 1;
              continue;
            }
          escape (out, p);
          return;
        }
      before = g_strndup (p, open - p);
      inside = g_strndup (open + 1, close - open - 1);
      escape (out, before);
      g_string_append (out, "<placeholder>");
      escape (out, inside);
      g_string_append (out, "</placeholder>");
      p = close + 1;
    }
}

/* A field that is only "[Name of signatory]" is still to be filled in. */
static void
append_field (GString    *out,
              const char *indent,
              const char *element,
              const char *text)
{
  gsize n = strlen (text);

  if (n > 2 && text[0] == '[' && text[n - 1] == ']' && memchr (text + 1, '[', n - 2) == NULL &&
      memchr (text + 1, ']', n - 2) == NULL)
    {
      g_autofree char *inside = g_strndup (text + 1, n - 2);

      g_string_append_printf (out, "%s<%s placeholder=\"", indent, element);
      escape (out, inside);
      g_string_append (out, "\"/>\n");
      return;
    }
  g_string_append_printf (out, "%s<%s>", indent, element);
  escape (out, text);
  g_string_append_printf (out, "</%s>\n", element);
}

/* A typed number at a paragraph's start: "2.4\t", "7. ", "(a) ", "iv) ". */
typedef enum
{
  LABEL_NONE,
  LABEL_DECIMAL,
  LABEL_LETTER,
  LABEL_ROMAN,
  LABEL_ANNEX,
} LabelKind;

typedef struct
{
  LabelKind kind;
  guint     components;
  gboolean  trailing_dot;
  char      number[64];
  /* Where the text after the label starts. */
  gsize     skip;
} Label;

static gboolean
is_roman (const char *p,
          gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (strchr ("ivxlc", p[i]) == NULL)
      return FALSE;

  return n > 0;
}

static Label
read_label (const char *text)
{
  Label label = { LABEL_NONE, 0, FALSE, "", 0 };
  const char *p = text;
  const char *start = text;

  if (g_ascii_isdigit (*p) || (g_ascii_isupper (*p) && (g_ascii_isdigit (p[1]) || (p[1] == '.' &&
                                                                                     g_ascii_isdigit (p[2])))))
    {
      gboolean annex = g_ascii_isupper (*p);

      if (annex)
        p += p[1] == '.' ? 2 : 1;
      for (;;)
        {
          const char *run = p;
          guint digits = 0;

          while (g_ascii_isdigit (*p) && digits < 5)
            p++, digits++;
          if (digits == 0 || digits > 4 || (digits > 1 && *run == '0'))
            return label;
          label.components++;
          if (*p == '.' && g_ascii_isdigit (p[1]))
            {
              p++;
              continue;
            }
          break;
        }
      if (*p == '.')
        {
          label.trailing_dot = TRUE;
          p++;
        }
      /* "2016 was" is no label: one number wants a tab or a dot after it. */
      if (*p != '\t' && !(*p == ' ' && (label.trailing_dot || label.components > 1 || annex)))
        return label;
      if ((gsize) (p - start - (label.trailing_dot ? 1 : 0)) >= sizeof label.number)
        return label;
      memcpy (label.number, start, p - start - (label.trailing_dot ? 1 : 0));
      label.kind = annex ? LABEL_ANNEX : LABEL_DECIMAL;
    }
  else
    {
      gboolean open = *p == '(';
      const char *word;
      gsize n = 0;

      if (open)
        p++;
      word = p;
      /* "(A)": a recital's letter. */
      if (open && g_ascii_isupper (*p) && p[1] == ')')
        n = 1;
      while (g_ascii_islower (p[n]) && n < 7)
        n++;
      if (n == 0 || p[n] != ')' || (p[n + 1] != ' ' && p[n + 1] != '\t'))
        return label;
      label.kind = n == 1 && g_ascii_isupper (*word) ? LABEL_LETTER
                   : n == 1 && *word != 'i' && *word != 'v' && *word != 'x' ? LABEL_LETTER
                   : is_roman (word, n) ? LABEL_ROMAN : n == 1 ? LABEL_LETTER : LABEL_NONE;
      if (label.kind == LABEL_NONE)
        return label;
      p += n + 1;
      (void) open;
    }
  while (*p == ' ' || *p == '\t')
    p++;
  label.skip = p - text;

  return label;
}

/* "Annex A: Contacts", "Schedule 2 – Data", "Appendix 1". */
static gboolean
annex_heading (const char  *text,
               char       **heading,
               gboolean    *letter)
{
  static const char *words[] = { "Annex ", "Schedule ", "Appendix ", "Attachment ", "Atodiad ", "Annexe ", NULL };

  for (guint i = 0; words[i] != NULL; i++)
    if (g_ascii_strncasecmp (text, words[i], strlen (words[i])) == 0)
      {
        const char *p = text + strlen (words[i]);
        const char *label = p;

        while (g_ascii_isalnum (*p))
          p++;
        if (p == label || p - label > 4)
          return FALSE;
        *letter = g_ascii_isalpha (*label);
        while (*p == ' ' || *p == ':' || *p == '.' || *p == '-')
          p++;
        if (g_str_has_prefix (p, "–") || g_str_has_prefix (p, "—"))
          p += strlen ("–");
        while (*p == ' ')
          p++;
        *heading = g_strdup (*p != '\0' ? p : text);
        return TRUE;
      }

  return FALSE;
}

static gboolean
heading_is (const char         *text,
            const char * const *names)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  g_strstrip (folded);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *name = g_utf8_casefold (names[i], -1);

      if (g_str_equal (folded, name))
        return TRUE;
    }

  return FALSE;
}

static Part
part_of_heading (const char *text,
                 const char *style,
                 const char *language)
{
  static const struct
  {
    const char *english;
    Part        part;
  } words[] = {
    { "Parties", PART_PARTIES }, { "Definitions", PART_DEFINITIONS }, { "Background", PART_RECITALS },
    { "Document control", PART_CONTROL }, { "Signatures", PART_SIGNATURES },
  };
  static const char *parties[] = { "parties", "the parties", "parties to this memorandum", "partïon", "parties :",
                                   NULL };
  static const char *definitions[] = { "definitions", "interpretation", "defined terms", "definitions and interpretation",
                                       "diffiniadau", "définitions", NULL };
  static const char *recitals[] = { "background", "recitals", "whereas", "cefndir", "contexte", "préambule", NULL };
  static const char *signatures[] = { "signatures", "signatories", "signed", "signature", "llofnodion",
                                      "firmas", NULL };
  static const char *control[] = { "document control", "version history", "revision history", "rheoli'r ddogfen",
                                   "suivi du document", NULL };
  g_autofree char *annex = NULL;
  gboolean letter;

  /* A section Concord exported is a section, whatever its name. */
  if (g_strcmp0 (style, "ConcordSection") == 0 || g_strcmp0 (style, "Concord_Section") == 0)
    return PART_SECTION;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      const char *names[] = { concord_words_get (language, words[i].english), NULL };

      if (heading_is (text, names))
        return words[i].part;
    }
  if (heading_is (text, parties))
    return PART_PARTIES;
  if (heading_is (text, definitions))
    return PART_DEFINITIONS;
  if (heading_is (text, recitals))
    return PART_RECITALS;
  if (heading_is (text, control))
    return PART_CONTROL;
  if (heading_is (text, signatures))
    return PART_SIGNATURES;
  if (annex_heading (text, &annex, &letter))
    return PART_ANNEX;

  return PART_SECTION;
}

/* The kind of section its heading suggests: one of the standard
 * sections' names, or a word that names a role, a boundary or
 * accountability. */
static const char *
section_kind (const char *heading)
{
  g_autofree char *folded = g_utf8_casefold (heading, -1);
  static const struct
  {
    const char *word;
    const char *kind;
  } words[] = {
    { "purpose", "purpose" },   { "role", "roles" },           { "responsibilit", "roles" },
    { "boundar", "boundaries" }, { "accountab", "accountability" }, { "scope", "scope" },
    { "governance", "governance" }, { "review", "review" },     { "dispute", "disputes" },
    { "terminat", "termination" }, { "variation", "variation" }, { "contact", "contacts" },
    { "cost", "costs" },         { "freedom of information", "freedom-of-information" },
    { "intellectual property", "intellectual-property" },     { "principle", "principles" },
    { "status", "status" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (folded, words[i].word) != NULL)
      return words[i].kind;

  return "general";
}

static const char *
strip_quotes (char *text)
{
  static const char *quotes[] = { "“", "”", "\"", "‘", "’", "'", "«", "»", NULL };
  char *start = g_strstrip (text);
  gboolean again = TRUE;

  while (again)
    {
      again = FALSE;
      for (guint i = 0; quotes[i] != NULL; i++)
        {
          gsize n = strlen (quotes[i]);
          gsize len = strlen (start);

          if (strncmp (start, quotes[i], n) == 0)
            start += n, again = TRUE;
          len = strlen (start);
          if (len >= n && strcmp (start + len - n, quotes[i]) == 0)
            start[len - n] = '\0', again = TRUE;
        }
      g_strstrip (start);
    }

  return start;
}

/* '"Information" means any data …', '**Board**: the joint board'. */
static gboolean
split_definition (const ImportBlock  *block,
                  char              **name,
                  GPtrArray          *forms,
                  char              **meaning)
{
  static const char *open[] = { "“", "\"", "‘", "«", NULL };
  static const char *close[] = { "”", "\"", "’", "»", NULL };
  static const char *joins[] = { "means ", "mean ", "shall mean ", "has the meaning ", "refers to ", "is ", "are ",
                                 ": ", "– ", "— ", "- ", ", ", "yw ", "désigne ", NULL };
  const char *text = block->text;
  const char *rest = NULL;
  g_autofree char *raw = NULL;

  for (guint i = 0; open[i] != NULL && rest == NULL; i++)
    if (g_str_has_prefix (text, open[i]))
      {
        const char *end = strstr (text + strlen (open[i]), close[i]);

        if (end != NULL)
          {
            raw = g_strndup (text + strlen (open[i]), end - text - strlen (open[i]));
            rest = end + strlen (close[i]);
          }
      }
  if (rest == NULL && block->lead != NULL && *block->lead != '\0' && g_str_has_prefix (text, block->lead))
    {
      raw = g_strdup (block->lead);
      rest = text + strlen (block->lead);
    }
  if (rest == NULL)
    return FALSE;
  {
    g_autofree char *copy = g_strdup (raw);
    const char *bare = strip_quotes (copy);
    gsize n = strlen (bare);

    /* "Board:" in bold: the colon is the join. */
    if (n > 0 && bare[n - 1] == ':')
      n--;
    if (n == 0 || n > 120)
      return FALSE;
    *name = g_strndup (bare, n);
  }
  while (*rest == ' ' || *rest == ':' || g_str_has_prefix (rest, "”"))
    rest += *rest == ' ' || *rest == ':' ? 1 : strlen ("”");
  /* '“we”, “our” and “us” mean …': the other forms of the term. */
  for (;;)
    {
      static const char *between[] = { ", “", " and “", ", and “", " or “", " a “", " ac “", " et “", NULL };
      const char *after = NULL;
      const char *end;

      for (guint i = 0; between[i] != NULL && after == NULL; i++)
        if (g_str_has_prefix (rest - (rest > text && rest[-1] == ' ' ? 1 : 0), between[i]))
          after = rest - (rest > text && rest[-1] == ' ' ? 1 : 0) + strlen (between[i]);
      if (after == NULL || (end = strstr (after, "”")) == NULL || end - after > 200 || end == after)
        break;
      g_ptr_array_add (forms, g_strndup (after, end - after));
      rest = end + strlen ("”");
      while (*rest == ' ')
        rest++;
    }
  for (guint i = 0; joins[i] != NULL; i++)
    if (g_str_has_prefix (rest, joins[i]))
      {
        rest += strlen (joins[i]);
        break;
      }
  if (*rest == '\0')
    {
      g_clear_pointer (name, g_free);
      return FALSE;
    }
  *meaning = g_strstrip (g_strdup (rest));

  return TRUE;
}

static void
add_party (Builder    *b,
           const char *name,
           const char *short_name,
           const char *description,
           gboolean    stakeholder)
{
  g_autofree char *short_copy = g_strdup (short_name != NULL ? short_name : "");
  ImportParty *party = g_new0 (ImportParty, 1);

  party->name = g_strstrip (g_strdup (name));
  party->short_name = g_strdup (strip_quotes (short_copy));
  party->description = description != NULL ? g_strstrip (g_strdup (description)) : g_strdup ("");
  party->stakeholder = stakeholder;
  g_ptr_array_add (b->parties, party);
  b->n_parties++;
}

static void
append_parties (GString   *out,
                GPtrArray *parties)
{
  for (guint i = 0; i < parties->len; i++)
    {
      ImportParty *party = g_ptr_array_index (parties, i);

      g_string_append_printf (out, "    <party id=\"party-%u\" kind=\"%s\"%s>\n", i + 1,
                              party->stakeholder ? "stakeholder" : "signatory",
                              party->office_holder ? " office-holder=\"true\"" : "");
      append_field (out, "      ", "name", party->name);
      if (*party->short_name != '\0')
        append_field (out, "      ", "short-name", party->short_name);
      if (*party->description != '\0')
        append_field (out, "      ", "description", party->description);
      if (party->person != NULL)
        append_field (out, "      ", "signatory-person", party->person);
      if (party->title != NULL)
        append_field (out, "      ", "signatory-title", party->title);
      g_string_append (out, "    </party>\n");
    }
}

/* "the Revenue Department (“the Department”), of 1 Street": a name, a
 * short name in brackets and what follows. */
static void
add_party_from_text (Builder    *b,
                     const char *text)
{
  g_autofree char *copy = g_strdup (text);
  char *open = strchr (copy, '(');
  char *close = open != NULL ? strchr (open, ')') : NULL;
  char *short_name = NULL;
  char *description = NULL;
  gsize n;

  if (close != NULL)
    {
      *open = '\0';
      *close = '\0';
      short_name = open + 1;
      description = close + 1;
      while (*description == ',' || *description == ' ' || *description == ';')
        description++;
    }
  g_strstrip (copy);
  n = strlen (copy);
  while (n > 0 && (copy[n - 1] == ',' || copy[n - 1] == ';' || copy[n - 1] == '.'))
    copy[--n] = '\0';
  if (g_str_has_suffix (copy, " and"))
    copy[strlen (copy) - 4] = '\0';
  if (*g_strstrip (copy) == '\0')
    return;
  add_party (b, copy, short_name, description, FALSE);
}

/* "… between the Revenue Department and the Statistics Authority." */
static gboolean
parties_from_between (Builder    *b,
                      const char *text)
{
  const char *between = strstr (text, "between ");
  g_autofree char *rest = NULL;
  g_auto(GStrv) names = NULL;
  char *end;

  if (between == NULL || b->n_parties > 0)
    return FALSE;
  rest = g_strdup (between + strlen ("between "));
  end = strchr (rest, '.');
  /* "Ltd." or "1 St." would cut it short; a sentence ends at ". ". */
  while (end != NULL && end[1] != '\0' && end[1] != ' ')
    end = strchr (end + 1, '.');
  if (end != NULL)
    *end = '\0';
  names = g_strsplit (rest, " and ", -1);
  if (g_strv_length (names) < 2 || g_strv_length (names) > 12)
    return FALSE;
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_auto(GStrv) listed = g_strsplit (names[i], "; ", -1);

      for (guint j = 0; listed[j] != NULL; j++)
        add_party_from_text (b, listed[j]);
    }
  note (b, _("parties: %u taken from “%s”"), b->n_parties, text);

  return b->n_parties > 0;
}

static void
parties_from_table (Builder           *b,
                    const ImportBlock *table)
{
  int name_column = 0;
  int short_column = -1;
  int role_column = -1;
  int description_column = -1;
  guint first = 0;
  char **header = table->rows->len > 0 ? g_ptr_array_index (table->rows, 0) : NULL;

  g_autofree char *short_word = g_utf8_casefold (concord_words_get (b->language, "Short name"), -1);
  g_autofree char *role_word = g_utf8_casefold (concord_words_get (b->language, "Role"), -1);
  g_autofree char *party_word = g_utf8_casefold (concord_words_get (b->language, "Party"), -1);
  g_autofree char *stakeholder_word = g_utf8_casefold (concord_words_get (b->language, "Stakeholder"), -1);

  for (guint c = 0; header != NULL && header[c] != NULL; c++)
    {
      g_autofree char *folded = g_utf8_casefold (header[c], -1);

      if (g_str_equal (folded, short_word))
        short_column = c, first = 1;
      else if (g_str_equal (folded, role_word))
        role_column = c, first = 1;
      else if (g_str_equal (folded, party_word))
        name_column = c, first = 1;
      else if (strstr (folded, "short") != NULL || strstr (folded, "referred to") != NULL ||
               strstr (folded, "abbreviat") != NULL)
        short_column = c, first = 1;
      else if (strstr (folded, "role") != NULL || strstr (folded, "kind") != NULL || strstr (folded, "type") != NULL)
        role_column = c, first = 1;
      else if (strstr (folded, "descri") != NULL || strstr (folded, "address") != NULL)
        description_column = c, first = 1;
      else if (strstr (folded, "party") != NULL || strstr (folded, "name") != NULL ||
               strstr (folded, "organisation") != NULL || strstr (folded, "parti") != NULL)
        name_column = c, first = 1;
    }
  for (guint r = first; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);
      guint n = g_strv_length (row);
      g_autofree char *folded = NULL;

      if ((guint) name_column >= n || *row[name_column] == '\0')
        continue;
      folded = role_column >= 0 && (guint) role_column < n ? g_utf8_casefold (row[role_column], -1) : NULL;
      /* "Revenue Department. A department of state …": a name, then
       * what the party is, as Concord writes the cell. */
      if (description_column < 0)
        {
          g_autofree char *name = g_strdup (row[name_column]);
          char *stop = strstr (name, ". ");

          if (stop != NULL && g_unichar_isupper (g_utf8_get_char (stop + 2)) && stop - name <= 160)
            {
              *stop = '\0';
              add_party (b, name, short_column >= 0 && (guint) short_column < n ? row[short_column] : NULL,
                         stop + 2, folded != NULL && (strstr (folded, "stakeholder") != NULL ||
                                                      strstr (folded, stakeholder_word) != NULL));
              continue;
            }
        }
      add_party (b, row[name_column], short_column >= 0 && (guint) short_column < n ? row[short_column] : NULL,
                 description_column >= 0 && (guint) description_column < n ? row[description_column] : NULL,
                 folded != NULL && (strstr (folded, "stakeholder") != NULL || strstr (folded, stakeholder_word) != NULL));
    }
  note (b, _("parties: %u read from a table"), b->n_parties);
}

static void
append_table (GString           *out,
              const ImportBlock *table,
              const char        *indent)
{
  guint columns = 1;

  for (guint r = 0; r < table->rows->len; r++)
    columns = MAX (columns, g_strv_length (g_ptr_array_index (table->rows, r)));
  columns = MIN (columns, 12);
  g_string_append_printf (out, "%s<table columns=\"%u\" header=\"true\">\n", indent, columns);
  for (guint r = 0; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);

      g_string_append_printf (out, "%s  <row>", indent);
      if (row[0] == NULL)
        g_string_append (out, "<cell/>");
      for (guint c = 0; row[c] != NULL && c < columns; c++)
        {
          g_string_append (out, "<cell>");
          escape_inline (out, row[c]);
          g_string_append (out, "</cell>");
        }
      g_string_append (out, "</row>\n");
    }
  g_string_append_printf (out, "%s</table>\n", indent);
}

static void
close_clause (Builder *b)
{
  if (!b->clause_open)
    return;
  if (!b->clause_has_body)
    g_string_append (b->clause, "      <p/>\n");
  for (guint i = 0; i < b->clause_notes->len; i++)
    {
      g_string_append (b->clause, "      <note>");
      escape (b->clause, g_ptr_array_index (b->clause_notes, i));
      g_string_append (b->clause, "</note>\n");
    }
  g_ptr_array_set_size (b->clause_notes, 0);
  g_string_append (b->clause, "    </clause>\n");
  g_string_append (b->sections, b->clause->str);
  g_string_truncate (b->clause, 0);
  b->clause_open = FALSE;
}

static void
close_section (Builder *b)
{
  close_clause (b);
  if (b->section_open)
    g_string_append (b->sections, "  </section>\n");
  b->section_open = FALSE;
}

static void
close_annex (Builder *b)
{
  if (b->annex_open)
    g_string_append (b->annexes, "  </annex>\n");
  b->annex_open = FALSE;
}

static void
open_section (Builder    *b,
              const char *heading)
{
  close_section (b);
  close_annex (b);
  g_string_append_printf (b->sections, "  <section id=\"section-%u\" kind=\"%s\">\n    <heading>", ++b->n_sections,
                          section_kind (heading));
  escape (b->sections, heading);
  g_string_append (b->sections, "</heading>\n");
  b->section_open = TRUE;
  b->clauses_in_section = 0;
  b->numbered_sections++;
  if (b->hierarchical)
    b->next_number = 1;
}

/* Text outside any section (before the first heading, or what a part
 * could not take) goes into a section of its own. */
static void
need_section (Builder *b)
{
  if (b->section_open)
    return;
  if (b->part_heading == NULL)
    note (b, _("text before the first heading was put in a section with no heading"));
  open_section (b, b->part_heading != NULL ? b->part_heading : "");
  b->part = PART_SECTION;
}

static void
open_clause (Builder    *b,
             const char *heading,
             gboolean    numbered,
             const char *typed)
{
  g_autofree char *expected = NULL;

  need_section (b);
  close_clause (b);
  b->n_clauses++;
  g_string_append_printf (b->clause, "    <clause id=\"clause-%u\" kind=\"general\" status=\"%s\"", b->n_clauses,
                          g_strcmp0 (b->status, "draft") == 0 || b->status == NULL ? "proposed" : "agreed");
  if (!numbered)
    g_string_append (b->clause, " numbered=\"false\"");
  else
    {
      b->clauses_in_section++;
      expected = b->hierarchical ? g_strdup_printf ("%u.%u", b->numbered_sections, b->next_number)
                                 : g_strdup_printf ("%u", b->next_number);
      /* A typed number that skips: the clause keeps it. */
      if (typed != NULL && *typed != '\0' && !g_str_equal (typed, expected))
        {
          const char *last = strrchr (typed, '.');
          guint64 value = 0;

          if (g_ascii_string_to_unsigned (last != NULL ? last + 1 : typed, 10, 1, 9999, &value, NULL) &&
              (b->hierarchical ? last != NULL && strchr (typed, '.') == last : last == NULL))
            {
              g_string_append_printf (b->clause, " number=\"%s\"", typed);
              if (b->next_number > 1)
                note (b, _("clause %s keeps its number, which does not follow the one before"), typed);
              else
                note (b, _("clause %s keeps its number, which is not where the numbering starts"), typed);
              b->next_number = (guint) value;
            }
        }
      b->next_number++;
    }
  g_string_append (b->clause, ">\n");
  if (heading != NULL && *heading != '\0')
    {
      g_string_append (b->clause, "      <heading>");
      escape (b->clause, heading);
      g_string_append (b->clause, "</heading>\n");
    }
  b->clause_open = TRUE;
  b->clause_numbered = numbered;
  b->clause_has_body = FALSE;
}

static void
clause_block (Builder    *b,
              const char *element,
              guint       level,
              const char *text)
{
  g_string_append_printf (b->clause, "      <%s%s>", element, level > 1 ? " level=\"2\"" : "");
  escape_inline (b->clause, text);
  g_string_append_printf (b->clause, "</%s>\n", element);
  b->clause_has_body = TRUE;
}

static void
take_notes (Builder           *b,
            const ImportBlock *block)
{
  /* A footnote outside the clauses still needs a clause to hold it. */
  if (block->notes->len > 0 && !b->clause_open)
    open_clause (b, NULL, FALSE, NULL);
  for (guint i = 0; i < block->notes->len; i++)
    {
      g_ptr_array_add (b->clause_notes, g_strdup (g_ptr_array_index (block->notes, i)));
      note (b, _("a footnote became a note on clause %u: “%s”"),
            b->n_clauses, (const char *) g_ptr_array_index (block->notes, i));
    }
}

/* Where a paragraph stands in the clauses: 0 not numbered, 1 a clause,
 * 2 or 3 an item of level 1 or 2. */
static guint
paragraph_depth (Builder           *b,
                 const ImportBlock *block,
                 const Label       *label)
{
  if (g_strcmp0 (block->style, "ConcordItem") == 0 || g_strcmp0 (block->style, "Concord_Item") == 0)
    return label->kind == LABEL_ROMAN || (label->kind == LABEL_DECIMAL && label->components > 3) ? 3 : 2;
  if (g_strcmp0 (block->style, "ConcordClauseText") == 0 || g_strcmp0 (block->style, "Concord_Clause_Text") == 0)
    return 1;
  if (g_strcmp0 (block->style, "ConcordBody") == 0 || g_strcmp0 (block->style, "Concord_Body") == 0)
    return 0;
  if (block->level > 0)
    {
      if (!block->numbered && block->level <= b->clause_list_level)
        return 2;
      if (!block->numbered)
        return 3;
      return block->level <= b->clause_list_level ? 1 : block->level == b->clause_list_level + 1 ? 2 : 3;
    }
  switch (label->kind)
    {
    case LABEL_DECIMAL:
      return label->components <= b->clause_components ? 1
             : label->components == b->clause_components + 1 ? 2 : 3;
    case LABEL_LETTER:
      return 2;
    case LABEL_ROMAN:
      return 3;
    case LABEL_NONE:
    case LABEL_ANNEX:
    default:
      return 0;
    }
}

static void
section_paragraph (Builder           *b,
                   const ImportBlock *block)
{
  Label label = read_label (block->text);
  guint depth = paragraph_depth (b, block, &label);
  /* A body paragraph that starts with a reference ("6.4 sets out …")
   * keeps its number. */
  const char *text = block->text + (depth > 0 ? label.skip : 0);

  if (depth == 1)
    {
      open_clause (b, NULL, TRUE, label.kind == LABEL_DECIMAL ? label.number : NULL);
      clause_block (b, "p", 0, text);
      if (label.trailing_dot)
        b->trailing_dot = TRUE;
    }
  else if (depth >= 2)
    {
      if (!b->clause_open)
        open_clause (b, NULL, FALSE, NULL);
      /* An unnumbered clause letters its items whatever the style. */
      if (label.kind == LABEL_LETTER && b->clause_numbered)
        b->alpha_items = TRUE;
      clause_block (b, "item", depth - 1, text);
    }
  else if (b->clause_open && (b->clause_numbered || !b->clause_has_body))
    clause_block (b, "p", 0, text);
  else if (*text != '\0')
    {
      open_clause (b, NULL, FALSE, NULL);
      clause_block (b, "p", 0, text);
    }
  take_notes (b, block);
}

/* Where no clause can hold a footnote, it becomes a paragraph after
 * the one it was on. */
static void
notes_as_text (Builder           *b,
               const ImportBlock *block,
               GString           *out)
{
  for (guint i = 0; i < block->notes->len; i++)
    {
      note (b, _("a footnote was kept as a paragraph after its text: “%s”"),
            (const char *) g_ptr_array_index (block->notes, i));
      g_string_append (out, "    <p>");
      escape_inline (out, g_ptr_array_index (block->notes, i));
      g_string_append (out, "</p>\n");
    }
}

static void
annex_paragraph (Builder           *b,
                 const ImportBlock *block)
{
  Label label = read_label (block->text);
  const char *text = block->text + label.skip;
  const char *element = "p";
  guint level = 0;

  if (label.kind == LABEL_LETTER || label.kind == LABEL_ROMAN || block->level > 1 ||
      (block->level == 1 && !block->numbered) || g_strcmp0 (block->style, "ConcordItem") == 0 ||
      g_strcmp0 (block->style, "Concord_Item") == 0)
    {
      element = "item";
      level = label.kind == LABEL_ROMAN || block->level > 2 ? 2 : 1;
    }
  else if (label.kind != LABEL_NONE || block->numbered)
    b->numbered_annex_paras = TRUE;
  if (*text == '\0')
    return;
  g_string_append_printf (b->annexes, "    <%s%s>", element, level > 1 ? " level=\"2\"" : "");
  escape_inline (b->annexes, text);
  g_string_append_printf (b->annexes, "</%s>\n", element);
  notes_as_text (b, block, b->annexes);
}

/* "28 May 2012", "May 2012", "2012-05-28" (and the months in the
 * document's language) as an ISO date, or NULL. */
static char *
parse_date (const char *text,
            const char *language)
{
  static const char *months[] = { "January", "February", "March", "April", "May", "June", "July", "August",
                                  "September", "October", "November", "December" };
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint n = g_strv_length (words);
  guint64 day = 0;
  guint64 year = 0;
  int month = -1;

  if (n == 1 && strlen (text) == 10 && text[4] == '-' && text[7] == '-')
    {
      g_autoptr(GDateTime) when = NULL;
      g_autofree char *iso = g_strconcat (text, "T00:00:00Z", NULL);

      when = g_date_time_new_from_iso8601 (iso, NULL);
      return when != NULL ? g_strdup (text) : NULL;
    }
  if (n < 2 || n > 3)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (months) && month < 0; i++)
    if (g_ascii_strcasecmp (words[n - 2], months[i]) == 0 ||
        g_utf8_collate (words[n - 2], concord_words_get (language, months[i])) == 0)
      month = (int) i + 1;
  if (month < 0 || !g_ascii_string_to_unsigned (words[n - 1], 10, 1000, 9999, &year, NULL))
    return NULL;
  if (n == 2)
    return g_strdup_printf ("%04u-%02d", (guint) year, month);
  if (!g_ascii_string_to_unsigned (words[0], 10, 1, 31, &day, NULL) ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;

  return g_strdup_printf ("%04u-%02d-%02u", (guint) year, month, (guint) day);
}

/* A date field: a date, a "[placeholder]", or left out with a line in
 * the report. */
static void
append_date_field (Builder    *b,
                   GString    *out,
                   const char *indent,
                   const char *element,
                   const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  g_autofree char *date = parse_date (copy, b->language);
  gsize n = strlen (copy);

  if (date != NULL)
    g_string_append_printf (out, "%s<%s>%s</%s>\n", indent, element, date, element);
  else if (n > 2 && copy[0] == '[' && copy[n - 1] == ']')
    append_field (out, indent, element, copy);
  else if (n > 0)
    note (b, _("the date “%s” was not understood and was left out"), copy);
}

/* "Reference: MOU-1", "Revision: 2.1", "Status: agreed" before the
 * first part. */
/* After "Reference: " (or "Référence : "), in English or the
 * document's language, or NULL. */
static const char *
after_label (const char *text,
             const char *language,
             const char *english)
{
  const char *labels[] = { english, concord_words_get (language, english) };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_has_prefix (text, labels[i]))
      {
        const char *p = text + strlen (labels[i]);

        while (*p == ' ')
          p++;
        if (*p != ':')
          continue;
        p++;
        while (*p == ' ')
          p++;
        return p;
      }

  return NULL;
}

static gboolean
detail (Builder    *b,
        const char *text)
{
  static const char *statuses[] = { "draft", "agreed", "signed" };
  const char *value = after_label (text, b->language, "Reference");

  if (value == NULL && g_str_has_prefix (text, "Ref: "))
    value = text + strlen ("Ref: ");
  if (value != NULL)
    {
      g_free (b->reference);
      b->reference = g_strstrip (g_strdup (value));
      return TRUE;
    }
  value = after_label (text, b->language, "Revision");
  if (value == NULL)
    value = after_label (text, b->language, "Version");
  if (value != NULL)
    {
      gboolean ok = g_ascii_isdigit (*value);

      for (const char *p = value; *p != '\0' && ok; p++)
        ok = g_ascii_isdigit (*p) || (*p == '.' && g_ascii_isdigit (p[1]));
      if (ok && strlen (value) <= 32)
        {
          g_free (b->revision);
          b->revision = g_strdup (value);
          return TRUE;
        }
    }
  value = after_label (text, b->language, "Status");
  for (guint i = 0; value != NULL && i < G_N_ELEMENTS (statuses); i++)
    if (g_str_equal (value, statuses[i]) || g_str_equal (value, concord_words_get (b->language, statuses[i])))
      {
        g_free (b->status);
        b->status = g_strdup (statuses[i]);
        return TRUE;
      }
  for (guint i = 0; i < 2; i++)
    {
      gboolean effective = i == 0;
      g_autoptr(GString) field = NULL;

      value = after_label (text, b->language, effective ? "Effective" : "Review");
      if (value == NULL)
        continue;
      field = g_string_new (NULL);
      append_date_field (b, field, "  ", effective ? "effective-date" : "review-date", value);
      g_free (effective ? b->effective_date : b->review_date);
      if (effective)
        b->effective_date = g_strdup (field->str);
      else
        b->review_date = g_strdup (field->str);
      return TRUE;
    }

  return FALSE;
}

static void
close_signature (Builder *b)
{
  if (b->signature_open)
    g_string_append (b->signatures, "    </signature>\n");
  b->signature_open = FALSE;
}

/* The lines of a signature block as Concord and most memoranda print
 * them: "Signed for and on behalf of X", a line to sign on, "Name,
 * Title", "Date, Place". */
static gboolean
signature_line (Builder    *b,
                const char *text)
{
  const char *p = text;
  g_autofree char *lead = g_strdup (CONCORD_WORD (b->language, "Signed for and on behalf of %s"));
  g_autofree char *behalf = g_strndup (lead, strcspn (lead, "%"));
  g_autofree char *by = g_strndup (CONCORD_WORD (b->language, "Signed by %s"),
                                   strcspn (CONCORD_WORD (b->language, "Signed by %s"), "%"));
  int party = -1;
  gsize best = 0;

  while (*p == '_' || *p == ' ' || *p == '.')
    p++;
  if (*p == '\0')
    return TRUE;
  /* "Signed …" in English or the document's language starts a block. */
  if (strchr (lead, ' ') != NULL)
    *strchr (lead, ' ') = '\0';
  if (g_str_has_prefix (text, "Signed ") || g_str_has_prefix (text, lead))
    {
      for (guint i = 0; i < b->parties->len; i++)
        {
          ImportParty *candidate = g_ptr_array_index (b->parties, i);
          const char *names[] = { candidate->name, candidate->short_name };

          for (guint j = 0; j < G_N_ELEMENTS (names); j++)
            if (*names[j] != '\0' && strlen (names[j]) > best && strlen (text) >= strlen (names[j]) &&
                g_ascii_strcasecmp (text + strlen (text) - strlen (names[j]), names[j]) == 0)
              {
                party = (int) i;
                best = strlen (names[j]);
              }
        }
      if (party >= 0)
        {
          ImportParty *signing = g_ptr_array_index (b->parties, party);
          const char *named = strlen (text) >= strlen (signing->name) ? text + strlen (text) - strlen (signing->name)
                                                                      : text;

          /* The parties table capitalised "the Treasurer"; the line that
           * signs names the party as it is written. */
          if (g_ascii_strcasecmp (named, signing->name) == 0 && g_ascii_islower (*named))
            memcpy (signing->name, named, strlen (named));
        }
      close_signature (b);
      if (party >= 0 && (g_str_has_prefix (text, by) || g_str_has_prefix (text, "Signed by ")) &&
          !g_str_has_prefix (text, behalf) && strlen (text) == best + strlen (by))
        {
          ImportParty *office = g_ptr_array_index (b->parties, party);

          office->office_holder = TRUE;
          note (b, _("“%s” signs as an office holder"), office->name);
        }
      if (party >= 0)
        g_string_append_printf (b->signatures, "    <signature party=\"party-%d\">\n", party + 1);
      else
        g_string_append (b->signatures, "    <signature>\n");
      b->signature_open = TRUE;
      b->signature_party = party;
      b->signature_has_who = FALSE;
      return TRUE;
    }
  if (!b->signature_open)
    return FALSE;
  {
    const char *comma = strrchr (text, ',');
    g_autofree char *before = comma != NULL ? g_strndup (text, comma - text) : g_strdup (text);
    g_autofree char *date = parse_date (g_strstrip (before), b->language);
    gsize n = strlen (before);
    gboolean placeholders = comma != NULL && n > 2 && before[0] == '[' && before[n - 1] == ']';

    /* "[Date], [Place]" or "28 May 2012, Wellington": the last line. */
    if (date != NULL || (placeholders && b->signature_has_who))
      {
        g_autofree char *place = comma != NULL ? g_strstrip (g_strdup (comma + 1)) : NULL;

        append_date_field (b, b->signatures, "      ", "date", before);
        if (place != NULL && *place != '\0')
          append_field (b->signatures, "      ", "place", place);
        close_signature (b);
        return TRUE;
      }
    if (b->signature_has_who)
      return FALSE;
    /* "Name, Title": the first comma, since a title may hold one. */
    comma = strstr (text, ", ");
    {
      g_autofree char *person = comma != NULL ? g_strndup (text, comma - text) : g_strdup (text);

      append_field (b->signatures, "      ", "person", person);
      if (comma != NULL)
        append_field (b->signatures, "      ", "title", comma + 2);
      /* Who signs for the party, where the party does not say. */
      if (b->signature_party >= 0)
        {
          ImportParty *signing = g_ptr_array_index (b->parties, b->signature_party);

          if (signing->person == NULL && signing->title == NULL && !signing->office_holder)
            {
              signing->person = g_strdup (person);
              signing->title = comma != NULL ? g_strdup (comma + 2) : NULL;
            }
        }
    }
    b->signature_has_who = TRUE;
  }

  return TRUE;
}

static void
start_part (Builder           *b,
            const ImportBlock *heading)
{
  g_autofree char *annex = NULL;
  gboolean letter = FALSE;
  Part part = part_of_heading (heading->text, heading->style, b->language);
  /* "1 Introduction", "2. Roles": the number a word processor typed. */
  Label label = read_label (heading->text);
  const char *text = label.kind == LABEL_DECIMAL ? heading->text + label.skip : heading->text;

  if (label.kind != LABEL_DECIMAL && g_ascii_isdigit (*text))
    {
      const char *p = text;

      while (g_ascii_isdigit (*p))
        p++;
      if (*p == ' ' && p - text <= 3)
        text = p + 1;
    }
  close_section (b);
  close_annex (b);
  g_free (b->part_heading);
  b->part_heading = g_strdup (text);
  b->part = part;
  switch (part)
    {
    case PART_SECTION:
      open_section (b, text);
      break;
    case PART_ANNEX:
      annex_heading (text, &annex, &letter);
      if (b->n_annexes == 0)
        b->letter_annexes = letter;
      g_string_append_printf (b->annexes, "  <annex id=\"annex-%u\">\n    <heading>", ++b->n_annexes);
      escape (b->annexes, annex);
      g_string_append (b->annexes, "</heading>\n");
      b->annex_open = TRUE;
      break;
    case PART_PARTIES:
    case PART_DEFINITIONS:
    case PART_RECITALS:
    case PART_CONTROL:
    case PART_FRONT:
    default:
      break;
    }
}

static void
control_from_table (Builder           *b,
                    const ImportBlock *table)
{
  guint kept = 0;
  guint undated = 0;

  for (guint r = 1; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);
      g_autofree char *date = NULL;

      if (g_strv_length (row) < 4 || *row[0] == '\0' || strchr (row[0], ' ') != NULL)
        continue;
      date = parse_date (row[1], b->language);
      g_string_append (b->control, "    <entry version=\"");
      escape (b->control, row[0]);
      g_string_append (b->control, "\"");
      if (date != NULL)
        g_string_append_printf (b->control, " date=\"%s\"", date);
      else if (*row[1] != '\0' && !g_str_equal (row[1], "-"))
        undated++;
      if (*row[2] != '\0')
        {
          g_string_append (b->control, " author=\"");
          escape (b->control, row[2]);
          g_string_append (b->control, "\"");
        }
      g_string_append (b->control, ">");
      escape (b->control, row[3]);
      g_string_append (b->control, "</entry>\n");
      kept++;
    }
  if (undated > 0)
    note (b, _("document control: %u dates were not understood and were left out"), undated);
}

static void
read_block (Builder           *b,
            const ImportBlock *block,
            guint              section_level)
{
  g_autofree char *name = NULL;
  g_autofree char *meaning = NULL;
  g_autoptr(GPtrArray) forms = g_ptr_array_new_with_free_func (g_free);

  if (block->kind == IMPORT_HEADING && block->level <= section_level)
    {
      start_part (b, block);
      return;
    }
  if (block->kind == IMPORT_HEADING)
    {
      if (b->part == PART_ANNEX)
        {
          g_string_append (b->annexes, "    <subheading>");
          escape_inline (b->annexes, block->text);
          g_string_append (b->annexes, "</subheading>\n");
          return;
        }
      {
        Label label = read_label (block->text);
        /* Concord's own clause heading says whether it is numbered;
         * elsewhere a heading under a section is a clause, numbered. */
        gboolean concord = block->style != NULL && (g_str_has_prefix (block->style, "ConcordClause") ||
                                                    g_str_has_prefix (block->style, "Concord_Clause"));
        g_autofree char *restart = NULL;

        /* A list that restarts at a number skips to it. */
        if (label.kind != LABEL_DECIMAL && block->start > 0)
          restart = b->hierarchical ? g_strdup_printf ("%u.%u", b->numbered_sections, block->start)
                                    : g_strdup_printf ("%u", block->start);
        open_clause (b, block->text + label.skip, !concord || block->numbered || label.kind == LABEL_DECIMAL,
                     label.kind == LABEL_DECIMAL ? label.number : restart);
      }
      return;
    }
  if (block->kind == IMPORT_TABLE)
    {
      if ((b->part == PART_PARTIES || b->part == PART_FRONT) && b->n_parties == 0)
        {
          parties_from_table (b, block);
          if (b->n_parties > 0)
            return;
        }
      if (b->part == PART_CONTROL)
        {
          control_from_table (b, block);
          return;
        }
      if (b->part == PART_ANNEX)
        {
          append_table (b->annexes, block, "    ");
          return;
        }
      if (!b->clause_open)
        open_clause (b, NULL, FALSE, NULL);
      append_table (b->clause, block, "      ");
      b->clause_has_body = TRUE;
      return;
    }

  if (*block->text == '\0' && block->notes->len == 0)
    return;
  if (g_strcmp0 (block->style, "ConcordFacts") == 0 || g_strcmp0 (block->style, "Concord_Facts") == 0)
    {
      /* A clause with no heading carries its number on this line. */
      if (block->numbered && block->level > 0)
        open_clause (b, NULL, TRUE, NULL);
      /* "[agreed]" alone is the clause's status, which is read. */
      if (strchr (block->text, ' ') != NULL)
        b->facts_lost++;
      return;
    }
  switch (b->part)
    {
    case PART_FRONT:
      if (detail (b, block->text))
        return;
      if (parties_from_between (b, block->text))
        {
          g_string_append (b->recitals, "    <p>");
          escape_inline (b->recitals, block->text);
          g_string_append (b->recitals, "</p>\n");
          notes_as_text (b, block, b->recitals);
          return;
        }
      if (read_label (block->text).kind == LABEL_NONE && block->level == 0 && !block->numbered)
        {
          g_string_append (b->recitals, "    <p>");
          escape_inline (b->recitals, block->text);
          g_string_append (b->recitals, "</p>\n");
          {
            /* Sixty characters, not bytes: a cut inside one would not
             * be text. */
            g_autofree char *start = g_utf8_substring (block->text, 0, MIN (g_utf8_strlen (block->text, -1), 60));

            note (b, _("“%s…” before the first heading became background"), start);
          }
          notes_as_text (b, block, b->recitals);
          return;
        }
      section_paragraph (b, block);
      return;
    case PART_PARTIES:
      add_party_from_text (b, block->text);
      note (b, _("party guessed from “%s”"), block->text);
      notes_as_text (b, block, b->recitals);
      return;
    case PART_DEFINITIONS:
      if (split_definition (block, &name, forms, &meaning))
        {
          g_string_append_printf (b->terms, "    <term id=\"term-%u\">\n      <name>", ++b->n_terms);
          escape (b->terms, name);
          g_string_append (b->terms, "</name>\n");
          for (guint i = 0; i < forms->len; i++)
            {
              g_string_append (b->terms, "      <form>");
              escape (b->terms, g_ptr_array_index (forms, i));
              g_string_append (b->terms, "</form>\n");
            }
          g_string_append (b->terms, "      <meaning>");
          escape_inline (b->terms, meaning);
          g_string_append (b->terms, "</meaning>\n    </term>\n");
          notes_as_text (b, block, b->recitals);
          return;
        }
      section_paragraph (b, block);
      return;
    case PART_RECITALS:
      {
        Label label = read_label (block->text);

        /* "(A)" is the recital's own letter, which Concord prints again;
         * "(a)" and list paragraphs are items under it. */
        gboolean item = (label.kind == LABEL_LETTER && !g_ascii_isupper (block->text[1])) ||
                        (label.kind == LABEL_NONE && block->level > 0);

        g_string_append_printf (b->recitals, "    <%s>", item ? "item" : "p");
        escape_inline (b->recitals, block->text + label.skip);
        g_string_append_printf (b->recitals, "</%s>\n", item ? "item" : "p");
        notes_as_text (b, block, b->recitals);
      }
      return;
    case PART_ANNEX:
      annex_paragraph (b, block);
      return;
    case PART_SIGNATURES:
      if (signature_line (b, block->text))
        return;
      note (b, _("“%s” among the signatures was kept as a general clause"), block->text);
      section_paragraph (b, block);
      return;
    case PART_CONTROL:
    case PART_SECTION:
    default:
      section_paragraph (b, block);
      return;
    }
}

/* The shape of the numbering, read off the whole document first. */
static void
read_numbering (Builder      *b,
                ImportSource *source)
{
  guint hierarchical = 0;
  guint continuous = 0;

  b->clause_list_level = G_MAXUINT;
  b->clause_components = G_MAXUINT;
  for (guint i = 0; i < source->blocks->len; i++)
    {
      ImportBlock *block = g_ptr_array_index (source->blocks, i);
      Label label;

      if (block->kind != IMPORT_PARAGRAPH)
        continue;
      if (block->level > 0 && block->numbered)
        {
          b->clause_list_level = MIN (b->clause_list_level, block->level);
          continue;
        }
      label = read_label (block->text);
      if (label.kind == LABEL_DECIMAL)
        b->clause_components = MIN (b->clause_components, label.components);
    }
  for (guint i = 0; i < source->blocks->len; i++)
    {
      ImportBlock *block = g_ptr_array_index (source->blocks, i);

      /* Clause headings below the sections count too. */
      gboolean clause_heading = block->kind == IMPORT_HEADING && block->level >= 2;

      if (((block->kind == IMPORT_PARAGRAPH && block->level == b->clause_list_level) || clause_heading) &&
          block->numbered && block->shown_levels > 0)
        {
          if (block->shown_levels > 1)
            hierarchical++;
          else
            continuous++;
        }
    }
  if (b->clause_list_level == G_MAXUINT)
    b->clause_list_level = 1;
  if (b->clause_components == G_MAXUINT)
    b->clause_components = hierarchical >= continuous ? 2 : 1;
  b->hierarchical = hierarchical + continuous > 0 ? hierarchical >= continuous : b->clause_components > 1;
}

/* "OFFICIAL" or "DRAFT · OFFICIAL-SENSITIVE" at one side of the page
 * header: words in capitals, not the document's title. */
static char *
marking_in_header (const char *header,
                   const char *language,
                   const char *reference)
{
  g_auto(GStrv) lines = g_strsplit_set (header, "\t\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (lines[i], " · ", -1);

      for (guint j = 0; parts[j] != NULL; j++)
        {
          const char *part = g_strstrip (parts[j]);
          guint letters = 0;
          gboolean capitals = TRUE;

          if (g_str_equal (part, "DRAFT") || g_str_equal (part, concord_words_get (language, "DRAFT")) ||
              g_strcmp0 (part, reference) == 0)
            continue;
          for (const char *p = part; *p != '\0' && capitals; p = g_utf8_next_char (p))
            {
              gunichar c = g_utf8_get_char (p);

              if (g_unichar_isalpha (c))
                {
                  letters++;
                  capitals = g_unichar_isupper (c);
                }
              else
                capitals = c == ' ' || c == '-' || c == '/' || c == ':';
            }
          if (capitals && letters >= 4 && strlen (part) <= 60)
            return g_strdup (part);
        }
    }

  return NULL;
}

static char *
memorandum_id (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  char *dot = strrchr (base, '.');
  GString *id = g_string_new (NULL);

  if (dot != NULL)
    *dot = '\0';
  for (const char *p = base; *p != '\0' && id->len < 100; p++)
    if (g_ascii_isalnum (*p) || *p == '-' || *p == '_')
      g_string_append_c (id, g_ascii_tolower (*p));
    else if (id->len > 0 && id->str[id->len - 1] != '-')
      g_string_append_c (id, '-');
  if (id->len == 0 || !g_ascii_isalpha (id->str[0]))
    g_string_prepend (id, "imported-");

  return g_string_free (id, FALSE);
}

static GBytes *
build (ImportSource *source,
       const char   *path,
       GPtrArray    *report)
{
  Builder b = { 0 };
  guint section_level = G_MAXUINT;
  guint first = 0;
  g_autofree char *id = memorandum_id (path);
  GString *out = g_string_new (NULL);

  b.report = report;
  b.parties = g_ptr_array_new_with_free_func ((GDestroyNotify) import_party_free);
  b.terms = g_string_new (NULL);
  b.recitals = g_string_new (NULL);
  b.sections = g_string_new (NULL);
  b.annexes = g_string_new (NULL);
  b.control = g_string_new (NULL);
  b.signatures = g_string_new (NULL);
  b.language = source->language != NULL ? source->language : "en-GB";
  b.clause = g_string_new (NULL);
  b.clause_notes = g_ptr_array_new_with_free_func (g_free);
  b.part = PART_FRONT;
  b.next_number = 1;
  read_numbering (&b, source);

  /* The title: a paragraph styled so, or a first heading above all the
   * others. */
  for (guint i = 0; i < source->blocks->len && b.title == NULL; i++)
    {
      ImportBlock *block = g_ptr_array_index (source->blocks, i);

      if (block->style != NULL && (g_str_equal (block->style, "Title") || g_str_equal (block->style, "ConcordTitle") ||
                                   g_str_equal (block->style, "Concord_Title")))
        {
          b.title = g_strdup (block->text);
          block->kind = IMPORT_PARAGRAPH;
          g_clear_pointer (&block->text, g_free);
          block->text = g_strdup ("");
        }
    }
  if (b.title == NULL && source->blocks->len > 0)
    {
      ImportBlock *head = g_ptr_array_index (source->blocks, 0);
      gboolean alone = head->kind == IMPORT_HEADING;

      for (guint i = 1; i < source->blocks->len && alone; i++)
        {
          ImportBlock *block = g_ptr_array_index (source->blocks, i);

          alone = block->kind != IMPORT_HEADING || block->level > head->level;
        }
      if (alone && source->blocks->len > 1)
        {
          b.title = g_strdup (head->text);
          first = 1;
          note (&b, _("the title was taken from the first heading: “%s”"), head->text);
        }
    }
  if (b.title == NULL && source->title != NULL && *source->title != '\0')
    {
      b.title = g_strdup (source->title);
      note (&b, _("the title was taken from the document’s properties"));
    }
  for (guint i = first; i < source->blocks->len; i++)
    {
      ImportBlock *block = g_ptr_array_index (source->blocks, i);

      if (block->kind == IMPORT_HEADING)
        section_level = MIN (section_level, block->level);
    }
  for (guint i = first; i < source->blocks->len; i++)
    read_block (&b, g_ptr_array_index (source->blocks, i), section_level);
  close_section (&b);
  close_annex (&b);
  close_signature (&b);

  g_string_append_printf (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<memorandum xmlns=\"urn:concord:mou:1\" format-version=\"1\" id=\"%s\" status=\"%s\" "
                               "language=\"", id, b.status != NULL ? b.status : "draft");
  escape (out, source->language != NULL ? source->language : "en-GB");
  g_string_append_printf (out, "\" numbering=\"%s\"%s%s", b.hierarchical ? "hierarchical" : "continuous",
                          b.alpha_items ? " item-style=\"alpha\"" : "",
                          b.trailing_dot ? " number-format=\"trailing-dot\"" : "");
  if (b.n_annexes > 0)
    g_string_append_printf (out, " annex-style=\"%s\" annex-numbering=\"%s\"", b.letter_annexes ? "letter" : "number",
                            b.numbered_annex_paras ? "own" : "none");
  g_string_append (out, ">\n");
  if (b.title != NULL && *b.title != '\0')
    {
      g_string_append (out, "  <title>");
      escape (out, b.title);
      g_string_append (out, "</title>\n");
    }
  else
    {
      g_string_append_printf (out, "  <title placeholder=\"%s\"/>\n", _("Title of memorandum"));
      note (&b, _("the document has no title"));
    }
  if (b.reference != NULL)
    {
      append_field (out, "  ", "reference", b.reference);
    }
  g_string_append_printf (out, "  <revision>%s</revision>\n", b.revision != NULL ? b.revision : "0");
  if (b.effective_date != NULL)
    g_string_append (out, b.effective_date);
  if (b.review_date != NULL)
    g_string_append (out, b.review_date);
  {
    g_autofree char *marking = marking_in_header (source->header->str, b.language, b.reference);

    if (marking != NULL)
      {
        append_field (out, "  ", "marking", marking);
        note (&b, _("the marking “%s” was read from the page header"), marking);
      }
  }
  g_string_append (out, "  <parties>\n");
  append_parties (out, b.parties);
  g_string_append (out, "  </parties>\n");
  if (b.n_parties == 0)
    note (&b, _("no parties were found: add them in the Parties pane"));
  if (b.n_terms > 0)
    {
      g_string_append_printf (out, "  <definitions>\n%s  </definitions>\n", b.terms->str);
      note (&b, g_dngettext (GETTEXT_PACKAGE, "%u defined term read from the definitions",
                             "%u defined terms read from the definitions", b.n_terms), b.n_terms);
    }
  if (b.recitals->len > 0)
    g_string_append_printf (out, "  <recitals>\n%s  </recitals>\n", b.recitals->str);
  g_string_append (out, b.sections->str);
  g_string_append (out, b.annexes->str);
  if (b.signatures->len > 0)
    g_string_append_printf (out, "  <signatures>\n%s  </signatures>\n", b.signatures->str);
  if (b.control->len > 0)
    g_string_append_printf (out, "  <document-control>\n%s  </document-control>\n", b.control->str);
  g_string_append (out, "</memorandum>\n");
  note (&b, _("%u sections and %u clauses read; every clause is a general one, with its kind to set"), b.n_sections,
        b.n_clauses);
  if (b.facts_lost > 0)
    note (&b, g_dngettext (GETTEXT_PACKAGE,
                           "who does what in %u clause (responsible, boundary, accountable) is not read back: "
                           "set it in the clause panes",
                           "who does what in %u clauses (responsible, boundary, accountable) is not read back: "
                           "set it in the clause panes", b.facts_lost), b.facts_lost);
  note (&b, _("text references to parties, terms and clauses are plain words until linked again"));
  /* Concord's own export: what it leaves out of a word processor's file. */
  for (guint i = 0; i < source->blocks->len; i++)
    {
      ImportBlock *block = g_ptr_array_index (source->blocks, i);

      if (block->style != NULL && g_str_has_prefix (block->style, "Concord"))
        {
          note (&b, _("a file Concord exported holds no clause notes, comments, areas, party colours or logos, "
                      "and no translation: take them from the memorandum it was exported from"));
          break;
        }
    }

  g_free (b.title);
  g_free (b.reference);
  g_free (b.revision);
  g_free (b.status);
  g_free (b.part_heading);
  g_ptr_array_unref (b.parties);
  g_string_free (b.terms, TRUE);
  g_string_free (b.recitals, TRUE);
  g_string_free (b.sections, TRUE);
  g_string_free (b.annexes, TRUE);
  g_string_free (b.control, TRUE);
  g_string_free (b.signatures, TRUE);
  g_free (b.effective_date);
  g_free (b.review_date);
  g_string_free (b.clause, TRUE);
  g_ptr_array_unref (b.clause_notes);

  return g_string_free_to_bytes (out);
}

static const char *
extension (const char *path)
{
  const char *dot = strrchr (path, '.');

  return dot != NULL && strchr (dot, '/') == NULL ? dot + 1 : "";
}

/* The memorandum a reader's blocks make, checked as a file would be. */
static ConcordMemorandum *
from_source (ImportSource  *source,
             const char    *path,
             GPtrArray     *report,
             GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  GError *local_error = NULL;
  ConcordMemorandum *memorandum;

  bytes = build (source, path, report);
  if (g_bytes_get_size (bytes) > CONCORD_MAX_FILE_SIZE)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_LIMIT, _("%s has more text than a memorandum can hold"), path);
      return NULL;
    }
  memorandum = concord_memorandum_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), path,
                                                  &local_error);
  if (memorandum == NULL)
    {
      g_prefix_error (&local_error, _("%s cannot be read as a memorandum: "), path);
      g_propagate_error (error, local_error);
    }

  return memorandum;
}

/**
 * concord_import_handles:
 * @path: a file name
 *
 * Returns: whether concord_import_file() reads a file of this name
 *   (.docx, .odt, .md or .markdown)
 */
gboolean
concord_import_handles (const char *path)
{
  const char *ext = extension (path);

  return g_ascii_strcasecmp (ext, "docx") == 0 || g_ascii_strcasecmp (ext, "odt") == 0 ||
         g_ascii_strcasecmp (ext, "md") == 0 || g_ascii_strcasecmp (ext, "markdown") == 0;
}

/**
 * concord_import_file:
 * @path: a DOCX, ODT or Markdown file
 * @report: (nullable) (element-type utf8): where to add a line for each
 *   guess and each thing that did not survive
 *
 * Makes a memorandum of a document written elsewhere.
 *
 * Returns: (transfer full) (nullable): the memorandum, or %NULL with
 *   @error set (%CONCORD_ERROR_IO, or %CONCORD_ERROR_PARSE or
 *   %CONCORD_ERROR_LIMIT for a file that is damaged or hostile)
 */
ConcordMemorandum *
concord_import_file (const char  *path,
                     GPtrArray   *report,
                     GError     **error)
{
  const char *ext = extension (path);
  g_autoptr(ImportSource) source = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_ascii_strcasecmp (ext, "docx") == 0)
    source = _concord_import_read_docx (path, &local_error);
  else if (g_ascii_strcasecmp (ext, "odt") == 0)
    source = _concord_import_read_odt (path, &local_error);
  else if (g_ascii_strcasecmp (ext, "md") == 0 || g_ascii_strcasecmp (ext, "markdown") == 0)
    {
      g_autofree char *data = NULL;
      gsize size = 0;
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, &local_error);

      if (info != NULL && g_file_info_get_size (info) > CONCORD_MAX_FILE_SIZE)
        g_set_error (&local_error, CONCORD_ERROR, CONCORD_ERROR_LIMIT, _("%s is larger than %u MiB"), path,
                     CONCORD_MAX_FILE_SIZE / (1024 * 1024));
      else if (info != NULL && g_file_get_contents (path, &data, &size, &local_error))
        source = _concord_import_read_markdown (data, size, &local_error);
      if (local_error != NULL && local_error->domain != CONCORD_ERROR)
        {
          GError *io = g_error_new (CONCORD_ERROR, CONCORD_ERROR_IO, _("cannot read %s: %s"), path,
                                    local_error->message);

          g_error_free (local_error);
          local_error = io;
        }
    }
  else
    g_set_error (&local_error, CONCORD_ERROR, CONCORD_ERROR_PARSE,
                 _("%s is not a file Concord imports (it reads .docx, .odt and .md)"), path);
  if (source == NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return from_source (source, path, report, error);
}

/* Markdown from memory, as concord_import_file() reads a .md file: for
 * the fuzzer. */
ConcordMemorandum *
_concord_import_markdown_data (const char  *data,
                               gsize        size,
                               const char  *name,
                               GPtrArray   *report,
                               GError     **error)
{
  g_autoptr(ImportSource) source = _concord_import_read_markdown (data, size, error);

  return source != NULL ? from_source (source, name, report, error) : NULL;
}
