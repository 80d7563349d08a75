/* concord-render-build.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "concord-annex.h"
#include "concord-block.h"
#include "concord-clause.h"
#include "concord-conflict.h"
#include "concord-control-entry.h"
#include "concord-enums.h"
#include "concord-matrix.h"
#include "concord-memorandum.h"
#include "concord-numbering.h"
#include "concord-party.h"
#include "concord-render-private.h"
#include "concord-section.h"
#include "concord-signature.h"
#include "concord-table.h"
#include "concord-term.h"
#include "concord-text.h"
#include "concord-wording.h"
#include "concord-words.h"

/* Turns a memorandum into a flow of items (paragraphs, table rows,
 * signature blocks) in reading order. Laying them out and cutting them
 * into pages is concord-render-layout.c's job. */

const Style _concord_styles[N_STYLES] = {
  [STYLE_TITLE] = { CONCORD_SANS " Bold 20", 0, 10, FALSE, FALSE, 0.0 },
  [STYLE_SUBTITLE] = { CONCORD_SANS " 10", 0, 4, FALSE, FALSE, 0.3 },
  [STYLE_HEADING] = { CONCORD_SANS " Bold 13", 16, 6, FALSE, FALSE, 0.0 },
  [STYLE_CLAUSE_HEADING] = { CONCORD_SANS " Bold 10.5", 9, 3, FALSE, FALSE, 0.0 },
  [STYLE_BODY] = { CONCORD_SERIF " 10.5", 0, 4.5, TRUE, TRUE, 0.0 },
  [STYLE_FACTS] = { CONCORD_SANS " Italic 8.5", 0, 3, FALSE, FALSE, 0.35 },
  [STYLE_TABLE] = { CONCORD_SANS " 8.5", 0, 0, FALSE, FALSE, 0.0 },
  [STYLE_TABLE_HEADER] = { CONCORD_SANS " Bold 8.5", 0, 0, FALSE, FALSE, 0.0 },
  [STYLE_CONTENTS] = { CONCORD_SANS " 10", 0, 3, FALSE, FALSE, 0.0 },
  [STYLE_SMALL] = { CONCORD_SANS " 8", 0, 0, FALSE, FALSE, 0.35 },
};

#define LEVEL_INDENT 22.0
/* Between the two columns of a bilingual memorandum. */
#define COLUMN_GAP   18.0
/* The recitals' anchor, after any number of terms. */
#define FRONT_RECITALS (G_MAXUINT / 2)
#define LABEL_GAP     6.0

struct _ConcordFlowBuilder
{
  ConcordDocumentLayout *layout;
  ConcordMemorandum     *memorandum;
  ConcordNumbering      *numbering;
  const char            *language;
  double                 width;
  /* Made once: the contents asks whether there is a schedule, and the
   * schedule prints it. */
  ConcordMatrix         *matrix;
  /* The annex being built, for its sub-headings' destinations. */
  ConcordAnnex          *annex;
  /* A bilingual memorandum's other language: the builder of its text
   * (NULL in that builder itself). */
  ConcordFlowBuilder    *translation;
};

typedef ConcordFlowBuilder Builder;

FlowItem *
_concord_flow_item_new (FlowKind kind,
                        StyleId  style)
{
  FlowItem *item = g_new0 (FlowItem, 1);

  item->kind = kind;
  item->style = style;

  return item;
}


void
_concord_flow_item_free (FlowItem *item)
{
  g_free (item->text);
  g_clear_pointer (&item->attrs, pango_attr_list_unref);
  g_free (item->label);
  g_clear_object (&item->layout);
  g_clear_object (&item->label_layout);
  g_free (item->lines);
  g_clear_pointer (&item->cells, g_ptr_array_unref);
  g_clear_object (&item->signature);
  g_clear_object (&item->party);
  g_clear_pointer (&item->image, cairo_surface_destroy);
  g_clear_pointer (&item->logos, g_ptr_array_unref);
  g_free (item->dest);
  g_free (item->outline);
  g_free (item->link);
  g_free (item);
}

/* Rich text: a string and its Pango attributes, built together so that
 * soft hyphens inserted into words keep every attribute in place. */
typedef struct
{
  GString       *text;
  PangoAttrList *attrs;
  const char    *language;
  gboolean       hyphenate;
  /* Characters since the last break opportunity. */
  guint          run;
} Rich;

static void
rich_init (Rich       *rich,
           const char *language,
           gboolean    hyphenate)
{
  rich->text = g_string_new (NULL);
  rich->attrs = pango_attr_list_new ();
  rich->language = language;
  rich->hyphenate = hyphenate;
  rich->run = 0;
}

static void
rich_append (Rich       *rich,
             const char *text)
{
  if (text == NULL)
    return;

  if (rich->hyphenate)
    {
      g_autoptr(GString) hyphenated = g_string_new (NULL);

      _concord_hyphenate_append (hyphenated, text, rich->language);
      _concord_append_breakable (rich->text, hyphenated->str, &rich->run);
    }
  else
    _concord_append_breakable (rich->text, text, &rich->run);
}

static void
rich_span (Rich           *rich,
           guint           start,
           PangoAttribute *attr)
{
  attr->start_index = start;
  attr->end_index = rich->text->len;
  pango_attr_list_insert (rich->attrs, attr);
}

static void
rich_append_styled (Rich        *rich,
                    const char  *text,
                    PangoStyle   style,
                    PangoWeight  weight)
{
  guint start = rich->text->len;

  rich_append (rich, text);
  if (style != PANGO_STYLE_NORMAL)
    rich_span (rich, start, pango_attr_style_new (style));
  if (weight != PANGO_WEIGHT_NORMAL)
    rich_span (rich, start, pango_attr_weight_new (weight));
}

/* A run of this many characters without a space (a URL, a reference
 * number, a pasted string) cannot be justified or hyphenated decently. */
#define LONG_TOKEN 30

static gboolean
has_long_token (const char *text)
{
  guint run = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      run = g_unichar_isspace (g_utf8_get_char (p)) ? 0 : run + 1;
      if (run >= LONG_TOKEN)
        return TRUE;
    }

  return FALSE;
}

static FlowItem *
add_rich (Builder *b,
          StyleId  style,
          double   indent,
          Rich    *rich)
{
  FlowItem *item = _concord_flow_item_new (FLOW_TEXT, style);

  /* Such a token is broken where it must be, without a hyphen that would
   * change it, and its paragraph is set ragged rather than letter-spaced. */
  item->justify = _concord_styles[style].justify;
  if (has_long_token (rich->text->str))
    {
      PangoAttribute *attr = pango_attr_insert_hyphens_new (FALSE);

      attr->start_index = 0;
      attr->end_index = G_MAXUINT;
      pango_attr_list_insert (rich->attrs, attr);
      item->justify = FALSE;
    }

  item->indent = indent;
  item->width = b->width - indent;
  item->text = g_string_free (rich->text, FALSE);
  item->attrs = rich->attrs;
  g_ptr_array_add (b->layout->items, item);

  return item;
}

static FlowItem *
add_text (Builder    *b,
          StyleId     style,
          double      indent,
          const char *text)
{
  Rich rich;

  rich_init (&rich, b->language, _concord_styles[style].hyphenate);
  rich_append (&rich, text);

  return add_rich (b, style, indent, &rich);
}

