/* concord-lint-drafting.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-lint"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "concord-annex.h"
#include "concord-block.h"
#include "concord-clause.h"
#include "concord-lint-private.h"
#include "concord-memorandum.h"
#include "concord-party.h"
#include "concord-section.h"
#include "concord-term.h"

/* Drafting checks: what a careful drafter of a memorandum of
 * understanding would say on reading it. Unlike the structural checks
 * these read the wording, so they are heuristics, each aimed at few false
 * alarms rather than at catching everything; every finding can be
 * dismissed, and a whole code switched off for one memorandum. Words are
 * matched in English, Welsh and French where the check needs it. */

/* Keywords are lower case; one ending in '*' is a stem and matches any
 * ending ("terminat*": "terminate", "termination"). */

static const char *not_binding_phrases[] = {
  "not legally binding", "not intended to be legally binding", "not binding in law",
  "nid yw'n gyfreithiol rwymol", "nid yw'r memorandwm hwn yn gyfreithiol rwymol",
  "n'est pas juridiquement contraignant*", "ne sont pas juridiquement contraignant*",
  NULL
};

/* Words that bind whatever surrounds them: "shall" and "must"; French
 * "doit" and "devra" (a memorandum writes "fournira", "s’engage à");
 * Welsh "rhaid" ("rhaid i’r parti"; a memorandum writes "bydd yn"). */
static const char *binding_words[] = {
  "shall", "must",
  "doit", "doivent", "devra", "devront",
  "rhaid",
  NULL
};

/* Words of liability, which a memorandum that is not binding uses to
 * disclaim it ("neither party is liable"): they count only in a sentence
 * with no negation before them. "Breach" counts only as a breach of
 * something ("in breach", "a breach of this memorandum"), not as a
 * personal data breach. */
static const char *liability_words[] = {
  "indemnify", "indemnifies", "indemnity", "indemnities", "liable", "liability", "liabilities",
  "penalty", "penalties", "breach", "breaches",
  "indemniser", "indemnisera", "indemniseront", "indemnité", "indemnités", "pénalité", "pénalités",
  "indemnio", "indemniad", "cosb", "cosbau",
  NULL
};

/* "n'est", "n'a" and the other elided "ne" count too (is_negation()). */
static const char *negations[] = {
  "no", "not", "neither", "nor", "nothing", "none", "without", "never",
  "ne", "pas", "aucun", "aucune", "ni", "sans", "jamais",
  "nid", "dim", "heb", "na",
  NULL
};

typedef struct
{
  /* The field of the "details" finding, so that each kind can be
   * dismissed on its own ("details#variation-clause"). */
  const char  *field;
  const char  *headings[10];
  const char  *text[20];
} StandardClause;

/* Welsh words are listed with the mutated forms the text is likely to
 * use ("ei ddiwygio", "dynnu'n ôl"). A kind is present when a clause or section heading holds one of its
 * heading words, or a clause's text one of its text words. */
static const StandardClause standard_clauses[] = {
  { "status-clause",
    { "status", "statws", "statut*", "legal effect", "nature juridique", NULL },
    { "legally binding", "binding in law", "gyfreithiol rwymol", "rhwymo'n gyfreithiol",
      "juridiquement contraignant*", "force juridique", NULL } },
  { "review-date",
    { "review*", "adolyg*", "réexamen*", "révision*", NULL },
    { "review*", "adolyg*", "hadolyg*", "réexamen*", "réexamin*", "révision*", "réviser", NULL } },
  { "variation-clause",
    { "vary", "variation*", "amend*", "amrywi*", "diwygi*", "newid*", "modifi*", NULL },
    { "vary", "varied", "variation*", "amend*", "amrywi*", "diwygi*", "ddiwygi*", "modifi*", "avenant*",
      NULL } },
  { "termination-clause",
    { "terminat*", "ending", "withdraw*", "terfynu", "dod i ben", "résiliation", "fin du", NULL },
    { "terminat*", "end this memorandum", "end it", "may end", "ended", "withdraw*", "terfynu", "derfynu", "therfynu", "dod â'r memorandwm",
      "i ben", "tynnu'n ôl", "dynnu'n ôl", "thynnu'n ôl", "ymadael", "résili*", "mettre fin", "retir*", NULL } },
  { "dispute-clause",
    { "dispute*", "disagreement*", "anghydfod*", "anghytundeb*", "différend*", "litige*",
      "désaccord*", NULL },
    { "dispute*", "disagreement*", "anghydfod*", "anghytundeb*", "différend*", "litige*",
      "désaccord*", NULL } },
};

/* Participles of the passive that do not end in -ed or -en. */
static const char *irregular_participles[] = {
  "given", "made", "sent", "kept", "done", "met", "held", "paid", "taken", "shown", "told",
  "put", "set", "sought", "brought", "found", "read", "spent", "written", "chosen", "drawn",
  "led", "built", "won", "lent", "struck", "understood", "sold", "bought", "thought",
  NULL
};

/* French past participles that do not end in -é, in the masculine
 * singular; -e, -s and -es are their other forms. */
static const char *french_participles[] = {
  "fourni", "établi", "défini", "réuni", "rempli", "garanti", "fait", "mis", "pris", "transmis", "remis",
  "soumis", "admis", "produit", "conduit", "écrit", "inscrit", "tenu", "rendu", "reçu", "prévu", "offert",
  "ouvert", "couvert", "dit", "joint", "atteint",
  NULL
};

