/* concord-xml-reader.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-xml-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/relaxng.h>
#include <string.h>

#include "concord-annex.h"
#include "concord-clause.h"
#include "concord-conflict.h"
#include "concord-control-entry.h"
#include "concord-dismissal.h"
#include "concord-enums.h"
#include "concord-error.h"
#include "concord-memorandum.h"
#include "concord-logo.h"
#include "concord-numbering.h"
#include "concord-party.h"
#include "concord-schema-private.h"
#include "concord-section.h"
#include "concord-signature.h"
#include "concord-term.h"
#include "concord-util-private.h"
#include "concord-wording.h"
#include "concord-xml.h"
#include "concord-xml-private.h"

/* The loader trusts nothing: the file is read whole (after a size check),
 * parsed with no DTD, entity substitution, XInclude or network access, and
 * a document type declaration stops the parser the moment it is seen, so
 * entity bombs are never expanded. The tree is then checked for depth and
 * text length, validated against the RELAX NG schema, turned into the
 * model, and its ids and references are checked. */

typedef struct
{
  const char        *name;
  const char        *data;
  gsize              length;
  GHashTable        *ids;
  ConcordMemorandum *memorandum;
  GError            *error;
} Loader;

typedef struct
{
  gboolean doctype;
  int      doctype_line;
  int      doctype_column;
  /* Where the parser was stopped for a processing instruction or for
   * nesting past CONCORD_MAX_DEPTH, before libxml2's own limit of 256. */
  char    *instruction;
  gboolean too_deep;
  int      stop_line;
  int      stop_column;
  guint    depth;
  xmlError first;
  gboolean have_first;
} ParseState;

static void
node_position (Loader  *loader,
               xmlNode *node,
               long    *line_out,
               long    *column_out)
{
  long line = node != NULL ? xmlGetLineNo (node) : 1;
  const char *p = loader->data;
  const char *end = loader->data + loader->length;
  long column = 1;

  if (line < 1)
    line = 1;

  /* Nodes keep their line but not their column: find the tag in its line. */
  for (long l = 1; l < line && p < end; p++)
    if (*p == '\n')
      l++;

  if (node != NULL && node->type == XML_ELEMENT_NODE && p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      g_autofree char *tag = node->ns != NULL && node->ns->prefix != NULL
        ? g_strconcat ("<", (const char *) node->ns->prefix, ":", (const char *) node->name, NULL)
        : g_strconcat ("<", (const char *) node->name, NULL);
      g_autofree char *haystack = g_strndup (p, (eol ? eol : end) - p);
      const char *found = strstr (haystack, tag);

      if (found != NULL && g_utf8_validate (haystack, found - haystack, NULL))
        column = g_utf8_strlen (haystack, found - haystack) + 1;
    }

  *line_out = line;
  *column_out = column;
}

static gboolean
fail_at (Loader     *loader,
         xmlNode    *node,
         int         code,
         const char *format,
         ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail_at (Loader     *loader,
         xmlNode    *node,
         int         code,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  long line, column;
  va_list args;

  if (loader->error != NULL)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  node_position (loader, node, &line, &column);
  g_set_error (&loader->error, CONCORD_ERROR, code, "%s:%ld:%ld: %s",
               loader->name, line, column, message);

  return FALSE;
}

static void
refuse_doctype (void          *ctx,
                const xmlChar *name,
                const xmlChar *external_id,
                const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = ctx;
  ParseState *state = ctxt->_private;

  (void) name;
  (void) external_id;
  (void) system_id;

  state->doctype = TRUE;
  state->doctype_line = ctxt->input != NULL ? ctxt->input->line : 1;
  state->doctype_column = 1;
  xmlStopParser (ctxt);
}

/* The column where the tag or instruction just read starts: nothing in
 * either is a "<" but its start, so it is the last "<" before the
 * parser's position. */
static int
current_column (xmlParserCtxtPtr ctxt)
{
  xmlParserInputPtr input = ctxt->input;
  const xmlChar *p;

  if (input == NULL || input->cur == NULL || input->base == NULL)
    return 1;
  /* After an instruction the parser may already stand on the next "<". */
  for (p = input->cur > input->base ? input->cur - 1 : input->cur; p > input->base && *p != '<'; p--)
    ;
  if (*p != '<' || !g_utf8_validate ((const char *) p, input->cur - p, NULL))
    return 1;

  return MAX (1, input->col - (int) g_utf8_strlen ((const char *) p, input->cur - p));
}

static void
stop_parser (xmlParserCtxtPtr ctxt,
             ParseState      *state)
{
  state->stop_line = ctxt->input != NULL ? ctxt->input->line : 1;
  state->stop_column = current_column (ctxt);
  xmlStopParser (ctxt);
}

static void
refuse_instruction (void          *ctx,
                    const xmlChar *target,
                    const xmlChar *data)
{
  xmlParserCtxtPtr ctxt = ctx;
  ParseState *state = ctxt->_private;

  if (state == NULL || state->instruction != NULL)
    return;
  state->instruction = g_strdup ((const char *) target);
  stop_parser (ctxt, state);
}

/* Counts nesting as the parser goes, so a file nested 100,000 deep is
 * stopped at the format's limit with the format's message. */
static void
start_element_within_depth (void           *ctx,
                            const xmlChar  *localname,
                            const xmlChar  *prefix,
                            const xmlChar  *uri,
                            int             nb_namespaces,
                            const xmlChar **namespaces,
                            int             nb_attributes,
                            int             nb_defaulted,
                            const xmlChar **attributes)
{
  xmlParserCtxtPtr ctxt = ctx;
  ParseState *state = ctxt->_private;

  if (state != NULL && ++state->depth > CONCORD_MAX_DEPTH)
    {
      state->too_deep = TRUE;
      stop_parser (ctxt, state);
      return;
    }
  xmlSAX2StartElementNs (ctx, localname, prefix, uri, nb_namespaces, namespaces,
                         nb_attributes, nb_defaulted, attributes);
}

static void
end_element_within_depth (void          *ctx,
                          const xmlChar *localname,
                          const xmlChar *prefix,
                          const xmlChar *uri)
{
  xmlParserCtxtPtr ctxt = ctx;
  ParseState *state = ctxt->_private;

  if (state != NULL && state->depth > 0)
    state->depth--;
  xmlSAX2EndElementNs (ctx, localname, prefix, uri);
}

static void
collect_parse_error (void        *data,
                     xmlErrorPtr  error)
{
  xmlParserCtxtPtr ctxt = data;
  ParseState *state = ctxt->_private;

  if (state->have_first || error->level < XML_ERR_ERROR)
    return;

  state->have_first = TRUE;
  state->first = *error;
  /* Only the position and the message are kept; the strings belong to
   * libxml2, so copy the one we need. */
  state->first.message = g_strdup (error->message);
  state->first.str1 = state->first.str2 = state->first.str3 = NULL;
  state->first.file = NULL;
  state->first.node = NULL;
  state->first.ctxt = NULL;
}

/* libxml2's messages end in a newline and sometimes hold one; an error is
 * one line, so inner line breaks become "; ". */
static char *
tidy_message (const char *message)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  lines = g_strsplit (message != NULL ? message : _("malformed XML"), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, "; ");
      g_string_append (out, lines[i]);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

typedef struct
{
  const char *next;
  gsize       left;
} ReadCursor;

static int
read_chunk (void *context,
            char *buffer,
            int   length)
{
  ReadCursor *cursor = context;
  gsize n = MIN ((gsize) MAX (length, 0), cursor->left);

  memcpy (buffer, cursor->next, n);
  cursor->next += n;
  cursor->left -= n;

  return (int) n;
}

/* libxml2 asks this for every external entity, DTD or XInclude it would
 * load, from any parser in the process (librsvg's for a logo too). A
 * memorandum never needs one, so it refuses all, and counts the requests
 * so the tests can see that none was even attempted. */
static gint entity_requests;

xmlParserInputPtr
_concord_xml_refuse_entity (const char       *url,
                            const char       *id,
                            xmlParserCtxtPtr  ctxt)
{
  g_atomic_int_inc (&entity_requests);
  return NULL;
}

guint
_concord_xml_get_entity_requests (void)
{
  return (guint) g_atomic_int_get (&entity_requests);
}

/* libxml2 2.9 must be initialised once, before two threads use it (the
 * schema is compiled on the validation thread). */
static void
init_libxml (void)
{
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      xmlSetExternalEntityLoader (_concord_xml_refuse_entity);
      g_once_init_leave (&initialized, 1);
    }
}

/* A parser context that reads through @read with the loader's options,
 * which stops at a document type declaration. */