static void
add_page_break (Builder *b)
{
  g_ptr_array_add (b->layout->items, _concord_flow_item_new (FLOW_PAGE_BREAK, STYLE_BODY));
}

static FlowItem *
add_heading (Builder    *b,
             StyleId     style,
             const char *text,
             const char *dest,
             guint       outline_level)
{
  FlowItem *item = add_text (b, style, 0, text);

  item->keep_with_next = TRUE;
  item->dest = g_strdup (dest);
  item->outline = outline_level > 0 ? g_strdup (text) : NULL;
  item->outline_level = outline_level;

  return item;
}

static void
rich_append_block (Builder            *b,
                   Rich               *rich,
                   const ConcordBlock *block)
{
  guint n = concord_block_get_n_runs (block);

  for (guint i = 0; i < n; i++)
    {
      const ConcordRun *run = concord_block_get_run (block, i);

      if (run->kind == CONCORD_RUN_TEXT)
        rich_append (rich, run->text);
      else
        {
          /* References are rendered the way the text view renders them,
           * one run at a time, so the wording matches `concord-cli text`. */
          g_autofree char *shown = concord_run_render_after (b->memorandum, b->numbering, run,
                                                             rich->text->str, rich->text->len);

          if (run->kind == CONCORD_RUN_PLACEHOLDER)
            rich_append_styled (rich, shown, PANGO_STYLE_ITALIC, PANGO_WEIGHT_NORMAL);
          else
            rich_append (rich, shown);
        }
    }
}

double
_concord_flow_builder_get_width (ConcordFlowBuilder *b)
{
  return b->width;
}

void
_concord_flow_builder_add (ConcordFlowBuilder *b,
                           FlowItem           *item)
{
  g_ptr_array_add (b->layout->items, item);
}

/* A table cell's text with its references printed, as running text
 * prints them, but not hyphenated: cells are narrow and set ragged. */
char *
_concord_flow_builder_cell_text (ConcordFlowBuilder *b,
                                 const ConcordBlock *cell,
                                 PangoAttrList     **attrs)
{
  Rich rich;

  rich_init (&rich, b->language, FALSE);
  rich_append_block (b, &rich, cell);
  *attrs = rich.attrs;

  return g_string_free (rich.text, FALSE);
}

/* The destination of an annex's sub-heading, for the contents and the
 * PDF's outline. */
static char *
subheading_dest (ConcordAnnex *annex,
                 guint         index)
{
  return g_strdup_printf ("a-%s-%u", concord_annex_get_id (annex), index);
}

static void
add_annex_subheading (Builder            *b,
                      const ConcordBlock *block,
                      guint               index)
{
  g_autofree char *text = concord_block_render (b->memorandum, b->numbering, block);
  g_autofree char *dest = b->annex != NULL ? subheading_dest (b->annex, index) : NULL;

  add_heading (b, STYLE_CLAUSE_HEADING, text, dest, dest != NULL ? 2 : 0);
}

/* A lead-in ("These principles are that:") stays on the page with its
 * first item. */
static gboolean
is_lead_in (GPtrArray  *blocks,
            guint       index,
            const char *text)
{
  const ConcordBlock *next;
  gsize len = strlen (text);

  if (index + 1 >= blocks->len ||
      concord_block_get_kind (g_ptr_array_index (blocks, index)) != CONCORD_BLOCK_PARAGRAPH)
    return FALSE;
  next = g_ptr_array_index (blocks, index + 1);
  if (concord_block_get_kind (next) != CONCORD_BLOCK_ITEM)
    return FALSE;
  while (len > 0 && g_ascii_isspace (text[len - 1]))
    len--;

  return len > 0 && text[len - 1] == ':';
}

/* Marks the items added since @before as part @anchor of what is being
 * built, for setting two languages side by side. */
static void
stamp_anchor (Builder *b,
              guint    before,
              guint    anchor)
{
  for (guint i = before; i < b->layout->items->len; i++)
    ((FlowItem *) g_ptr_array_index (b->layout->items, i))->anchor = anchor;
}

static void add_labelled_blocks (Builder    *b,
                                 GPtrArray  *blocks,
                                 GPtrArray  *labels,
                                 const char *number,
                                 gboolean    hang_number);

static void
add_blocks (Builder    *b,
            GPtrArray  *blocks,
            const char *number,
            gboolean    hang_number)
{
  g_autoptr(GPtrArray) labels = concord_numbering_label_blocks (b->numbering, number, blocks);

  add_labelled_blocks (b, blocks, labels, number, hang_number);
}

static void
add_labelled_blocks (Builder    *b,
                     GPtrArray  *blocks,
                     GPtrArray  *labels,
                     const char *number,
                     gboolean    hang_number)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (blocks, i);
      guint level = concord_block_get_level (block);
      double indent = level * LEVEL_INDENT + (hang_number || number != NULL ? LEVEL_INDENT * 1.6 : 0);
      guint before = b->layout->items->len;
      Rich rich;
      FlowItem *item;

      if (concord_block_get_kind (block) == CONCORD_BLOCK_HEADING)
        {
          add_annex_subheading (b, block, i);
          stamp_anchor (b, before, i + 1);
          continue;
        }
      if (concord_block_get_table (block) != NULL)
        {
          _concord_flow_add_table (b, concord_block_get_table (block), indent);
          stamp_anchor (b, before, i + 1);
          continue;
        }
      rich_init (&rich, b->language, TRUE);
      rich_append_block (b, &rich, block);
      item = add_rich (b, STYLE_BODY, indent, &rich);
      item->keep_with_next = is_lead_in (blocks, i, item->text);
      if (g_ptr_array_index (labels, i) != NULL && level == 0)
        {
          /* A numbered annex paragraph hangs its number like a clause. */
          item->label = g_strdup (g_ptr_array_index (labels, i));
          item->label_x = 0;
        }
      else if (g_ptr_array_index (labels, i) != NULL)
        {
          item->label = g_strdup (g_ptr_array_index (labels, i));
          item->label_x = indent - LEVEL_INDENT * (level == 2 ? 1.4 : 1.2);
        }
      else if (i == 0 && hang_number && number != NULL)
        {
          item->label = g_strdup (number);
          item->label_x = 0;
        }
      stamp_anchor (b, before, i + 1);
    }
}

static FlowCell *
make_cell (Builder       *b,
           const char    *text,
           StyleId        style,
           double         width)
{
  FlowCell *cell = g_new0 (FlowCell, 1);
  GString *breakable = g_string_new (NULL);
  guint run = 0;

  _concord_append_breakable (breakable, text != NULL ? text : "", &run);
  cell->text = g_string_free (breakable, FALSE);
  cell->style = style;
  cell->width = width;
  cell->align = PANGO_ALIGN_LEFT;

  return cell;
}

static FlowItem *
add_row (Builder            *b,
         FlowItem           *header,
         const double       *fractions,
         const char * const *texts,
         guint               n,
         gboolean            is_header)
{
  FlowItem *row = _concord_flow_item_new (FLOW_ROW, is_header ? STYLE_TABLE_HEADER : STYLE_TABLE);

  row->cells = g_ptr_array_new_with_free_func (_concord_flow_cell_free);
  row->header = header;
  row->padding = 3;
  row->shaded = is_header;
  row->width = b->width;
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (row->cells, make_cell (b, texts[i], row->style, fractions[i] * b->width));
  g_ptr_array_add (b->layout->items, row);

  return row;
}