/* Words ending in -en or -ed that are not participles. */
static const char *not_participles[] = {
  "open", "even", "often", "eleven", "seven", "ten", "then", "when", "between", "citizen",
  "children", "women", "men", "need", "feed", "seed", "speed", "embed", "hundred", "sacred",
  NULL
};

static gboolean
is_word_char (gunichar c)
{
  /* Most text is ASCII, which needs no Unicode tables. */
  if (c < 0x80)
    return g_ascii_isalnum (c);

  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* g_str_equal() for a word and a listed one, asked of most words of a
 * clause: most differ in their first byte. */
static inline gboolean
word_is (const char *word,
         const char *listed)
{
  return word[0] == listed[0] && strcmp (word, listed) == 0;
}

/* g_strv_contains() for the word lists above, which every word of every
 * sentence is looked up in. */
static gboolean
in_list (const char * const *list,
         const char         *word)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (word_is (word, list[i]))
      return TRUE;

  return FALSE;
}

/* Whether the character at @p is a word character: the checks below ask
 * it of every character of every clause, most of them ASCII. */
static inline gboolean
word_char_at (const char *p)
{
  return (guchar) *p < 0x80 ? g_ascii_isalnum (*p) : is_word_char (g_utf8_get_char (p));
}

/* Most of every memorandum is ASCII, which the loops below read eight
 * bytes at a time: a 64-bit word holds eight bytes, and a mask holds 0x80
 * in each byte for which a test holds. */
#define EACH_BYTE(b) (G_GUINT64_CONSTANT (0x0101010101010101) * (guint64) (b))

static inline guint64
load_bytes (const char *p)
{
  guint64 x;

  memcpy (&x, p, sizeof x);
  return GUINT64_FROM_LE (x);
}

static inline void
store_bytes (char    *p,
             guint64  x)
{
  x = GUINT64_TO_LE (x);
  memcpy (p, &x, sizeof x);
}

/* The mask of the bytes of @x from @lo to @hi, when no byte of @x is past
 * ASCII: adding to bytes below 0x80 carries into no other byte. */
static inline guint64
bytes_in_range (guint64 x,
                guchar  lo,
                guchar  hi)
{
  return (x + EACH_BYTE (0x80 - lo)) & ~(x + EACH_BYTE (0x7f - hi)) & EACH_BYTE (0x80);
}

static inline guint64
ascii_alnum_bytes (guint64 x)
{
  return bytes_in_range (x, '0', '9') | bytes_in_range (x, 'a', 'z') | bytes_in_range (x, 'A', 'Z');
}

/* The first three bytes at @p, up to @end (a text holds no zero byte
 * before its end), with zeros past it. */
static inline guint64
first_three_bytes (const char *p,
                   const char *end)
{
  char bytes[8] = { 0, };

  if (end - p >= 8)
    return load_bytes (p) & 0xffffff;
  memcpy (bytes, p, MIN (end - p, 3));

  return load_bytes (bytes);
}

/* Twelve bits of @x, by Fibonacci hashing. */
static inline guint
hash_bits (guint64 x)
{
  return (guint) ((x * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)) >> 52);
}

/* The word lists that a text is searched for: a bit each in what
 * lists_in() returns. */
enum
{
  LIST_NOT_BINDING,
  /* One for each of standard_clauses, then one for each one's text. */
  LIST_HEADINGS,
  LIST_TEXT = LIST_HEADINGS + G_N_ELEMENTS (standard_clauses),
  N_LISTS = LIST_TEXT + G_N_ELEMENTS (standard_clauses)
};

G_STATIC_ASSERT (N_LISTS <= 32);

/* A listed word, without the "*" of a stem. */
typedef struct
{
  const char *text;
  gsize       len;
  gboolean    stem;
  guint       list;
  /* The next word whose first three bytes hash the same, or -1. */
  int         next;
} Needle;

/* Every listed word by the hash of its first three bytes. A listed word
 * is found only where it starts a word, so a text is read once, and at
 * each word's start only the few listed words that begin alike are
 * compared: most words begin like none. */
typedef struct
{
  Needle *needles;
  guint   n_needles;
  int     heads[4096];
} WordIndex;

static void
word_index_add (WordIndex          *index,
                const char * const *words,
                guint               list)
{
  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize len = strlen (words[i]);
      Needle *needle = &index->needles[index->n_needles];
      guint hash;

      needle->stem = len > 0 && words[i][len - 1] == '*';
      needle->text = words[i];
      needle->len = len - needle->stem;
      needle->list = list;
      /* The lists above are made so: a word is found by its first three
       * bytes, at the start of a word. */
      g_assert (needle->len >= 3 && g_ascii_isalnum (needle->text[0]));
      hash = hash_bits (first_three_bytes (needle->text, needle->text + needle->len));
      needle->next = index->heads[hash];
      index->heads[hash] = index->n_needles++;
    }
}

static WordIndex *
word_index_new (void)
{
  WordIndex *index = g_new (WordIndex, 1);
  guint n = g_strv_length ((char **) not_binding_phrases);

  for (guint k = 0; k < G_N_ELEMENTS (standard_clauses); k++)
    n += g_strv_length ((char **) standard_clauses[k].headings) + g_strv_length ((char **) standard_clauses[k].text);
  index->needles = g_new (Needle, n);
  index->n_needles = 0;
  for (guint i = 0; i < G_N_ELEMENTS (index->heads); i++)
    index->heads[i] = -1;
  word_index_add (index, not_binding_phrases, LIST_NOT_BINDING);
  for (guint k = 0; k < G_N_ELEMENTS (standard_clauses); k++)
    {
      word_index_add (index, standard_clauses[k].headings, LIST_HEADINGS + k);
      word_index_add (index, standard_clauses[k].text, LIST_TEXT + k);
    }

  return index;
}

