/* concord-office-read.c: a DOCX that Concord exported, back from a word
 * processor with the counterparty's tracked changes and comments, read
 * as a revision of the memorandum it came from.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-office"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>
#include <zip.h>

#include "concord-block.h"
#include "concord-clause.h"
#include "concord-error.h"
#include "concord-memorandum.h"
#include "concord-numbering.h"
#include "concord-office-private.h"
#include "concord-section.h"
#include "concord-table.h"
#include "concord-text.h"
#include "concord-wording.h"
#include "concord-xml.h"

/* The file is read defensively: it comes from outside. Every entry name
 * is checked, no entry is read past OFFICE_MAX_PART bytes or OFFICE_MAX_RATIO
 * times its compressed size, no XML with a document type declaration (so
 * no entities) is parsed, and the archive's own consistency is checked. */
#define OFFICE_MAX_PART    (32 * 1024 * 1024)
#define OFFICE_MAX_ENTRIES 10000
#define OFFICE_MAX_RATIO   200

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

static gboolean
refuse (GError    **error,
        ConcordError code,
        const char *format,
        ...) G_GNUC_PRINTF (3, 4);

static gboolean
refuse (GError     **error,
        ConcordError code,
        const char  *format,
        ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, CONCORD_ERROR, code, message);

  return FALSE;
}

static gboolean
check_names (zip_t   *archive,
             GError **error)
{
  zip_int64_t n = zip_get_num_entries (archive, 0);

  if (n < 0 || n > OFFICE_MAX_ENTRIES)
    return refuse (error, CONCORD_ERROR_LIMIT, _("the archive has too many entries"));
  for (zip_int64_t i = 0; i < n; i++)
    {
      const char *name = zip_get_name (archive, i, ZIP_FL_ENC_GUESS);

      if (name == NULL || *name == '/' || strstr (name, "..") != NULL || strchr (name, '\\') != NULL ||
          !g_utf8_validate (name, -1, NULL))
        return refuse (error, CONCORD_ERROR_PARSE, _("the archive has an entry named outside it: %s"),
                       name != NULL ? name : "?");
    }

  return TRUE;
}

/* The archive at @path, its entries' names checked. */
zip_t *
_concord_office_open (const char  *path,
                      GError     **error)
{
  int zip_error_code = 0;
  zip_t *archive = zip_open (path, ZIP_RDONLY | ZIP_CHECKCONS, &zip_error_code);

  if (archive == NULL)
    {
      zip_error_t zip_error;

      zip_error_init_with_code (&zip_error, zip_error_code);
      refuse (error, zip_error_code == ZIP_ER_OPEN || zip_error_code == ZIP_ER_NOENT ? CONCORD_ERROR_IO
                                                                                      : CONCORD_ERROR_PARSE,
              _("%s is not a document Concord can read: %s"), path, zip_error_strerror (&zip_error));
      zip_error_fini (&zip_error);
      return NULL;
    }
  if (!check_names (archive, error))
    {
      zip_discard (archive);
      return NULL;
    }

  return archive;
}

/* An entry's bytes, or NULL: not there (with no error), or refused. */
GBytes *
_concord_office_read_entry (zip_t       *archive,
            const char  *name,
            GError     **error)
{
  zip_stat_t info;
  zip_file_t *file;
  g_autofree char *data = NULL;
  zip_int64_t got;

  zip_stat_init (&info);
  if (zip_stat (archive, name, 0, &info) < 0)
    return NULL;
  if (!(info.valid & ZIP_STAT_SIZE) || info.size > OFFICE_MAX_PART)
    {
      refuse (error, CONCORD_ERROR_LIMIT, _("%s in the archive is larger than %u MiB"), name,
              OFFICE_MAX_PART / (1024 * 1024));
      return NULL;
    }
  if ((info.valid & ZIP_STAT_COMP_SIZE) && info.size > 1024 * 1024 &&
      info.size / MAX (info.comp_size, 1) > OFFICE_MAX_RATIO)
    {
      refuse (error, CONCORD_ERROR_LIMIT, _("%s in the archive expands too far to be a document (a zip bomb?)"),
              name);
      return NULL;
    }
  file = zip_fopen (archive, name, 0);
  if (file == NULL)
    {
      refuse (error, CONCORD_ERROR_PARSE, _("cannot read %s in the archive: %s"), name,
              zip_strerror (archive));
      return NULL;
    }
  data = g_malloc (info.size + 1);
  got = zip_fread (file, data, info.size);
  /* More than the directory says is as wrong as less. */
  if (got != (zip_int64_t) info.size || zip_fread (file, data + info.size, 1) != 0)
    {
      refuse (error, CONCORD_ERROR_PARSE, _("%s in the archive is damaged"), name);
      zip_fclose (file);
      return NULL;
    }
  zip_fclose (file);

  return g_bytes_new_take (g_steal_pointer (&data), info.size);
}