/* One row of the cover's details. With details="filled" a row prints
 * only when its field has a value, or, in a draft, a placeholder. */
static void
add_detail_row (Builder    *b,
                const char *label,
                const char *value,
                const char *prompt,
                const char *fallback_prompt)
{
  static const double fractions[] = { 0.3, 0.7 };
  ConcordMemorandum *m = b->memorandum;
  g_autofree char *shown = NULL;
  const char *cells[2] = { label, NULL };

  if (concord_memorandum_get_print_details (m) == CONCORD_COVER_DETAILS_FILLED && value == NULL &&
      (prompt == NULL || concord_memorandum_get_status (m) != CONCORD_STATUS_DRAFT))
    return;

  shown = concord_field_render (value, prompt, fallback_prompt);
  cells[1] = shown;
  add_row (b, NULL, fractions, cells, 2, FALSE);
}

static void
add_date_row (Builder    *b,
              const char *label,
              const char *field)
{
  g_autofree char *value = NULL;
  g_autofree char *words = NULL;

  g_object_get (b->memorandum, field, &value, NULL);
  words = concord_date_render (value, b->language);
  add_detail_row (b, label, words, concord_memorandum_get_placeholder (b->memorandum, field), CONCORD_WORD (b->language, "Date"));
}

static void
build_cover (Builder *b)
{
  ConcordMemorandum *m = b->memorandum;
  g_autofree char *title = concord_field_render (concord_memorandum_get_title (m),
                                                 concord_memorandum_get_placeholder (m, "title"), CONCORD_WORD (b->language, "Title"));

  add_text (b, STYLE_SUBTITLE, 0, CONCORD_WORD (b->language, "Memorandum of understanding"));
  add_text (b, STYLE_TITLE, 0, title);
  if (b->translation != NULL && concord_memorandum_get_translated_title (m) != NULL)
    add_text (b, STYLE_TITLE, 0, concord_memorandum_get_translated_title (m));
  add_detail_row (b, CONCORD_WORD (b->language, "Reference"), concord_memorandum_get_reference (m),
                  concord_memorandum_get_placeholder (m, "reference"), CONCORD_WORD (b->language, "Reference"));
  /* Revision 0 is no revision yet: a blank to fill in on a form, nothing
   * on a cover of filled details. */
  add_detail_row (b, CONCORD_WORD (b->language, "Revision"), concord_memorandum_get_printed_revision (m),
                  NULL, CONCORD_WORD (b->language, "Version"));
  add_detail_row (b, CONCORD_WORD (b->language, "Status"),
                  CONCORD_WORD (b->language, concord_enum_nick (CONCORD_TYPE_STATUS, concord_memorandum_get_status (m))),
                  NULL, NULL);
  add_date_row (b, CONCORD_WORD (b->language, "Effective date"), "effective-date");
  add_date_row (b, CONCORD_WORD (b->language, "Review date"), "review-date");
}

/* A party's cell in the table of parties: the name as a table starts it,
 * with its organisation and description on lines of their own. */
static char *
party_table_name (ConcordParty *p,
                  const char   *language)
{
  g_autofree char *name = concord_field_render (concord_party_get_name (p),
                                                concord_party_get_placeholder (p, "name"), CONCORD_WORD (language, "Name"));
  g_autofree char *organisation = concord_field_render (concord_party_get_organisation (p),
                                                        concord_party_get_placeholder (p, "organisation"),
                                                        NULL);
  g_autofree char *capital = concord_text_capitalise (name);
  GString *cell = g_string_new (capital);

  /* A bilingual memorandum names each party in both languages. */
  if (concord_party_get_translated_name (p) != NULL &&
      g_strcmp0 (concord_party_get_translated_name (p), concord_party_get_name (p)) != 0)
    g_string_append_printf (cell, "\n%s", concord_party_get_translated_name (p));
  if (organisation != NULL)
    g_string_append_printf (cell, "\n%s", organisation);
  if (concord_party_get_office_holder (p) && concord_party_get_description (p) != NULL)
    g_string_append_printf (cell, "\n%s", concord_party_get_description (p));

  return g_string_free (cell, FALSE);
}

static void
build_parties (Builder *b)
{
  GListModel *parties = concord_memorandum_get_parties (b->memorandum);
  guint n = g_list_model_get_n_items (parties);
  static const double fractions[] = { 0.38, 0.14, 0.16, 0.32 };
  const char *head[] = { CONCORD_WORD (b->language, "Party"), CONCORD_WORD (b->language, "Short name"), CONCORD_WORD (b->language, "Role"), CONCORD_WORD (b->language, "Signing") };
  FlowItem *header;

  if (!concord_memorandum_get_print_parties (b->memorandum))
    return;

  add_heading (b, STYLE_HEADING, CONCORD_WORD (b->language, "Parties"), NULL, 0);
  if (n == 0)
    {
      add_text (b, STYLE_BODY, 0, CONCORD_WORD (b->language, "No parties are named yet."));
      return;
    }

  header = add_row (b, NULL, fractions, head, 4, TRUE);
  header->keep_with_next = TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConcordParty) p = g_list_model_get_item (parties, i);
      gboolean signatory = concord_party_get_kind (p) == CONCORD_PARTY_KIND_SIGNATORY;
      g_autofree char *name = party_table_name (p, b->language);
      g_autofree char *signing = signatory ? concord_party_render_signing (p, b->language) : g_strdup ("—");
      const char *cells[] = {
        name,
        concord_party_get_short_name (p) ? concord_party_get_short_name (p) : "",
        signatory ? CONCORD_WORD (b->language, "Signatory") : CONCORD_WORD (b->language, "Stakeholder"),
        signing,
      };

      add_row (b, header, fractions, cells, 4, FALSE);
    }
}

static void
build_control (Builder *b)
{
  GListModel *entries = concord_memorandum_get_control_entries (b->memorandum);
  guint n = g_list_model_get_n_items (entries);
  static const double fractions[] = { 0.12, 0.16, 0.22, 0.5 };
  const char *head[] = { CONCORD_WORD (b->language, "Version"), CONCORD_WORD (b->language, "Date"), CONCORD_WORD (b->language, "Author"), CONCORD_WORD (b->language, "Summary of change") };
  FlowItem *header;

  if (n == 0)
    return;

  add_heading (b, STYLE_HEADING, CONCORD_WORD (b->language, "Document control"), NULL, 0);
  header = add_row (b, NULL, fractions, head, 4, TRUE);
  header->keep_with_next = TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConcordControlEntry) e = g_list_model_get_item (entries, i);
      g_autofree char *date = concord_date_render (concord_control_entry_get_date (e), b->language);
      const char *cells[] = {
        concord_control_entry_get_version (e),
        date != NULL ? date : "",
        concord_control_entry_get_author (e) ? concord_control_entry_get_author (e) : "",
        concord_control_entry_get_summary (e) ? concord_control_entry_get_summary (e) : "",
      };

      add_row (b, header, fractions, cells, 4, FALSE);
    }
}