static void
word_index_free (WordIndex *index)
{
  g_free (index->needles);
  g_free (index);
}

/* The lists of which a word starts at @p, up to @end. */
static inline guint32
lists_at (const WordIndex *index,
          const char      *p,
          const char      *end)
{
  guint32 lists = 0;

  for (int i = index->heads[hash_bits (first_three_bytes (p, end))]; i >= 0; i = index->needles[i].next)
    {
      const Needle *needle = &index->needles[i];

      /* A stem may go on; a word ends there. */
      if ((gsize) (end - p) >= needle->len && memcmp (p, needle->text, needle->len) == 0 &&
          (needle->stem || p[needle->len] == '\0' || !word_char_at (p + needle->len)))
        lists |= 1u << needle->list;
    }

  return lists;
}

/* The lists of which the folded @text, of @len bytes, holds a word on
 * word boundaries (see above for stems). The comparison is exact: the
 * lists are in lower case, as folded text is. */
static guint32
lists_in (const WordIndex *index,
          const char      *text,
          gsize            len)
{
  const char *end = text + len;
  gboolean in_word = FALSE;
  guint32 lists = 0;

  for (const char *p = text; p < end; )
    {
      guint64 x;
      gboolean word;

      if (end - p >= 8 && ((x = load_bytes (p)) & EACH_BYTE (0x80)) == 0)
        {
          guint64 words = ascii_alnum_bytes (x);
          /* A word byte after one that is not, within the eight or from
           * the last byte before them. */
          guint64 first = words & ~(words << 8 | (in_word ? 0x80u : 0u));

          for (; first != 0; first &= first - 1)
            lists |= lists_at (index, p + __builtin_ctzll (first) / 8, end);
          in_word = (words >> 63) != 0;
          p += 8;
          continue;
        }
      word = word_char_at (p);
      if (word && !in_word)
        lists |= lists_at (index, p, end);
      in_word = word;
      p = g_utf8_next_char (p);
    }

  return lists;
}

/* A text lowered for matching (fold_append()), with the lists it holds
 * words of. */
typedef struct
{
  char    *text;
  guint32  lists;
} Folded;

/* Appends @text in lower case, with the typographic apostrophe as the
 * plain one so that "nid yw’n" matches "nid yw'n". */
static void
fold_append (GString    *out,
             const char *text)
{
  g_autofree char *lower = NULL;
  g_autoptr(GString) slow = NULL;
  gsize start = out->len;
  gsize len;
  const char *end;
  char *q;

  if (text == NULL)
    return;
  /* Most text lowers byte by byte: ASCII, and the general punctuation
   * (dashes, quotation marks), which has no case. The result is never
   * longer than the text. ASCII letters lower the same in every locale, as
   * g_ascii_strdown() lowered wholly ASCII text before (g_utf8_strdown()
   * lowers "I" to "ı" in Turkish): the word lists are English, French and
   * Welsh. */
  len = strlen (text);
  end = text + len;
  g_string_set_size (out, start + len);
  q = out->str + start;
  for (const char *p = text; ; )
    {
      guchar c;
      guint64 x;

      /* Eight ASCII bytes: 0x20 added to each capital. */
      if (end - p >= 8 && ((x = load_bytes (p)) & EACH_BYTE (0x80)) == 0)
        {
          store_bytes (q, x | bytes_in_range (x, 'A', 'Z') >> 2);
          p += 8;
          q += 8;
          continue;
        }
      c = (guchar) *p;
      if (c >= 'A' && c <= 'Z')
        {
          *q++ = (char) (c - 'A' + 'a');
          p++;
        }
      else if (c < 0x80 && c != '\0')
        *q++ = (char) *p++;
      else if (c == '\0')
        {
          g_string_set_size (out, q - out->str);
          return;
        }
      else if (c == 0xe2 && ((guchar) p[1] == 0x80 || (guchar) p[1] == 0x81) &&
               ((guchar) p[2] & 0xc0) == 0x80)
        {
          /* U+2000 to U+207F; U+2019, the typographic apostrophe, is the
           * plain one. */
          if ((guchar) p[1] == 0x80 && (guchar) p[2] == 0x99)
            *q++ = '\'';
          else
            {
              memcpy (q, p, 3);
              q += 3;
            }
          p += 3;
        }
      else
        break;
    }
  g_string_set_size (out, start);

  lower = g_utf8_strdown (text, -1);
  slow = g_string_new (lower);
  g_string_replace (slow, "\u2019", "'", 0);
  g_string_append_len (out, slow->str, slow->len);
}

/* Folds the text of @out, which it takes, into @folded. */
static void
folded_take (Folded          *folded,
             const WordIndex *index,
             GString         *out)
{
  gsize len = out->len;

  folded->text = g_string_free (out, FALSE);
  folded->lists = lists_in (index, folded->text, len);
}

/* The lists that @heading and @translated, folded one line each, hold
 * words of: only these are kept of a heading. */
static guint32
heading_lists (const WordIndex *index,
               const char      *heading,
               const char      *translated)
{
  g_autoptr(GString) out = g_string_new (NULL);

  fold_append (out, heading);
  g_string_append_c (out, '\n');
  fold_append (out, translated);

  return lists_in (index, out->str, out->len);
}

/* The folded words of @blocks, one line a block. With @refs, a reference
 * counts as a word ("by <the Council>" is "by x"); without, only text
 * runs count, as the words the drafter typed. */