xmlDoc *
_concord_office_parse_part (GBytes      *bytes,
            const char  *name,
            GError     **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  xmlDoc *doc;

  /* UTF-8 only (a word processor writes nothing else), so that the
   * search for a document type declaration sees every byte; none is
   * allowed, so no entity can expand. */
  if (memchr (data, '\0', size) != NULL || !g_utf8_validate (data, size, NULL))
    {
      refuse (error, CONCORD_ERROR_PARSE, _("%s is not UTF-8 XML"), name);
      return NULL;
    }
  if (g_strstr_len (data, size, "<!DOCTYPE") != NULL || g_strstr_len (data, size, "<!ENTITY") != NULL)
    {
      refuse (error, CONCORD_ERROR_PARSE, _("%s has a document type declaration, which a document does not need"),
              name);
      return NULL;
    }
  doc = xmlReadMemory (data, size, name, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL)
    refuse (error, CONCORD_ERROR_PARSE, _("%s is not well-formed XML"), name);
  else if (xmlGetIntSubset (doc) != NULL || doc->extSubset != NULL)
    {
      refuse (error, CONCORD_ERROR_PARSE, _("%s has a document type declaration, which a document does not need"),
              name);
      g_clear_pointer (&doc, xmlFreeDoc);
    }

  return doc;
}

static gboolean
is_w (xmlNode    *node,
      const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL && g_str_equal ((const char *) node->ns->href, W_NS) &&
         g_str_equal ((const char *) node->name, name);
}

static char *
w_attr (xmlNode    *node,
        const char *name)
{
  xmlChar *value = node != NULL ? xmlGetNsProp (node, (const xmlChar *) name, (const xmlChar *) W_NS) : NULL;
  char *copy = value != NULL ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);

  return copy;
}

static xmlNode *
w_child (xmlNode    *node,
         const char *name)
{
  for (xmlNode *child = node != NULL ? node->children : NULL; child != NULL; child = child->next)
    if (is_w (child, name))
      return child;

  return NULL;
}

void
_concord_office_read_para_free (OfficeReadPara *para)
{
  g_free (para->style);
  g_string_free (para->text, TRUE);
  g_ptr_array_unref (para->comments);
  g_free (para->num_id);
  if (para->lead != NULL)
    g_string_free (para->lead, TRUE);
  g_clear_pointer (&para->footnotes, g_ptr_array_unref);
  g_free (para);
}

/* Fields nest: a bit per level, set while in that level's code. */
typedef struct
{
  guint    depth;
  guint64  in_code;
  gboolean bold;
} Reading;

static gboolean
in_field_code (const Reading *reading)
{
  return reading->depth > 0 && reading->depth <= 64 && (reading->in_code >> (reading->depth - 1)) & 1;
}