static void
add_contents_entry (Builder    *b,
                    const char *text,
                    const char *dest)
{
  FlowItem *item = add_text (b, STYLE_CONTENTS, 0, text);

  /* Room on the right for the page number, drawn once pages are known. */
  item->width -= 40;
  item->link = g_strdup (dest);
}

/* An annex's sub-headings, indented under it. */
static void
add_contents_subheadings (Builder      *b,
                          ConcordAnnex *annex)
{
  GPtrArray *body = concord_annex_get_body (annex);

  for (guint i = 0; i < body->len; i++)
    {
      const ConcordBlock *block = g_ptr_array_index (body, i);
      g_autofree char *text = NULL;
      g_autofree char *dest = NULL;
      FlowItem *item;

      if (concord_block_get_kind (block) != CONCORD_BLOCK_HEADING)
        continue;
      text = concord_block_render (b->memorandum, b->numbering, block);
      dest = subheading_dest (annex, i);
      item = add_text (b, STYLE_CONTENTS, LEVEL_INDENT, text);
      item->width -= 40;
      item->link = g_steal_pointer (&dest);
    }
}

static char *
section_title (Builder        *b,
               ConcordSection *section)
{
  const char *number = concord_numbering_get_section (b->numbering, section);
  const char *heading = concord_section_get_heading (section);

  return g_strdup_printf ("%s%s%s", number ? number : "", number ? "  " : "", heading ? heading : "");
}

static char *
annex_title (Builder      *b,
             ConcordAnnex *annex)
{
  const char *heading = concord_annex_get_heading (annex);

  return g_strdup_printf ("%s: %s", concord_numbering_get_annex (b->numbering, annex),
                          heading ? heading : "");
}

static gboolean
has_matrix (Builder *b)
{
  return concord_memorandum_get_print_matrix (b->memorandum) != CONCORD_MATRIX_PLACEMENT_NONE &&
         concord_matrix_get_n_areas (b->matrix) > 0 && concord_matrix_get_n_parties (b->matrix) > 0;
}

/* "Schedule: roles and accountability", or as an annex after the last
 * one, "Annex C: Roles and accountability". */
static char *
matrix_title (Builder *b)
{
  g_autofree char *label = NULL;

  if (concord_memorandum_get_print_matrix (b->memorandum) != CONCORD_MATRIX_PLACEMENT_ANNEX)
    return g_strdup (CONCORD_WORD (b->language, "Schedule: roles and accountability"));

  label = concord_numbering_next_annex_label (b->numbering);
  return g_strdup_printf ("%s: %s", label, CONCORD_WORD (b->language, "Roles and accountability"));
}

/* Widow control for the contents: its heading keeps two entries, and the
 * last entry keeps the one before it, so no page holds a single line of
 * the contents on its own. */
static void
keep_contents_together (Builder *b,
                        guint    first)
{
  guint end = b->layout->items->len;

  if (end - first < 2)
    return;
  ((FlowItem *) g_ptr_array_index (b->layout->items, first))->keep_with_next = TRUE;
  ((FlowItem *) g_ptr_array_index (b->layout->items, end - 2))->keep_with_next = TRUE;
}

static void
build_contents (Builder *b)
{
  GListModel *sections = concord_memorandum_get_sections (b->memorandum);
  GListModel *annexes = concord_memorandum_get_annexes (b->memorandum);
  guint n_sections = g_list_model_get_n_items (sections);
  guint n_annexes = g_list_model_get_n_items (annexes);
  gboolean signatures = g_list_model_get_n_items (concord_memorandum_get_signatures (b->memorandum)) > 0;
  guint first_entry;

  if (n_sections + n_annexes == 0 && !signatures)
    return;

  add_heading (b, STYLE_HEADING, CONCORD_WORD (b->language, "Contents"), NULL, 0);
  first_entry = b->layout->items->len;
  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr(ConcordSection) s = g_list_model_get_item (sections, i);
      g_autofree char *title = section_title (b, s);
      g_autofree char *dest = g_strconcat ("s-", concord_section_get_id (s), NULL);

      add_contents_entry (b, title, dest);
    }
  for (guint i = 0; i < n_annexes; i++)
    {
      g_autoptr(ConcordAnnex) a = g_list_model_get_item (annexes, i);
      g_autofree char *title = annex_title (b, a);
      g_autofree char *dest = g_strconcat ("a-", concord_annex_get_id (a), NULL);

      add_contents_entry (b, title, dest);
      add_contents_subheadings (b, a);
    }
  if (has_matrix (b))
    {
      g_autofree char *title = matrix_title (b);

      add_contents_entry (b, title, "schedule-matrix");
    }
  if (signatures && concord_memorandum_get_print_signatures (b->memorandum) == CONCORD_SIGNATURE_PLACEMENT_END)
    add_contents_entry (b, CONCORD_WORD (b->language, "Signatures"), "signatures");
  keep_contents_together (b, first_entry);
}

/* “we”, “our” and “us”: a term and its other forms, each in bold. */
static void
append_term_names (Rich        *rich,
                   ConcordTerm *t)
{
  const char * const *forms = concord_term_get_forms (t);
  guint n = forms != NULL ? g_strv_length ((char **) forms) : 0;

  for (guint i = 0; i <= n; i++)
    {
      const char *name = i == 0 ? concord_term_get_name (t) : forms[i - 1];
      g_autofree char *quoted = g_strdup_printf ("“%s”", name ? name : "");

      if (i > 0)
        rich_append (rich, i == n ? concord_words_and (rich->language, name) : ", ");
      rich_append_styled (rich, quoted, PANGO_STYLE_NORMAL, PANGO_WEIGHT_BOLD);
    }
}

static void
build_front (Builder *b)
{
  GListModel *terms = concord_memorandum_get_terms (b->memorandum);
  GPtrArray *recitals = concord_memorandum_get_recitals (b->memorandum);
  guint n_terms = g_list_model_get_n_items (terms);
  gboolean heading = FALSE;

  for (guint i = 0; i < n_terms; i++)
    {
      g_autoptr(ConcordTerm) t = g_list_model_get_item (terms, i);
      GPtrArray *meaning = concord_term_get_meaning (t);
      const char * const *forms = concord_term_get_forms (t);
      Rich rich;

      /* An inline term is defined at its first use in the text. */
      if (concord_term_get_inline (t))
        continue;
      if (!heading)
        add_heading (b, STYLE_HEADING, CONCORD_WORD (b->language, "Definitions"), NULL, 0);
      heading = TRUE;

      rich_init (&rich, b->language, TRUE);
      append_term_names (&rich, t);
      rich_append (&rich, forms != NULL ? CONCORD_WORD (b->language, " mean ") : CONCORD_WORD (b->language, " means "));
      if (meaning->len > 0)
        rich_append_block (b, &rich, g_ptr_array_index (meaning, 0));
      add_rich (b, STYLE_BODY, 0, &rich)->anchor = i + 1;
    }

  /* A translation may lack the recitals: the heading prints when either
   * language has some. */
  if (recitals->len > 0 ||
      (concord_memorandum_is_bilingual (b->memorandum) &&
       concord_memorandum_get_translated_recitals (b->memorandum) != NULL &&
       concord_memorandum_get_translated_recitals (b->memorandum)->len > 0))
    add_heading (b, STYLE_HEADING, CONCORD_WORD (b->language, "Background"), NULL, 0)->anchor = FRONT_RECITALS;
  for (guint i = 0; i < recitals->len; i++)
    {
      Rich rich;
      FlowItem *item;

      rich_init (&rich, b->language, TRUE);
      rich_append_block (b, &rich, g_ptr_array_index (recitals, i));
      item = add_rich (b, STYLE_BODY, LEVEL_INDENT * 1.6, &rich);
      item->label = i < 26 ? g_strdup_printf ("(%c)", 'A' + i) : g_strdup_printf ("(%u)", i + 1);
      item->anchor = FRONT_RECITALS + 1 + i;
    }
}