static void
append_blocks (GString   *out,
               GPtrArray *blocks,
               gboolean   refs)
{
  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (blocks, i);
      guint n = concord_block_get_n_runs (block);

      for (guint j = 0; j < n; j++)
        {
          const ConcordRun *run = concord_block_get_run (block, j);

          if (run->kind == CONCORD_RUN_TEXT && run->text != NULL)
            fold_append (out, run->text);
          /* Spaced, so that no run joins the words either side. */
          else if (refs)
            g_string_append (out, " x ");
          else
            g_string_append_c (out, ' ');
        }
      g_string_append_c (out, '\n');
    }
}

/* The folded words of every clause and of its headings, in the linter's
 * order: the checks below read each clause's text several times, and
 * folding it is most of their work. */
typedef struct
{
  WordIndex *index;
  Folded    *texts;
  guint32   *heading_lists;
  guint      len;
} FoldedClauses;

static void
fold_clauses (Linter        *linter,
              FoldedClauses *folded)
{
  folded->index = word_index_new ();
  folded->len = linter->clauses->len;
  folded->texts = g_new (Folded, folded->len);
  folded->heading_lists = g_new (guint32, folded->len);
  for (guint i = 0; i < folded->len; i++)
    {
      ConcordClause *clause = g_ptr_array_index (linter->clauses, i);
      GString *out = g_string_new (NULL);

      append_blocks (out, concord_clause_get_body (clause), FALSE);
      append_blocks (out, concord_clause_get_translated_body (clause), FALSE);
      folded_take (&folded->texts[i], folded->index, out);
      folded->heading_lists[i] = heading_lists (folded->index, concord_clause_get_heading (clause),
                                                concord_clause_get_translated_heading (clause));
    }
}

static void
folded_clauses_clear (FoldedClauses *folded)
{
  for (guint i = 0; i < folded->len; i++)
    g_free (folded->texts[i].text);
  g_free (folded->texts);
  g_free (folded->heading_lists);
  word_index_free (folded->index);
}

/* binding-language */

/* The words of one sentence. */
typedef struct
{
  const char **v;
  guint        len;
  guint        size;
} Words;

static void split_words (const char *start,
                         const char *end,
                         char       *out,
                         Words      *words);
static const char *word_at (const Words *words,
                            guint        i);

/* Calls @func on the words of each sentence of @text in turn. */
static void
for_each_sentence (const char *text,
                   void      (*func) (const Words *words,
                                      GString     *found),
                   GString    *found)
{
  /* The words are cut out of a copy of @text in place, and the array is
   * reused from sentence to sentence: there are thousands in a long
   * memorandum. */
  g_autofree char *copy = g_strdup (text);
  Words words = { NULL, 0, 0 };

  for (const char *start = text; ; )
    {
      const char *p = start + strcspn (start, ".;:!?\n");

      words.len = 0;
      split_words (start, p, copy + (start - text), &words);
      func (&words, found);
      if (*p == '\0')
        break;
      start = p + 1;
    }
  g_free (words.v);
}

static void
add_found (GString    *found,
           const char *word)
{
  g_autofree char *quoted = g_strdup_printf ("“%s”", word);

  if (strstr (found->str, quoted) != NULL)
    return;
  if (found->len > 0)
    g_string_append (found, ", ");
  g_string_append (found, quoted);
}

static void
binding_in_sentence (const Words *words,
                     GString     *found)
{
  gboolean negated = FALSE;

  for (guint i = 0; i < words->len; i++)
    {
      const char *w = word_at (words, i);

      if (in_list (binding_words, w))
        add_found (found, w);
      else if (in_list (liability_words, w) && !negated &&
               (!g_str_has_prefix (w, "breach") ||
                g_str_equal (word_at (words, i + 1), "of") ||
                (i > 0 && g_str_equal (word_at (words, i - 1), "in"))))
        add_found (found, w);
      negated = negated || in_list (negations, w) || g_str_has_prefix (w, "n'");
    }
}

static void
check_binding_language (Linter              *linter,
                        const FoldedClauses *folded)
{
  gboolean any = FALSE;

  for (guint i = 0; i < folded->len; i++)
    any = any || (folded->texts[i].lists & 1u << LIST_NOT_BINDING) != 0;
  if (!any)
    return;

  for (guint i = 0; i < linter->clauses->len; i++)
    {
      ConcordClause *c = g_ptr_array_index (linter->clauses, i);
      g_autoptr(GString) found = NULL;

      /* The status clause itself may well say that nobody is liable. */
      if ((folded->texts[i].lists & 1u << LIST_NOT_BINDING) != 0)
        continue;
      found = g_string_new (NULL);
      for_each_sentence (folded->texts[i].text, binding_in_sentence, found);
      if (found->len > 0)
        _concord_linter_add (linter, CONCORD_LINT_BINDING_LANGUAGE, c, NULL, "body",
                             g_strdup_printf (_("the memorandum says it is not legally binding, but this "
                                                "clause uses binding words (%s); write “will” for “shall” "
                                                "or “must”, and leave liability, indemnity, penalties and "
                                                "breach to a binding agreement"), found->str));
    }
}

/* missing-standard-clause */