static void
read_text (xmlNode *node,
           OfficeReadPara    *para,
           Reading *reading)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      /* Deleted and moved-away text is not theirs any more. */
      if (is_w (child, "del") || is_w (child, "moveFrom") || is_w (child, "delText") || is_w (child, "pPr") ||
          is_w (child, "rPr"))
        continue;
      if (is_w (child, "fldChar"))
        {
          g_autofree char *kind = w_attr (child, "fldCharType");

          if (g_strcmp0 (kind, "begin") == 0)
            {
              reading->depth++;
              if (reading->depth <= 64)
                reading->in_code |= G_GUINT64_CONSTANT (1) << (reading->depth - 1);
            }
          else if (g_strcmp0 (kind, "separate") == 0 && reading->depth > 0 && reading->depth <= 64)
            reading->in_code &= ~(G_GUINT64_CONSTANT (1) << (reading->depth - 1));
          else if (g_strcmp0 (kind, "end") == 0 && reading->depth > 0)
            {
              if (reading->depth <= 64)
                reading->in_code &= ~(G_GUINT64_CONSTANT (1) << (reading->depth - 1));
              reading->depth--;
            }
          continue;
        }
      if (is_w (child, "instrText"))
        continue;
      if (is_w (child, "t") && !in_field_code (reading))
        {
          xmlChar *content = xmlNodeGetContent (child);

          g_string_append (para->text, (const char *) content);
          /* The bold words a paragraph starts with: a defined term. */
          if (para->lead != NULL && para->lead_open && reading->bold)
            g_string_append (para->lead, (const char *) content);
          else if (para->lead != NULL && *g_strstrip ((char *) content) != '\0')
            para->lead_open = FALSE;
          xmlFree (content);
          continue;
        }
      if (is_w (child, "tab"))
        {
          g_string_append_c (para->text, '\t');
          continue;
        }
      if (is_w (child, "noBreakHyphen"))
        {
          g_string_append (para->text, "\u2011");
          continue;
        }
      if (is_w (child, "br") || is_w (child, "cr"))
        {
          g_string_append_c (para->text, ' ');
          continue;
        }
      if (is_w (child, "bookmarkStart"))
        {
          g_autofree char *name = w_attr (child, "name");
          guint64 index;

          if (name != NULL && g_str_has_prefix (name, OFFICE_CLAUSE_MARK) &&
              g_ascii_string_to_unsigned (name + strlen (OFFICE_CLAUSE_MARK), 10, 0, G_MAXINT, &index, NULL))
            para->clause = (int) index;
          continue;
        }
      if (is_w (child, "commentReference"))
        {
          char *id = w_attr (child, "id");

          if (id != NULL && *id != '\0')
            g_ptr_array_add (para->comments, id);
          else
            g_free (id);
          continue;
        }
      if (is_w (child, "footnoteReference"))
        {
          char *id = w_attr (child, "id");

          if (id != NULL && para->footnotes != NULL)
            g_ptr_array_add (para->footnotes, id);
          else
            g_free (id);
          continue;
        }
      if (is_w (child, "r"))
        {
          xmlNode *bold = w_child (w_child (child, "rPr"), "b");
          g_autofree char *value = w_attr (bold, "val");
          gboolean was = reading->bold;

          reading->bold = bold != NULL && g_strcmp0 (value, "0") != 0 && g_strcmp0 (value, "false") != 0;
          read_text (child, para, reading);
          reading->bold = was;
          continue;
        }
      read_text (child, para, reading);
    }
}

OfficeReadPara *
_concord_office_read_para (xmlNode *node)
{
  OfficeReadPara *para = g_new0 (OfficeReadPara, 1);
  xmlNode *properties = w_child (node, "pPr");
  xmlNode *mark = w_child (w_child (properties, "rPr"), "del");
  Reading reading = { 0, 0, FALSE };

  para->text = g_string_new (NULL);
  para->comments = g_ptr_array_new_with_free_func (g_free);
  para->clause = -1;
  para->style = w_attr (w_child (properties, "pStyle"), "val");
  {
    xmlNode *numbering = w_child (properties, "numPr");
    g_autofree char *level = w_attr (w_child (numbering, "ilvl"), "val");
    guint64 value = 0;

    para->num_id = w_attr (w_child (numbering, "numId"), "val");
    /* numId 0 is "not numbered". */
    para->numbered = para->num_id != NULL && !g_str_equal (para->num_id, "0");
    if (level != NULL && g_ascii_string_to_unsigned (level, 10, 0, 8, &value, NULL))
      para->ilvl = (guint) value;
  }
  para->lead = g_string_new (NULL);
  para->lead_open = TRUE;
  para->footnotes = g_ptr_array_new_with_free_func (g_free);
  para->joined = mark != NULL;
  read_text (node, para, &reading);

  return para;
}

/* The body's paragraphs in order, inside content controls and custom
 * XML too; a table stands as one empty paragraph (its cells are not read
 * back). */
static void
read_paras (xmlNode   *parent,
            GPtrArray *paras,
            guint      depth)
{
  if (depth > 32)
    return;
  for (xmlNode *node = parent != NULL ? parent->children : NULL; node != NULL; node = node->next)
    if (is_w (node, "p"))
      g_ptr_array_add (paras, _concord_office_read_para (node));
    else if (is_w (node, "tbl"))
      {
        OfficeReadPara *marker = g_new0 (OfficeReadPara, 1);

        marker->text = g_string_new (NULL);
        marker->comments = g_ptr_array_new_with_free_func (g_free);
        marker->clause = -1;
        marker->style = g_strdup ("ConcordTable");
        g_ptr_array_add (paras, marker);
      }
    else if (is_w (node, "sdt") || is_w (node, "sdtContent") || is_w (node, "customXml"))
      read_paras (node, paras, depth + 1);
}