xmlParserCtxtPtr
_concord_xml_parser_new (xmlInputReadCallback  read,
                         void                 *context)
{
  xmlParserCtxtPtr ctxt;

  init_libxml ();
  ctxt = xmlCreateIOParserCtxt (NULL, NULL, read, NULL, context, XML_CHAR_ENCODING_NONE);
  if (ctxt == NULL)
    return NULL;

  xmlCtxtUseOptions (ctxt, CONCORD_XML_PARSE_OPTIONS);
  ctxt->sax->internalSubset = refuse_doctype;
  ctxt->sax->processingInstruction = refuse_instruction;
  ctxt->sax->startElementNs = start_element_within_depth;
  ctxt->sax->endElementNs = end_element_within_depth;
  ctxt->sax->serror = collect_parse_error;

  return ctxt;
}

static xmlDoc *
parse (Loader *loader)
{
  ParseState state = { 0 };
  ReadCursor cursor = { loader->data, loader->length };
  xmlParserCtxtPtr ctxt;
  xmlDoc *doc;

  /* Feed libxml2 from the caller's buffer a chunk at a time: a memory
   * parser context would first copy the whole file, and on a large file
   * those pages cost as much as parsing them. */
  ctxt = _concord_xml_parser_new (read_chunk, &cursor);
  if (ctxt == NULL)
    {
      fail_at (loader, NULL, CONCORD_ERROR_PARSE, _("out of memory"));
      return NULL;
    }
  ctxt->_private = &state;

  xmlParseDocument (ctxt);
  doc = ctxt->myDoc;
  ctxt->myDoc = NULL;

  if (state.doctype)
    {
      g_set_error (&loader->error, CONCORD_ERROR, CONCORD_ERROR_PARSE,
                   "%s:%d:%d: %s", loader->name, state.doctype_line, state.doctype_column,
                   _("document type declarations are not allowed in a memorandum"));
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  else if (state.instruction != NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("a processing instruction (“<?%s”) is not allowed in a memorandum"),
                         state.instruction);

      g_set_error (&loader->error, CONCORD_ERROR, CONCORD_ERROR_PARSE, "%s:%d:%d: %s",
                   loader->name, state.stop_line, state.stop_column, message);
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  else if (state.too_deep)
    {
      g_autofree char *message =
        g_strdup_printf (_("elements are nested deeper than the limit of %d"), CONCORD_MAX_DEPTH);

      g_set_error (&loader->error, CONCORD_ERROR, CONCORD_ERROR_LIMIT, "%s:%d:%d: %s",
                   loader->name, state.stop_line, state.stop_column, message);
      g_clear_pointer (&doc, xmlFreeDoc);
    }
  else if (doc == NULL || !ctxt->wellFormed)
    {
      g_autofree char *message = NULL;
      xmlErrorPtr last = xmlCtxtGetLastError (ctxt);
      const xmlError *err = state.have_first ? &state.first : last;

      message = tidy_message (err != NULL ? err->message : NULL);
      g_set_error (&loader->error, CONCORD_ERROR, CONCORD_ERROR_PARSE, "%s:%d:%d: %s",
                   loader->name, err != NULL && err->line > 0 ? err->line : 1,
                   err != NULL && err->int2 > 0 ? err->int2 : 1, message);
      g_clear_pointer (&doc, xmlFreeDoc);
    }

  g_free (state.first.message);
  g_free (state.instruction);
  xmlFreeParserCtxt (ctxt);

  return doc;
}

/* Depth and text-length limits, walked without recursion. */
static gboolean
check_limits (Loader  *loader,
              xmlNode *root)
{
  xmlNode *node = root;
  guint depth = 1;

  while (node != NULL)
    {
      if (node->type == XML_TEXT_NODE && node->content != NULL &&
          strlen ((const char *) node->content) > CONCORD_MAX_TEXT_LENGTH)
        return fail_at (loader, node->parent, CONCORD_ERROR_LIMIT,
                        _("a text is longer than the limit of %d bytes"), CONCORD_MAX_TEXT_LENGTH);

      /* Name foreign elements (XInclude, say) plainly rather than leave it
       * to the schema's less direct message. */
      if (node->type == XML_ELEMENT_NODE &&
          (node->ns == NULL || g_strcmp0 ((const char *) node->ns->href, CONCORD_XML_NAMESPACE) != 0))
        return fail_at (loader, node, CONCORD_ERROR_SCHEMA,
                        _("the element “%s” is not part of the Concord format"),
                        (const char *) node->name);

      if (node->type == XML_ELEMENT_NODE && depth > CONCORD_MAX_DEPTH)
        return fail_at (loader, node, CONCORD_ERROR_LIMIT,
                        _("elements are nested deeper than the limit of %d"), CONCORD_MAX_DEPTH);

      /* A table's own rules, said plainly before the schema's words. */
      if (node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, "table") == 0)
        {
          g_autoptr(GError) error = NULL;
          xmlNode *where = node;

          if (!_concord_xml_check_table (node, &where, &error))
            return fail_at (loader, where, CONCORD_ERROR_SCHEMA, "%s", error->message);
        }

      if (node->type == XML_ELEMENT_NODE && node->children != NULL)
        {
          node = node->children;
          depth++;
          continue;
        }

      while (node != NULL && node->next == NULL)
        {
          node = node->parent;
          depth--;
          if (node == root)
            return TRUE;
        }
      if (node == NULL || node == root)
        break;
      node = node->next;
    }

  return TRUE;
}

static gboolean
check_root (Loader  *loader,
            xmlNode *root)
{
  g_autofree char *version = NULL;
  gint64 number;

  if (root == NULL)
    return fail_at (loader, NULL, CONCORD_ERROR_SCHEMA, _("the file has no root element"));

  if (root->ns == NULL || g_strcmp0 ((const char *) root->ns->href, CONCORD_XML_NAMESPACE) != 0)
    return fail_at (loader, root, CONCORD_ERROR_SCHEMA,
                    _("this is not a Concord memorandum: the root element must be in namespace %s"),
                    CONCORD_XML_NAMESPACE);

  if (g_strcmp0 ((const char *) root->name, "memorandum") != 0)
    return fail_at (loader, root, CONCORD_ERROR_SCHEMA,
                    _("this is not a Concord memorandum: the root element is “%s”, not “memorandum”"),
                    (const char *) root->name);

  version = (char *) xmlGetNoNsProp (root, (const xmlChar *) "format-version");
  if (version == NULL || !g_ascii_string_to_signed (version, 10, 1, G_MAXINT, &number, NULL))
    return fail_at (loader, root, CONCORD_ERROR_SCHEMA,
                    _("the memorandum has no valid format-version attribute"));

  if (number > CONCORD_FORMAT_VERSION)
    return fail_at (loader, root, CONCORD_ERROR_VERSION,
                    _("the file uses format-version %s, which is newer than this version of "
                      "Concord supports (%d); update Concord to open it"),
                    version, CONCORD_FORMAT_VERSION);

  return TRUE;
}

static xmlRelaxNGPtr
compile_schema (void)
{
  g_autoptr(GBytes) bytes = NULL;
  xmlRelaxNGParserCtxtPtr pctxt;
  xmlRelaxNGPtr schema;
  gsize len;
  const char *data;

  bytes = _concord_embedded_lookup ("schema/concord.rng");
  g_assert (bytes != NULL);
  data = g_bytes_get_data (bytes, &len);

  init_libxml ();
  pctxt = xmlRelaxNGNewMemParserCtxt (data, (int) len);
  schema = xmlRelaxNGParse (pctxt);
  xmlRelaxNGFreeParserCtxt (pctxt);
  g_assert (schema != NULL);

  return schema;
}

static xmlRelaxNGPtr
get_schema (void)
{
  static gsize initialized;
  static xmlRelaxNGPtr schema;

  if (g_once_init_enter (&initialized))
    {
      schema = compile_schema ();
      g_once_init_leave (&initialized, 1);
    }

  return schema;
}

typedef struct
{
  Loader  *loader;
  gboolean failed;
} ValidationState;

/* Plainer words than the validator's for the values a drafter types:
 * a version, a date, a <print> setting. NULL leaves its message. */
static char *
explain_schema_error (xmlNode    *node,
                      const char *message)
{
  static const struct { const char *attribute; const char *values; } settings[] = {
    { "details", "all, filled" },
    { "parties", "table, none" },
    { "matrix", "schedule, annex, none" },
    { "facts", "drafts, always, never" },
    { "status", "drafts, always, never" },
    { "signatures", "end, section (with signatures-section), cover" },
    { "marking", "running-head, centred" },
  };

  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return NULL;
  if (xmlStrEqual (node->name, (const xmlChar *) "revision"))
    return g_strdup (_("the revision must be a version such as “3” or “2.1”"));
  if (xmlStrEqual (node->name, (const xmlChar *) "effective-date") ||
      xmlStrEqual (node->name, (const xmlChar *) "review-date"))
    return g_strdup (_("a date must be a full date (2016-11-30) or a month and year (2016-11)"));
  if (!xmlStrEqual (node->name, (const xmlChar *) "print"))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    {
      g_autofree char *needle = g_strdup_printf (" %s ", settings[i].attribute);

      if (message != NULL && strstr (message, needle) != NULL)
        return g_strdup_printf (_("the print setting “%s” must be one of: %s"),
                                settings[i].attribute, settings[i].values);
    }

  return g_strdup_printf (_("%s; the print settings are details, parties, matrix, facts, status, "
                            "signatures, signatures-section and marking"), message);
}