static char *
standard_message (guint kind)
{
  switch (kind)
    {
    case 0:
      return g_strdup (_("no clause says whether the memorandum is legally binding; add a status clause, "
                         "such as “This memorandum is not legally binding”"));
    case 1:
      return g_strdup (_("the memorandum has no review date and no clause about review; set a review "
                         "date, or add a clause saying when and how the parties will review it"));
    case 2:
      return g_strdup (_("no clause says how the memorandum can be varied; add one, such as “This "
                         "memorandum may be varied only in writing, signed on behalf of every party”"));
    case 3:
      return g_strdup (_("no clause says how the memorandum ends or how a party can withdraw from it; "
                         "add a termination clause, with the notice a party gives"));
    case 4:
    default:
      return g_strdup (_("no clause says how disagreements between the parties are resolved; add a "
                         "disputes clause, such as referral to senior officers and then to mediation"));
    }
}

static void
check_standard_clauses (Linter              *linter,
                        const FoldedClauses *folded)
{
  GListModel *sections = concord_memorandum_get_sections (linter->memorandum);
  gboolean present[G_N_ELEMENTS (standard_clauses)] = { FALSE, };
  const char *review_date = concord_memorandum_get_review_date (linter->memorandum);

  /* A review date still to fill in is the placeholder check's finding. */
  present[1] = (review_date != NULL && *review_date != '\0') ||
               concord_memorandum_get_placeholder (linter->memorandum, "review-date") != NULL;

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(ConcordSection) s = g_list_model_get_item (sections, i);
      guint32 lists = heading_lists (folded->index, concord_section_get_heading (s),
                                     concord_section_get_translated_heading (s));
      /* A section of the standard kind is one, whatever its words. */
      static const ConcordSectionKind kinds[] = { CONCORD_SECTION_KIND_STATUS, CONCORD_SECTION_KIND_REVIEW,
                                                  CONCORD_SECTION_KIND_VARIATION, CONCORD_SECTION_KIND_TERMINATION,
                                                  CONCORD_SECTION_KIND_DISPUTES };

      G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == G_N_ELEMENTS (standard_clauses));
      for (guint k = 0; k < G_N_ELEMENTS (standard_clauses); k++)
        present[k] = present[k] || concord_section_get_kind (s) == kinds[k] ||
                     (lists & 1u << (LIST_HEADINGS + k)) != 0;
    }

  for (guint i = 0; i < folded->len; i++)
    for (guint k = 0; k < G_N_ELEMENTS (standard_clauses); k++)
      present[k] = present[k] || (folded->heading_lists[i] & 1u << (LIST_HEADINGS + k)) != 0 ||
                   (folded->texts[i].lists & 1u << (LIST_TEXT + k)) != 0;

  for (guint k = 0; k < G_N_ELEMENTS (standard_clauses); k++)
    if (!present[k])
      _concord_linter_add (linter, CONCORD_LINT_MISSING_STANDARD_CLAUSE, NULL, "details",
                           standard_clauses[k].field, standard_message (k));
}

/* passive-obligation */

static gboolean
is_participle (const char *word)
{
  gsize len = strlen (word);

  if (in_list (irregular_participles, word))
    return TRUE;
  if (in_list (not_participles, word))
    return FALSE;

  return len >= 4 && (g_str_has_suffix (word, "ed") || g_str_has_suffix (word, "en"));
}

static void
words_add (Words *words,
           char  *word)
{
  if (words->len == words->size)
    {
      words->size = MAX (16, words->size * 2);
      words->v = g_renew (const char *, words->v, words->size);
    }
  words->v[words->len++] = word;
}

/* Adds to @words the words of one sentence (letters, digits, apostrophes
 * and hyphens) from @start to @end, ending each in @out, a copy of the
 * text that @start is in, at the same offset: the byte after a word is
 * not part of another. */
static void
split_words (const char *start,
             const char *end,
             char       *out,
             Words      *words)
{
  const char *word = NULL;

  for (const char *p = start; p < end; )
    {
      guint64 x;
      gboolean ascii;
      gboolean inside;

      if (end - p >= 8 && ((x = load_bytes (p)) & EACH_BYTE (0x80)) == 0)
        {
          guint64 in = ascii_alnum_bytes (x) | bytes_in_range (x, '\'', '\'') | bytes_in_range (x, '-', '-');
          /* Where a word starts or ends: a byte in a word after one that
           * is not, or the other way round. */
          guint64 edges = in ^ (in << 8 | (word != NULL ? 0x80u : 0u));

          for (; edges != 0; edges &= edges - 1)
            {
              const char *q = p + __builtin_ctzll (edges) / 8;

              if (word == NULL)
                word = q;
              else
                {
                  out[q - start] = '\0';
                  words_add (words, out + (word - start));
                  word = NULL;
                }
            }
          p += 8;
          continue;
        }
      ascii = (guchar) *p < 0x80;
      inside = ascii ? g_ascii_isalnum (*p) || *p == '\'' || *p == '-' : word_char_at (p);
      if (inside && word == NULL)
        word = p;
      else if (!inside && word != NULL)
        {
          out[p - start] = '\0';
          words_add (words, out + (word - start));
          word = NULL;
        }
      p = ascii ? p + 1 : g_utf8_next_char (p);
    }
  if (word != NULL)
    {
      out[end - start] = '\0';
      words_add (words, out + (word - start));
    }
}

static const char *
word_at (const Words *words,
         guint        i)
{
  return i < words->len ? words->v[i] : "";
}