/* comment id -> "Author: text", from word/comments.xml. */
static GHashTable *
read_comments (xmlDoc *doc)
{
  GHashTable *comments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  xmlNode *root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;

  for (xmlNode *node = root != NULL ? root->children : NULL; node != NULL; node = node->next)
    {
      OfficeReadPara text = { .text = g_string_new (NULL), .clause = -1, .comments = g_ptr_array_new_with_free_func (g_free) };
      Reading reading = { 0, 0, FALSE };
      g_autofree char *id = NULL;
      g_autofree char *author = NULL;

      if (!is_w (node, "comment"))
        {
          g_string_free (text.text, TRUE);
          g_ptr_array_unref (text.comments);
          continue;
        }
      id = w_attr (node, "id");
      author = w_attr (node, "author");
      for (xmlNode *p = node->children; p != NULL; p = p->next)
        if (is_w (p, "p"))
          {
            if (text.text->len > 0)
              g_string_append_c (text.text, ' ');
            read_text (p, &text, &reading);
          }
      if (id != NULL)
        g_hash_table_insert (comments, g_steal_pointer (&id),
                             g_strdup_printf ("%s: %s", author != NULL ? author : _("A reviewer"),
                                              g_strstrip (text.text->str)));
      g_string_free (text.text, TRUE);
      g_ptr_array_unref (text.comments);
    }

  return comments;
}

/* "2.4\tText", "(a)\tText": a typed number and the tab after it. */
static const char *
after_label (const char *text)
{
  const char *tab = strchr (text, '\t');

  if (tab == NULL || tab - text > 16)
    return text;
  for (const char *p = text; p < tab; p++)
    if (!g_ascii_isalnum (*p) && strchr ("().", *p) == NULL)
      return text;

  return tab + 1;
}

/* What the counterparty made of one clause. */
typedef struct
{
  ConcordClause *clause;
  char          *heading;
  gboolean       has_heading;
  GPtrArray     *paragraphs;
  GPtrArray     *items;
  GPtrArray     *notes;
} Theirs;

static void
theirs_free (Theirs *theirs)
{
  g_free (theirs->heading);
  g_ptr_array_unref (theirs->paragraphs);
  g_ptr_array_unref (theirs->items);
  g_ptr_array_unref (theirs->notes);
  g_free (theirs);
}

/* Styles that end a clause: what comes after is not its text. */
static gboolean
ends_clause (const char *style)
{
  static const char *styles[] = { "ConcordSection", "ConcordPart", "ConcordTitle", "ConcordDetail",
                                  "ConcordSignature", NULL };

  return style != NULL && g_strv_contains (styles, style);
}

/* A block like @template with @text as its words: each reference,
 * placeholder and term the template has stays one where its words are
 * still found, in order; the words around them become text. */
static ConcordBlock *
rebuild_block (ConcordMemorandum  *m,
               ConcordNumbering   *numbering,
               const ConcordBlock *template,
               ConcordBlockKind    kind,
               guint               level,
               const char         *text)
{
  ConcordBlock *block = concord_block_new (kind, level);
  const char *cursor = text;

  if (template != NULL && concord_block_get_id (template) != NULL)
    concord_block_set_id (block, concord_block_get_id (template));
  for (guint i = 0; template != NULL && i < concord_block_get_n_runs (template); i++)
    {
      const ConcordRun *run = concord_block_get_run (template, i);
      g_autofree char *rendered = NULL;
      const char *found;
      gsize length;

      if (run->kind == CONCORD_RUN_TEXT)
        continue;
      rendered = concord_run_render (m, numbering, run);
      if (rendered == NULL || *rendered == '\0')
        continue;
      found = strstr (cursor, rendered);
      length = strlen (rendered);
      /* A capitalised reference at a sentence's start reads the same. */
      if (found == NULL)
        {
          g_autofree char *capitalised = concord_text_capitalise (rendered);

          found = strstr (cursor, capitalised);
          length = strlen (capitalised);
        }
      if (found == NULL)
        continue;
      if (found > cursor)
        {
          g_autofree char *before = g_strndup (cursor, found - cursor);

          concord_block_append_run (block, CONCORD_RUN_TEXT, before, FALSE);
        }
      concord_block_append_run_copy (block, run);
      cursor = found + length;
    }
  if (*cursor != '\0')
    concord_block_append_run (block, CONCORD_RUN_TEXT, cursor, FALSE);

  return block;
}

/* The clause's new body. Its paragraphs are aligned with the ones that
 * came back (an edit distance over whole paragraphs: unchanged ones match,
 * an edited one takes the place of the one it was, added and removed ones
 * are added and removed), so an item deleted in the middle removes that
 * item and no other. Tables are kept as they were, after the paragraph
 * they followed (a word processor's table is not read back yet). */
