/* concord-import-read.c: DOCX, ODT and Markdown read as a run of
 * headings, paragraphs and tables for the importer.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-import"

#include "config.h"

#include <cmark.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "concord-error.h"
#include "concord-import-private.h"
#include "concord-office-private.h"

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define TEXT_NS "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define TABLE_NS "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define STYLE_NS "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define FO_NS "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
#define OFFICE_NS "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define DC_NS "http://purl.org/dc/elements/1.1/"

/* Nesting deeper than this in a document is not read further. */
#define MAX_NESTING 32

/* Concord's own styles say what a paragraph was. */
static gboolean
concord_style (const char *style,
               ImportKind *kind,
               guint      *level)
{
  static const struct
  {
    const char *docx;
    const char *odt;
    ImportKind  kind;
    guint       level;
  } styles[] = {
    { "ConcordPart", "Concord_Part", IMPORT_HEADING, 1 },
    { "ConcordSection", "Concord_Section", IMPORT_HEADING, 1 },
    /* An unnumbered section, where the clauses number on through them. */
    { "ConcordSectionPlain", "Concord_Section_Plain", IMPORT_HEADING, 1 },
    { "ConcordClause", "Concord_Clause", IMPORT_HEADING, 2 },
    { "ConcordClausePlain", "Concord_Clause_Plain", IMPORT_HEADING, 2 },
    { "ConcordSubheading", "Concord_Subheading", IMPORT_HEADING, 3 },
    { "ConcordClauseText", "Concord_Clause_Text", IMPORT_PARAGRAPH, 1 },
    /* Who does what: where a clause has no heading, this line carries
     * its number, and an outline level for the navigator. */
    { "ConcordFacts", "Concord_Facts", IMPORT_PARAGRAPH, 0 },
  };

  for (guint i = 0; style != NULL && i < G_N_ELEMENTS (styles); i++)
    if (g_str_equal (style, styles[i].docx) || g_str_equal (style, styles[i].odt))
      {
        *kind = styles[i].kind;
        *level = styles[i].level;
        return TRUE;
      }

  return FALSE;
}

static ImportBlock *
add_block (ImportSource *source,
           ImportKind    kind,
           const char   *style,
           char         *text)
{
  ImportBlock *block = _concord_import_block_new (kind);

  block->style = g_strdup (style);
  block->text = g_strstrip (text);
  g_ptr_array_add (source->blocks, block);

  return block;
}

static gboolean
is_ns (xmlNode    *node,
       const char *ns,
       const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         g_str_equal ((const char *) node->ns->href, ns) && g_str_equal ((const char *) node->name, name);
}

static char *
ns_attr (xmlNode    *node,
         const char *ns,
         const char *name)
{
  xmlChar *value = node != NULL ? xmlGetNsProp (node, (const xmlChar *) name, (const xmlChar *) ns) : NULL;
  char *copy = value != NULL ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);

  return copy;
}

static xmlNode *
ns_child (xmlNode    *node,
          const char *ns,
          const char *name)
{
  for (xmlNode *child = node != NULL ? node->children : NULL; child != NULL; child = child->next)
    if (is_ns (child, ns, name))
      return child;

  return NULL;
}

/* A part of the archive, parsed; NULL with no error where it is not
 * there. */
/* The words of a page header, a tab between its parts. */
static void
header_text (xmlNode *node,
             GString *out,
             guint    depth)
{
  if (depth > MAX_NESTING)
    return;
  for (xmlNode *child = node; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE && child->content != NULL)
        g_string_append (out, (const char *) child->content);
      if (child->type != XML_ELEMENT_NODE)
        continue;
      /* A field's code and deleted words are not what the page shows. */
      if (g_str_equal ((const char *) child->name, "instrText") || g_str_equal ((const char *) child->name, "delText"))
        continue;
      if (g_str_equal ((const char *) child->name, "tab"))
        g_string_append_c (out, '\t');
      header_text (child->children, out, depth + 1);
      if (g_str_equal ((const char *) child->name, "p"))
        g_string_append_c (out, '\n');
    }
}

static xmlDoc *
read_part (zip_t       *archive,
           const char  *name,
           GError     **error)
{
  g_autoptr(GBytes) bytes = _concord_office_read_entry (archive, name, error);

  return bytes != NULL ? _concord_office_parse_part (bytes, name, error) : NULL;
}

static char *
meta_text (xmlDoc     *doc,
           const char *name)
{
  xmlNode *root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;

  for (xmlNode *node = root; node != NULL;)
    {
      if (is_ns (node, DC_NS, name))
        {
          xmlChar *content = xmlNodeGetContent (node);
          char *text = g_strstrip (g_strdup ((const char *) content));

          xmlFree (content);
          return text;
        }
      /* Depth first, at most a few levels in a properties part. */
      if (node->children != NULL && node->type == XML_ELEMENT_NODE)
        node = node->children;
      else
        {
          while (node != NULL && node->next == NULL)
            node = node->parent != (xmlNode *) doc ? node->parent : NULL;
          node = node != NULL ? node->next : NULL;
        }
    }

  return NULL;
}