/* -é, -ée, -és, -ées, or a form of one of french_participles. */
static gboolean
is_french_participle (const char *word)
{
  static const char *endings[] = { "", "e", "s", "es" };
  gsize len = strlen (word);

  for (guint k = 0; k < G_N_ELEMENTS (endings); k++)
    {
      gsize cut = strlen (endings[k]);
      g_autofree char *stem = NULL;

      if (len <= cut + 2 || !g_str_has_suffix (word, endings[k]))
        continue;
      stem = g_strndup (word, len - cut);
      if (g_str_has_suffix (stem, "é") || in_list (french_participles, stem))
        return TRUE;
    }

  return FALSE;
}

/* An obligation in the passive that starts at word @i, ending at *@end;
 * *@agent is the word that would name who acts ("by", "par", "gan").
 * English: "will be provided", "is to be reported", "must be promptly
 * given". French: "sera fourni", "doit être transmise", "est à fournir";
 * not "sera chargé de" or "est tenu à", whose subject acts. Welsh: "yn
 * cael ei ddarparu", "sydd i'w gyhoeddi". */
static gboolean
passive_at (const Words  *words,
            guint        i,
            guint       *end,
            const char **agent)
{
  const char *w = word_at (words, i);
  const char *next = word_at (words, i + 1);
  guint j;

  /* Every form below starts with one of these letters. */
  switch (w[0])
    {
    case 'a': case 'c': case 'd': case 'e': case 'i': case 'm': case 's': case 'w':
      break;
    default:
      return FALSE;
    }

  if ((word_is (w, "will") || word_is (w, "shall") || word_is (w, "must")) && word_is (next, "be"))
    j = i + 2;
  else if ((word_is (w, "is") || word_is (w, "are")) && word_is (next, "to") &&
           word_is (word_at (words, i + 2), "be"))
    j = i + 3;
  else
    j = 0;
  if (j > 0)
    {
      /* One adverb between: "will be promptly reported". */
      if (g_str_has_suffix (word_at (words, j), "ly") && is_participle (word_at (words, j + 1)))
        j++;
      *end = j;
      *agent = "by";
      return is_participle (word_at (words, j));
    }

  if (word_is (w, "sera") || word_is (w, "seront"))
    j = i + 1;
  else if ((word_is (w, "doit") || word_is (w, "doivent") || word_is (w, "devra") ||
            word_is (w, "devront")) && word_is (next, "être"))
    j = i + 2;
  if (j > 0)
    {
      const char *after;

      /* One adverb between: "sera rapidement transmis". */
      if (g_str_has_suffix (word_at (words, j), "ment") && is_french_participle (word_at (words, j + 1)))
        j++;
      after = word_at (words, j + 1);
      *end = j;
      *agent = "par";
      return is_french_participle (word_at (words, j)) && !word_is (after, "de") &&
             !g_str_has_prefix (after, "d'") && !word_is (after, "à");
    }
  if ((word_is (w, "est") || word_is (w, "sont")) && word_is (next, "à"))
    {
      const char *verb = word_at (words, i + 2);

      *end = i + 2;
      *agent = "par";
      return g_utf8_strlen (verb, -1) >= 5 &&
             (g_str_has_suffix (verb, "er") || g_str_has_suffix (verb, "ir") || g_str_has_suffix (verb, "re"));
    }

  if (word_is (w, "cael") && (word_is (next, "ei") || word_is (next, "eu")))
    j = i + 2;
  else if (word_is (w, "sydd") && word_is (next, "i'w"))
    j = i + 2;
  if (j > 0)
    {
      *end = j;
      *agent = "gan";
      return *word_at (words, j) != '\0';
    }

  return FALSE;
}

/* Each passive obligation of the sentence with no agent after it in the
 * sentence, added to @found. */
static void
passives_in_sentence (const Words *words,
                      GString     *found)
{
  for (guint i = 0; i < words->len; i++)
    {
      guint j = i;
      const char *agent = NULL;
      gboolean named = FALSE;

      if (!passive_at (words, i, &j, &agent))
        continue;
      for (guint k = j + 1; k < words->len && !named; k++)
        named = word_is (word_at (words, k), agent);
      if (named)
        continue;

      if (found->len > 0)
        g_string_append (found, ", ");
      g_string_append (found, "“");
      for (guint k = i; k <= j; k++)
        g_string_append_printf (found, k > i ? " %s" : "%s", word_at (words, k));
      g_string_append (found, "”");
      i = j;
    }
}

static void
check_passive_obligations (Linter *linter)
{
  for (guint i = 0; i < linter->clauses->len; i++)
    {
      ConcordClause *c = g_ptr_array_index (linter->clauses, i);
      ConcordClauseKind kind = concord_clause_get_kind (c);
      g_autoptr(GString) text = NULL;
      g_autoptr(GString) found = NULL;

      if (kind != CONCORD_CLAUSE_KIND_ROLE && kind != CONCORD_CLAUSE_KIND_ACCOUNTABILITY)
        continue;
      text = g_string_new (NULL);
      append_blocks (text, concord_clause_get_body (c), TRUE);
      found = g_string_new (NULL);
      for_each_sentence (text->str, passives_in_sentence, found);
      if (found->len > 0)
        _concord_linter_add (linter, CONCORD_LINT_PASSIVE_OBLIGATION, c, NULL, "body",
                             g_strdup_printf (_("%s: the clause does not say who is to do this; add “by” "
                                                "and the party, or write it actively with the party as "
                                                "its subject (“the Council will provide…”)"), found->str));
    }
}

/* party-as-plain-text */

/* name -> the party, for the names worth looking for; the longest in
 * bytes bounds the search at each word. Built once, so that the check
 * costs a few look-ups a word however many parties there are. */