static void
collect_validation_error (void        *data,
                          xmlErrorPtr  error)
{
  ValidationState *state = data;
  g_autofree char *message = NULL;
  g_autofree char *plain = NULL;

  if (state->failed)
    return;

  state->failed = TRUE;
  message = tidy_message (error->message);
  plain = explain_schema_error (error->node, message);
  if (plain != NULL)
    {
      g_free (message);
      message = g_steal_pointer (&plain);
    }
  fail_at (state->loader, error->node, CONCORD_ERROR_SCHEMA, "%s", message);
}

/* libxml2's RELAX NG validation against the compiled schema; 0 when valid. */
static int
validate_with_libxml (xmlDoc                 *doc,
                      xmlStructuredErrorFunc  on_error,
                      gpointer                data)
{
  xmlRelaxNGValidCtxtPtr vctxt = xmlRelaxNGNewValidCtxt (get_schema ());
  int result;

  xmlRelaxNGSetValidStructuredErrors (vctxt, on_error, data);
  result = xmlRelaxNGValidateDoc (vctxt, doc);
  xmlRelaxNGFreeValidCtxt (vctxt);

  return result;
}

static gboolean
validate (Loader *loader,
          xmlDoc *doc)
{
  ValidationState state = { loader, FALSE };
  int result;

  /* Most files are valid, and the tables show it without compiling the
   * schema; libxml2 decides the rest and words the error. */
  if (_concord_schema_proves_valid (doc))
    return TRUE;

  result = validate_with_libxml (doc, collect_validation_error, &state);
  if (result != 0 && !state.failed)
    fail_at (loader, xmlDocGetRootElement (doc), CONCORD_ERROR_SCHEMA,
             _("the memorandum does not match the Concord schema"));

  return result == 0;
}

static void
ignore_error (void        *data,
              xmlErrorPtr  error)
{
}

/* libxml2's verdict alone, which the tests hold the quick validator to. */
gboolean
_concord_xml_schema_accepts (xmlDoc *doc)
{
  return validate_with_libxml (doc, ignore_error, NULL) == 0;
}

/* Building the model. The tree is valid by now, so the shape is known;
 * the code still never assumes an element is present. */

static gboolean
is (xmlNode    *node,
    const char *name)
{
  /* Asked of every element against each name it may have: most differ
   * in their first byte. */
  return node->type == XML_ELEMENT_NODE && node->name[0] == (xmlChar) name[0] &&
         strcmp ((const char *) node->name, name) == 0;
}

/* xmlGetNoNsProp(), without a call for each attribute: most elements
 * are asked for attributes they do not have. */
static char *
prop (xmlNode    *node,
      const char *name)
{
  for (xmlAttr *attribute = node->properties; attribute != NULL; attribute = attribute->next)
    {
      xmlNode *value = attribute->children;

      if (attribute->ns != NULL || attribute->name[0] != (xmlChar) name[0] ||
          strcmp ((const char *) attribute->name, name) != 0)
        continue;
      if (value == NULL)
        return g_strdup ("");
      if (value->next == NULL && value->type == XML_TEXT_NODE && value->content != NULL)
        return g_strdup ((const char *) value->content);
      return (char *) xmlNodeListGetString (node->doc, value, 1);
    }

  return NULL;
}

/* Text of an element holding only text; NULL when empty. */
static char *
text_of (xmlNode *node)
{
  GString *text = NULL;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_TEXT_NODE || child->content == NULL)
        continue;
      if (text == NULL)
        text = g_string_new (NULL);
      g_string_append (text, (const char *) child->content);
    }

  if (text == NULL || text->len == 0)
    {
      if (text != NULL)
        g_string_free (text, TRUE);
      return NULL;
    }

  return g_string_free (text, FALSE);
}

/* Lint points at the line an object was read from; a copy or an object
 * made in the app has none. */
static void
remember_line (gpointer  object,
               xmlNode  *node)
{
  long line = xmlGetLineNo (node);

  if (G_IS_OBJECT (object) && line > 0)
    g_object_set_qdata (object, g_quark_from_static_string ("concord-source-line"),
                        GUINT_TO_POINTER ((guint) MIN (line, G_MAXINT)));
}

/**
 * concord_source_line:
 * @object: a party, clause, annex, term, signature or dismissal
 *
 * Returns: the line of the file @object was read from, or 0 when it was
 *   not read from a file
 */
guint
concord_source_line (gpointer object)
{
  if (!G_IS_OBJECT (object))
    return 0;

  return GPOINTER_TO_UINT (g_object_get_qdata (object, g_quark_from_static_string ("concord-source-line")));
}

static gboolean
register_id (Loader     *loader,
             xmlNode    *node,
             const char *id,
             gpointer    object)
{
  xmlNode *previous;

  if (id == NULL)
    return TRUE;

  previous = g_hash_table_lookup (loader->ids, id);
  if (previous != NULL)
    return fail_at (loader, node, CONCORD_ERROR_REFERENCE,
                    _("the id “%s” is used twice (first on line %ld)"),
                    id, xmlGetLineNo (previous));

  remember_line (object, node);
  g_hash_table_insert (loader->ids, g_strdup (id), node);

  return TRUE;
}

static ConcordBlock *
read_inline (xmlNode          *node,
             ConcordBlockKind  kind,
             guint             level)
{
  ConcordBlock *block = concord_block_new (kind, level);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE)
        {
          if (child->content != NULL)
            concord_block_append_run (block, CONCORD_RUN_TEXT, (const char *) child->content, FALSE);
        }
      else if (child->type == XML_ELEMENT_NODE)
        {
          g_autofree char *ref = prop (child, "ref");

          if (is (child, "party-ref") && ref != NULL)
            {
              g_autofree char *form = prop (child, "form");

              concord_block_append_run (block, CONCORD_RUN_PARTY, ref, g_strcmp0 (form, "full") == 0);
            }
          else if (is (child, "term-ref") && ref != NULL)
            {
              g_autofree char *form = prop (child, "form");

              concord_block_append_term_run (block, ref, form);
            }
          else if (is (child, "clause-ref") && ref != NULL)
            {
              g_autofree char *form = prop (child, "form");

              concord_block_append_run (block, CONCORD_RUN_CLAUSE, ref, g_strcmp0 (form, "full") == 0);
            }
          else if (is (child, "placeholder"))
            {
              g_autofree char *prompt = text_of (child);

              concord_block_append_run (block, CONCORD_RUN_PLACEHOLDER, prompt ? prompt : "", FALSE);
            }
        }
    }

  return block;
}

ConcordBlock *
_concord_xml_read_inline (xmlNode          *node,
                          ConcordBlockKind  kind,
                          guint             level)
{
  return read_inline (node, kind, level);
}

static ConcordBlock *
read_table (Loader  *loader,
            xmlNode *node)
{
  g_autoptr(GError) error = NULL;
  xmlNode *where = node;
  ConcordBlock *block = _concord_xml_read_table (node, &where, &error);

  if (block == NULL)
    fail_at (loader, where, CONCORD_ERROR_SCHEMA, "%s", error->message);

  return block;
}

static void
read_blocks (Loader    *loader,
             xmlNode   *first,
             GPtrArray *blocks)
{
  for (xmlNode *child = first; child != NULL; child = child->next)
    {
      ConcordBlock *block = NULL;
      g_autofree char *id = NULL;

      if (is (child, "table"))
        {
          block = read_table (loader, child);
          if (block != NULL)
            g_ptr_array_add (blocks, block);
          continue;
        }
      if (is (child, "p"))
        block = read_inline (child, CONCORD_BLOCK_PARAGRAPH, 0);
      else if (is (child, "subheading"))
        block = read_inline (child, CONCORD_BLOCK_HEADING, 0);
      else if (is (child, "item"))
        {
          g_autofree char *level = prop (child, "level");

          block = read_inline (child, CONCORD_BLOCK_ITEM, g_strcmp0 (level, "2") == 0 ? 2 : 1);
        }
      if (block == NULL)
        continue;
      /* Ids of paragraphs and items are registered, and so checked for
       * uniqueness, with the references (check_references). */
      id = prop (child, "id");
      concord_block_set_id (block, id);
      g_ptr_array_add (blocks, block);
    }
}

static int
enum_value (GType       type,
            const char *nick,
            int         fallback)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *value = nick != NULL ? g_enum_get_value_by_nick (klass, nick) : NULL;

  return value != NULL ? value->value : fallback;
}

/* The tokens of a list: @value without the white space at either end,
 * split at spaces, tabs and line breaks. Runs of them make no empty
 * tokens: the schema's list type allows runs. Split by hand, as every
 * clause has lists. */