/* DOCX ------------------------------------------------------------- */

typedef struct
{
  /* style id -> heading level (GUINT), 0 for "Title" */
  GHashTable *headings;
  /* "numId/ilvl" -> how many levels it shows, 0 for bullets */
  GHashTable *levels;
  /* footnote id -> its text */
  GHashTable *footnotes;
} Docx;

static void
docx_styles (Docx   *docx,
             xmlDoc *styles)
{
  xmlNode *root = styles != NULL ? xmlDocGetRootElement (styles) : NULL;

  for (xmlNode *style = root != NULL ? root->children : NULL; style != NULL; style = style->next)
    {
      g_autofree char *id = NULL;
      g_autofree char *name = NULL;
      g_autofree char *outline = NULL;
      guint64 level = 0;

      if (!is_ns (style, W_NS, "style"))
        continue;
      id = ns_attr (style, W_NS, "styleId");
      name = ns_attr (ns_child (style, W_NS, "name"), W_NS, "val");
      outline = ns_attr (ns_child (ns_child (style, W_NS, "pPr"), W_NS, "outlineLvl"), W_NS, "val");
      if (id == NULL)
        continue;
      if (name != NULL && g_ascii_strcasecmp (name, "Title") == 0)
        g_hash_table_insert (docx->headings, g_strdup (id), GUINT_TO_POINTER (0));
      else if (name != NULL && g_ascii_strncasecmp (name, "heading ", 8) == 0 &&
               g_ascii_string_to_unsigned (name + 8, 10, 1, 9, &level, NULL))
        g_hash_table_insert (docx->headings, g_strdup (id), GUINT_TO_POINTER ((guint) level));
      else if (outline != NULL && g_ascii_string_to_unsigned (outline, 10, 0, 8, &level, NULL))
        g_hash_table_insert (docx->headings, g_strdup (id), GUINT_TO_POINTER ((guint) level + 1));
    }
}

static void
docx_numbering (Docx   *docx,
                xmlDoc *numbering)
{
  xmlNode *root = numbering != NULL ? xmlDocGetRootElement (numbering) : NULL;
  g_autoptr(GHashTable) abstract = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  for (xmlNode *node = root != NULL ? root->children : NULL; node != NULL; node = node->next)
    if (is_ns (node, W_NS, "abstractNum"))
      {
        char *id = ns_attr (node, W_NS, "abstractNumId");

        if (id != NULL)
          {
            g_ptr_array_add (ids, id);
            g_hash_table_insert (abstract, id, node);
          }
      }
  for (xmlNode *node = root != NULL ? root->children : NULL; node != NULL; node = node->next)
    {
      g_autofree char *num = NULL;
      g_autofree char *abstract_id = NULL;
      xmlNode *definition;

      if (!is_ns (node, W_NS, "num"))
        continue;
      num = ns_attr (node, W_NS, "numId");
      abstract_id = ns_attr (ns_child (node, W_NS, "abstractNumId"), W_NS, "val");
      definition = abstract_id != NULL ? g_hash_table_lookup (abstract, abstract_id) : NULL;
      for (xmlNode *lvl = definition != NULL ? definition->children : NULL; num != NULL && lvl != NULL; lvl = lvl->next)
        {
          g_autofree char *ilvl = NULL;
          g_autofree char *format = NULL;
          g_autofree char *text = NULL;
          guint shown = 0;

          if (!is_ns (lvl, W_NS, "lvl"))
            continue;
          ilvl = ns_attr (lvl, W_NS, "ilvl");
          format = ns_attr (ns_child (lvl, W_NS, "numFmt"), W_NS, "val");
          text = ns_attr (ns_child (lvl, W_NS, "lvlText"), W_NS, "val");
          for (const char *p = text; p != NULL && *p != '\0'; p++)
            shown += *p == '%';
          if (g_strcmp0 (format, "bullet") == 0 || g_strcmp0 (format, "none") == 0)
            shown = 0;
          else
            shown = MAX (shown, 1);
          g_hash_table_insert (docx->levels, g_strdup_printf ("%s/%s", num, ilvl != NULL ? ilvl : "0"),
                               GUINT_TO_POINTER (shown + 1));
        }
    }
}