typedef struct
{
  GHashTable *names;
  /* The first words of the names: most words start none, and are passed
   * over after one look-up. */
  GHashTable *first_words;
  /* The bytes those first words start with, and the end of the text: the
   * scan passes over every other byte in a tight loop. */
  gboolean    stops[256];
  /* Whether every first byte is a capital or past ASCII, as almost every
   * name's is: then runs of eight bytes with neither are passed at once. */
  gboolean    capitals;
  gsize       longest;
} PartyNames;

/* The end of the word that starts at @p. */
static const char *
word_end (const char *p)
{
  /* An ASCII letter or digit at a time while they last. */
  for (;;)
    {
      while (g_ascii_isalnum (*p))
        p++;
      if ((guchar) *p < 0x80 || !word_char_at (p))
        break;
      p = g_utf8_next_char (p);
    }

  return p;
}

static void
party_names_add (PartyNames   *names,
                 const char   *name,
                 ConcordParty *party)
{
  gboolean proper = FALSE;

  /* A name in lower case ("councils") is a description, which the text
   * uses in its ordinary sense; too short a name is an ordinary word;
   * one too long to be typed again is left alone. */
  if (name == NULL || g_utf8_strlen (name, -1) < 2 || strlen (name) > 200)
    return;
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    proper = proper || g_unichar_isupper (g_utf8_get_char (p));
  if (!proper || g_hash_table_contains (names->names, name))
    return;
  g_hash_table_insert (names->names, (gpointer) name, party);
  g_hash_table_add (names->first_words, g_strndup (name, word_end (name) - name));
  names->stops[(guchar) name[0]] = TRUE;
  names->capitals = names->capitals && !((guchar) name[0] < 0x80 && !g_ascii_isupper (name[0]));
  names->longest = MAX (names->longest, strlen (name));
}

/* Adds to @found each party whose name @text holds on word boundaries. */
static void
scan_for_names (const PartyNames *names,
                const char       *text,
                GPtrArray        *found,
                GPtrArray        *found_names)
{
  /* First words are at most 200 bytes long, as names are. */
  char word[256];
  const char *limit;

  if (text == NULL)
    return;
  limit = text + strlen (text);
  for (const char *p = text, *end; ; p = end)
    {
      while (names->capitals && limit - p >= 8)
        {
          guint64 x = load_bytes (p);
          guint i = 0;

          if ((x & EACH_BYTE (0x80)) == 0 && bytes_in_range (x, 'A', 'Z') == 0)
            {
              p += 8;
              continue;
            }
          while (i < 8 && !names->stops[(guchar) p[i]])
            i++;
          p += i;
          if (i < 8)
            break;
        }
      while (!names->stops[(guchar) *p])
        p++;
      if (*p == '\0')
        break;
      /* A name's first byte, but only at the start of a word. A byte that
       * starts a name starts a character, so the next byte does too or is
       * never a stop. */
      end = p + 1;
      if (!word_char_at (p) || (p > text && word_char_at (g_utf8_find_prev_char (text, p))))
        continue;
      end = word_end (p);
      if ((gsize) (end - p) >= sizeof word)
        continue;
      memcpy (word, p, end - p);
      word[end - p] = '\0';
      if (!g_hash_table_contains (names->first_words, word))
        continue;
      /* Every word end within reach of @p is where a name may end. */
      for (const char *q = g_utf8_next_char (p); (gsize) (q - p) <= names->longest;
           q = g_utf8_next_char (q))
        {
          /* Names are at most 200 bytes (party_names_add). */
          char candidate[256];
          ConcordParty *party;

          if (*q != '\0' && word_char_at (q))
            continue;
          if (!word_char_at (g_utf8_find_prev_char (p, q)))
            {
              if (*q == '\0')
                break;
              continue;
            }
          memcpy (candidate, p, q - p);
          candidate[q - p] = '\0';
          party = g_hash_table_lookup (names->names, candidate);
          if (party != NULL && !g_ptr_array_find (found, party, NULL))
            {
              g_ptr_array_add (found, party);
              g_ptr_array_add (found_names, g_strdup (candidate));
            }
          if (*q == '\0')
            break;
        }
    }
}

static void
report_names_in (Linter           *linter,
                 ConcordClause    *clause,
                 GPtrArray        *blocks,
                 const PartyNames *names,
                 const char       *field)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) found_names = NULL;

  /* Most clauses have no translation, and a memorandum no translated
   * names: nothing to allocate for them. */
  if (g_hash_table_size (names->names) == 0 || blocks == NULL || blocks->len == 0)
    return;
  found = g_ptr_array_new ();
  found_names = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < blocks->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (blocks, i);

      for (guint j = 0; j < concord_block_get_n_runs (block); j++)
        {
          const ConcordRun *run = concord_block_get_run (block, j);

          /* Names are proper nouns: "the Council", not "the council". */
          if (run->kind == CONCORD_RUN_TEXT)
            scan_for_names (names, run->text, found, found_names);
        }
    }

  for (guint i = 0; i < found->len; i++)
    _concord_linter_add (linter, CONCORD_LINT_PARTY_AS_PLAIN_TEXT, clause, NULL, field,
                         g_strdup_printf (_("the text names “%s” in plain words; insert a reference "
                                            "to the party instead, so that the name follows any "
                                            "change to it"), (const char *) g_ptr_array_index (found_names, i)));
}