/* Conflicts a merge left: marked in red where they are, and both
 * alternatives listed at the end, so that a printed draft with two texts
 * cannot be taken for a settled one. */
static FlowItem *
add_conflict_mark (Builder    *b,
                   double      indent,
                   const char *text)
{
  Rich rich;

  rich_init (&rich, b->language, FALSE);
  rich_append_styled (&rich, text, PANGO_STYLE_NORMAL, PANGO_WEIGHT_BOLD);
  rich_span (&rich, 0, pango_attr_foreground_new (0xa800, 0x1400, 0x1400));

  return add_rich (b, STYLE_FACTS, indent, &rich);
}

static gboolean
has_conflict (Builder    *b,
              const char *object,
              const char *ref)
{
  GListModel *conflicts = concord_memorandum_get_conflicts (b->memorandum);

  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(ConcordConflict) c = g_list_model_get_item (conflicts, i);

      if (g_str_equal (concord_conflict_get_object (c), object)
          && g_strcmp0 (concord_conflict_get_ref (c), ref) == 0)
        return TRUE;
    }

  return FALSE;
}

static char *
conflict_place (Builder         *b,
                ConcordConflict *c)
{
  const char *object = concord_conflict_get_object (c);
  const char *ref = concord_conflict_get_ref (c);
  ConcordClause *clause = g_str_equal (object, "clause")
                          ? concord_memorandum_find_clause (b->memorandum, ref, NULL, NULL) : NULL;
  const char *number = clause != NULL ? concord_numbering_get_clause (b->numbering, clause) : NULL;

  if (number != NULL)
    {
      g_autofree char *named = g_strdup_printf (CONCORD_WORD (b->language, "clause %s"), number);

      return g_strdup_printf ("%s (%s) · %s", named, ref, concord_conflict_get_field (c));
    }
  if (ref != NULL)
    return g_strdup_printf ("%s %s · %s", object, ref, concord_conflict_get_field (c));

  return g_strdup (concord_conflict_get_field (c));
}

/* When both sides have as many blocks, only those that differ: a word
 * changed in one paragraph of four shows one paragraph each side. */
static GPtrArray *
differing_blocks (ConcordConflict *c,
                  int              side)
{
  const GValue *mine = concord_conflict_get_value (c, side);
  const GValue *other = concord_conflict_get_value (c, 1 - side);
  GPtrArray *a, *o, *differing;

  if (other == NULL || G_VALUE_TYPE (other) != G_TYPE_PTR_ARRAY || g_value_get_boxed (other) == NULL)
    return NULL;
  a = g_value_get_boxed (mine);
  o = g_value_get_boxed (other);
  if (a->len != o->len)
    return NULL;
  differing = g_ptr_array_new ();
  for (guint i = 0; i < a->len; i++)
    if (!concord_block_equal (g_ptr_array_index (a, i), g_ptr_array_index (o, i)))
      g_ptr_array_add (differing, g_ptr_array_index (a, i));

  return differing;
}

static void
add_conflict_side (Builder         *b,
                   ConcordConflict *c,
                   int              side)
{
  const GValue *value = concord_conflict_get_value (c, side);
  g_autofree char *text = concord_conflict_dup_text (c, side, b->memorandum);
  Rich rich;

  rich_init (&rich, b->language, FALSE);
  rich_append_styled (&rich, CONCORD_WORD (b->language, side == CONCORD_CONFLICT_OURS ? "Ours" : "Theirs"),
                      PANGO_STYLE_ITALIC, PANGO_WEIGHT_NORMAL);
  add_rich (b, STYLE_FACTS, 0, &rich)->keep_with_next = TRUE;

  if (concord_conflict_get_removed (c, side))
    add_text (b, STYLE_BODY, 0, CONCORD_WORD (b->language, "(removed)"));
  else if (value != NULL && G_VALUE_TYPE (value) == G_TYPE_PTR_ARRAY && g_value_get_boxed (value) != NULL
           && ((GPtrArray *) g_value_get_boxed (value))->len > 0)
    {
      g_autoptr(GPtrArray) differing = differing_blocks (c, side);

      add_blocks (b, differing != NULL ? differing : g_value_get_boxed (value), NULL, FALSE);
    }
  else if (value != NULL && G_VALUE_TYPE (value) == G_TYPE_BYTES && g_value_get_boxed (value) != NULL)
    add_text (b, STYLE_BODY, 0, CONCORD_WORD (b->language, "(an image)"));
  else
    add_text (b, STYLE_BODY, 0,
              text != NULL && *text != '\0' ? text : CONCORD_WORD (b->language, "(empty)"));
}

static void
build_conflicts (Builder *b)
{
  GListModel *conflicts = concord_memorandum_get_conflicts (b->memorandum);
  guint n = g_list_model_get_n_items (conflicts);

  if (n == 0)
    return;

  add_page_break (b);
  add_heading (b, STYLE_HEADING, CONCORD_WORD (b->language, "Unresolved conflicts"), "conflicts", 1);
  add_text (b, STYLE_BODY, 0, CONCORD_WORD (b->language, "Until each is settled, the text above shows our version."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConcordConflict) c = g_list_model_get_item (conflicts, i);
      g_autofree char *place = conflict_place (b, c);
      g_autofree char *line = g_strdup_printf ("%u. %s", i + 1, place);

      add_conflict_mark (b, 0, line)->keep_with_next = TRUE;
      add_conflict_side (b, c, CONCORD_CONFLICT_OURS);
      add_conflict_side (b, c, CONCORD_CONFLICT_THEIRS);
    }
}