static char **
tokens (const char *value)
{
  GPtrArray *out;
  const char *end;

  if (value == NULL)
    return NULL;

  while (g_ascii_isspace (*value))
    value++;
  end = value + strlen (value);
  while (end > value && g_ascii_isspace (end[-1]))
    end--;
  out = g_ptr_array_new ();
  for (const char *p = value; p < end; )
    {
      const char *q = p;

      while (q < end && *q != ' ' && *q != '\t' && *q != '\n')
        q++;
      if (q > p)
        g_ptr_array_add (out, g_strndup (p, q - p));
      p = q + 1;
    }
  g_ptr_array_add (out, NULL);

  return (char **) g_ptr_array_free (out, FALSE);
}

typedef void (*SetFieldFunc) (gpointer object, const char *value);
typedef void (*SetPromptFunc) (gpointer object, const char *field, const char *prompt);

static void
read_field (xmlNode      *node,
            gpointer      object,
            SetFieldFunc  set,
            SetPromptFunc set_prompt)
{
  g_autofree char *text = text_of (node);
  g_autofree char *prompt = prop (node, "placeholder");

  set (object, text);
  if (prompt != NULL)
    set_prompt (object, (const char *) node->name, prompt);
}

static GBytes *decode_image (Loader   *loader,
                             xmlNode  *node,
                             gboolean  logo);

/* A bilingual memorandum's <translated-heading>, <translated-body> and
 * the like: each is the property of that name, text or blocks (a term's
 * meaning is one paragraph). Returns whether @child was one. */
static gboolean
read_translated (Loader  *loader,
                 xmlNode *child,
                 gpointer object)
{
  GParamSpec *pspec;

  if (child->type != XML_ELEMENT_NODE || !g_str_has_prefix ((const char *) child->name, "translated-"))
    return FALSE;
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), (const char *) child->name);
  if (pspec == NULL)
    return FALSE;

  if (pspec->value_type == G_TYPE_STRING)
    {
      g_autofree char *text = text_of (child);

      g_object_set (object, pspec->name, text, NULL);
    }
  else
    {
      g_autoptr(GPtrArray) blocks = concord_blocks_new ();

      if (g_str_equal (pspec->name, "translated-meaning"))
        g_ptr_array_add (blocks, read_inline (child, CONCORD_BLOCK_PARAGRAPH, 0));
      else
        read_blocks (loader, child->children, blocks);
      g_object_set (object, pspec->name, blocks, NULL);
    }

  return TRUE;
}

/* A logo is checked as the signature images are, and besides must be a
 * PNG or an SVG that librsvg reads without reaching outside the file. */
static void
read_logo (Loader       *loader,
           xmlNode      *node,
           ConcordParty *party)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = decode_image (loader, node, TRUE);

  if (bytes == NULL)
    return;
  if (!concord_logo_check (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, &error))
    {
      fail_at (loader, node, error->code, "%s", error->message);
      return;
    }
  concord_party_set_logo (party, bytes);
}

static ConcordParty *
read_party (Loader  *loader,
            xmlNode *node)
{
  g_autofree char *id = prop (node, "id");
  g_autofree char *kind = prop (node, "kind");
  g_autofree char *colour = prop (node, "colour");
  g_autofree char *office_holder = prop (node, "office-holder");
  ConcordParty *party = concord_party_new (id ? id : "");
  static const struct { const char *name; SetFieldFunc set; } fields[] = {
    { "name", (SetFieldFunc) concord_party_set_name },
    { "short-name", (SetFieldFunc) concord_party_set_short_name },
    { "organisation", (SetFieldFunc) concord_party_set_organisation },
    { "description", (SetFieldFunc) concord_party_set_description },
    { "signatory-person", (SetFieldFunc) concord_party_set_signatory_person },
    { "signatory-title", (SetFieldFunc) concord_party_set_signatory_title },
  };

  register_id (loader, node, id, party);
  concord_party_set_kind (party, enum_value (CONCORD_TYPE_PARTY_KIND, kind, 0));
  concord_party_set_colour (party, colour);
  concord_party_set_office_holder (party, g_strcmp0 (office_holder, "true") == 0);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        if (is (child, fields[i].name))
          read_field (child, party, fields[i].set, (SetPromptFunc) concord_party_set_placeholder);
      if (is (child, "logo"))
        read_logo (loader, child, party);
      read_translated (loader, child, party);
    }

  return party;
}

static ConcordTerm *
read_term (Loader  *loader,
           xmlNode *node)
{
  g_autofree char *id = prop (node, "id");
  g_autofree char *is_inline = prop (node, "inline");
  ConcordTerm *term = concord_term_new (id ? id : "");
  g_autoptr(GPtrArray) forms = g_ptr_array_new_with_free_func (g_free);

  register_id (loader, node, id, term);
  concord_term_set_inline (term, g_strcmp0 (is_inline, "true") == 0);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is (child, "name"))
        {
          g_autofree char *name = text_of (child);

          concord_term_set_name (term, name);
        }
      else if (is (child, "form"))
        {
          g_autofree char *form = text_of (child);

          if (form != NULL)
            g_ptr_array_add (forms, g_steal_pointer (&form));
        }
      else if (is (child, "meaning"))
        {
          g_autoptr(GPtrArray) meaning = concord_blocks_new ();

          g_ptr_array_add (meaning, read_inline (child, CONCORD_BLOCK_PARAGRAPH, 0));
          concord_term_set_meaning (term, meaning);
        }
      else
        read_translated (loader, child, term);
    }

  if (forms->len > CONCORD_MAX_TERM_FORMS)
    fail_at (loader, node, CONCORD_ERROR_LIMIT, _("a term has more than %d other forms"),
             CONCORD_MAX_TERM_FORMS);
  g_ptr_array_add (forms, NULL);
  concord_term_set_forms (term, (const char * const *) forms->pdata);

  return term;
}

static ConcordMechanism
read_mechanisms (const char *value)
{
  g_auto(GStrv) list = tokens (value);
  g_autoptr(GFlagsClass) klass = g_type_class_ref (CONCORD_TYPE_MECHANISM);
  ConcordMechanism mechanisms = 0;

  for (guint i = 0; list != NULL && list[i] != NULL; i++)
    {
      GFlagsValue *v = g_flags_get_value_by_nick (klass, list[i]);

      if (v != NULL)
        mechanisms |= v->value;
    }

  return mechanisms;
}

static void
read_clause_facts (ConcordClause *clause,
                   xmlNode       *node)
{
  g_autofree char *owner = prop (node, "owner");
  g_autofree char *side_a = prop (node, "side-a");
  g_autofree char *side_b = prop (node, "side-b");
  g_autofree char *accountable = prop (node, "accountable");
  g_autofree char *to = prop (node, "to");
  g_autofree char *to_body = prop (node, "to-body");
  g_autofree char *mechanisms = prop (node, "mechanisms");
  g_autofree char *areas = prop (node, "areas");
  g_auto(GStrv) side_a_list = tokens (side_a);
  g_auto(GStrv) side_b_list = tokens (side_b);
  g_auto(GStrv) area_list = tokens (areas);

  concord_clause_set_owner (clause, owner);
  concord_clause_set_side_a (clause, (const char * const *) side_a_list);
  concord_clause_set_side_b (clause, (const char * const *) side_b_list);
  concord_clause_set_accountable (clause, accountable);
  concord_clause_set_to (clause, to);
  concord_clause_set_to_body (clause, to_body);
  concord_clause_set_mechanisms (clause, read_mechanisms (mechanisms));
  concord_clause_set_areas (clause, (const char * const *) area_list);
}

static void
read_fixed_number (Loader        *loader,
                   xmlNode       *node,
                   ConcordClause *clause)
{
  g_autofree char *number = prop (node, "number");
  guint section;
  guint value;

  if (number == NULL)
    return;

  if (!concord_numbering_parse_fixed (number, &section, &value))
    {
      fail_at (loader, node, CONCORD_ERROR_SCHEMA,
               _("the clause number “%s” is not a number such as 7 or 2.4 (whole numbers from 1 to 9999)"),
               number);
      return;
    }
  concord_clause_set_number (clause, number);
}

/* A comment thread: the schema has checked its shape; two threads of one
 * clause with the same id would be one thread in two places. */
static void
read_comment (Loader          *loader,
              xmlNode         *node,
              ConcordComments *comments,
              GHashTable      *ids)
{
  g_autofree char *id = prop (node, "id");
  g_autofree char *resolved = prop (node, "resolved");

  if (!_concord_comments_build_thread (comments, ids, id, g_strcmp0 (resolved, "true") == 0))
    {
      fail_at (loader, node, CONCORD_ERROR_SCHEMA, _("two comments on the clause have the id “%s”"),
               id != NULL ? id : "");
      return;
    }
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *author = NULL;
      g_autofree char *date = NULL;
      g_autofree char *text = NULL;

      if (!is (child, "message"))
        continue;
      author = prop (child, "author");
      date = prop (child, "date");
      text = text_of (child);
      if (!concord_comments_is_date (date))
        {
          fail_at (loader, child, CONCORD_ERROR_SCHEMA, _("the comment date “%s” is not a date and time"),
                   date != NULL ? date : "");
          return;
        }
      _concord_comments_build_message (comments, author, date, text);
    }
}