static void
check_party_plain_text (Linter *linter)
{
  GListModel *parties = concord_memorandum_get_parties (linter->memorandum);
  /* The first stop is byte 0, the end of the text. */
  PartyNames names = { g_hash_table_new (g_str_hash, g_str_equal),
                       g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL), { TRUE }, TRUE, 0 };
  PartyNames translated = { g_hash_table_new (g_str_hash, g_str_equal),
                            g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL), { TRUE }, TRUE, 0 };

  /* The memorandum holds the parties for as long as lint runs. */
  for (guint p = 0; p < g_list_model_get_n_items (parties); p++)
    {
      g_autoptr(ConcordParty) party = g_list_model_get_item (parties, p);

      party_names_add (&names, concord_party_get_name (party), party);
      party_names_add (&names, concord_party_get_short_name (party), party);
      party_names_add (&translated, concord_party_get_translated_name (party), party);
      party_names_add (&translated, concord_party_get_translated_short_name (party), party);
    }

  for (guint i = 0; i < linter->clauses->len; i++)
    {
      ConcordClause *c = g_ptr_array_index (linter->clauses, i);

      report_names_in (linter, c, concord_clause_get_body (c), &names, "body");
      report_names_in (linter, c, concord_clause_get_translated_body (c), &translated, "translated-body");
    }

  g_hash_table_unref (names.names);
  g_hash_table_unref (names.first_words);
  g_hash_table_unref (translated.names);
  g_hash_table_unref (translated.first_words);
}

/* term-unused */

static void
note_term_refs (GHashTable *used,
                GPtrArray  *blocks,
                const char *except)
{
  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (blocks, i);

      for (guint j = 0; j < concord_block_get_n_runs (block); j++)
        {
          const ConcordRun *run = concord_block_get_run (block, j);

          if (run->kind == CONCORD_RUN_TERM && run->text != NULL && g_strcmp0 (run->text, except) != 0)
            g_hash_table_add (used, run->text);
        }
    }
}

static void
check_unused_terms (Linter *linter)
{
  ConcordMemorandum *m = linter->memorandum;
  GListModel *terms = concord_memorandum_get_terms (m);
  GListModel *annexes = concord_memorandum_get_annexes (m);
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);

  note_term_refs (used, concord_memorandum_get_recitals (m), NULL);
  note_term_refs (used, concord_memorandum_get_translated_recitals (m), NULL);
  for (guint i = 0; i < linter->clauses->len; i++)
    {
      note_term_refs (used, concord_clause_get_body (g_ptr_array_index (linter->clauses, i)), NULL);
      note_term_refs (used, concord_clause_get_translated_body (g_ptr_array_index (linter->clauses, i)), NULL);
    }
  for (guint i = 0; i < g_list_model_get_n_items (annexes); i++)
    {
      g_autoptr(ConcordAnnex) a = g_list_model_get_item (annexes, i);

      note_term_refs (used, concord_annex_get_body (a), NULL);
      note_term_refs (used, concord_annex_get_translated_body (a), NULL);
    }
  /* One definition may use another; a definition that uses only itself
   * does not count. */
  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(ConcordTerm) t = g_list_model_get_item (terms, i);

      note_term_refs (used, concord_term_get_meaning (t), concord_term_get_id (t));
      note_term_refs (used, concord_term_get_translated_meaning (t), concord_term_get_id (t));
    }

  for (guint i = 0; i < g_list_model_get_n_items (terms); i++)
    {
      g_autoptr(ConcordTerm) t = g_list_model_get_item (terms, i);
      g_autofree char *subject = NULL;

      /* An inline term never used is term-inline-unused already. */
      if (concord_term_get_inline (t) || g_hash_table_contains (used, concord_term_get_id (t)))
        continue;
      subject = g_strdup_printf ("term %s", concord_term_get_id (t));
      _concord_linter_add (linter, CONCORD_LINT_TERM_UNUSED, NULL, subject, NULL,
                           g_strdup_printf (_("“%s” is defined, but the text never refers to it; insert a "
                                              "reference to the term where the text means it, or remove "
                                              "the definition"),
                                            concord_term_get_name (t) ? concord_term_get_name (t) : ""));
    }
}

/* accountability-no-mechanism */

static void
check_accountability_mechanisms (Linter *linter)
{
  for (guint i = 0; i < linter->clauses->len; i++)
    {
      ConcordClause *c = g_ptr_array_index (linter->clauses, i);
      const char *accountable = concord_clause_get_accountable (c);
      ConcordParty *party;

      /* With nobody accountable, incomplete-clause says so already. */
      if (concord_clause_get_kind (c) != CONCORD_CLAUSE_KIND_ACCOUNTABILITY || accountable == NULL ||
          concord_clause_get_mechanisms (c) != CONCORD_MECHANISM_NONE)
        continue;
      party = concord_memorandum_find_party (linter->memorandum, accountable);
      if (party != NULL && concord_party_get_display_name (party, FALSE) != NULL)
        accountable = concord_party_get_display_name (party, FALSE);
      _concord_linter_add (linter, CONCORD_LINT_ACCOUNTABILITY_NO_MECHANISM, c, NULL, "mechanisms",
                           g_strdup_printf (_("the clause says %s is accountable, but not how; choose at "
                                              "least one mechanism: reporting, inspection, intervention, "
                                              "audit or election"), accountable));
    }
}

void
_concord_linter_check_drafting (Linter *linter)
{
  FoldedClauses folded;

  fold_clauses (linter, &folded);
  check_binding_language (linter, &folded);
  check_standard_clauses (linter, &folded);
  check_passive_obligations (linter);
  check_party_plain_text (linter);
  check_unused_terms (linter);
  check_accountability_mechanisms (linter);
  folded_clauses_clear (&folded);
}