#define ALIGN_MAX 2000

typedef enum
{
  ALIGN_KEEP,
  ALIGN_CHANGE,
  ALIGN_ADD,
  ALIGN_DROP,
} AlignOp;

static GArray *
align (GPtrArray *was,
       GPtrArray *now)
{
  guint n = was->len;
  guint m = now->len;
  g_autofree guint *cost = g_new0 (guint, (gsize) (n + 1) * (m + 1));
  GArray *ops = g_array_new (FALSE, FALSE, sizeof (AlignOp));
  guint i = n;
  guint j = m;

#define COST(a, b) cost[(gsize) (a) * (m + 1) + (b)]
  for (guint a = 0; a <= n; a++)
    COST (a, 0) = a;
  for (guint b = 0; b <= m; b++)
    COST (0, b) = b;
  for (guint a = 1; a <= n; a++)
    for (guint b = 1; b <= m; b++)
      {
        guint same = g_str_equal (g_ptr_array_index (was, a - 1), g_ptr_array_index (now, b - 1)) ? 0 : 1;

        COST (a, b) = MIN (COST (a - 1, b - 1) + same, MIN (COST (a - 1, b), COST (a, b - 1)) + 1);
      }
  while (i > 0 || j > 0)
    {
      AlignOp op;

      if (i > 0 && j > 0 &&
          COST (i, j) == COST (i - 1, j - 1) +
                         (g_str_equal (g_ptr_array_index (was, i - 1), g_ptr_array_index (now, j - 1)) ? 0 : 1))
        {
          op = g_str_equal (g_ptr_array_index (was, i - 1), g_ptr_array_index (now, j - 1)) ? ALIGN_KEEP
                                                                                            : ALIGN_CHANGE;
          i--;
          j--;
        }
      else if (i > 0 && COST (i, j) == COST (i - 1, j) + 1)
        {
          op = ALIGN_DROP;
          i--;
        }
      else
        {
          op = ALIGN_ADD;
          j--;
        }
      g_array_prepend_val (ops, op);
    }
#undef COST

  return ops;
}

static GPtrArray *
new_body (ConcordMemorandum *m,
          ConcordNumbering  *numbering,
          ConcordClause     *clause,
          GPtrArray         *texts,
          GPtrArray         *kinds,
          GPtrArray         *report)
{
  GPtrArray *old = concord_clause_get_body (clause);
  GPtrArray *body = concord_blocks_new ();
  g_autoptr(GPtrArray) blocks = g_ptr_array_new ();
  g_autoptr(GPtrArray) rendered = g_ptr_array_new_with_free_func (g_free);
  /* tables_after[k]: the tables that followed paragraph k - 1 (0: first). */
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GArray) ops = NULL;
  guint a = 0;
  guint b = 0;

  g_ptr_array_add (tables, g_ptr_array_new ());
  for (guint i = 0; old != NULL && i < old->len; i++)
    {
      ConcordBlock *block = g_ptr_array_index (old, i);

      if (concord_block_get_table (block) != NULL)
        {
          g_ptr_array_add (g_ptr_array_index (tables, tables->len - 1), block);
          if (report != NULL)
            g_ptr_array_add (report, g_strdup_printf (_("clause %s: its table is kept as it was"),
                                                      concord_clause_get_id (clause)));
          continue;
        }
      g_ptr_array_add (blocks, block);
      g_ptr_array_add (rendered, concord_block_render (m, numbering, block));
      g_ptr_array_add (tables, g_ptr_array_new ());
    }

  if (blocks->len <= ALIGN_MAX && texts->len <= ALIGN_MAX)
    ops = align (rendered, texts);
  else
    {
      /* Too long to align: place by place. */
      ops = g_array_new (FALSE, FALSE, sizeof (AlignOp));
      for (guint i = 0; i < MAX (blocks->len, texts->len); i++)
        {
          AlignOp op = i >= texts->len ? ALIGN_DROP : i >= blocks->len ? ALIGN_ADD : ALIGN_CHANGE;

          g_array_append_val (ops, op);
        }
    }

  {
    GPtrArray *before = g_ptr_array_index (tables, 0);

    for (guint t = 0; t < before->len; t++)
      g_ptr_array_add (body, concord_block_ref (g_ptr_array_index (before, t)));
  }
  for (guint k = 0; k < ops->len; k++)
    {
      AlignOp op = g_array_index (ops, AlignOp, k);
      ConcordBlock *template = op != ALIGN_ADD ? g_ptr_array_index (blocks, a) : NULL;
      ConcordBlockKind kind = op != ALIGN_DROP ? GPOINTER_TO_UINT (g_ptr_array_index (kinds, b))
                                               : CONCORD_BLOCK_PARAGRAPH;

      if (op == ALIGN_KEEP && concord_block_get_kind (template) == kind)
        g_ptr_array_add (body, concord_block_ref (template));
      else if (op == ALIGN_KEEP || op == ALIGN_CHANGE)
        g_ptr_array_add (body, rebuild_block (m, numbering, template, kind,
                                              kind == concord_block_get_kind (template)
                                              ? concord_block_get_level (template) : (kind == CONCORD_BLOCK_ITEM),
                                              g_ptr_array_index (texts, b)));
      else if (op == ALIGN_ADD)
        g_ptr_array_add (body, rebuild_block (m, numbering, NULL, kind, kind == CONCORD_BLOCK_ITEM,
                                              g_ptr_array_index (texts, b)));
      if (op != ALIGN_ADD)
        {
          GPtrArray *after = g_ptr_array_index (tables, a + 1);

          for (guint t = 0; t < after->len; t++)
            g_ptr_array_add (body, concord_block_ref (g_ptr_array_index (after, t)));
          a++;
        }
      if (op != ALIGN_DROP)
        b++;
    }

  return body;
}