static char *
docx_para_text (xmlNode *node)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (xmlNode *p = node->children; p != NULL; p = p->next)
    if (is_ns (p, W_NS, "p"))
      {
        OfficeReadPara *para = _concord_office_read_para (p);

        if (text->len > 0 && para->text->len > 0)
          g_string_append_c (text, ' ');
        g_string_append (text, para->text->str);
        _concord_office_read_para_free (para);
      }
    else if (is_ns (p, W_NS, "tbl") || is_ns (p, W_NS, "sdt") || is_ns (p, W_NS, "sdtContent"))
      {
        g_autofree char *inner = docx_para_text (p);

        if (text->len > 0 && *inner != '\0')
          g_string_append_c (text, ' ');
        g_string_append (text, inner);
      }
    else if (is_ns (p, W_NS, "tr") || is_ns (p, W_NS, "tc"))
      {
        g_autofree char *inner = docx_para_text (p);

        if (text->len > 0 && *inner != '\0')
          g_string_append_c (text, ' ');
        g_string_append (text, inner);
      }

  return g_strstrip (g_strdup (text->str));
}

static void
docx_table (ImportSource *source,
            xmlNode      *table)
{
  ImportBlock *block = add_block (source, IMPORT_TABLE, NULL, g_strdup (""));

  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (xmlNode *row = table->children; row != NULL; row = row->next)
    {
      g_autoptr(GPtrArray) cells = g_ptr_array_new ();

      if (!is_ns (row, W_NS, "tr"))
        continue;
      for (xmlNode *cell = row->children; cell != NULL; cell = cell->next)
        if (is_ns (cell, W_NS, "tc"))
          g_ptr_array_add (cells, docx_para_text (cell));
      g_ptr_array_add (cells, NULL);
      g_ptr_array_add (block->rows, g_ptr_array_steal (cells, NULL));
    }
}

static void
docx_blocks (Docx         *docx,
             ImportSource *source,
             xmlNode      *parent,
             guint         depth)
{
  if (depth > MAX_NESTING)
    return;
  for (xmlNode *node = parent != NULL ? parent->children : NULL; node != NULL; node = node->next)
    if (is_ns (node, W_NS, "p"))
      {
        OfficeReadPara *para = _concord_office_read_para (node);
        g_autofree char *outline = ns_attr (ns_child (ns_child (node, W_NS, "pPr"), W_NS, "outlineLvl"), W_NS, "val");
        gpointer heading = NULL;
        ImportKind kind = IMPORT_PARAGRAPH;
        guint level = 0;
        guint64 value;
        ImportBlock *block;

        if (concord_style (para->style, &kind, &level))
          ;
        else if (para->style != NULL && g_hash_table_lookup_extended (docx->headings, para->style, NULL, &heading))
          {
            level = GPOINTER_TO_UINT (heading);
            kind = level > 0 ? IMPORT_HEADING : IMPORT_PARAGRAPH;
          }
        else if (outline != NULL && g_ascii_string_to_unsigned (outline, 10, 0, 8, &value, NULL))
          {
            kind = IMPORT_HEADING;
            level = (guint) value + 1;
          }
        block = add_block (source, kind, para->style, g_strdup (para->text->str));
        if (heading != NULL || (para->style != NULL && g_hash_table_contains (docx->headings, para->style) &&
                                heading == NULL && kind == IMPORT_PARAGRAPH && level == 0))
          {
            g_free (block->style);
            block->style = g_strdup (heading == NULL ? "Title" : para->style);
          }
        if (para->numbered)
          {
            g_autofree char *key = g_strdup_printf ("%s/%u", para->num_id, para->ilvl);
            guint shown = GPOINTER_TO_UINT (g_hash_table_lookup (docx->levels, key));

            block->level = para->ilvl + 1;
            /* A list not defined counts as numbered. */
            block->numbered = shown != 1;
            block->shown_levels = shown > 1 ? shown - 1 : 0;
          }
        if (kind == IMPORT_HEADING)
          block->level = level;
        else if (g_strcmp0 (para->style, "ConcordClauseText") == 0)
          {
            block->level = 1;
            block->numbered = TRUE;
            if (block->shown_levels == 0)
              block->shown_levels = 2;
          }
        if (para->lead->len > 0)
          block->lead = g_strdup (para->lead->str);
        for (guint i = 0; i < para->footnotes->len; i++)
          {
            const char *text = g_hash_table_lookup (docx->footnotes, g_ptr_array_index (para->footnotes, i));

            if (text != NULL && *text != '\0')
              g_ptr_array_add (block->notes, g_strdup (text));
          }
        _concord_office_read_para_free (para);
      }
    else if (is_ns (node, W_NS, "tbl"))
      docx_table (source, node);
    else if (is_ns (node, W_NS, "sdt") || is_ns (node, W_NS, "sdtContent") || is_ns (node, W_NS, "customXml") ||
             is_ns (node, W_NS, "ins"))
      docx_blocks (docx, source, node, depth + 1);
}

static void
docx_footnotes (Docx   *docx,
                xmlDoc *footnotes)
{
  xmlNode *root = footnotes != NULL ? xmlDocGetRootElement (footnotes) : NULL;

  for (xmlNode *node = root != NULL ? root->children : NULL; node != NULL; node = node->next)
    if (is_ns (node, W_NS, "footnote"))
      {
        char *id = ns_attr (node, W_NS, "id");

        if (id != NULL)
          g_hash_table_insert (docx->footnotes, id, docx_para_text (node));
      }
}

