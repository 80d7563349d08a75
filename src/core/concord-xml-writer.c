/* concord-xml-writer.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-xml-writer"

#include "config.h"

#include "concord-annex.h"
#include "concord-clause.h"
#include "concord-conflict.h"
#include "concord-control-entry.h"
#include "concord-dismissal.h"
#include "concord-enums.h"
#include "concord-memorandum.h"
#include "concord-party.h"
#include "concord-section.h"
#include "concord-signature.h"
#include "concord-term.h"
#include "concord-text.h"
#include "concord-wording.h"
#include "concord-xml.h"
#include "concord-xml-private.h"

/* The canonical form is described in docs/FORMAT.md. It is written by hand
 * rather than through a serializer so that every byte is ours to fix: the
 * same document always gives the same bytes. */

static void
escape (GString    *out,
        const char *text,
        gboolean    attribute)
{
  const char *start = text;

  for (const char *p = text; *p != '\0'; p++)
    {
      const char *rep = NULL;

      switch (*p)
        {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '\r': rep = "&#13;"; break;
        case '"': rep = attribute ? "&quot;" : NULL; break;
        case '\t': rep = attribute ? "&#9;" : NULL; break;
        case '\n': rep = attribute ? "&#10;" : NULL; break;
        default: break;
        }

      if (rep != NULL)
        {
          g_string_append_len (out, start, p - start);
          g_string_append (out, rep);
          start = p + 1;
        }
    }

  g_string_append (out, start);
}

static void
indent (GString *out,
        guint    depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static void
attr (GString    *out,
      const char *name,
      const char *value)
{
  if (value == NULL)
    return;

  g_string_append_printf (out, " %s=\"", name);
  escape (out, value, TRUE);
  g_string_append_c (out, '"');
}

static void
attr_strv (GString             *out,
           const char          *name,
           const char * const  *values)
{
  g_autofree char *joined = NULL;

  if (values == NULL || values[0] == NULL)
    return;

  joined = g_strjoinv (" ", (char **) values);
  attr (out, name, joined);
}

static void
text_element (GString    *out,
              guint       depth,
              const char *name,
              const char *text)
{
  if (text == NULL)
    return;

  indent (out, depth);
  g_string_append_printf (out, "<%s>", name);
  escape (out, text, FALSE);
  g_string_append_printf (out, "</%s>\n", name);
}

/* A field is written when it has text, or when it is still unfilled but
 * carries a prompt; `always` forces an empty element for required fields. */
static void
field_element (GString    *out,
               guint       depth,
               const char *name,
               const char *text,
               const char *prompt,
               gboolean    always)
{
  if (text == NULL && prompt == NULL && !always)
    return;

  indent (out, depth);
  g_string_append_printf (out, "<%s", name);
  attr (out, "placeholder", prompt);
  if (text == NULL)
    {
      g_string_append (out, "/>\n");
      return;
    }

  g_string_append_c (out, '>');
  escape (out, text, FALSE);
  g_string_append_printf (out, "</%s>\n", name);
}

void
_concord_xml_write_runs (GString            *out,
                         const ConcordBlock *block)
{
  guint n = concord_block_get_n_runs (block);

  for (guint i = 0; i < n; i++)
    {
      const ConcordRun *run = concord_block_get_run (block, i);

      switch (run->kind)
        {
        case CONCORD_RUN_TEXT:
          escape (out, run->text, FALSE);
          break;
        case CONCORD_RUN_PARTY:
          g_string_append (out, "<party-ref");
          attr (out, "ref", run->text);
          if (run->full_form)
            attr (out, "form", "full");
          g_string_append (out, "/>");
          break;
        case CONCORD_RUN_TERM:
          g_string_append (out, "<term-ref");
          attr (out, "ref", run->text);
          attr (out, "form", run->form);
          g_string_append (out, "/>");
          break;
        case CONCORD_RUN_CLAUSE:
          g_string_append (out, "<clause-ref");
          attr (out, "ref", run->text);
          if (run->full_form)
            attr (out, "form", "full");
          g_string_append (out, "/>");
          break;
        case CONCORD_RUN_PLACEHOLDER:
          g_string_append (out, "<placeholder>");
          escape (out, run->text, FALSE);
          g_string_append (out, "</placeholder>");
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static void
write_inline_element (GString            *out,
                      guint               depth,
                      const char         *name,
                      const char         *attributes,
                      const ConcordBlock *block)
{
  indent (out, depth);
  g_string_append_printf (out, "<%s%s", name, attributes);
  if (concord_block_is_empty (block))
    {
      g_string_append (out, "/>\n");
      return;
    }

  g_string_append_c (out, '>');
  _concord_xml_write_runs (out, block);
  g_string_append_printf (out, "</%s>\n", name);
}

static void
write_blocks_with_ids (GString   *out,
                       guint      depth,
                       GPtrArray *blocks,
                       gboolean   with_ids)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (blocks, i);
      g_autoptr(GString) attributes = g_string_new (NULL);

      if (with_ids)
        attr (attributes, "id", concord_block_get_id (block));
      if (concord_block_get_kind (block) == CONCORD_BLOCK_TABLE)
        _concord_xml_write_table (out, depth, block);
      else if (concord_block_get_kind (block) == CONCORD_BLOCK_PARAGRAPH)
        write_inline_element (out, depth, "p", attributes->str, block);
      else if (concord_block_get_kind (block) == CONCORD_BLOCK_HEADING)
        write_inline_element (out, depth, "subheading", "", block);
      else
        {
          if (concord_block_get_level (block) == 2)
            g_string_append (attributes, " level=\"2\"");
          write_inline_element (out, depth, "item", attributes->str, block);
        }
    }
}

static void
write_blocks (GString   *out,
              guint      depth,
              GPtrArray *blocks)
{
  write_blocks_with_ids (out, depth, blocks, TRUE);
}

/* The other language's text of a field: <translated-heading> and the
 * like. Its blocks carry no ids: references point at the first
 * language's paragraph, which stands for both. */
static void
write_translated (GString    *out,
                  guint       depth,
                  gpointer    object,
                  const char *name)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), name);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (object, name, &value);
  if (pspec->value_type == G_TYPE_STRING)
    text_element (out, depth, name, g_value_get_string (&value));
  else if (g_value_get_boxed (&value) != NULL && ((GPtrArray *) g_value_get_boxed (&value))->len > 0)
    {
      GPtrArray *blocks = g_value_get_boxed (&value);

      if (g_str_equal (name, "translated-meaning"))
        {
          write_inline_element (out, depth, name, "", g_ptr_array_index (blocks, 0));
          return;
        }
      indent (out, depth);
      g_string_append_printf (out, "<%s>\n", name);
      write_blocks_with_ids (out, depth + 1, blocks, FALSE);
      indent (out, depth);
      g_string_append_printf (out, "</%s>\n", name);
    }
}