/* The clauses' ids, from the custom properties ConcordClauses1,
 * ConcordClauses2, … in order (Word keeps at most 255 characters of a
 * text property, so the list is cut into several). */
static GPtrArray *
split_ids (xmlDoc *custom)
{
  xmlNode *root = custom != NULL ? xmlDocGetRootElement (custom) : NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *out;

  for (xmlNode *node = root != NULL ? root->children : NULL; node != NULL; node = node->next)
    {
      xmlChar *name;
      guint64 index = 0;

      if (node->type != XML_ELEMENT_NODE || !g_str_equal ((const char *) node->name, "property"))
        continue;
      name = xmlGetProp (node, (const xmlChar *) "name");
      if (name != NULL && g_str_has_prefix ((const char *) name, OFFICE_CLAUSES_PROPERTY) &&
          g_ascii_string_to_unsigned ((const char *) name + strlen (OFFICE_CLAUSES_PROPERTY), 10, 1, 100000,
                                      &index, NULL))
        {
          xmlChar *content = xmlNodeGetContent (node);

          if (parts->len < index)
            g_ptr_array_set_size (parts, index);
          g_free (g_ptr_array_index (parts, index - 1));
          g_ptr_array_index (parts, index - 1) = g_strdup ((const char *) content);
          xmlFree (content);
        }
      xmlFree (name);
    }
  if (parts->len == 0)
    return NULL;

  out = g_ptr_array_new_with_free_func (g_free);
  for (guint p = 0; p < parts->len; p++)
    {
      g_auto(GStrv) ids = g_strsplit_set (g_ptr_array_index (parts, p) != NULL ? g_ptr_array_index (parts, p) : "",
                                          " \t\n", -1);

      for (guint i = 0; ids[i] != NULL; i++)
        if (*ids[i] != '\0')
          g_ptr_array_add (out, g_strdup (ids[i]));
    }

  return out;
}

/**
 * concord_office_read_revision:
 * @base: the memorandum the DOCX was exported from
 * @path: the DOCX, edited in a word processor
 * @report: (nullable) (element-type utf8): where to add a line for each
 *   thing read with a guess or left as it was
 *
 * Reads the counterparty's version: a copy of @base in which each clause
 * has the heading and paragraphs the DOCX has now, with every tracked
 * change accepted, and their comments on it as notes. References whose
 * words are still there stay references. Compare it with @base to take
 * or leave each change.
 *
 * Returns: (transfer full) (nullable): their version, or %NULL with
 *   @error set: %CONCORD_ERROR_PARSE or %CONCORD_ERROR_LIMIT for a file
 *   that is damaged or hostile, %CONCORD_ERROR_SCHEMA for a DOCX that
 *   Concord did not export, or whose text would not make a memorandum
 *   Concord can open
 */