static void
build_clause (Builder       *b,
              ConcordClause *clause)
{
  const char *number = concord_numbering_get_clause (b->numbering, clause);
  const char *heading = concord_clause_get_heading (clause);
  g_autofree char *facts = concord_clause_describe_facts (b->memorandum, clause);
  g_autofree char *dest = g_strconcat ("c-", concord_clause_get_id (clause), NULL);
  gboolean show_status = concord_clause_get_status (clause) != CONCORD_CLAUSE_STATUS_AGREED &&
                         concord_memorandum_prints_line (b->memorandum,
                                                         concord_memorandum_get_print_status (b->memorandum));
  GPtrArray *body = concord_clause_get_body (clause);
  FlowItem *first = NULL;

  if (!concord_memorandum_prints_line (b->memorandum, concord_memorandum_get_print_facts (b->memorandum)))
    g_clear_pointer (&facts, g_free);

  if (heading != NULL)
    {
      first = add_text (b, STYLE_CLAUSE_HEADING, number ? LEVEL_INDENT * 1.6 : 0, heading);
      first->label = g_strdup (number);
      first->keep_with_next = TRUE;
    }
  if (has_conflict (b, "clause", concord_clause_get_id (clause)))
    {
      FlowItem *mark = add_conflict_mark (b, LEVEL_INDENT * 1.6,
                                          CONCORD_WORD (b->language, "CONFLICT: see Unresolved conflicts"));

      mark->keep_with_next = TRUE;
      if (first == NULL)
        {
          mark->label = g_strdup (number);
          mark->label_x = 0;
          first = mark;
        }
    }

  if (facts != NULL || show_status)
    {
      g_autoptr(GString) line = g_string_new (NULL);
      FlowItem *item;

      if (show_status)
        g_string_append_printf (line, "[%s] ",
                                CONCORD_WORD (b->language, concord_enum_nick (CONCORD_TYPE_CLAUSE_STATUS,
                                                                              concord_clause_get_status (clause))));
      if (facts != NULL)
        g_string_append (line, facts);
      item = add_text (b, STYLE_FACTS, LEVEL_INDENT * 1.6, line->str);
      item->keep_with_next = body->len > 0;
      if (first == NULL)
        {
          /* With no heading the number hangs on whatever prints first. */
          item->label = g_strdup (number);
          item->label_x = 0;
          first = item;
        }
    }

  if (first == NULL && number != NULL &&
      (body->len == 0 ||
       concord_block_get_kind (g_ptr_array_index (body, 0)) == CONCORD_BLOCK_ITEM ||
       concord_block_get_kind (g_ptr_array_index (body, 0)) == CONCORD_BLOCK_TABLE))
    {
      /* An empty clause, or one that opens with an item carrying its own
       * label or with a table, still prints its number, on a line of its
       * own. */
      first = add_text (b, STYLE_BODY, LEVEL_INDENT * 1.6, "");
      first->label = g_strdup (number);
      first->label_x = 0;
      first->keep_with_next = body->len > 0;
    }

  if (first == NULL)
    {
      guint before = b->layout->items->len;

      add_blocks (b, body, number, TRUE);
      first = g_ptr_array_index (b->layout->items, before);
    }
  else
    add_blocks (b, body, number, FALSE);

  if (first != NULL)
    first->dest = g_steal_pointer (&dest);
}

/* The signature blocks, under a sentence of their own when they print
 * apart from the text; in the drafter's section, the section's own
 * words introduce them. */
static void
add_signature_blocks (Builder  *b,
                      gboolean  with_intro)
{
  GListModel *sigs = concord_memorandum_get_signatures (b->memorandum);
  guint n = g_list_model_get_n_items (sigs);

  if (with_intro)
    {
      FlowItem *intro = add_text (b, STYLE_BODY, 0,
                                  b->layout->options.signed_copy
                                  ? CONCORD_WORD (b->language, "Signed on behalf of each signatory as follows.")
                                  : CONCORD_WORD (b->language, "Signed on behalf of each signatory by its authorised representative."));

      intro->keep_with_next = TRUE;
    }
  for (guint i = 0; i < n; i++)
    {
      FlowItem *item = _concord_flow_item_new (FLOW_SIGNATURE, STYLE_BODY);

      item->signature = g_list_model_get_item (sigs, i);
      item->party = concord_memorandum_find_party (b->memorandum,
                                                   concord_signature_get_party (item->signature));
      if (item->party != NULL)
        g_object_ref (item->party);
      item->width = b->width;
      g_ptr_array_add (b->layout->items, item);
    }
}

static gboolean
has_signatures (Builder *b)
{
  return g_list_model_get_n_items (concord_memorandum_get_signatures (b->memorandum)) > 0;
}

/* Signatures at the end: on a page of their own, under a heading. */
static void
build_signatures (Builder *b)
{
  if (!has_signatures (b) ||
      concord_memorandum_get_print_signatures (b->memorandum) != CONCORD_SIGNATURE_PLACEMENT_END)
    return;

  add_page_break (b);
  add_heading (b, STYLE_HEADING, CONCORD_WORD (b->language, "Signatures"), "signatures", 1);
  add_signature_blocks (b, TRUE);
}

/* Signatures on the cover, before the text, as some boards sign. */
static void
build_cover_signatures (Builder *b)
{
  if (!has_signatures (b) ||
      concord_memorandum_get_print_signatures (b->memorandum) != CONCORD_SIGNATURE_PLACEMENT_COVER)
    return;

  add_heading (b, STYLE_HEADING, CONCORD_WORD (b->language, "Signatures"), "signatures", 1);
  add_signature_blocks (b, TRUE);
}

/* Signatures at the end of the section the drafter chose ("8
 * Signatures"), under its heading and after its clauses. */
static void
build_section_signatures (Builder        *b,
                          ConcordSection *section)
{
  ConcordMemorandum *m = b->memorandum;

  /* A bilingual memorandum's second part is signed with the first. */
  if (!has_signatures (b) || m != b->layout->memorandum ||
      concord_memorandum_get_print_signatures (m) != CONCORD_SIGNATURE_PLACEMENT_SECTION ||
      g_strcmp0 (concord_memorandum_get_signatures_section (m), concord_section_get_id (section)) != 0)
    return;

  /* The section's last words ("… agreed by the signatories below.")
   * stay with the first block. */
  if (b->layout->items->len > 0)
    {
      FlowItem *last = g_ptr_array_index (b->layout->items, b->layout->items->len - 1);

      if (last->kind == FLOW_TEXT)
        last->keep_with_next = TRUE;
    }
  add_signature_blocks (b, FALSE);
}

typedef void (*BuildPart) (Builder *b,
                           gpointer part);

static gboolean
in_columns (Builder *b)
{
  return b->translation != NULL &&
         concord_memorandum_get_bilingual_layout (b->memorandum) == CONCORD_BILINGUAL_LAYOUT_COLUMNS;
}

/* Builds one part (a heading, a clause, an annex) in each language at
 * the width of a column, and sets the two side by side. */
static void
build_side_by_side (Builder   *b,
                    BuildPart  build,
                    gpointer   part,
                    gpointer   translated_part)
{
  Builder *t = b->translation;
  GPtrArray *items = b->layout->items;
  g_autoptr(GPtrArray) left = g_ptr_array_new ();
  g_autoptr(GPtrArray) right = g_ptr_array_new ();
  double width = b->width;
  double column = (width - COLUMN_GAP) / 2;

  b->width = t->width = column;
  b->layout->items = left;
  build (b, part);
  b->layout->items = right;
  build (t, translated_part);
  b->layout->items = items;
  b->width = t->width = width;
  _concord_flow_zip_columns (items, left, right, column, COLUMN_GAP);
}

static void
build_section_heading (Builder        *b,
                       ConcordSection *s)
{
  g_autofree char *title = section_title (b, s);
  g_autofree char *dest = g_strconcat ("s-", concord_section_get_id (s), NULL);

  add_heading (b, STYLE_HEADING, title, dest, 1);
}