ImportSource *
_concord_import_read_docx (const char  *path,
                           GError     **error)
{
  zip_t *archive = _concord_office_open (path, error);
  g_autoptr(ImportSource) source = NULL;
  xmlDoc *document = NULL;
  xmlDoc *styles = NULL;
  xmlDoc *numbering = NULL;
  xmlDoc *footnotes = NULL;
  xmlDoc *core = NULL;
  GError *local_error = NULL;
  Docx docx;

  if (archive == NULL)
    return NULL;
  docx.headings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  docx.levels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  docx.footnotes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  document = read_part (archive, "word/document.xml", &local_error);
  if (document == NULL && local_error == NULL)
    g_set_error (&local_error, CONCORD_ERROR, CONCORD_ERROR_PARSE, _("%s is not a Word document (no word/document.xml)"),
                 path);
  if (local_error == NULL)
    styles = read_part (archive, "word/styles.xml", &local_error);
  if (local_error == NULL)
    numbering = read_part (archive, "word/numbering.xml", &local_error);
  if (local_error == NULL)
    footnotes = read_part (archive, "word/footnotes.xml", &local_error);
  if (local_error == NULL)
    core = read_part (archive, "docProps/core.xml", &local_error);
  if (local_error == NULL)
    {
      source = _concord_import_source_new ();
      docx_styles (&docx, styles);
      docx_numbering (&docx, numbering);
      docx_footnotes (&docx, footnotes);
      docx_blocks (&docx, source, ns_child (xmlDocGetRootElement (document), W_NS, "body"), 0);
      source->title = meta_text (core, "title");
      source->language = meta_text (core, "language");
      for (guint i = 1; i <= 3 && local_error == NULL; i++)
        {
          g_autofree char *name = g_strdup_printf ("word/header%u.xml", i);
          xmlDoc *header = read_part (archive, name, &local_error);

          if (header != NULL)
            header_text (xmlDocGetRootElement (header), source->header, 0);
          g_clear_pointer (&header, xmlFreeDoc);
        }
    }

  g_clear_pointer (&document, xmlFreeDoc);
  g_clear_pointer (&styles, xmlFreeDoc);
  g_clear_pointer (&numbering, xmlFreeDoc);
  g_clear_pointer (&footnotes, xmlFreeDoc);
  g_clear_pointer (&core, xmlFreeDoc);
  g_hash_table_unref (docx.headings);
  g_hash_table_unref (docx.levels);
  g_hash_table_unref (docx.footnotes);
  zip_discard (archive);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&source);
}

/* ODT -------------------------------------------------------------- */

typedef struct
{
  /* automatic style -> the style it is based on */
  GHashTable *parents;
  /* text styles that are bold */
  GHashTable *bold;
  /* list style -> GUINT per level: how many levels it shows + 1, 1 for bullets */
  GHashTable *lists;
  /* The outline numbering of text:h, by level, as for a list. */
  GArray     *outline;
} Odt;

static void
odt_styles (Odt    *odt,
            xmlDoc *doc)
{
  xmlNode *root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;

  for (xmlNode *group = root != NULL ? root->children : NULL; group != NULL; group = group->next)
    {
      if (!is_ns (group, OFFICE_NS, "automatic-styles") && !is_ns (group, OFFICE_NS, "styles"))
        continue;
      for (xmlNode *style = group->children; style != NULL; style = style->next)
        {
          g_autofree char *name = ns_attr (style, STYLE_NS, "name");

          if (name == NULL)
            continue;
          if (is_ns (style, STYLE_NS, "style"))
            {
              char *parent = ns_attr (style, STYLE_NS, "parent-style-name");
              g_autofree char *weight = ns_attr (ns_child (style, STYLE_NS, "text-properties"), FO_NS, "font-weight");

              if (parent != NULL && is_ns (group, OFFICE_NS, "automatic-styles"))
                g_hash_table_insert (odt->parents, g_strdup (name), parent);
              else
                g_free (parent);
              if (g_strcmp0 (weight, "bold") == 0 || g_strcmp0 (weight, "700") == 0)
                g_hash_table_add (odt->bold, g_strdup (name));
            }
          else if (is_ns (style, TEXT_NS, "list-style") || is_ns (style, TEXT_NS, "outline-style"))
            {
              GArray *levels = g_array_new (FALSE, TRUE, sizeof (guint));

              for (xmlNode *level = style->children; level != NULL; level = level->next)
                {
                  g_autofree char *which = ns_attr (level, TEXT_NS, "level");
                  g_autofree char *display = ns_attr (level, TEXT_NS, "display-levels");
                  guint64 n = 0;
                  guint64 shown = 1;
                  guint value;

                  if (which == NULL || !g_ascii_string_to_unsigned (which, 10, 1, 10, &n, NULL))
                    continue;
                  if (display != NULL)
                    g_ascii_string_to_unsigned (display, 10, 1, 10, &shown, NULL);
                  if (is_ns (level, TEXT_NS, "outline-level-style"))
                    {
                      g_autofree char *format = ns_attr (level, STYLE_NS, "num-format");

                      value = format != NULL && *format != '\0' ? (guint) shown + 1 : 1;
                    }
                  else
                    value = is_ns (level, TEXT_NS, "list-level-style-number") ? (guint) shown + 1 : 1;
                  if (levels->len < n)
                    g_array_set_size (levels, n);
                  g_array_index (levels, guint, n - 1) = value;
                }
              if (is_ns (style, TEXT_NS, "outline-style"))
                {
                  g_clear_pointer (&odt->outline, g_array_unref);
                  odt->outline = levels;
                }
              else
                g_hash_table_insert (odt->lists, g_strdup (name), levels);
            }
        }
    }
}