static ConcordClause *
read_clause (Loader  *loader,
             xmlNode *node)
{
  g_autofree char *id = prop (node, "id");
  g_autofree char *kind = prop (node, "kind");
  g_autofree char *status = prop (node, "status");
  g_autofree char *numbered = prop (node, "numbered");
  g_autofree char *checked = prop (node, "translation-checked");
  g_autofree char *library = prop (node, "library");
  /* Room for most clauses' paragraphs. */
  g_autoptr(GPtrArray) body = g_ptr_array_new_full (4, (GDestroyNotify) concord_block_unref);
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(ConcordComments) comments = _concord_comments_build_new ();
  g_autoptr(GHashTable) comment_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ConcordClause *clause = concord_clause_new (id ? id : "");

  register_id (loader, node, id, clause);
  concord_clause_set_kind (clause, enum_value (CONCORD_TYPE_CLAUSE_KIND, kind, 0));
  concord_clause_set_status (clause, enum_value (CONCORD_TYPE_CLAUSE_STATUS, status, 0));
  concord_clause_set_numbered (clause, g_strcmp0 (numbered, "false") != 0);
  read_fixed_number (loader, node, clause);
  read_clause_facts (clause, node);
  concord_clause_set_translation_checked (clause, checked);
  concord_clause_set_library (clause, library);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is (child, "heading"))
        {
          g_autofree char *heading = text_of (child);

          concord_clause_set_heading (clause, heading);
        }
      else if (read_translated (loader, child, clause))
        continue;
      else if (is (child, "note"))
        {
          char *note = text_of (child);

          g_ptr_array_add (notes, note != NULL ? note : g_strdup (""));
        }
      else if (is (child, "comment"))
        read_comment (loader, child, comments, comment_ids);
    }
  read_blocks (loader, node->children, body);
  _concord_clause_take_body (clause, g_steal_pointer (&body));
  concord_clause_set_comments (clause, comments);
  if (notes->len > 0)
    {
      g_ptr_array_add (notes, NULL);
      concord_clause_set_notes (clause, (const char * const *) notes->pdata);
    }

  return clause;
}

/* Adds @items at the end of @store with one "items-changed" for them all,
 * not one each. */
static void
store_append_all (GListModel *store,
                  GPtrArray  *items)
{
  g_list_store_splice (G_LIST_STORE (store), g_list_model_get_n_items (store), 0, items->pdata, items->len);
}

static ConcordSection *
read_section (Loader  *loader,
              xmlNode *node)
{
  g_autofree char *id = prop (node, "id");
  g_autofree char *kind = prop (node, "kind");
  g_autofree char *library = prop (node, "library");
  ConcordSection *section = concord_section_new (id ? id : "");
  g_autoptr(GPtrArray) clauses = g_ptr_array_new_with_free_func (g_object_unref);

  register_id (loader, node, id, section);
  concord_section_set_kind (section, enum_value (CONCORD_TYPE_SECTION_KIND, kind, 0));
  concord_section_set_library (section, library);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is (child, "heading"))
        {
          g_autofree char *heading = text_of (child);

          concord_section_set_heading (section, heading);
        }
      else if (read_translated (loader, child, section))
        continue;
      else if (is (child, "clause"))
        g_ptr_array_add (clauses, read_clause (loader, child));
    }
  store_append_all (concord_section_get_clauses (section), clauses);

  return section;
}

static ConcordAnnex *
read_annex (Loader  *loader,
            xmlNode *node)
{
  g_autofree char *id = prop (node, "id");
  g_autoptr(GPtrArray) body = concord_blocks_new ();
  ConcordAnnex *annex = concord_annex_new (id ? id : "");

  register_id (loader, node, id, annex);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is (child, "heading"))
        {
          g_autofree char *heading = text_of (child);

          concord_annex_set_heading (annex, heading);
        }
      else
        read_translated (loader, child, annex);
    }
  read_blocks (loader, node->children, body);
  concord_annex_set_body (annex, body);

  return annex;
}

/* Base64 text to bytes, refused before decoding when it is too long. */
static GBytes *
decode_image (Loader   *loader,
              xmlNode  *node,
              gboolean  logo)
{
  g_autofree char *text = text_of (node);
  guchar *data;
  gsize len = 0;

  if (text == NULL)
    return NULL;
  if (strlen (text) > (CONCORD_MAX_IMAGE_SIZE / 3 + 1) * 4 + 64)
    {
      if (logo)
        fail_at (loader, node, CONCORD_ERROR_LIMIT, _("the logo is larger than the limit of %d KiB"),
                 CONCORD_MAX_IMAGE_SIZE / 1024);
      else
        fail_at (loader, node, CONCORD_ERROR_LIMIT,
                 _("the signature image is larger than the limit of %d KiB"),
                 CONCORD_MAX_IMAGE_SIZE / 1024);
      return NULL;
    }
  data = g_base64_decode (text, &len);

  return g_bytes_new_take (data, len);
}

static gboolean
read_image (Loader           *loader,
            xmlNode          *node,
            ConcordSignature *sig)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = decode_image (loader, node, FALSE);

  if (bytes == NULL)
    return loader->error == NULL;
  if (!concord_signature_check_image (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    return fail_at (loader, node, error->code, "%s", error->message);

  concord_signature_set_image (sig, bytes);

  return TRUE;
}

static ConcordSignature *
read_signature (Loader  *loader,
                xmlNode *node)
{
  g_autofree char *party = prop (node, "party");
  g_autofree char *also_for = prop (node, "also-for");
  ConcordSignature *sig = concord_signature_new ();
  static const struct { const char *name; SetFieldFunc set; } fields[] = {
    { "person", (SetFieldFunc) concord_signature_set_person },
    { "title", (SetFieldFunc) concord_signature_set_title },
    { "date", (SetFieldFunc) concord_signature_set_date },
    { "place", (SetFieldFunc) concord_signature_set_place },
  };
  gboolean had_title = FALSE;

  remember_line (sig, node);
  concord_signature_set_party (sig, party);
  concord_signature_set_also_for (sig, also_for);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      /* The second <title> is the second office of the same person. */
      if (is (child, "title") && had_title)
        {
          g_autofree char *text = text_of (child);
          g_autofree char *prompt = prop (child, "placeholder");

          concord_signature_set_second_title (sig, text);
          if (prompt != NULL)
            concord_signature_set_placeholder (sig, "second-title", prompt);
          continue;
        }
      had_title |= is (child, "title");
      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        if (is (child, fields[i].name))
          read_field (child, sig, fields[i].set, (SetPromptFunc) concord_signature_set_placeholder);
      if (is (child, "image"))
        read_image (loader, child, sig);
    }

  return sig;
}

static ConcordControlEntry *
read_control_entry (xmlNode *node)
{
  g_autofree char *version = prop (node, "version");
  g_autofree char *date = prop (node, "date");
  g_autofree char *author = prop (node, "author");
  g_autofree char *summary = text_of (node);
  ConcordControlEntry *entry = concord_control_entry_new ();

  concord_control_entry_set_version (entry, version);
  concord_control_entry_set_date (entry, date);
  concord_control_entry_set_author (entry, author);
  concord_control_entry_set_summary (entry, summary);

  return entry;
}

typedef gpointer (*ReadItemFunc) (Loader *loader, xmlNode *node);
typedef const char *(*ItemKeyFunc) (gpointer item);

/* Signatures and document-control entries have no id: a comparison and a
 * merge know them by their party (or office and person) and version, so
 * two with one key would be one object to them, and the second would be
 * lost when changes are accepted. */
static void
refuse_duplicate_key (Loader     *loader,
                      xmlNode    *node,
                      xmlNode    *first,
                      const char *item_name,
                      gpointer    item)
{
  long line = xmlGetLineNo (first);

  if (g_str_equal (item_name, "entry"))
    fail_at (loader, node, CONCORD_ERROR_REFERENCE,
             _("the version “%s” has a second document-control entry (the first is on line %ld)"),
             concord_control_entry_get_version (item), line);
  else if (concord_signature_get_party (item) != NULL)
    fail_at (loader, node, CONCORD_ERROR_REFERENCE,
             _("the party “%s” has a second signature (the first is on line %ld); a party signs once"),
             concord_signature_get_party (item), line);
  else
    fail_at (loader, node, CONCORD_ERROR_REFERENCE,
             _("a second signature for the same office and person (the first is on line %ld)"), line);
}

/* One side of a conflict as the field's type has it (the writer's
 * write_alternative). An enum or flag nick the field does not know, or
 * an image over the limit, fails the load like the same in its own place. */