static void
build_sections (Builder *b)
{
  GListModel *sections = concord_memorandum_get_sections (b->memorandum);
  guint n = g_list_model_get_n_items (sections);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConcordSection) s = g_list_model_get_item (sections, i);
      g_autoptr(ConcordSection) ts = NULL;
      guint n_clauses = concord_section_get_n_clauses (s);

      if (!in_columns (b))
        {
          build_section_heading (b, s);
          for (guint j = 0; j < n_clauses; j++)
            build_clause (b, concord_section_get_clause (s, j));
          build_section_signatures (b, s);
          continue;
        }

      ts = g_list_model_get_item (concord_memorandum_get_sections (b->translation->memorandum), i);
      build_side_by_side (b, (BuildPart) build_section_heading, s, ts);
      for (guint j = 0; j < n_clauses; j++)
        build_side_by_side (b, (BuildPart) build_clause, concord_section_get_clause (s, j),
                            concord_section_get_clause (ts, j));
      build_section_signatures (b, s);
    }
}

static void
build_annex (Builder      *b,
             ConcordAnnex *a)
{
  g_autofree char *title = annex_title (b, a);
  g_autofree char *dest = g_strconcat ("a-", concord_annex_get_id (a), NULL);
  g_autoptr(GPtrArray) labels = concord_numbering_label_annex (b->numbering, a);
  gboolean numbered = concord_memorandum_get_annex_numbering (b->memorandum) != CONCORD_ANNEX_NUMBERING_NONE;

  add_page_break (b);
  add_heading (b, STYLE_HEADING, title, dest, 1);
  b->annex = a;
  /* Numbered paragraphs indent as clauses do, their numbers hanging. */
  add_labelled_blocks (b, concord_annex_get_body (a), labels, numbered ? "" : NULL, FALSE);
  b->annex = NULL;
}

static void
build_annexes (Builder *b)
{
  GListModel *annexes = concord_memorandum_get_annexes (b->memorandum);
  guint n = g_list_model_get_n_items (annexes);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConcordAnnex) a = g_list_model_get_item (annexes, i);
      g_autoptr(ConcordAnnex) ta = NULL;

      if (!in_columns (b))
        {
          build_annex (b, a);
          continue;
        }
      ta = g_list_model_get_item (concord_memorandum_get_annexes (b->translation->memorandum), i);
      build_side_by_side (b, (BuildPart) build_annex, a, ta);
    }
}

/* A language's name in that language, over its column. */
static const char *
language_own_name (const char *language)
{
  static const struct { const char *tag; const char *name; } names[] = {
    { "cy", "Cymraeg" }, { "en", "English" }, { "fr", "Français" }, { "es", "Español" },
    { "de", "Deutsch" }, { "ga", "Gaeilge" }, { "gd", "Gàidhlig" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (language != NULL && g_str_has_prefix (language, names[i].tag) &&
        (language[strlen (names[i].tag)] == '\0' || language[strlen (names[i].tag)] == '-'))
      return names[i].name;

  return language;
}

static void
build_language_name (Builder *b,
                     gpointer unused)
{
  (void) unused;
  add_text (b, STYLE_CLAUSE_HEADING, 0, language_own_name (b->language));
}

static void
build_front_part (Builder *b,
                  gpointer unused)
{
  (void) unused;
  build_front (b);
}

/* The text of the memorandum: in one language, in two side by side, or
 * in two parts one after the other. */
static void
build_text (Builder *b)
{
  Builder *t = b->translation;
  guint before;

  if (in_columns (b))
    {
      build_side_by_side (b, build_language_name, NULL, NULL);
      build_side_by_side (b, build_front_part, NULL, NULL);
    }
  else
    build_front (b);
  build_sections (b);
  build_annexes (b);
  if (t == NULL || in_columns (b))
    return;

  /* The second language's part: its own title, then its text, under
   * destinations of its own. */
  before = b->layout->items->len;
  add_page_break (b);
  add_heading (t, STYLE_TITLE, concord_memorandum_get_title (t->memorandum), "translation", 1);
  build_front (t);
  build_sections (t);
  build_annexes (t);
  for (guint i = before; i < b->layout->items->len; i++)
    {
      FlowItem *item = g_ptr_array_index (b->layout->items, i);

      if (item->dest != NULL && !g_str_equal (item->dest, "translation"))
        {
          char *dest = g_strconcat ("t-", item->dest, NULL);

          g_free (item->dest);
          item->dest = dest;
        }
    }
}

/* A party's name as the text prints it, its prompt while still unfilled. */
static char *
party_name (Builder    *b,
            const char *id)
{
  const char *ids[] = { id, NULL };

  return concord_party_list_render (b->memorandum, ids);
}

static char *
matrix_cell_text (const ConcordMatrixCell *cell,
                  const char              *language)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (cell->roles & CONCORD_MATRIX_RESPONSIBLE)
    g_string_append (text, cell->n_role_clauses > 0 ? CONCORD_WORD (language, "R") : "");
  if (cell->roles & CONCORD_MATRIX_BOUNDED)
    g_string_append_printf (text, "%s%s", text->len ? " " : "", CONCORD_WORD (language, "B"));
  if (cell->roles & CONCORD_MATRIX_ACCOUNTABLE)
    g_string_append_printf (text, "%s%s %s", text->len ? "\n" : "", CONCORD_WORD (language, "A →"),
                            cell->accountable_to ? cell->accountable_to : "?");

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
build_matrix (Builder *b)
{
  ConcordMatrix *matrix = b->matrix;
  guint n_areas = concord_matrix_get_n_areas (matrix);
  guint n_parties = concord_matrix_get_n_parties (matrix);
  g_autofree double *fractions = NULL;
  g_autoptr(GPtrArray) head = g_ptr_array_new ();
  g_autofree char *title = NULL;
  FlowItem *header;

  if (!has_matrix (b))
    return;

  fractions = g_new (double, n_parties + 1);
  fractions[0] = 0.26;
  for (guint p = 0; p < n_parties; p++)
    fractions[p + 1] = 0.74 / n_parties;

  title = matrix_title (b);
  add_page_break (b);
  add_heading (b, STYLE_HEADING, title, "schedule-matrix", 1);
  add_text (b, STYLE_FACTS, 0,
            CONCORD_WORD (b->language, "For each area of work: R, the party responsible; B, a party whose remit is bounded "
              "in that area; A → whom the party answers to. An area with no R has no owner; two "
              "or more R need a boundary between them."));

  g_ptr_array_set_free_func (head, g_free);
  g_ptr_array_add (head, g_strdup (CONCORD_WORD (b->language, "Area")));
  for (guint p = 0; p < n_parties; p++)
    g_ptr_array_add (head, party_name (b, concord_party_get_id (concord_matrix_get_party (matrix, p))));
  header = add_row (b, NULL, fractions, (const char * const *) head->pdata, head->len, TRUE);
  header->keep_with_next = TRUE;

  for (guint a = 0; a < n_areas; a++)
    {
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
      FlowItem *row;

      g_ptr_array_add (texts, g_strdup (concord_matrix_get_area (matrix, a)));
      for (guint p = 0; p < n_parties; p++)
        g_ptr_array_add (texts, matrix_cell_text (concord_matrix_get_cell (matrix, a, p), b->language));
      row = add_row (b, header, fractions, (const char * const *) texts->pdata, texts->len, FALSE);
      /* Gaps and overlaps stand out in print as well as on screen. */
      row->shaded = concord_matrix_count_owners (matrix, a) != 1;
    }
}

/* The parties' logos in a row above the title, in the order of parties. */
static void
build_logos (Builder *b)
{
  GListModel *parties = concord_memorandum_get_parties (b->memorandum);
  g_autoptr(GPtrArray) logos = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  FlowItem *item;

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(ConcordParty) p = g_list_model_get_item (parties, i);

      if (concord_party_get_logo (p) != NULL)
        g_ptr_array_add (logos, g_bytes_ref (concord_party_get_logo (p)));
    }
  if (logos->len == 0)
    return;

  item = _concord_flow_item_new (FLOW_LOGOS, STYLE_BODY);
  item->logos = g_steal_pointer (&logos);
  item->width = b->width;
  g_ptr_array_add (b->layout->items, item);
}

/* Related memoranda, under the cover's details, in the same table. */
static void
build_related (Builder *b)
{
  const char * const *related = concord_memorandum_get_related (b->memorandum);
  static const double fractions[] = { 0.3, 0.7 };

  for (guint i = 0; related != NULL && related[i] != NULL; i++)
    {
      g_autofree char *text = concord_related_render (related[i], b->language);
      const char *cells[] = { i == 0 ? CONCORD_WORD (b->language, "Related memoranda") : "", text };

      add_row (b, NULL, fractions, cells, 2, FALSE);
    }
}

/* The comments appendix: each commented clause under its number and
 * heading, each thread with its state, then its replies indented. */
static void
add_comment_thread (Builder                    *b,
                    const ConcordCommentThread *thread)
{
  for (guint j = 0; j < thread->messages->len; j++)
    {
      const ConcordCommentMessage *message = g_ptr_array_index (thread->messages, j);
      g_autofree char *day = g_strndup (message->date, 10);
      g_autofree char *when = concord_date_render (day, b->language);
      g_autofree char *said = g_strdup_printf (CONCORD_WORD (b->language, "%s, %s: %s"), message->author,
                                               when != NULL ? when : day, message->text);

      if (j == 0)
        {
          g_autofree char *line = g_strdup_printf ("%s. %s",
                                                   CONCORD_WORD (b->language, thread->resolved ? "Resolved" : "Open"),
                                                   said);

          add_text (b, STYLE_BODY, 0, line);
        }
      else
        add_text (b, STYLE_BODY, 1, said);
    }
}

static void
build_comments (Builder *b)
{
  GListModel *sections = concord_memorandum_get_sections (b->memorandum);
  gboolean started = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(ConcordSection) section = g_list_model_get_item (sections, i);

      for (guint c = 0; c < concord_section_get_n_clauses (section); c++)
        {
          ConcordClause *clause = concord_section_get_clause (section, c);
          ConcordComments *comments = concord_clause_get_comments (clause);
          const char *number = concord_numbering_get_clause (b->numbering, clause);
          const char *heading = concord_clause_get_heading (clause);
          g_autofree char *opening = NULL;
          g_autofree char *title = NULL;

          if (concord_comments_get_n_threads (comments) == 0)
            continue;
          /* A clause with no heading is known by its opening words. */
          if (heading == NULL || *heading == '\0')
            heading = opening = concord_blocks_opening (b->memorandum, b->numbering, concord_clause_get_body (clause));
          if (!started)
            {
              add_page_break (b);
              add_heading (b, STYLE_HEADING, CONCORD_WORD (b->language, "Comments"), "comments", 1);
              add_text (b, STYLE_BODY, 0,
                        CONCORD_WORD (b->language, "The comments made on this draft. They are not part of the "
                                                   "memorandum."));
              started = TRUE;
            }
          title = g_strdup_printf ("%s%s%s", number != NULL ? number : "", number != NULL ? "  " : "",
                                   heading != NULL ? heading : "");
          add_heading (b, STYLE_CLAUSE_HEADING, g_strstrip (title), NULL, 0);
          for (guint t = 0; t < concord_comments_get_n_threads (comments); t++)
            add_comment_thread (b, concord_comments_get_thread (comments, t));
        }
    }
}