static const char *
odt_style (Odt        *odt,
           const char *name)
{
  const char *parent = name != NULL ? g_hash_table_lookup (odt->parents, name) : NULL;

  return parent != NULL ? parent : name;
}

typedef struct
{
  GString   *text;
  GString   *lead;
  gboolean   lead_open;
  GPtrArray *notes;
} OdtText;

static void
odt_text (Odt     *odt,
          xmlNode *node,
          OdtText *out,
          gboolean bold,
          guint    depth)
{
  if (depth > MAX_NESTING)
    return;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          const char *content = (const char *) child->content;
          g_autofree char *folded = g_strdup (content);

          /* ODF folds white space; text:s, text:tab carry what is kept. */
          for (char *p = folded; *p != '\0'; p++)
            if (*p == '\n' || *p == '\t' || *p == '\r')
              *p = ' ';
          g_string_append (out->text, folded);
          if (out->lead_open && bold)
            g_string_append (out->lead, folded);
          else if (*g_strstrip (folded) != '\0')
            out->lead_open = FALSE;
          continue;
        }
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (is_ns (child, TEXT_NS, "s"))
        {
          g_autofree char *count = ns_attr (child, TEXT_NS, "c");
          guint64 n = 1;

          if (count != NULL)
            g_ascii_string_to_unsigned (count, 10, 1, 1000, &n, NULL);
          for (guint64 i = 0; i < n; i++)
            g_string_append_c (out->text, ' ');
          if (out->lead_open && bold)
            g_string_append_c (out->lead, ' ');
        }
      else if (is_ns (child, TEXT_NS, "tab"))
        g_string_append_c (out->text, '\t');
      else if (is_ns (child, TEXT_NS, "line-break"))
        g_string_append_c (out->text, ' ');
      else if (is_ns (child, TEXT_NS, "note"))
        {
          xmlNode *body = ns_child (child, TEXT_NS, "note-body");
          OdtText note = { g_string_new (NULL), g_string_new (NULL), FALSE, out->notes };

          if (body != NULL)
            for (xmlNode *p = body->children; p != NULL; p = p->next)
              {
                if (note.text->len > 0)
                  g_string_append_c (note.text, ' ');
                odt_text (odt, p, &note, FALSE, depth + 1);
              }
          g_ptr_array_add (out->notes, g_strstrip (g_string_free (note.text, FALSE)));
          g_string_free (note.lead, TRUE);
        }
      else if (is_ns (child, OFFICE_NS, "annotation") || is_ns (child, TEXT_NS, "tracked-changes"))
        continue;
      else
        {
          g_autofree char *style = ns_attr (child, TEXT_NS, "style-name");
          gboolean strong = bold || (style != NULL && (g_hash_table_contains (odt->bold, style) ||
                                                       g_str_equal (style, "Concord_Strong")));

          odt_text (odt, child, out, strong, depth + 1);
        }
    }
}

static ImportBlock *
odt_paragraph (Odt          *odt,
               ImportSource *source,
               xmlNode      *node,
               ImportKind    kind,
               guint         level)
{
  g_autofree char *style_name = ns_attr (node, TEXT_NS, "style-name");
  const char *style = odt_style (odt, style_name);
  OdtText text = { g_string_new (NULL), g_string_new (NULL), TRUE, g_ptr_array_new_with_free_func (g_free) };
  ImportBlock *block;
  ImportKind own_kind;
  guint own_level;

  odt_text (odt, node, &text, FALSE, 0);
  if (concord_style (style, &own_kind, &own_level))
    {
      kind = own_kind;
      level = own_level;
    }
  block = add_block (source, kind, style, g_string_free (text.text, FALSE));
  block->level = level;
  if (g_strcmp0 (style, "Concord_Clause_Text") == 0)
    {
      block->numbered = TRUE;
      block->shown_levels = 2;
    }
  if (text.lead->len > 0)
    block->lead = g_strdup (text.lead->str);
  g_string_free (text.lead, TRUE);
  g_ptr_array_extend_and_steal (block->notes, text.notes);

  return block;
}