/* The numbering that fits an existing document; defaults are not written. */
static void
write_numbering_attributes (GString           *out,
                            ConcordMemorandum *self)
{
  if (concord_memorandum_get_number_format (self) != CONCORD_NUMBER_FORMAT_PLAIN)
    attr (out, "number-format",
          concord_enum_nick (CONCORD_TYPE_NUMBER_FORMAT, concord_memorandum_get_number_format (self)));
  if (concord_memorandum_get_numbered_headings (self))
    attr (out, "numbered-headings", "true");
  if (concord_memorandum_get_annex_numbering (self) != CONCORD_ANNEX_NUMBERING_NONE)
    attr (out, "annex-numbering",
          concord_enum_nick (CONCORD_TYPE_ANNEX_NUMBERING, concord_memorandum_get_annex_numbering (self)));
  if (concord_memorandum_get_clause_word (self) != CONCORD_CLAUSE_WORD_AUTO)
    attr (out, "clause-word",
          concord_enum_nick (CONCORD_TYPE_CLAUSE_WORD, concord_memorandum_get_clause_word (self)));
}

static void
write_base64 (GString    *out,
              guint       depth,
              const char *name,
              GBytes     *bytes)
{
  g_autofree char *b64 = NULL;
  gsize len;
  const guchar *data;

  if (bytes == NULL)
    return;
  data = g_bytes_get_data (bytes, &len);
  b64 = g_base64_encode (data, len);
  text_element (out, depth, name, b64);
}