ConcordMemorandum *
concord_office_read_revision (ConcordMemorandum  *base,
                              const char         *path,
                              GPtrArray          *report,
                              GError            **error)
{
  zip_t *archive;
  g_autoptr(GBytes) document_bytes = NULL;
  g_autoptr(GBytes) custom_bytes = NULL;
  g_autoptr(GBytes) comments_bytes = NULL;
  xmlDoc *document = NULL;
  xmlDoc *custom = NULL;
  xmlDoc *comments_doc = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GHashTable) comments = NULL;
  g_autoptr(GPtrArray) paras = g_ptr_array_new_with_free_func ((GDestroyNotify) _concord_office_read_para_free);
  g_autoptr(GPtrArray) theirs = g_ptr_array_new_with_free_func ((GDestroyNotify) theirs_free);
  g_autoptr(ConcordMemorandum) copy = NULL;
  g_autoptr(ConcordNumbering) numbering = NULL;
  GError *local_error = NULL;
  xmlNode *body;
  Theirs *current = NULL;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (base), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  archive = _concord_office_open (path, &local_error);
  if (archive == NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  document_bytes = _concord_office_read_entry (archive, "word/document.xml", &local_error);
  if (document_bytes == NULL)
    {
      if (local_error == NULL)
        refuse (&local_error, CONCORD_ERROR_PARSE, _("%s is not a Word document (no word/document.xml)"), path);
      goto out;
    }
  custom_bytes = _concord_office_read_entry (archive, "docProps/custom.xml", &local_error);
  if (local_error != NULL)
    goto out;
  comments_bytes = _concord_office_read_entry (archive, "word/comments.xml", &local_error);
  if (local_error != NULL)
    goto out;

  document = _concord_office_parse_part (document_bytes, "word/document.xml", &local_error);
  if (document == NULL)
    goto out;
  if (custom_bytes != NULL && (custom = _concord_office_parse_part (custom_bytes, "docProps/custom.xml", &local_error)) == NULL)
    goto out;
  if (comments_bytes != NULL &&
      (comments_doc = _concord_office_parse_part (comments_bytes, "word/comments.xml", &local_error)) == NULL)
    goto out;
  ids = split_ids (custom);
  if (ids == NULL)
    {
      refuse (&local_error, CONCORD_ERROR_SCHEMA,
              _("%s was not exported by Concord: it does not say which clause is which"), path);
      goto out;
    }
  comments = read_comments (comments_doc);

  body = w_child (xmlDocGetRootElement (document), "body");
  read_paras (body, paras, 0);

  /* A deleted paragraph mark joins a paragraph to the next, which keeps
   * its own style, as in Word: an emptied paragraph whose mark is deleted
   * is gone. A mark deleted before another clause's first paragraph joins
   * nothing: the text stays in its own clause. */
  for (guint i = 0; i + 1 < paras->len;)
    {
      OfficeReadPara *para = g_ptr_array_index (paras, i);
      OfficeReadPara *next = g_ptr_array_index (paras, i + 1);

      if (!para->joined)
        {
          i++;
          continue;
        }
      if (para->text->len == 0 && para->clause < 0)
        {
          for (guint c = 0; c < para->comments->len; c++)
            g_ptr_array_add (next->comments, g_strdup (g_ptr_array_index (para->comments, c)));
          g_ptr_array_remove_index (paras, i);
          continue;
        }
      if (next->clause >= 0 || ends_clause (next->style) || g_strcmp0 (next->style, "ConcordTable") == 0 ||
          g_strcmp0 (next->style, "ConcordFacts") == 0)
        {
          para->joined = FALSE;
          i++;
          continue;
        }
      g_string_prepend (next->text, para->text->str);
      for (guint c = 0; c < para->comments->len; c++)
        g_ptr_array_add (next->comments, g_strdup (g_ptr_array_index (para->comments, c)));
      next->clause = para->clause;
      g_ptr_array_remove_index (paras, i);
    }

  copy = concord_memorandum_copy (base);
  numbering = concord_numbering_new (copy);
  for (guint i = 0; i < paras->len; i++)
    {
      OfficeReadPara *para = g_ptr_array_index (paras, i);
      const char *style = para->style != NULL ? para->style : "";

      if (para->clause >= 0)
        {
          ConcordClause *clause = (guint) para->clause < ids->len
                                  ? concord_memorandum_find_clause (copy, g_ptr_array_index (ids, para->clause),
                                                                    NULL, NULL)
                                  : NULL;

          current = NULL;
          if (clause == NULL)
            {
              if (report != NULL)
                g_ptr_array_add (report, g_strdup_printf (_("a clause the memorandum no longer has (%s) was left out"),
                                                          (guint) para->clause < ids->len
                                                          ? (char *) g_ptr_array_index (ids, para->clause) : "?"));
            }
          else
            {
              current = g_new0 (Theirs, 1);
              current->clause = clause;
              current->paragraphs = g_ptr_array_new_with_free_func (g_free);
              current->items = g_ptr_array_new ();
              current->notes = g_ptr_array_new_with_free_func (g_free);
              g_ptr_array_add (theirs, current);
            }
        }
      else if (ends_clause (style))
        current = NULL;
      else if (g_str_equal (style, "ConcordClause") || g_str_equal (style, "ConcordClauseText"))
        {
          /* A clause's first paragraph that lost its mark: whose it is is
           * not known, and it is no part of the clause before. */
          if (current != NULL && report != NULL)
            g_ptr_array_add (report, g_strdup (_("a clause whose mark was removed was not read")));
          current = NULL;
        }

      if (current == NULL)
        {
          if (para->comments->len > 0 && report != NULL)
            g_ptr_array_add (report, g_strdup (_("a comment outside the clauses was not read")));
          continue;
        }
      for (guint c = 0; c < para->comments->len; c++)
        {
          const char *note = g_hash_table_lookup (comments, g_ptr_array_index (para->comments, c));

          if (note != NULL)
            g_ptr_array_add (current->notes, g_strdup (note));
        }
      if (g_str_equal (style, "ConcordClause"))
        {
          g_free (current->heading);
          current->heading = g_strdup (para->numbered ? para->text->str : after_label (para->text->str));
          current->has_heading = TRUE;
        }
      else if (g_str_equal (style, "ConcordFacts") || g_str_equal (style, "ConcordTable"))
        continue;
      else
        {
          const char *text = para->numbered ? para->text->str : after_label (para->text->str);

          /* The empty paragraph that only carries the mark. */
          if (*text == '\0' && current->paragraphs->len == 0 && !g_str_equal (style, "ConcordClauseText"))
            continue;
          g_ptr_array_add (current->paragraphs, g_strdup (text));
          g_ptr_array_add (current->items,
                           GUINT_TO_POINTER (g_str_equal (style, "ConcordItem") ? CONCORD_BLOCK_ITEM
                                             : g_str_equal (style, "ConcordSubheading") ? CONCORD_BLOCK_HEADING
                                             : CONCORD_BLOCK_PARAGRAPH));
        }
    }

  for (guint i = 0; i < theirs->len; i++)
    {
      Theirs *t = g_ptr_array_index (theirs, i);
      const char *heading = concord_clause_get_heading (t->clause);
      g_autoptr(GPtrArray) blocks = NULL;

      if (t->has_heading && g_strcmp0 (heading != NULL ? heading : "", t->heading) != 0)
        concord_clause_set_heading (t->clause, *t->heading != '\0' ? t->heading : NULL);
      blocks = new_body (copy, numbering, t->clause, t->paragraphs, t->items, report);
      if (!concord_blocks_equal (blocks, concord_clause_get_body (t->clause)))
        concord_clause_set_body (t->clause, blocks);
      if (t->notes->len > 0)
        {
          g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
          const char * const *had = concord_clause_get_notes (t->clause);

          for (guint n = 0; had != NULL && had[n] != NULL; n++)
            g_ptr_array_add (notes, g_strdup (had[n]));
          for (guint n = 0; n < t->notes->len; n++)
            g_ptr_array_add (notes, g_strdup (g_ptr_array_index (t->notes, n)));
          g_ptr_array_add (notes, NULL);
          concord_clause_set_notes (t->clause, (const char * const *) notes->pdata);
          if (report != NULL)
            g_ptr_array_add (report, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "clause %s: %u comment became a note",
                                                                   "clause %s: %u comments became notes",
                                                                   t->notes->len),
                                                      concord_clause_get_id (t->clause), t->notes->len));
        }
    }

  /* What was read must make a memorandum Concord opens again (text
   * within the loader's limits, and valid). */
  {
    g_autoptr(GBytes) bytes = concord_memorandum_serialize (copy);
    g_autoptr(ConcordMemorandum) again = NULL;

    if (g_bytes_get_size (bytes) > CONCORD_MAX_FILE_SIZE)
      refuse (&local_error, CONCORD_ERROR_LIMIT, _("%s has more text than a memorandum can hold"), path);
    else
      again = concord_memorandum_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), path,
                                                 &local_error);
    if (local_error != NULL)
      g_prefix_error (&local_error, _("%s cannot be read as a revision: "), path);
  }

out:
  g_clear_pointer (&document, xmlFreeDoc);
  g_clear_pointer (&custom, xmlFreeDoc);
  g_clear_pointer (&comments_doc, xmlFreeDoc);
  zip_discard (archive);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&copy);
}