static void odt_blocks (Odt          *odt,
                        ImportSource *source,
                        xmlNode      *parent,
                        guint         list_depth,
                        GArray       *list_levels,
                        guint         depth);

static char *
odt_cell_text (Odt     *odt,
               xmlNode *cell)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (xmlNode *p = cell->children; p != NULL; p = p->next)
    if (is_ns (p, TEXT_NS, "p") || is_ns (p, TEXT_NS, "h"))
      {
        OdtText part = { g_string_new (NULL), g_string_new (NULL), FALSE, g_ptr_array_new_with_free_func (g_free) };

        odt_text (odt, p, &part, FALSE, 0);
        if (text->len > 0 && part.text->len > 0)
          g_string_append_c (text, ' ');
        g_string_append (text, part.text->str);
        g_string_free (part.text, TRUE);
        g_string_free (part.lead, TRUE);
        g_ptr_array_unref (part.notes);
      }

  return g_strstrip (g_strdup (text->str));
}

static void
odt_rows (Odt         *odt,
          xmlNode     *parent,
          ImportBlock *block)
{
  for (xmlNode *row = parent->children; row != NULL; row = row->next)
    {
      g_autoptr(GPtrArray) cells = NULL;

      if (is_ns (row, TABLE_NS, "table-header-rows") || is_ns (row, TABLE_NS, "table-rows"))
        {
          odt_rows (odt, row, block);
          continue;
        }
      if (!is_ns (row, TABLE_NS, "table-row"))
        continue;
      cells = g_ptr_array_new ();
      for (xmlNode *cell = row->children; cell != NULL; cell = cell->next)
        if (is_ns (cell, TABLE_NS, "table-cell"))
          g_ptr_array_add (cells, odt_cell_text (odt, cell));
      g_ptr_array_add (cells, NULL);
      g_ptr_array_add (block->rows, g_ptr_array_steal (cells, NULL));
    }
}

static void
odt_blocks (Odt          *odt,
            ImportSource *source,
            xmlNode      *parent,
            guint         list_depth,
            GArray       *list_levels,
            guint         depth)
{
  if (depth > MAX_NESTING)
    return;
  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    {
      if (is_ns (node, TEXT_NS, "h"))
        {
          g_autofree char *outline = ns_attr (node, TEXT_NS, "outline-level");
          g_autofree char *start = ns_attr (node, TEXT_NS, "start-value");
          guint64 level = 1;
          guint64 value = 0;

          ImportBlock *block;

          if (outline != NULL)
            g_ascii_string_to_unsigned (outline, 10, 1, 10, &level, NULL);
          block = odt_paragraph (odt, source, node, IMPORT_HEADING, (guint) level);
          if (odt->outline != NULL && level <= odt->outline->len)
            {
              guint shown = g_array_index (odt->outline, guint, level - 1);

              block->numbered = shown > 1;
              block->shown_levels = shown > 1 ? shown - 1 : 0;
              if (block->kind == IMPORT_PARAGRAPH && block->numbered)
                block->level = 1;
            }
          if (start != NULL && g_ascii_string_to_unsigned (start, 10, 1, 9999, &value, NULL))
            block->start = (guint) value;
        }
      else if (is_ns (node, TEXT_NS, "p"))
        {
          ImportBlock *block = odt_paragraph (odt, source, node, IMPORT_PARAGRAPH, list_depth);
          g_autofree char *style_name = ns_attr (node, TEXT_NS, "style-name");

          if (block->kind == IMPORT_PARAGRAPH && g_strcmp0 (odt_style (odt, style_name), "Title") == 0)
            {
              g_free (block->style);
              block->style = g_strdup ("Title");
            }
          if (list_depth > 0 && block->kind == IMPORT_PARAGRAPH)
            {
              guint shown = list_levels != NULL && list_depth <= list_levels->len
                            ? g_array_index (list_levels, guint, list_depth - 1) : 2;

              block->numbered = shown != 1;
              block->shown_levels = shown > 1 ? shown - 1 : 0;
            }
        }
      else if (is_ns (node, TEXT_NS, "list"))
        {
          g_autofree char *style = ns_attr (node, TEXT_NS, "style-name");
          GArray *levels = style != NULL ? g_hash_table_lookup (odt->lists, style) : NULL;

          odt_blocks (odt, source, node, list_depth + 1, levels != NULL ? levels : list_levels, depth + 1);
        }
      else if (is_ns (node, TEXT_NS, "list-item") || is_ns (node, TEXT_NS, "list-header"))
        odt_blocks (odt, source, node, list_depth, list_levels, depth + 1);
      else if (is_ns (node, TEXT_NS, "section") || is_ns (node, TEXT_NS, "index-body"))
        odt_blocks (odt, source, node, list_depth, list_levels, depth + 1);
      else if (is_ns (node, TABLE_NS, "table"))
        {
          ImportBlock *block = add_block (source, IMPORT_TABLE, NULL, g_strdup (""));

          block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
          odt_rows (odt, node, block);
        }
    }
}