static void
read_alternative (Loader          *loader,
                  xmlNode         *node,
                  ConcordConflict *conflict,
                  int              side,
                  GType            type)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *removed = prop (node, "removed");
  const char *first;

  concord_conflict_set_removed (conflict, side, g_strcmp0 (removed, "true") == 0);
  if (type == G_TYPE_NONE)
    return;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is (child, "value"))
      {
        char *text = text_of (child);

        g_ptr_array_add (values, text != NULL ? text : g_strdup (""));
      }
  first = values->len > 0 ? values->pdata[0] : NULL;

  g_value_init (&value, type);
  if (type == G_TYPE_PTR_ARRAY)
    {
      g_autoptr(GPtrArray) blocks = concord_blocks_new ();

      read_blocks (loader, node->children, blocks);
      g_value_set_boxed (&value, blocks);
    }
  else if (type == G_TYPE_STRV)
    {
      g_ptr_array_add (values, NULL);
      g_value_set_boxed (&value, values->len > 1 ? values->pdata : NULL);
    }
  else if (first == NULL)
    {
      /* No value: NULL for a string; other types keep no value at all. */
      if (type == G_TYPE_STRING)
        concord_conflict_set_value (conflict, side, &value);
      return;
    }
  else if (type == G_TYPE_STRING)
    g_value_set_string (&value, first);
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (&value, g_str_equal (first, "true"));
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      GEnumValue *nick = g_enum_get_value_by_nick (klass, first);

      if (nick == NULL)
        {
          fail_at (loader, node, CONCORD_ERROR_SCHEMA, _("“%s” is not a value this conflict’s field can take"), first);
          return;
        }
      g_value_set_enum (&value, nick->value);
    }
  else if (G_TYPE_IS_FLAGS (type))
    {
      g_autoptr(GFlagsClass) klass = g_type_class_ref (type);
      g_auto(GStrv) nicks = g_strsplit (first, " ", -1);
      guint flags = 0;

      for (guint i = 0; nicks[i] != NULL; i++)
        {
          GFlagsValue *nick = g_flags_get_value_by_nick (klass, nicks[i]);

          if (nicks[i][0] == '\0')
            continue;
          if (nick == NULL)
            {
              fail_at (loader, node, CONCORD_ERROR_SCHEMA, _("“%s” is not a value this conflict’s field can take"),
                       nicks[i]);
              return;
            }
          flags |= nick->value;
        }
      g_value_set_flags (&value, flags);
    }
  else if (type == G_TYPE_BYTES)
    {
      for (xmlNode *child = node->children; child != NULL; child = child->next)
        if (is (child, "value"))
          {
            g_autoptr(GBytes) bytes = decode_image (loader, child, FALSE);

            g_value_set_boxed (&value, bytes);
            break;
          }
    }
  concord_conflict_set_value (conflict, side, &value);
}

static gpointer
read_conflict (Loader  *loader,
               xmlNode *node)
{
  g_autofree char *object = prop (node, "object");
  g_autofree char *ref = prop (node, "ref");
  g_autofree char *field = prop (node, "field");
  ConcordConflict *conflict = concord_conflict_new (object, ref, field);
  GType type = concord_conflict_field_type (object, field);

  remember_line (conflict, node);
  if (type == G_TYPE_INVALID || (ref == NULL) != (g_strcmp0 (object, "details") == 0))
    {
      fail_at (loader, node, CONCORD_ERROR_SCHEMA, _("a conflict names a field (%s) that a %s does not have"),
               field != NULL ? field : "", object != NULL ? object : "");
      return conflict;
    }
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is (child, "ours") || is (child, "theirs"))
      read_alternative (loader, child, conflict,
                        is (child, "ours") ? CONCORD_CONFLICT_OURS : CONCORD_CONFLICT_THEIRS, type);

  return conflict;
}

/* Kept as written, even when lint will not honour it (no reason, a code
 * it does not know): a newer Concord may know the code, and lint says
 * what is wrong with the dismissal rather than the loader refusing the
 * whole memorandum for it. */
static gpointer
read_dismissal (Loader  *loader,
                xmlNode *node)
{
  g_autofree char *code = prop (node, "code");
  g_autofree char *target = prop (node, "target");
  g_autofree char *reason = text_of (node);
  ConcordDismissal *dismissal;

  (void) loader;
  if (reason != NULL && *g_strstrip (reason) == '\0')
    g_clear_pointer (&reason, g_free);
  dismissal = concord_dismissal_new (code, target, reason);
  remember_line (dismissal, node);

  return dismissal;
}

static void
read_list (Loader      *loader,
           xmlNode     *container,
           const char  *item_name,
           GListModel  *model,
           gpointer     read_item,
           ItemKeyFunc  key)
{
  g_autoptr(GHashTable) seen = key != NULL ? g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL)
                                           : NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (xmlNode *child = container->children; child != NULL; child = child->next)
    {
      if (is (child, item_name))
        {
          GObject *item = ((ReadItemFunc) read_item) (loader, child);
          const char *k = key != NULL ? key (item) : NULL;
          xmlNode *first = k != NULL ? g_hash_table_lookup (seen, k) : NULL;

          if (first != NULL)
            refuse_duplicate_key (loader, child, first, item_name, item);
          else if (k != NULL)
            g_hash_table_insert (seen, g_strdup (k), child);
          g_ptr_array_add (items, item);
        }
    }
  store_append_all (model, items);
}

static gpointer
read_control_entry_item (Loader  *loader,
                         xmlNode *node)
{
  (void) loader;
  return read_control_entry (node);
}