static void
write_party (GString      *out,
             ConcordParty *party)
{
  indent (out, 2);
  g_string_append (out, "<party");
  attr (out, "id", concord_party_get_id (party));
  attr (out, "kind", concord_enum_nick (CONCORD_TYPE_PARTY_KIND, concord_party_get_kind (party)));
  attr (out, "colour", concord_party_get_colour (party));
  if (concord_party_get_office_holder (party))
    attr (out, "office-holder", "true");
  g_string_append (out, ">\n");
  field_element (out, 3, "name", concord_party_get_name (party),
                 concord_party_get_placeholder (party, "name"), TRUE);
  write_translated (out, 3, party, "translated-name");
  field_element (out, 3, "organisation", concord_party_get_organisation (party),
                 concord_party_get_placeholder (party, "organisation"), FALSE);
  field_element (out, 3, "short-name", concord_party_get_short_name (party),
                 concord_party_get_placeholder (party, "short-name"), FALSE);
  write_translated (out, 3, party, "translated-short-name");
  field_element (out, 3, "description", concord_party_get_description (party),
                 concord_party_get_placeholder (party, "description"), FALSE);
  field_element (out, 3, "signatory-person", concord_party_get_signatory_person (party),
                 concord_party_get_placeholder (party, "signatory-person"), FALSE);
  field_element (out, 3, "signatory-title", concord_party_get_signatory_title (party),
                 concord_party_get_placeholder (party, "signatory-title"), FALSE);
  write_base64 (out, 3, "logo", concord_party_get_logo (party));
  indent (out, 2);
  g_string_append (out, "</party>\n");
}

static void
write_term (GString     *out,
            ConcordTerm *term)
{
  GPtrArray *meaning = concord_term_get_meaning (term);

  indent (out, 2);
  g_string_append (out, "<term");
  attr (out, "id", concord_term_get_id (term));
  if (concord_term_get_inline (term))
    attr (out, "inline", "true");
  g_string_append (out, ">\n");
  text_element (out, 3, "name", concord_term_get_name (term) ? concord_term_get_name (term) : "");
  for (const char * const *form = concord_term_get_forms (term); form != NULL && *form != NULL; form++)
    text_element (out, 3, "form", *form);
  if (meaning->len > 0)
    write_inline_element (out, 3, "meaning", "", g_ptr_array_index (meaning, 0));
  else
    {
      indent (out, 3);
      g_string_append (out, "<meaning/>\n");
    }
  write_translated (out, 3, term, "translated-name");
  write_translated (out, 3, term, "translated-meaning");
  indent (out, 2);
  g_string_append (out, "</term>\n");
}

static void
write_mechanisms (GString          *out,
                  ConcordMechanism  mechanisms)
{
  g_autofree char *list = NULL;

  if (mechanisms == 0)
    return;

  list = concord_flags_nicks (CONCORD_TYPE_MECHANISM, mechanisms, " ");
  attr (out, "mechanisms", list);
}

static void
write_comments (GString         *out,
                ConcordComments *comments)
{
  for (guint i = 0; i < concord_comments_get_n_threads (comments); i++)
    {
      const ConcordCommentThread *thread = concord_comments_get_thread (comments, i);

      indent (out, 3);
      g_string_append (out, "<comment");
      attr (out, "id", thread->id);
      if (thread->resolved)
        attr (out, "resolved", "true");
      g_string_append (out, ">\n");
      for (guint j = 0; j < thread->messages->len; j++)
        {
          const ConcordCommentMessage *message = g_ptr_array_index (thread->messages, j);

          indent (out, 4);
          g_string_append (out, "<message");
          attr (out, "author", message->author);
          attr (out, "date", message->date);
          g_string_append_c (out, '>');
          escape (out, message->text, FALSE);
          g_string_append (out, "</message>\n");
        }
      indent (out, 3);
      g_string_append (out, "</comment>\n");
    }
}