ImportSource *
_concord_import_read_odt (const char  *path,
                          GError     **error)
{
  zip_t *archive = _concord_office_open (path, error);
  g_autoptr(ImportSource) source = NULL;
  xmlDoc *content = NULL;
  xmlDoc *styles = NULL;
  xmlDoc *meta = NULL;
  GError *local_error = NULL;
  Odt odt = { 0 };

  if (archive == NULL)
    return NULL;
  odt.parents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  odt.bold = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  odt.lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);

  content = read_part (archive, "content.xml", &local_error);
  if (content == NULL && local_error == NULL)
    g_set_error (&local_error, CONCORD_ERROR, CONCORD_ERROR_PARSE,
                 _("%s is not an OpenDocument text (no content.xml)"), path);
  if (local_error == NULL)
    styles = read_part (archive, "styles.xml", &local_error);
  if (local_error == NULL)
    meta = read_part (archive, "meta.xml", &local_error);
  if (local_error == NULL)
    {
      xmlNode *body = ns_child (xmlDocGetRootElement (content), OFFICE_NS, "body");
      xmlNode *text = ns_child (body, OFFICE_NS, "text");

      source = _concord_import_source_new ();
      odt_styles (&odt, styles);
      odt_styles (&odt, content);
      if (text != NULL)
        odt_blocks (&odt, source, text, 0, NULL, 0);
      source->title = meta_text (meta, "title");
      source->language = meta_text (meta, "language");
      if (styles != NULL)
        {
          xmlNode *master = ns_child (ns_child (xmlDocGetRootElement (styles), OFFICE_NS, "master-styles"), STYLE_NS,
                                      "master-page");
          xmlNode *header = ns_child (master, STYLE_NS, "header");

          if (header != NULL)
            header_text (header->children, source->header, 0);
        }
    }

  g_clear_pointer (&content, xmlFreeDoc);
  g_clear_pointer (&styles, xmlFreeDoc);
  g_clear_pointer (&meta, xmlFreeDoc);
  g_hash_table_unref (odt.parents);
  g_hash_table_unref (odt.bold);
  g_hash_table_unref (odt.lists);
  g_clear_pointer (&odt.outline, g_array_unref);
  zip_discard (archive);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&source);
}

/* Markdown --------------------------------------------------------- */

typedef struct
{
  GString  *text;
  GString  *lead;
  gboolean  lead_open;
} MdText;

static void
md_inline (cmark_node *node,
           MdText     *out,
           gboolean    strong,
           guint       depth)
{
  if (depth > MAX_NESTING)
    return;
  for (cmark_node *child = cmark_node_first_child (node); child != NULL; child = cmark_node_next (child))
    switch (cmark_node_get_type (child))
      {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        g_string_append (out->text, cmark_node_get_literal (child));
        if (out->lead_open && strong)
          g_string_append (out->lead, cmark_node_get_literal (child));
        else if (strspn (cmark_node_get_literal (child), " ") != strlen (cmark_node_get_literal (child)))
          out->lead_open = FALSE;
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        g_string_append_c (out->text, strong ? ' ' : '\n');
        if (out->lead_open && strong)
          g_string_append_c (out->lead, ' ');
        break;
      case CMARK_NODE_STRONG:
        md_inline (child, out, TRUE, depth + 1);
        break;
      case CMARK_NODE_NONE:
      case CMARK_NODE_DOCUMENT:
      case CMARK_NODE_BLOCK_QUOTE:
      case CMARK_NODE_LIST:
      case CMARK_NODE_ITEM:
      case CMARK_NODE_CODE_BLOCK:
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_CUSTOM_BLOCK:
      case CMARK_NODE_PARAGRAPH:
      case CMARK_NODE_HEADING:
      case CMARK_NODE_THEMATIC_BREAK:
      case CMARK_NODE_HTML_INLINE:
      case CMARK_NODE_CUSTOM_INLINE:
      case CMARK_NODE_EMPH:
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE:
      default:
        md_inline (child, out, strong, depth + 1);
        break;
      }
}

/* "| a | b |" lines: a table as GitHub writes one (cmark reads it as a
 * paragraph). */