void
_concord_build_flow (ConcordDocumentLayout *self)
{
  g_autoptr(ConcordNumbering) numbering = concord_numbering_new (self->memorandum);
  g_autoptr(ConcordMatrix) matrix = concord_matrix_new (self->memorandum);
  Builder b = { self, self->memorandum, numbering,
                concord_memorandum_get_language (self->memorandum),
                self->page_width - self->margin_left - self->margin_right, matrix };
  g_autoptr(ConcordMemorandum) translated = NULL;
  g_autoptr(ConcordNumbering) translated_numbering = NULL;
  Builder t = b;

  if (concord_memorandum_is_bilingual (self->memorandum))
    {
      translated = concord_memorandum_translated (self->memorandum);
      translated_numbering = concord_numbering_new (translated);
      t.memorandum = translated;
      t.numbering = translated_numbering;
      t.language = concord_memorandum_get_language (translated);
      t.matrix = NULL;
      b.translation = &t;
    }

  build_logos (&b);
  build_cover (&b);
  build_related (&b);
  build_parties (&b);
  build_control (&b);
  build_cover_signatures (&b);
  build_contents (&b);
  if (g_list_model_get_n_items (concord_memorandum_get_sections (self->memorandum)) > 0 ||
      g_list_model_get_n_items (concord_memorandum_get_terms (self->memorandum)) > 0 ||
      concord_memorandum_get_recitals (self->memorandum)->len > 0)
    add_page_break (&b);
  build_text (&b);
  build_matrix (&b);
  build_signatures (&b);
  build_conflicts (&b);
  if (self->options.with_comments)
    build_comments (&b);
}

/* A report other than the memorandum itself, on the memorandum's pages. */
void
_concord_build_custom_flow (ConcordDocumentLayout *self,
                            ConcordFlowFunc        build,
                            gpointer               data)
{
  Builder b = { self, self->memorandum, NULL, concord_memorandum_get_language (self->memorandum),
                self->page_width - self->margin_left - self->margin_right, NULL };

  build (&b, data);
}

/* A heading kept with what follows, in the PDF's outline at that level
 * (0: not in it). */
void
_concord_flow_add_heading (ConcordFlowBuilder *builder,
                           StyleId             style,
                           const char         *text,
                           guint               outline_level)
{
  g_autofree char *dest = g_strdup_printf ("report-%u", builder->layout->items->len);

  add_heading (builder, style, text, outline_level > 0 ? dest : NULL, outline_level);
}

/* Text with its own attributes (underlined and struck words), set as it
 * is: soft hyphens would move the attributes' byte offsets. */
void
_concord_flow_add_marked (ConcordFlowBuilder *builder,
                          StyleId             style,
                          double              indent,
                          const char         *text,
                          PangoAttrList      *attrs)
{
  Rich rich;

  rich_init (&rich, builder->language, FALSE);
  g_string_append (rich.text, text);
  if (attrs != NULL)
    {
      pango_attr_list_unref (rich.attrs);
      rich.attrs = pango_attr_list_copy (attrs);
    }
  add_rich (builder, style, indent, &rich);
}