static void
write_clause (GString       *out,
              ConcordClause *clause)
{
  ConcordClauseKind kind = concord_clause_get_kind (clause);
  GPtrArray *body = concord_clause_get_body (clause);
  const char * const *notes = concord_clause_get_notes (clause);
  const char *heading = concord_clause_get_heading (clause);

  indent (out, 2);
  g_string_append (out, "<clause");
  attr (out, "id", concord_clause_get_id (clause));
  attr (out, "kind", concord_enum_nick (CONCORD_TYPE_CLAUSE_KIND, kind));
  attr (out, "status", concord_enum_nick (CONCORD_TYPE_CLAUSE_STATUS, concord_clause_get_status (clause)));
  if (!concord_clause_get_numbered (clause))
    attr (out, "numbered", "false");
  attr (out, "number", concord_clause_get_number (clause));

  /* Only the fields of the clause's own kind are written: a kind change in
   * the editor must not leave stale facts behind in the file. */
  if (kind == CONCORD_CLAUSE_KIND_ROLE)
    attr (out, "owner", concord_clause_get_owner (clause));
  else if (kind == CONCORD_CLAUSE_KIND_BOUNDARY)
    {
      attr_strv (out, "side-a", concord_clause_get_side_a (clause));
      attr_strv (out, "side-b", concord_clause_get_side_b (clause));
    }
  else if (kind == CONCORD_CLAUSE_KIND_ACCOUNTABILITY)
    {
      attr (out, "accountable", concord_clause_get_accountable (clause));
      if (concord_clause_get_to (clause) != NULL)
        attr (out, "to", concord_clause_get_to (clause));
      else
        attr (out, "to-body", concord_clause_get_to_body (clause));
      write_mechanisms (out, concord_clause_get_mechanisms (clause));
    }
  attr_strv (out, "areas", concord_clause_get_areas (clause));
  attr (out, "translation-checked", concord_clause_get_translation_checked (clause));
  attr (out, "library", concord_clause_get_library (clause));

  if (heading == NULL && body->len == 0 && notes == NULL && concord_clause_get_comments (clause) == NULL &&
      concord_clause_get_translated_heading (clause) == NULL &&
      concord_clause_get_translated_body (clause)->len == 0)
    {
      g_string_append (out, "/>\n");
      return;
    }

  g_string_append (out, ">\n");
  text_element (out, 3, "heading", heading);
  write_translated (out, 3, clause, "translated-heading");
  write_blocks (out, 3, body);
  write_translated (out, 3, clause, "translated-body");
  for (guint i = 0; notes != NULL && notes[i] != NULL; i++)
    text_element (out, 3, "note", notes[i]);
  write_comments (out, concord_clause_get_comments (clause));
  indent (out, 2);
  g_string_append (out, "</clause>\n");
}

static void
write_section (GString        *out,
               ConcordSection *section)
{
  guint n = concord_section_get_n_clauses (section);

  indent (out, 1);
  g_string_append (out, "<section");
  attr (out, "id", concord_section_get_id (section));
  attr (out, "kind", concord_enum_nick (CONCORD_TYPE_SECTION_KIND, concord_section_get_kind (section)));
  attr (out, "library", concord_section_get_library (section));
  g_string_append (out, ">\n");
  text_element (out, 2, "heading",
                concord_section_get_heading (section) ? concord_section_get_heading (section) : "");
  write_translated (out, 2, section, "translated-heading");
  for (guint i = 0; i < n; i++)
    write_clause (out, concord_section_get_clause (section, i));
  indent (out, 1);
  g_string_append (out, "</section>\n");
}

static void
write_annex (GString      *out,
             ConcordAnnex *annex)
{
  indent (out, 1);
  g_string_append (out, "<annex");
  attr (out, "id", concord_annex_get_id (annex));
  g_string_append (out, ">\n");
  text_element (out, 2, "heading",
                concord_annex_get_heading (annex) ? concord_annex_get_heading (annex) : "");
  write_translated (out, 2, annex, "translated-heading");
  write_blocks (out, 2, concord_annex_get_body (annex));
  write_translated (out, 2, annex, "translated-body");
  indent (out, 1);
  g_string_append (out, "</annex>\n");
}