static gboolean
md_table (ImportSource *source,
          const char   *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  ImportBlock *block;

  for (guint i = 0; lines[i] != NULL; i++)
    if (!g_str_has_prefix (g_strstrip (lines[i]), "|"))
      return FALSE;
  if (g_strv_length (lines) < 2)
    return FALSE;
  block = add_block (source, IMPORT_TABLE, NULL, g_strdup (""));
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = lines[i] + 1;
      gsize n = strlen (line);
      g_auto(GStrv) cells = NULL;

      if (n > 0 && line[n - 1] == '|')
        line[n - 1] = '\0';
      if (strspn (line, "-:| ") == strlen (line))
        continue;
      cells = g_strsplit (line, "|", 13);
      for (guint c = 0; cells[c] != NULL; c++)
        g_strstrip (cells[c]);
      g_ptr_array_add (block->rows, g_steal_pointer (&cells));
    }

  return TRUE;
}

static void
md_blocks (ImportSource *source,
           GHashTable   *footnotes,
           cmark_node   *parent,
           guint         list_depth,
           gboolean      ordered,
           guint         depth)
{
  if (depth > MAX_NESTING)
    return;
  for (cmark_node *node = cmark_node_first_child (parent); node != NULL; node = cmark_node_next (node))
    {
      cmark_node_type type = cmark_node_get_type (node);
      MdText text = { g_string_new (NULL), g_string_new (NULL), TRUE };
      ImportBlock *block = NULL;

      if (type == CMARK_NODE_HEADING || type == CMARK_NODE_PARAGRAPH)
        md_inline (node, &text, FALSE, 0);
      else if (type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK)
        g_string_append (text.text, cmark_node_get_literal (node));

      if (type == CMARK_NODE_HEADING)
        {
          g_strdelimit (text.text->str, "\n", ' ');
          block = add_block (source, IMPORT_HEADING, NULL, g_string_free (g_steal_pointer (&text.text), FALSE));
          block->level = (guint) cmark_node_get_heading_level (node);
        }
      else if (type == CMARK_NODE_PARAGRAPH && md_table (source, text.text->str))
        ;
      else if (type == CMARK_NODE_PARAGRAPH && g_str_has_prefix (text.text->str, "[^") &&
               strstr (text.text->str, "]:") != NULL)
        {
          /* "[^1]: the note": a footnote, kept for where "[^1]" is. */
          char *close = strstr (text.text->str, "]:");
          g_autofree char *label = g_strndup (text.text->str, close + 1 - text.text->str);

          g_strdelimit (close, "\n", ' ');
          g_hash_table_insert (footnotes, g_steal_pointer (&label), g_strstrip (g_strdup (close + 2)));
        }
      else if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK)
        {
          g_strdelimit (text.text->str, "\n", ' ');
          block = add_block (source, IMPORT_PARAGRAPH, NULL, g_string_free (g_steal_pointer (&text.text), FALSE));
          block->level = list_depth;
          block->numbered = list_depth > 0 && ordered;
          block->shown_levels = block->numbered ? 1 : 0;
          if (text.lead->len > 0)
            block->lead = g_strdup (g_strstrip (text.lead->str));
        }
      else if (type == CMARK_NODE_LIST)
        md_blocks (source, footnotes, node, list_depth + 1, cmark_node_get_list_type (node) == CMARK_ORDERED_LIST,
                   depth + 1);
      else if (type == CMARK_NODE_ITEM || type == CMARK_NODE_BLOCK_QUOTE)
        md_blocks (source, footnotes, node, list_depth, ordered, depth + 1);
      if (text.text != NULL)
        g_string_free (text.text, TRUE);
      g_string_free (text.lead, TRUE);
    }
}

ImportSource *
_concord_import_read_markdown (const char  *data,
                               gsize        size,
                               GError     **error)
{
  g_autoptr(ImportSource) source = NULL;
  g_autoptr(GHashTable) footnotes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  cmark_node *document;

  if (memchr (data, '\0', size) != NULL || !g_utf8_validate (data, size, NULL))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_PARSE, _("the Markdown file is not UTF-8 text"));
      return NULL;
    }
  document = cmark_parse_document (data, size, CMARK_OPT_DEFAULT);
  if (document == NULL)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_PARSE, _("the Markdown file cannot be read"));
      return NULL;
    }
  source = _concord_import_source_new ();
  md_blocks (source, footnotes, document, 0, FALSE, 0);
  cmark_node_free (document);

  /* Each "[^1]" in the text takes its footnote. */
  for (guint i = 0; i < source->blocks->len; i++)
    {
      ImportBlock *block = g_ptr_array_index (source->blocks, i);
      GHashTableIter iter;
      gpointer label;
      gpointer text;

      if (block->kind != IMPORT_PARAGRAPH || strstr (block->text, "[^") == NULL)
        continue;
      g_hash_table_iter_init (&iter, footnotes);
      while (g_hash_table_iter_next (&iter, &label, &text))
        {
          char *at = strstr (block->text, label);

          if (at == NULL)
            continue;
          memmove (at, at + strlen (label), strlen (at + strlen (label)) + 1);
          g_ptr_array_add (block->notes, g_strdup (text));
        }
    }

  return g_steal_pointer (&source);
}