static void
read_details (Loader  *loader,
              xmlNode *child)
{
  ConcordMemorandum *m = loader->memorandum;
  static const struct { const char *name; SetFieldFunc set; } fields[] = {
    { "title", (SetFieldFunc) concord_memorandum_set_title },
    { "reference", (SetFieldFunc) concord_memorandum_set_reference },
    { "effective-date", (SetFieldFunc) concord_memorandum_set_effective_date },
    { "review-date", (SetFieldFunc) concord_memorandum_set_review_date },
    { "marking", (SetFieldFunc) concord_memorandum_set_marking },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (is (child, fields[i].name))
      read_field (child, m, fields[i].set, (SetPromptFunc) concord_memorandum_set_placeholder);

  if (is (child, "revision"))
    {
      g_autofree char *text = text_of (child);

      if (text == NULL || !concord_version_is_valid (g_strstrip (text)))
        fail_at (loader, child, CONCORD_ERROR_SCHEMA,
                 _("the revision must be a version such as “3” or “2.1”"));
      else
        concord_memorandum_set_revision (m, text);
    }
}

/* <print>: the page furniture the drafter chose. The schema refuses an
 * unknown value; here one falls back to the default look. */
static void
read_print (xmlNode           *node,
            ConcordMemorandum *m)
{
  g_autofree char *details = prop (node, "details");
  g_autofree char *parties = prop (node, "parties");
  g_autofree char *matrix = prop (node, "matrix");
  g_autofree char *facts = prop (node, "facts");
  g_autofree char *status = prop (node, "status");
  g_autofree char *signatures = prop (node, "signatures");
  g_autofree char *section = prop (node, "signatures-section");
  g_autofree char *marking = prop (node, "marking");

  concord_memorandum_set_print_details (m, enum_value (CONCORD_TYPE_COVER_DETAILS, details, 0));
  concord_memorandum_set_print_parties (m, g_strcmp0 (parties, "none") != 0);
  concord_memorandum_set_print_matrix (m, enum_value (CONCORD_TYPE_MATRIX_PLACEMENT, matrix, 0));
  concord_memorandum_set_print_facts (m, enum_value (CONCORD_TYPE_PRINT_WHEN, facts, 0));
  concord_memorandum_set_print_status (m, enum_value (CONCORD_TYPE_PRINT_WHEN, status, 0));
  concord_memorandum_set_print_signatures (m, enum_value (CONCORD_TYPE_SIGNATURE_PLACEMENT, signatures, 0));
  concord_memorandum_set_signatures_section (m, section);
  concord_memorandum_set_print_marking (m, enum_value (CONCORD_TYPE_MARKING_PLACEMENT, marking, 0));
}

/* Kept as "REFERENCE" or "RELATION REFERENCE"; see concord_related_parse().
 * The schema is checked beside the reading, so an entry it will refuse
 * (a reference with a space) is left out here rather than trusted. */
static void
read_related (xmlNode       *node,
              GStrvBuilder  *related)
{
  g_autofree char *reference = prop (node, "reference");
  g_autofree char *relation = prop (node, "relation");
  g_autofree char *entry = NULL;
  const char *r, *ref;

  if (reference == NULL)
    return;
  entry = relation != NULL ? g_strdup_printf ("%s %s", relation, reference) : g_strdup (reference);
  if (concord_related_parse (entry, &r, &ref))
    g_strv_builder_add (related, entry);
}

static void
read_memorandum (Loader  *loader,
                 xmlNode *root)
{
  g_autofree char *id = prop (root, "id");
  g_autofree char *status = prop (root, "status");
  g_autofree char *language = prop (root, "language");
  g_autofree char *numbering = prop (root, "numbering");
  g_autofree char *item_style = prop (root, "item-style");
  g_autofree char *annex_style = prop (root, "annex-style");
  g_autoptr(GStrvBuilder) related = g_strv_builder_new ();
  g_auto(GStrv) related_list = NULL;
  g_autofree char *number_format = prop (root, "number-format");
  g_autofree char *numbered_headings = prop (root, "numbered-headings");
  g_autofree char *annex_numbering = prop (root, "annex-numbering");
  g_autofree char *clause_word = prop (root, "clause-word");
  g_autofree char *translation = prop (root, "translation");
  g_autofree char *bilingual_layout = prop (root, "bilingual-layout");
  ConcordMemorandum *m;

  m = loader->memorandum = concord_memorandum_new (id ? id : "");
  register_id (loader, root, id, m);
  concord_memorandum_set_status (m, enum_value (CONCORD_TYPE_STATUS, status, 0));
  concord_memorandum_set_language (m, language);
  concord_memorandum_set_numbering (m, enum_value (CONCORD_TYPE_NUMBERING_STYLE, numbering, 0));
  concord_memorandum_set_item_style (m, enum_value (CONCORD_TYPE_ITEM_STYLE, item_style, 0));
  concord_memorandum_set_annex_style (m, enum_value (CONCORD_TYPE_ANNEX_STYLE, annex_style, 0));
  concord_memorandum_set_number_format (m, enum_value (CONCORD_TYPE_NUMBER_FORMAT, number_format, 0));
  concord_memorandum_set_numbered_headings (m, g_strcmp0 (numbered_headings, "true") == 0);
  concord_memorandum_set_annex_numbering (m, enum_value (CONCORD_TYPE_ANNEX_NUMBERING, annex_numbering, 0));
  concord_memorandum_set_clause_word (m, enum_value (CONCORD_TYPE_CLAUSE_WORD, clause_word, 0));
  concord_memorandum_set_translation_language (m, translation);
  concord_memorandum_set_bilingual_layout (m, enum_value (CONCORD_TYPE_BILINGUAL_LAYOUT, bilingual_layout, 0));

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;

      read_details (loader, child);
      if (read_translated (loader, child, m))
        continue;
      if (is (child, "related"))
        read_related (child, related);
      else if (is (child, "print"))
        read_print (child, m);
      else if (is (child, "parties"))
        read_list (loader, child, "party", concord_memorandum_get_parties (m), read_party, NULL);
      else if (is (child, "definitions"))
        read_list (loader, child, "term", concord_memorandum_get_terms (m), read_term, NULL);
      else if (is (child, "recitals"))
        {
          g_autoptr(GPtrArray) recitals = concord_blocks_new ();

          read_blocks (loader, child->children, recitals);
          concord_memorandum_set_recitals (m, recitals);
        }
      else if (is (child, "section"))
        {
          g_autoptr(ConcordSection) section = read_section (loader, child);

          g_list_store_append (G_LIST_STORE (concord_memorandum_get_sections (m)), section);
        }
      else if (is (child, "annex"))
        {
          g_autoptr(ConcordAnnex) annex = read_annex (loader, child);

          g_list_store_append (G_LIST_STORE (concord_memorandum_get_annexes (m)), annex);
        }
      else if (is (child, "signatures"))
        read_list (loader, child, "signature", concord_memorandum_get_signatures (m), read_signature,
                   (ItemKeyFunc) concord_signature_get_key);
      else if (is (child, "document-control"))
        read_list (loader, child, "entry", concord_memorandum_get_control_entries (m),
                   read_control_entry_item, (ItemKeyFunc) concord_control_entry_get_version);
      else if (is (child, "dismissals"))
        read_list (loader, child, "dismiss", concord_memorandum_get_dismissals (m), read_dismissal, NULL);
      else if (is (child, "conflicts"))
        read_list (loader, child, "conflict", concord_memorandum_get_conflicts (m), read_conflict, NULL);
    }
  related_list = g_strv_builder_end (related);
  concord_memorandum_set_related (m, (const char * const *) related_list);
}

/* Reference checks, on the tree so that errors can point at a line. */

static gboolean
check_party_id (Loader     *loader,
                xmlNode    *node,
                const char *what,
                const char *id)
{
  xmlNode *target;

  if (id == NULL)
    return TRUE;

  target = g_hash_table_lookup (loader->ids, id);
  if (target == NULL || !is (target, "party"))
    return fail_at (loader, node, CONCORD_ERROR_REFERENCE,
                    _("%s names the party “%s”, which is not in the list of parties"), what, id);

  return TRUE;
}

static gboolean
check_party_list (Loader     *loader,
                  xmlNode    *node,
                  const char *attribute)
{
  g_autofree char *value = prop (node, attribute);
  g_auto(GStrv) list = tokens (value);

  for (guint i = 0; list != NULL && list[i] != NULL; i++)
    if (!check_party_id (loader, node, attribute, list[i]))
      return FALSE;

  return TRUE;
}

/* Signatures placed in a section name one. */
static gboolean
check_print (Loader  *loader,
             xmlNode *node)
{
  g_autofree char *signatures = prop (node, "signatures");
  g_autofree char *section = prop (node, "signatures-section");
  xmlNode *target;

  if (g_strcmp0 (signatures, "section") != 0)
    return TRUE;
  if (section == NULL)
    return fail_at (loader, node, CONCORD_ERROR_REFERENCE,
                    _("the signatures are to print in a section, but no section is named"));
  target = g_hash_table_lookup (loader->ids, section);
  if (target == NULL || !is (target, "section"))
    return fail_at (loader, node, CONCORD_ERROR_REFERENCE,
                    _("the signatures are to print in the section “%s”, which is not a section of this memorandum"),
                    section);

  return TRUE;
}

/* A term reference's form must be the term's name or one of its forms. */
static gboolean
check_term_form (Loader  *loader,
                 xmlNode *node,
                 xmlNode *term)
{
  g_autofree char *form = prop (node, "form");

  if (form == NULL)
    return TRUE;
  for (xmlNode *child = term->children; child != NULL; child = child->next)
    if (is (child, "name") || is (child, "form"))
      {
        g_autofree char *text = text_of (child);

        if (g_strcmp0 (text, form) == 0)
          return TRUE;
      }

  return fail_at (loader, node, CONCORD_ERROR_REFERENCE,
                  _("a term reference asks for the form “%s”, which is not a form of that term"), form);
}

/* A signature names its party, or, for a signatory who is not a party,
 * an office or a person; a second party needs a first, and differs. */
static gboolean
check_signature (Loader  *loader,
                 xmlNode *node)
{
  g_autofree char *party = prop (node, "party");
  g_autofree char *also = prop (node, "also-for");
  gboolean named = FALSE;

  if (!check_party_id (loader, node, _("a signature"), party) ||
      !check_party_id (loader, node, _("a signature"), also))
    return FALSE;
  if (also != NULL && (party == NULL || g_str_equal (party, also)))
    return fail_at (loader, node, CONCORD_ERROR_REFERENCE,
                    _("a signature signs also for a second party only after a first, different one"));
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    named |= (is (child, "person") || is (child, "title")) &&
             (child->children != NULL || xmlHasProp (child, (const xmlChar *) "placeholder") != NULL);
  if (party == NULL && !named)
    return fail_at (loader, node, CONCORD_ERROR_REFERENCE,
                    _("a signature that names no party must name the signatory’s office or name"));

  return TRUE;
}

static gboolean
check_inline_ref (Loader  *loader,
                  xmlNode *node)
{
  g_autofree char *ref = prop (node, "ref");
  xmlNode *target;

  if (is (node, "party-ref"))
    return check_party_id (loader, node, _("a party reference"), ref);

  if (is (node, "term-ref"))
    {
      target = ref != NULL ? g_hash_table_lookup (loader->ids, ref) : NULL;
      if (target == NULL || !is (target, "term"))
        return fail_at (loader, node, CONCORD_ERROR_REFERENCE,
                        _("a term reference names “%s”, which is not a defined term"), ref);
      return check_term_form (loader, node, target);
    }

  /* A clause reference to a missing clause is left to lint: it is a
   * drafting gap that the user can fix in the editor, not a broken file. */
  return TRUE;
}

static gboolean
check_clause (Loader  *loader,
              xmlNode *node)
{
  g_autofree char *owner = prop (node, "owner");
  g_autofree char *accountable = prop (node, "accountable");
  g_autofree char *to = prop (node, "to");
  g_autofree char *to_body = prop (node, "to-body");

  if (!check_party_id (loader, node, "owner", owner) ||
      !check_party_id (loader, node, "accountable", accountable) ||
      !check_party_id (loader, node, "to", to) ||
      !check_party_list (loader, node, "side-a") ||
      !check_party_list (loader, node, "side-b"))
    return FALSE;

  if (accountable != NULL && to == NULL && to_body == NULL)
    return fail_at (loader, node, CONCORD_ERROR_REFERENCE,
                    _("the accountability clause says who is accountable but not to whom"));

  return TRUE;
}