static gboolean
signature_has_fields (ConcordSignature *sig)
{
  static const char *fields[] = { "person", "title", "second-title", "date", "place" };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (sig, fields[i], &value, NULL);
      if (value != NULL || concord_signature_get_placeholder (sig, fields[i]) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
write_signature (GString          *out,
                 ConcordSignature *sig)
{
  GBytes *image = concord_signature_get_image (sig);

  indent (out, 2);
  g_string_append (out, "<signature");
  attr (out, "party", concord_signature_get_party (sig));
  attr (out, "also-for", concord_signature_get_also_for (sig));
  if (image == NULL && !signature_has_fields (sig))
    {
      g_string_append (out, "/>\n");
      return;
    }
  g_string_append (out, ">\n");
  field_element (out, 3, "person", concord_signature_get_person (sig),
                 concord_signature_get_placeholder (sig, "person"), FALSE);
  field_element (out, 3, "title", concord_signature_get_title (sig),
                 concord_signature_get_placeholder (sig, "title"), FALSE);
  /* The second office is a second <title>; it needs the first before it. */
  if (concord_signature_get_second_title (sig) != NULL ||
      concord_signature_get_placeholder (sig, "second-title") != NULL)
    {
      if (concord_signature_get_title (sig) == NULL && concord_signature_get_placeholder (sig, "title") == NULL)
        field_element (out, 3, "title", NULL, NULL, TRUE);
      field_element (out, 3, "title", concord_signature_get_second_title (sig),
                     concord_signature_get_placeholder (sig, "second-title"), FALSE);
    }
  field_element (out, 3, "date", concord_signature_get_date (sig),
                 concord_signature_get_placeholder (sig, "date"), FALSE);
  field_element (out, 3, "place", concord_signature_get_place (sig),
                 concord_signature_get_placeholder (sig, "place"), FALSE);
  if (image != NULL)
    {
      gsize len;
      const guchar *data = g_bytes_get_data (image, &len);
      g_autofree char *b64 = g_base64_encode (data, len);

      text_element (out, 3, "image", b64);
    }
  indent (out, 2);
  g_string_append (out, "</signature>\n");
}

static void
write_control_entry (GString             *out,
                     ConcordControlEntry *entry)
{
  const char *summary = concord_control_entry_get_summary (entry);

  indent (out, 2);
  g_string_append (out, "<entry");
  attr (out, "version", concord_control_entry_get_version (entry));
  attr (out, "date", concord_control_entry_get_date (entry));
  attr (out, "author", concord_control_entry_get_author (entry));
  if (summary == NULL)
    {
      g_string_append (out, "/>\n");
      return;
    }
  g_string_append_c (out, '>');
  escape (out, summary, FALSE);
  g_string_append (out, "</entry>\n");
}

/* One side of a conflict: its value in the form the field has elsewhere in
 * the file (blocks as blocks, a list as one value each, bytes in base64),
 * or removed. */
static void
write_alternative (GString         *out,
                   ConcordConflict *conflict,
                   int              side)
{
  const char *name = side == CONCORD_CONFLICT_OURS ? "ours" : "theirs";
  const GValue *value = concord_conflict_get_value (conflict, side);
  GType type = value != NULL ? G_VALUE_TYPE (value) : G_TYPE_NONE;
  g_autoptr(GString) inner = g_string_new (NULL);

  if (type == G_TYPE_STRING)
    text_element (inner, 4, "value", g_value_get_string (value));
  else if (type == G_TYPE_BOOLEAN)
    text_element (inner, 4, "value", g_value_get_boolean (value) ? "true" : "false");
  else if (G_TYPE_IS_ENUM (type))
    text_element (inner, 4, "value", concord_enum_nick (type, g_value_get_enum (value)));
  else if (G_TYPE_IS_FLAGS (type))
    {
      g_autofree char *nicks = concord_flags_nicks (type, g_value_get_flags (value), " ");

      text_element (inner, 4, "value", nicks);
    }
  else if (type == G_TYPE_STRV)
    {
      const char * const *strv = g_value_get_boxed (value);

      for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
        text_element (inner, 4, "value", strv[i]);
    }
  else if (type == G_TYPE_PTR_ARRAY && g_value_get_boxed (value) != NULL)
    write_blocks (inner, 4, g_value_get_boxed (value));
  else if (type == G_TYPE_BYTES)
    write_base64 (inner, 4, "value", g_value_get_boxed (value));

  indent (out, 3);
  g_string_append_printf (out, "<%s", name);
  if (concord_conflict_get_removed (conflict, side))
    attr (out, "removed", "true");
  if (inner->len == 0)
    {
      g_string_append (out, "/>\n");
      return;
    }
  g_string_append (out, ">\n");
  g_string_append_len (out, inner->str, inner->len);
  indent (out, 3);
  g_string_append_printf (out, "</%s>\n", name);
}

static void
write_conflict (GString         *out,
                ConcordConflict *conflict)
{
  indent (out, 2);
  g_string_append (out, "<conflict");
  attr (out, "object", concord_conflict_get_object (conflict));
  attr (out, "ref", concord_conflict_get_ref (conflict));
  attr (out, "field", concord_conflict_get_field (conflict));
  g_string_append (out, ">\n");
  write_alternative (out, conflict, CONCORD_CONFLICT_OURS);
  write_alternative (out, conflict, CONCORD_CONFLICT_THEIRS);
  indent (out, 2);
  g_string_append (out, "</conflict>\n");
}

static void
write_dismissal (GString          *out,
                 ConcordDismissal *dismissal)
{
  const char *reason = concord_dismissal_get_reason (dismissal);

  indent (out, 2);
  g_string_append (out, "<dismiss");
  attr (out, "code", concord_dismissal_get_code (dismissal));
  attr (out, "target", concord_dismissal_get_target (dismissal));
  if (reason == NULL || *reason == '\0')
    {
      g_string_append (out, "/>\n");
      return;
    }
  g_string_append_c (out, '>');
  escape (out, reason, FALSE);
  g_string_append (out, "</dismiss>\n");
}

typedef void (*WriteItemFunc) (GString *out, gpointer item);

static void
write_list (GString    *out,
            guint       depth,
            const char *name,
            GListModel *model,
            gpointer    write_item,
            gboolean    always)
{
  guint n = g_list_model_get_n_items (model);

  if (n == 0)
    {
      if (always)
        {
          indent (out, depth);
          g_string_append_printf (out, "<%s/>\n", name);
        }
      return;
    }

  if (name != NULL)
    {
      indent (out, depth);
      g_string_append_printf (out, "<%s>\n", name);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      ((WriteItemFunc) write_item) (out, item);
    }
  if (name != NULL)
    {
      indent (out, depth);
      g_string_append_printf (out, "</%s>\n", name);
    }
}

static void
write_root_start (GString           *out,
                  ConcordMemorandum *self)
{
  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<memorandum");
  attr (out, "xmlns", CONCORD_XML_NAMESPACE);
  g_string_append_printf (out, " format-version=\"%d\"", CONCORD_FORMAT_VERSION);
  attr (out, "id", concord_memorandum_get_id (self));
  attr (out, "status", concord_enum_nick (CONCORD_TYPE_STATUS, concord_memorandum_get_status (self)));
  attr (out, "language", concord_memorandum_get_language (self));
  if (concord_memorandum_get_numbering (self) != CONCORD_NUMBERING_HIERARCHICAL)
    attr (out, "numbering", concord_enum_nick (CONCORD_TYPE_NUMBERING_STYLE, concord_memorandum_get_numbering (self)));
  if (concord_memorandum_get_item_style (self) != CONCORD_ITEM_STYLE_DECIMAL)
    attr (out, "item-style", concord_enum_nick (CONCORD_TYPE_ITEM_STYLE, concord_memorandum_get_item_style (self)));
  if (concord_memorandum_get_annex_style (self) != CONCORD_ANNEX_STYLE_LETTER)
    attr (out, "annex-style", concord_enum_nick (CONCORD_TYPE_ANNEX_STYLE, concord_memorandum_get_annex_style (self)));
  write_numbering_attributes (out, self);
  attr (out, "translation", concord_memorandum_get_translation_language (self));
  if (concord_memorandum_get_bilingual_layout (self) != CONCORD_BILINGUAL_LAYOUT_COLUMNS)
    attr (out, "bilingual-layout",
          concord_enum_nick (CONCORD_TYPE_BILINGUAL_LAYOUT, concord_memorandum_get_bilingual_layout (self)));
  g_string_append (out, ">\n");
}

static void
write_related (GString           *out,
               ConcordMemorandum *self)
{
  const char * const *related = concord_memorandum_get_related (self);

  for (guint i = 0; related != NULL && related[i] != NULL; i++)
    {
      const char *relation, *reference;

      if (!concord_related_parse (related[i], &relation, &reference))
        continue;
      indent (out, 1);
      g_string_append (out, "<related");
      attr (out, "reference", reference);
      if (!g_str_equal (relation, "see-also"))
        attr (out, "relation", relation);
      g_string_append (out, "/>\n");
    }
}

static void
write_details (GString           *out,
               ConcordMemorandum *self)
{
  field_element (out, 1, "title", concord_memorandum_get_title (self),
                 concord_memorandum_get_placeholder (self, "title"), TRUE);
  write_translated (out, 1, self, "translated-title");
  field_element (out, 1, "reference", concord_memorandum_get_reference (self),
                 concord_memorandum_get_placeholder (self, "reference"), FALSE);
  text_element (out, 1, "revision", concord_memorandum_get_revision (self));
  field_element (out, 1, "effective-date", concord_memorandum_get_effective_date (self),
                 concord_memorandum_get_placeholder (self, "effective-date"), FALSE);
  field_element (out, 1, "review-date", concord_memorandum_get_review_date (self),
                 concord_memorandum_get_placeholder (self, "review-date"), FALSE);
  field_element (out, 1, "marking", concord_memorandum_get_marking (self),
                 concord_memorandum_get_placeholder (self, "marking"), FALSE);
  write_related (out, self);
}

static void
print_enum_attr (GString    *out,
                 const char *name,
                 GType       type,
                 int         value)
{
  if (value != 0)
    attr (out, name, concord_enum_nick (type, value));
}

/* <print>: page furniture, written only when something differs from the
 * default look (value 0 of each enum, the parties table on). */
static void
write_print (GString           *out,
             ConcordMemorandum *self)
{
  g_autoptr(GString) attrs = g_string_new (NULL);
  ConcordSignaturePlacement signatures = concord_memorandum_get_print_signatures (self);
  const char *section = concord_memorandum_get_signatures_section (self);

  /* A placement in a section that is gone (or was never named) is saved
   * as the default, so that every saved file loads. */
  if (signatures == CONCORD_SIGNATURE_PLACEMENT_SECTION && concord_memorandum_find_section (self, section) == NULL)
    signatures = CONCORD_SIGNATURE_PLACEMENT_END;

  print_enum_attr (attrs, "details", CONCORD_TYPE_COVER_DETAILS, concord_memorandum_get_print_details (self));
  if (!concord_memorandum_get_print_parties (self))
    attr (attrs, "parties", "none");
  print_enum_attr (attrs, "matrix", CONCORD_TYPE_MATRIX_PLACEMENT, concord_memorandum_get_print_matrix (self));
  print_enum_attr (attrs, "facts", CONCORD_TYPE_PRINT_WHEN, concord_memorandum_get_print_facts (self));
  print_enum_attr (attrs, "status", CONCORD_TYPE_PRINT_WHEN, concord_memorandum_get_print_status (self));
  print_enum_attr (attrs, "signatures", CONCORD_TYPE_SIGNATURE_PLACEMENT, signatures);
  if (signatures == CONCORD_SIGNATURE_PLACEMENT_SECTION)
    attr (attrs, "signatures-section", section);
  print_enum_attr (attrs, "marking", CONCORD_TYPE_MARKING_PLACEMENT, concord_memorandum_get_print_marking (self));
  if (attrs->len == 0)
    return;

  indent (out, 1);
  g_string_append_printf (out, "<print%s/>\n", attrs->str);
}

GBytes *
concord_memorandum_serialize (ConcordMemorandum *self)
{
  g_autoptr(GString) out = NULL;
  GPtrArray *recitals;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  out = g_string_sized_new (4096 + 1500 * concord_memorandum_count_clauses (self));
  write_root_start (out, self);
  write_details (out, self);
  write_print (out, self);
  write_list (out, 1, "parties", concord_memorandum_get_parties (self), write_party, TRUE);
  write_list (out, 1, "definitions", concord_memorandum_get_terms (self), write_term, FALSE);
  recitals = concord_memorandum_get_recitals (self);
  if (recitals->len > 0)
    {
      indent (out, 1);
      g_string_append (out, "<recitals>\n");
      write_blocks (out, 2, recitals);
      indent (out, 1);
      g_string_append (out, "</recitals>\n");
    }
  write_translated (out, 1, self, "translated-recitals");
  write_list (out, 0, NULL, concord_memorandum_get_sections (self), write_section, FALSE);
  write_list (out, 0, NULL, concord_memorandum_get_annexes (self), write_annex, FALSE);
  write_list (out, 1, "signatures", concord_memorandum_get_signatures (self), write_signature, FALSE);
  write_list (out, 1, "document-control", concord_memorandum_get_control_entries (self),
              write_control_entry, FALSE);
  write_list (out, 1, "dismissals", concord_memorandum_get_dismissals (self), write_dismissal, FALSE);
  write_list (out, 1, "conflicts", concord_memorandum_get_conflicts (self), write_conflict, FALSE);
  g_string_append (out, "</memorandum>\n");

  return g_string_free_to_bytes (g_steal_pointer (&out));
}