static gboolean
check_references (Loader  *loader,
                  xmlNode *root)
{
  xmlNode *node = root;
  xmlNode *previous_block = NULL;

  /* Walk the whole tree once, without recursion. */
  while (node != NULL && loader->error == NULL)
    {
      if (node->type == XML_ELEMENT_NODE)
        {
          if (is (node, "clause"))
            check_clause (loader, node);
          else if (is (node, "party-ref") || is (node, "term-ref"))
            check_inline_ref (loader, node);
          else if (is (node, "signature"))
            check_signature (loader, node);
          else if (is (node, "print"))
            check_print (loader, node);
          else if (is (node, "item"))
            {
              g_autofree char *level = prop (node, "level");

              if (g_strcmp0 (level, "2") == 0 && (previous_block == NULL || !is (previous_block, "item")))
                fail_at (loader, node, CONCORD_ERROR_SCHEMA,
                         _("a second-level item must follow an item"));
            }

          if (is (node, "p") || is (node, "item"))
            {
              g_autofree char *id = prop (node, "id");

              register_id (loader, node, id, NULL);
            }

          if (is (node, "p") || is (node, "item"))
            previous_block = node;
          else if (!is (node, "party-ref") && !is (node, "term-ref") &&
                   !is (node, "clause-ref") && !is (node, "placeholder"))
            previous_block = NULL;
        }

      if (node->type == XML_ELEMENT_NODE && node->children != NULL)
        {
          node = node->children;
          continue;
        }
      while (node != NULL && node != root && node->next == NULL)
        node = node->parent;
      if (node == NULL || node == root)
        break;
      node = node->next;
    }

  return loader->error == NULL;
}

/* The schema first (with its tables that is quicker than starting a
 * thread to check it beside the model), then the model from a valid tree. */
static void
validate_and_build (Loader  *loader,
                    xmlDoc  *doc,
                    xmlNode *root)
{
  if (!validate (loader, doc))
    return;
  read_memorandum (loader, root);
  if (loader->error == NULL)
    check_references (loader, root);
}

/* A memorandum is UTF-8 (docs/FORMAT.md). libxml2 would read UTF-16 or
 * another declared encoding too, but a file that Concord then saves in
 * UTF-8 is not the file that was sent, so it is refused by name. */
static gboolean
check_encoding (Loader *loader)
{
  const guchar *p = (const guchar *) loader->data;
  gsize n = loader->length;
  const char *found = NULL;

  if (n >= 4 && ((p[0] == 0xff && p[1] == 0xfe && p[2] == 0 && p[3] == 0) ||
                 (p[0] == 0 && p[1] == 0 && p[2] == 0xfe && p[3] == 0xff) ||
                 (p[0] == '<' && p[1] == 0 && p[2] == 0 && p[3] == 0) ||
                 (p[0] == 0 && p[1] == 0 && p[2] == 0 && p[3] == '<')))
    found = "UTF-32";
  else if (n >= 2 && ((p[0] == 0xff && p[1] == 0xfe) || (p[0] == 0xfe && p[1] == 0xff) ||
                      (p[0] == '<' && p[1] == 0) || (p[0] == 0 && p[1] == '<')))
    found = "UTF-16";

  if (found == NULL)
    return TRUE;

  return fail_at (loader, NULL, CONCORD_ERROR_PARSE,
                  _("the file is in %s; a memorandum must be UTF-8 (convert it, for example "
                    "with “iconv -t UTF-8”)"), found);
}

static gboolean
check_declared_encoding (Loader *loader,
                         xmlDoc *doc)
{
  const char *encoding = (const char *) doc->encoding;

  if (encoding == NULL || g_ascii_strcasecmp (encoding, "UTF-8") == 0)
    return TRUE;

  return fail_at (loader, NULL, CONCORD_ERROR_PARSE,
                  _("the file declares the encoding “%s”; a memorandum must be UTF-8"), encoding);
}

/* A command that loads a file and then exits need not take the parsed
 * tree apart node by node (a twentieth of a small `validate`): the last one
 * is kept, still reachable, until the process ends. */
static gboolean keep_last_tree;
static xmlDoc *kept_tree;

void
_concord_xml_keep_last_tree (void)
{
  keep_last_tree = TRUE;
}

static ConcordMemorandum *
load_from_data (const char  *data,
                gsize        length,
                const char  *display_name,
                GError     **error)
{
  Loader loader = { display_name ? display_name : "<memory>", data, length, NULL, NULL, NULL };
  xmlDoc *doc = NULL;
  xmlNode *root;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length == 0)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_PARSE, "%s:1:1: %s", loader.name,
                   _("the file is empty"));
      return NULL;
    }
  if (length > CONCORD_MAX_FILE_SIZE)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_LIMIT, "%s:1:1: %s", loader.name,
                   _("the file is larger than the limit of 16 MiB"));
      return NULL;
    }
  if (length > G_MAXINT)
    return NULL;

  if (!check_encoding (&loader))
    doc = NULL;
  else
    doc = parse (&loader);
  if (doc != NULL)
    {
      root = xmlDocGetRootElement (doc);
      loader.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      if (check_declared_encoding (&loader, doc) && check_root (&loader, root) &&
          check_limits (&loader, root))
        validate_and_build (&loader, doc, root);
      g_hash_table_unref (loader.ids);
      if (keep_last_tree)
        {
          g_clear_pointer (&kept_tree, xmlFreeDoc);
          kept_tree = doc;
        }
      else
        xmlFreeDoc (doc);
    }

  if (loader.error != NULL)
    {
      g_clear_object (&loader.memorandum);
      g_propagate_error (error, loader.error);
      return NULL;
    }

  return loader.memorandum;
}

ConcordMemorandum *
concord_memorandum_load_from_data (const char  *data,
                                   gsize        length,
                                   const char  *display_name,
                                   GError     **error)
{
  return load_from_data (data, length, display_name, error);
}

/**
 * concord_xml_locate_element:
 * @data: a memorandum's file, which loads
 * @length: its length
 * @element: an element name of the format
 * @index: which of the @element elements, in document order, from 0
 * @line: (out): its line
 * @column: (out): its column
 *
 * Finds where an object of a loaded memorandum stands in its file, for a
 * message about it: the model keeps no positions, but each list of the
 * model is in the order of its elements in the file.
 */
gboolean
concord_xml_locate_element (const char *data,
                            gsize       length,
                            const char *element,
                            guint       index,
                            int        *line,
                            int        *column)
{
  Loader loader = { "<memory>", data, length, NULL, NULL, NULL };
  xmlDoc *doc;
  xmlNode *node;
  gboolean found = FALSE;

  g_return_val_if_fail (data != NULL && element != NULL, FALSE);

  if (length == 0 || length > CONCORD_MAX_FILE_SIZE || !check_encoding (&loader))
    {
      g_clear_error (&loader.error);
      return FALSE;
    }
  doc = parse (&loader);
  g_clear_error (&loader.error);
  if (doc == NULL)
    return FALSE;

  /* Document order, without recursion: the depth is bounded by the
   * parser, but the walk need not rely on it. */
  node = xmlDocGetRootElement (doc);
  while (node != NULL && !found)
    {
      if (node->type == XML_ELEMENT_NODE && g_str_equal ((const char *) node->name, element) &&
          index-- == 0)
        {
          long l, c;

          node_position (&loader, node, &l, &c);
          *line = (int) l;
          *column = (int) c;
          found = TRUE;
        }
      else if (node->type == XML_ELEMENT_NODE && node->children != NULL)
        node = node->children;
      else
        {
          while (node != NULL && node->next == NULL)
            node = node->parent;
          if (node != NULL)
            node = node->next;
        }
    }

  xmlFreeDoc (doc);
  return found;
}

/* Reads a whole file after checking that it is a file of a sane size, so
 * that a 40 GiB file or a FIFO is refused rather than read. */
GBytes *
concord_read_file (const char  *path,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *contents = NULL;
  GStatBuf st;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO, _("%s: cannot open: %s"),
                   path, g_strerror (saved_errno));
      return NULL;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO, _("%s: is a folder, not a file"), path);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO, _("%s: is not a regular file"), path);
      return NULL;
    }
  if (st.st_size > CONCORD_MAX_FILE_SIZE)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_LIMIT, "%s:1:1: %s", path,
                   _("the file is larger than the limit of 16 MiB"));
      return NULL;
    }

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO, _("%s: cannot read: %s"),
                   path, local_error->message);
      return NULL;
    }

  return g_bytes_new_take (contents, length);
}

ConcordMemorandum *
concord_memorandum_load_from_file (const char  *path,
                                   GError     **error)
{
  g_autoptr(GBytes) bytes = concord_read_file (path, error);

  if (bytes == NULL)
    return NULL;

  return load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), path, error);
}
