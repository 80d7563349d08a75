/* concord-render-layout.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "concord-error.h"
#include "concord-logo.h"
#include "concord-memorandum.h"
#include "concord-party.h"
#include "concord-render-private.h"
#include "concord-signature.h"
#include "concord-text.h"
#include "concord-wording.h"
#include "concord-words.h"
#include "concord-xml.h"

#define MM(x)            ((x) * 72.0 / 25.4)
#define SIGNATURE_HEIGHT 150.0
#define LOGO_HEIGHT       48.0
#define MIN_LINES        2
#define LABEL_GAP        4.0
/* The room a row taller than a page needs to start on a page. */
#define TALL_ROW_START   36.0

/* Lay out once, draw any page: text is laid out on every core (each
 * thread with its own Pango font map, as Pango requires), then cut into
 * pages on one thread; drawing a page touches only that page's items. */

static void
configure_context (PangoContext *context)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: the same line breaks on paper, on screen and in
   * the PDF, whatever the device. */
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
}

/* Characters of a running head or foot ever shaped. */
#define RUNNING_TEXT_LIMIT 300

static void
measure_lines (FlowItem *item)
{
  PangoLayoutIter *iter = pango_layout_get_iter (item->layout);
  guint i = 0;

  item->n_lines = pango_layout_get_line_count (item->layout);
  item->lines = g_new0 (FlowLine, MAX (item->n_lines, 1));
  do
    {
      PangoRectangle logical;
      int y0, y1;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      item->lines[i].top = (double) y0 / PANGO_SCALE;
      item->lines[i].bottom = (double) y1 / PANGO_SCALE;
      item->lines[i].baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      item->lines[i].x = (double) logical.x / PANGO_SCALE;
      i++;
    }
  while (i < item->n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  item->height = item->n_lines > 0 ? item->lines[item->n_lines - 1].bottom : 0;
}

/* The means of laying text out: font maps and contexts of their own, set
 * up for device-independent metrics, and the styles' fonts. */
struct _Typesetter
{
  /* The styles' own faces, or the system's fonts when they cannot stand
   * in (narrow is NULL then). */
  PangoContext             *context;
  const ConcordNarrowFonts *narrow;
  /* The system's fonts, from the first text the styles' faces lack a
   * character of. */
  PangoContext             *full;
  PangoFontDescription     *fonts[N_STYLES];
};

static PangoContext *
new_context (PangoFontMap *map)
{
  PangoContext *context = pango_font_map_create_context (map);

  configure_context (context);

  return context;
}

static Typesetter *
typesetter_new (void)
{
  Typesetter *ts = g_rc_box_new0 (Typesetter);
  g_autoptr(PangoFontMap) map = NULL;

  ts->narrow = _concord_narrow_fonts_get ();
  if (ts->narrow != NULL)
    map = _concord_narrow_fonts_new_font_map (ts->narrow);
  if (map == NULL)
    {
      g_clear_pointer (&ts->narrow, _concord_narrow_fonts_unref);
      map = pango_cairo_font_map_new ();
    }
  ts->context = new_context (map);
  for (guint s = 0; s < N_STYLES; s++)
    ts->fonts[s] = pango_font_description_from_string (_concord_styles[s].font);

  return ts;
}

/* The context to lay @text out with: the same lines and glyphs either
 * way, the narrow one being quicker. */
static PangoContext *
typesetter_context_for (Typesetter *ts,
                        const char *text)
{
  gunichar lacking = 0;

  if (ts->narrow == NULL || _concord_narrow_fonts_cover (ts->narrow, text, &lacking))
    return ts->context;
  if (ts->full == NULL)
    g_debug ("a text has U+%04X, which the styles' faces lack: the system's fonts too", lacking);

  return _concord_typesetter_get_context (ts, TRUE);
}

PangoContext *
_concord_typesetter_get_context (Typesetter *ts,
                                 gboolean    system)
{
  if (!system || ts->narrow == NULL)
    return ts->context;
  if (ts->full == NULL)
    {
      g_autoptr(PangoFontMap) map = pango_cairo_font_map_new ();

      ts->full = new_context (map);
    }

  return ts->full;
}

static PangoLayout *
new_layout (Typesetter *ts,
            StyleId     style,
            const char *text,
            double      width)
{
  PangoLayout *layout = pango_layout_new (typesetter_context_for (ts, text));

  pango_layout_set_font_description (layout, ts->fonts[style]);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text, -1);

  return layout;
}

/* Looks up every style's fonts now, as the first layout would. */
static void
typesetter_load_fonts (Typesetter *ts)
{
  PangoLanguage *language = pango_context_get_language (ts->context);

  for (guint s = 0; s < N_STYLES; s++)
    {
      PangoFontset *fontset = pango_context_load_fontset (ts->context, ts->fonts[s], language);

      if (fontset != NULL)
        g_object_unref (fontset);
    }
}

static gboolean
second_font_reached (PangoFontset *fontset,
                     PangoFont    *font,
                     gpointer      data)
{
  guint *seen = data;

  return ++*seen >= 2;
}

/* Pango 1.50 sorts each pattern's fonts on a thread of its own, and a
 * lookup waits for the sort to signal. A child forked while one runs
 * would wait for a thread it does not have: asking each style's fontset
 * for its second font waits here, before the fork, until every sort the
 * lookups above started has ended. */
static void
typesetter_settle_fonts (Typesetter *ts)
{
  PangoLanguage *language = pango_context_get_language (ts->context);

  for (guint s = 0; s < N_STYLES; s++)
    {
      PangoFontset *fontset = pango_context_load_fontset (ts->context, ts->fonts[s], language);
      guint seen = 0;

      if (fontset == NULL)
        continue;
      pango_fontset_foreach (fontset, second_font_reached, &seen);
      g_object_unref (fontset);
    }
}

static void
typesetter_clear (gpointer data)
{
  Typesetter *ts = data;

  for (guint s = 0; s < N_STYLES; s++)
    pango_font_description_free (ts->fonts[s]);
  g_object_unref (ts->context);
  g_clear_object (&ts->full);
  _concord_narrow_fonts_unref (ts->narrow);
}

/* Shared by a layout cache and the layouts made with it. */
static void
typesetter_free (gpointer data)
{
  g_rc_box_release_full (data, typesetter_clear);
}

/* A table cell's layout: its text, less the padding, with its attributes
 * (a placeholder's italics). */
static PangoLayout *
new_cell_layout (Typesetter     *ts,
                 const FlowItem *item,
                 const FlowCell *cell)
{
  PangoLayout *layout = new_layout (ts, cell->style, cell->text,
                                    cell->width - 2 * item->padding - cell->offset - cell->inset);

  if (cell->attrs != NULL)
    pango_layout_set_attributes (layout, cell->attrs);
  if (cell->hang > 0)
    {
      PangoTabArray *tabs = pango_tab_array_new_with_positions (1, FALSE, PANGO_TAB_LEFT,
                                                                (int) (cell->hang * PANGO_SCALE));

      pango_layout_set_tabs (layout, tabs);
      pango_layout_set_indent (layout, (int) (-cell->hang * PANGO_SCALE));
      pango_tab_array_free (tabs);
    }

  return layout;
}

/* Creates whatever layouts the item lacks. */
/* The label's layout, and how far it pushes the first line along (in
 * Pango units; 0 if it fits). */
static int
shape_label (Typesetter *ts,
             FlowItem   *item)
{
  PangoRectangle logical;
  double room = item->indent - item->label_x - LABEL_GAP;

  if (item->label_layout == NULL)
    item->label_layout = new_layout (ts, item->style, item->label, 0);
  /* A label wider than the hanging indent ("20.18.2") pushes the first
   * line along rather than running into it. */
  pango_layout_get_extents (item->label_layout, NULL, &logical);
  if ((double) logical.width / PANGO_SCALE > room)
    return (int) (((double) logical.width / PANGO_SCALE - room) * PANGO_SCALE);

  return 0;
}

void
_concord_flow_item_shape (Typesetter *ts,
                          FlowItem   *item)
{
  if (item->kind == FLOW_TEXT && item->layout == NULL)
    {
      item->layout = new_layout (ts, item->style, item->text, item->width);
      pango_layout_set_justify (item->layout, item->justify);
      pango_layout_set_attributes (item->layout, item->attrs);
      if (item->label != NULL)
        {
          int push = shape_label (ts, item);

          if (push > 0)
            pango_layout_set_indent (item->layout, push);
        }
    }
  else if (item->kind == FLOW_ROW)
    {
      for (guint i = 0; i < item->cells->len; i++)
        {
          FlowCell *cell = g_ptr_array_index (item->cells, i);

          if (cell->layout == NULL)
            cell->layout = new_cell_layout (ts, item, cell);
        }
    }
}

void
_concord_flow_item_release (FlowItem *item)
{
  g_clear_object (&item->layout);
  g_clear_object (&item->label_layout);
  for (guint i = 0; item->cells != NULL && i < item->cells->len; i++)
    g_clear_object (&((FlowCell *) g_ptr_array_index (item->cells, i))->layout);
}

void
_concord_flow_item_measure (FlowItem *item)
{
  switch (item->kind)
    {
    case FLOW_TEXT:
      measure_lines (item);
      break;

    case FLOW_ROW:
      item->height = 0;
      for (guint i = 0; i < item->cells->len; i++)
        {
          FlowCell *cell = g_ptr_array_index (item->cells, i);

          cell->height = _concord_cell_height (cell);
          item->height = MAX (item->height, cell->height + 2 * item->padding);
        }
      break;

    case FLOW_SIGNATURE:
      item->height = SIGNATURE_HEIGHT;
      break;

    case FLOW_LOGOS:
      item->height = LOGO_HEIGHT + 18;
      break;

    case FLOW_PAGE_BREAK:
    default:
      item->height = 0;
      break;
    }
}

/* A cache of shaped text for a document laid out again and again, as the
 * preview does after each burst of edits: shaping and breaking the text
 * into lines is nearly all the time a layout takes, and an edit changes
 * one paragraph. A paragraph (or table cell) whose text, attributes,
 * style and measure are unchanged reuses the Pango layout already made;
 * only those the last layout used are kept. */
typedef struct
{
  /* Table cells keep their layout; a paragraph keeps only its measured
   * lines, and is shaped again when a page showing it is drawn: the
   * layouts of a long memorandum's every page would hold over 100 MB. */
  PangoLayout *layout;
  FlowLine    *lines;
  guint        n_lines;
  double       height;
  guint        generation;
} CacheEntry;

struct _ConcordLayoutCache
{
  Typesetter *typesetter;
  GHashTable *entries;
  guint       generation;
  /* Paragraphs and cells the last layout had to shape. */
  guint       misses;
};

static void
cache_entry_free (gpointer data)
{
  CacheEntry *entry = data;

  g_clear_object (&entry->layout);
  g_free (entry->lines);
  g_free (entry);
}

ConcordLayoutCache *
concord_layout_cache_new (void)
{
  ConcordLayoutCache *cache = g_new0 (ConcordLayoutCache, 1);

  cache->typesetter = typesetter_new ();
  cache->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, cache_entry_free);

  return cache;
}

void
concord_layout_cache_free (ConcordLayoutCache *cache)
{
  if (cache == NULL)
    return;

  g_hash_table_unref (cache->entries);
  typesetter_free (cache->typesetter);
  g_free (cache);
}

/* How many paragraphs and table cells the last layout made with the cache
 * had to shape anew. */
guint
concord_layout_cache_get_misses (ConcordLayoutCache *cache)
{
  g_return_val_if_fail (cache != NULL, 0);

  return cache->misses;
}

/* Everything shape_item() reads from an item. */
static char *
cache_key (FlowItem *item,
           FlowCell *cell)
{
  if (cell != NULL)
    {
      g_autofree char *attrs = cell->attrs != NULL ? pango_attr_list_to_string (cell->attrs) : NULL;

      return g_strdup_printf ("c|%d|%.3f|%.3f|%s|%s", cell->style,
                              cell->width - 2 * item->padding - cell->offset - cell->inset, cell->hang,
                              attrs != NULL ? attrs : "", cell->text);
    }

  {
    g_autofree char *attrs = item->attrs != NULL ? pango_attr_list_to_string (item->attrs) : NULL;

    return g_strdup_printf ("t|%d|%.3f|%.3f|%.3f|%d|%s|%s|%s", item->style, item->width, item->indent,
                            item->label_x, item->justify, item->label != NULL ? item->label : "",
                            attrs != NULL ? attrs : "", item->text);
  }
}

static CacheEntry *
cache_lookup (ConcordLayoutCache *cache,
              const char         *key)
{
  CacheEntry *entry = g_hash_table_lookup (cache->entries, key);

  if (entry != NULL)
    entry->generation = cache->generation;

  return entry;
}

static CacheEntry *
cache_store (ConcordLayoutCache *cache,
             char               *key)
{
  CacheEntry *entry = g_new0 (CacheEntry, 1);

  entry->generation = cache->generation;
  g_hash_table_replace (cache->entries, key, entry);
  cache->misses++;

  return entry;
}

static gboolean
entry_is_stale (gpointer key,
                gpointer value,
                gpointer data)
{
  return ((CacheEntry *) value)->generation != GPOINTER_TO_UINT (data);
}

/* Lays an item out and measures it, or takes what the cache knows. */
static void
lay_out_item_cached (Typesetter         *ts,
                     ConcordLayoutCache *cache,
                     FlowItem           *item)
{
  if (cache == NULL || (item->kind != FLOW_TEXT && item->kind != FLOW_ROW))
    {
      _concord_flow_item_shape (ts, item);
      _concord_flow_item_measure (item);
      return;
    }

  if (item->kind == FLOW_TEXT)
    {
      char *key = cache_key (item, NULL);
      CacheEntry *entry = cache_lookup (cache, key);

      if (entry != NULL)
        g_free (key);
      else
        {
          _concord_flow_item_shape (ts, item);
          _concord_flow_item_measure (item);
          entry = cache_store (cache, key);
          entry->lines = g_memdup2 (item->lines, sizeof (FlowLine) * MAX (item->n_lines, 1));
          entry->n_lines = item->n_lines;
          entry->height = item->height;
          _concord_flow_item_release (item);
        }
      g_clear_pointer (&item->lines, g_free);
      item->lines = g_memdup2 (entry->lines, sizeof (FlowLine) * MAX (entry->n_lines, 1));
      item->n_lines = entry->n_lines;
      item->height = entry->height;
      return;
    }

  for (guint i = 0; i < item->cells->len; i++)
    {
      FlowCell *cell = g_ptr_array_index (item->cells, i);
      char *key;
      CacheEntry *entry;

      if (cell->layout != NULL)
        continue;
      key = cache_key (item, cell);
      entry = cache_lookup (cache, key);
      if (entry != NULL)
        g_free (key);
      else
        {
          entry = cache_store (cache, key);
          entry->layout = new_cell_layout (ts, item, cell);
        }
      cell->layout = g_object_ref (entry->layout);
    }
  _concord_flow_item_measure (item);
}

/* Text is laid out on one thread. Pango and cairo 1.16 share fonts
 * between font maps through cairo's global glyph cache, and two threads
 * laying text out at once were seen here to change line breaks (so the
 * PDF's bytes) and to crash inside cairo_scaled_font_glyph_extents. A
 * second core is used by a child process instead (concord-render-measure.c),
 * when the caller has no other threads and says so. */
/* Bytes of text whose layouts an uncached layout keeps from measuring to
 * drawing: the 2,000-clause benchmark document (1.5 MB of text) fits, so
 * ordinary memoranda are shaped once. */
#define LAYOUT_TEXT_BUDGET (4 * 1024 * 1024)
/* With a child measuring the second half (whose glyphs wait in a file of
 * shared memory, GLYPH_FILE_BUDGET at most, not in this process's heap),
 * this process keeps less of its own half:
 * a 16 MiB file's export then needs half the memory, and the benchmark
 * document's first half still fits. */
#define LAYOUT_TEXT_BUDGET_SPLIT (1024 * 1024)

/* Text (bytes) past which an export measures half of the paragraphs in a
 * child process, when the caller allows it. Below it (a memorandum of two
 * or three pages) the child costs what it saves: measured here, 3 clauses
 * (5 KiB of text) took the same time either way, 8 clauses (11 KiB) 7%
 * less with the child, and 30 clauses (36 KiB) 17% less. */
#define CHILD_MEASURE_MIN_TEXT (8 * 1024)

/* Where the second half of the text starts: the child measures from there
 * while this process lays out the first half, so both finish together. */
static guint
half_of_the_text (GPtrArray *items,
                  gsize      total)
{
  gsize seen = 0;

  for (guint i = 0; i < items->len; i++)
    {
      FlowItem *item = g_ptr_array_index (items, i);

      if (item->text != NULL)
        seen += strlen (item->text);
      if (seen >= total / 2)
        return i + 1;
    }

  return items->len;
}

static void
lay_out_all (ConcordDocumentLayout *self,
             ConcordLayoutCache    *cache)
{
  g_autoptr(ConcordMeasurer) measurer = NULL;
  g_autoptr(ConcordFontBook) book = NULL;
  gsize kept = 0, total = 0, budget = LAYOUT_TEXT_BUDGET;
  guint split = self->items->len;

  if (cache != NULL)
    {
      cache->generation++;
      cache->misses = 0;
    }
  else if (self->options.processes >= 2)
    {
      for (guint i = 0; i < self->items->len; i++)
        {
          FlowItem *item = g_ptr_array_index (self->items, i);

          total += item->text != NULL ? strlen (item->text) : 0;
        }
      if (total > CHILD_MEASURE_MIN_TEXT)
        {
          split = half_of_the_text (self->items, total);
          typesetter_settle_fonts (self->typesetter);
          measurer = _concord_measurer_start (self->typesetter, self->items, split);
          if (measurer != NULL)
            {
              budget = LAYOUT_TEXT_BUDGET_SPLIT;
              book = _concord_font_book_new (self->typesetter);
            }
        }
    }

  for (guint i = 0; i < self->items->len; i++)
    {
      FlowItem *item = g_ptr_array_index (self->items, i);

      /* The child measures the second half's text; tables, signatures
       * and logos are measured here, as their layouts are kept. */
      if (measurer != NULL && i >= split && item->kind == FLOW_TEXT)
        continue;
      lay_out_item_cached (self->typesetter, cache, item);
      /* The child's glyphs are drawn with the fonts of this half. */
      if (book != NULL && item->kind == FLOW_TEXT && item->layout != NULL)
        _concord_font_book_note (book, item->layout);
      /* A long memorandum's every layout would not fit in memory (a 16 MiB
       * file needed 800 MiB): past a budget of text, an item keeps only its
       * measured lines and is shaped again when its page is drawn. */
      if (cache == NULL && item->text != NULL)
        {
          kept += strlen (item->text);
          if (kept > budget)
            _concord_flow_item_release (item);
        }
    }
  if (measurer != NULL)
    self->glyphs = _concord_measurer_finish (measurer, self->typesetter, self->items, split, book);

  if (cache != NULL)
    g_hash_table_foreach_remove (cache->entries, entry_is_stale, GUINT_TO_POINTER (cache->generation));
}

static GRecMutex render_lock;

void
concord_render_lock (void)
{
  g_rec_mutex_lock (&render_lock);
}

gboolean
concord_render_trylock (void)
{
  return g_rec_mutex_trylock (&render_lock);
}

void
concord_render_unlock (void)
{
  g_rec_mutex_unlock (&render_lock);
}

/* Pagination */

typedef struct
{
  ConcordDocumentLayout *self;
  Page                  *page;
  double                 y;
  double                 avail;
  FlowItem              *page_header;
} Paginator;

static void
free_page (gpointer data)
{
  Page *page = data;

  g_array_unref (page->placements);
  g_free (page);
}

static void
new_page (Paginator *p)
{
  p->page = g_new0 (Page, 1);
  p->page->placements = g_array_new (FALSE, FALSE, sizeof (Placement));
  g_ptr_array_add (p->self->pages, p->page);
  p->y = 0;
  p->page_header = NULL;
}

static void
place (Paginator *p,
       FlowItem  *item,
       guint      first,
       guint      n)
{
  Placement placement = { item, first, n, p->y, 0, 0 };

  g_array_append_val (p->page->placements, placement);
  item->last_page = p->self->pages->len - 1;
  if (item->kind == FLOW_ROW && item->header == NULL && item->shaded)
    p->page_header = item;
}

/* The header row repeated above @item on a new page, or NULL. A header
 * taller than a third of the page is printed once only: repeating it
 * would leave little room for the rows, or none. */
static FlowItem *
repeated_header (const FlowItem *item,
                 double          body)
{
  if (item->kind != FLOW_ROW || item->header == NULL || item->header->height > body / 3)
    return NULL;

  return item->header;
}

static double
first_lines_height (FlowItem *item)
{
  if (item->kind != FLOW_TEXT || item->n_lines <= MIN_LINES || item->keep_with_next)
    return item->height;

  return item->lines[MIN_LINES - 1].bottom;
}

/* The room an item needs at the bottom of a page: itself, and whatever it
 * must stay with (a heading keeps the first lines of what follows). */
static double
needed (ConcordDocumentLayout *self,
        guint                  index,
        guint                  depth)
{
  FlowItem *item = g_ptr_array_index (self->items, index);
  double need = first_lines_height (item);
  double body = self->page_height - self->margin_top - self->margin_bottom;

  /* A row too tall for any page is cut wherever it starts: what comes
   * before it needs only room for its first lines. */
  FlowItem *header = repeated_header (item, body);

  if (item->kind == FLOW_ROW && item->height > body - (header != NULL ? header->height : 0))
    need = MIN (item->height, TALL_ROW_START);

  if (item->keep_with_next && depth < 4 && index + 1 < self->items->len)
    {
      FlowItem *next = g_ptr_array_index (self->items, index + 1);

      if (next->kind != FLOW_PAGE_BREAK)
        need += _concord_styles[item->style].space_after + _concord_styles[next->style].space_before +
                needed (self, index + 1, depth + 1);
    }

  return need;
}

static void
place_whole (Paginator *p,
             guint      index)
{
  FlowItem *item = g_ptr_array_index (p->self->items, index);
  double before = p->y > 0 ? _concord_styles[item->style].space_before : 0;
  double need = MIN (needed (p->self, index, 0), p->avail);
  FlowItem *header;

  if (p->y > 0 && p->y + before + need > p->avail)
    {
      new_page (p);
      before = 0;
    }

  /* A table running onto a new page repeats its header row first. */
  header = repeated_header (item, p->avail);
  if (header != NULL && p->page_header != header)
    {
      place (p, header, 0, 0);
      p->page_header = header;
      p->y += header->height;
    }

  p->y += before;
  place (p, item, 0, item->n_lines);
  p->y += item->height + _concord_styles[item->style].space_after + item->gap_after;
}

/* The room a row has on a page of its own, below its repeated header. */
static double
row_room (Paginator *p,
          FlowItem  *item)
{
  FlowItem *header = repeated_header (item, p->avail);

  return p->avail - (header != NULL ? header->height : 0);
}

/* A table row taller than a page (a cell of a 100,000-character name) is
 * cut between lines of text into parts, one to a page, each under the
 * table's header, rather than running off the foot of the page. */
static void
place_tall_row (Paginator *p,
                FlowItem  *item)
{
  double from = 0;

  while (from < item->height)
    {
      FlowItem *header = repeated_header (item, p->avail);
      double room;
      double to;
      Placement *pl;

      if (header != NULL && p->page_header == header)
        header = NULL;
      room = p->avail - p->y - (header != NULL ? header->height : 0);
      to = _concord_row_cut (item, from, room);

      if (to <= from && p->y > 0)
        {
          new_page (p);
          continue;
        }
      /* A single line taller than the page: cut it anyway. */
      if (to <= from)
        to = MIN (from + MAX (room, 1), item->height);
      if (header != NULL)
        {
          place (p, header, 0, 0);
          p->page_header = header;
          p->y += header->height;
        }
      place (p, item, 0, 0);
      pl = &g_array_index (p->page->placements, Placement, p->page->placements->len - 1);
      pl->from = from;
      pl->to = to;
      p->y += to - from;
      from = to;
      if (from < item->height)
        new_page (p);
    }
  p->y += _concord_styles[item->style].space_after + item->gap_after;
}

/* A paragraph may break across pages, but never leaving fewer than two of
 * its lines at the foot of one page or the head of the next. */
static void
place_lines (Paginator *p,
             FlowItem  *item)
{
  guint k = 0;

  if (p->y > 0)
    p->y += _concord_styles[item->style].space_before;

  while (k < item->n_lines)
    {
      guint left = item->n_lines - k;
      guint fit = 0;
      double top = item->lines[k].top;

      while (fit < left && p->y + item->lines[k + fit].bottom - top <= p->avail)
        fit++;

      if (fit >= left)
        {
          place (p, item, k, left);
          p->y += item->lines[item->n_lines - 1].bottom - top + _concord_styles[item->style].space_after;
          return;
        }

      if (left - fit < MIN_LINES)
        fit = left > MIN_LINES ? left - MIN_LINES : 0;
      if (fit < MIN_LINES && p->y > 0)
        {
          new_page (p);
          continue;
        }
      fit = MAX (fit, 1);

      place (p, item, k, fit);
      k += fit;
      new_page (p);
    }
}

static void
paginate (ConcordDocumentLayout *self)
{
  Paginator p = { self, NULL, 0, self->page_height - self->margin_top - self->margin_bottom, NULL };

  new_page (&p);
  for (guint i = 0; i < self->items->len; i++)
    {
      FlowItem *item = g_ptr_array_index (self->items, i);

      if (item->kind == FLOW_PAGE_BREAK)
        {
          if (p.page->placements->len > 0)
            new_page (&p);
          continue;
        }

      if (item->kind == FLOW_TEXT && !item->keep_with_next && item->n_lines > 2 * MIN_LINES - 1)
        place_lines (&p, item);
      else if (item->kind == FLOW_ROW && item->height > row_room (&p, item))
        place_tall_row (&p, item);
      else
        place_whole (&p, i);
    }

  for (guint i = 0; i < self->pages->len; i++)
    {
      Page *page = g_ptr_array_index (self->pages, i);

      for (guint j = 0; j < page->placements->len; j++)
        {
          Placement *pl = &g_array_index (page->placements, Placement, j);

          if (pl->item->dest != NULL && pl->first_line == 0 &&
              !g_hash_table_contains (self->dest_pages, pl->item->dest))
            g_hash_table_insert (self->dest_pages, pl->item->dest, GUINT_TO_POINTER (i));
        }
    }
}

/* Drafts say so in the running head as well as across the page, where
 * text extraction and screen readers find it. The marking goes beside
 * it, or centred at the top and the bottom of the page, as UK marking
 * guidance asks. */
static void
set_up_marking (ConcordDocumentLayout *self)
{
  ConcordMemorandum *m = self->memorandum;
  const char *marking = concord_memorandum_get_marking (m);

  if (marking != NULL && concord_memorandum_get_print_marking (m) == CONCORD_MARKING_PLACEMENT_CENTRED)
    {
      self->marking_centred = g_strdup (marking);
      marking = NULL;
    }

  if (self->watermark)
    self->header_right = marking != NULL
      ? g_strdup_printf ("%s · %s", CONCORD_WORD (concord_memorandum_get_language (self->memorandum), "DRAFT"), marking)
      : g_strdup (CONCORD_WORD (concord_memorandum_get_language (self->memorandum), "DRAFT"));
  else
    self->header_right = g_strdup (marking);
}

static gboolean
set_up_options (ConcordDocumentLayout *self,
                GError               **error)
{
  ConcordMemorandum *m = self->memorandum;

  if (self->options.counterpart != NULL)
    {
      ConcordParty *party = concord_memorandum_find_party (m, self->options.counterpart);

      if (party == NULL || concord_party_get_kind (party) != CONCORD_PARTY_KIND_SIGNATORY)
        {
          g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_NOT_FOUND,
                       _("“%s” is not a signatory of this memorandum, so it holds no counterpart"),
                       self->options.counterpart);
          return FALSE;
        }
      self->counterpart_name = g_strdup (concord_party_get_display_name (party, TRUE));
    }

  /* Two alternatives in one text are a draft, whatever the status says. */
  self->watermark = (!self->options.signed_copy && concord_memorandum_get_status (m) != CONCORD_STATUS_SIGNED)
                    || g_list_model_get_n_items (concord_memorandum_get_conflicts (m)) > 0;
  self->header_left = _concord_describe_header (m);
  set_up_marking (self);
  self->fingerprint = concord_memorandum_fingerprint (m);

  return TRUE;
}

ConcordDocumentLayout *
concord_document_layout_new (ConcordMemorandum          *memorandum,
                             const ConcordRenderOptions *options,
                             GError                    **error)
{
  return concord_document_layout_new_with_cache (memorandum, options, NULL, error);
}

/* As concord_document_layout_new(), reusing the text a cache holds from
 * earlier layouts. One layout at a time may use a cache. */
static ConcordDocumentLayout *
layout_new (ConcordMemorandum          *memorandum,
            const ConcordRenderOptions *options,
            ConcordLayoutCache         *cache,
            ConcordFlowFunc             build,
            gpointer                    data,
            GError                    **error);

ConcordDocumentLayout *
concord_document_layout_new_with_cache (ConcordMemorandum          *memorandum,
                                        const ConcordRenderOptions *options,
                                        ConcordLayoutCache         *cache,
                                        GError                    **error)
{
  return layout_new (memorandum, options, cache, NULL, NULL, error);
}

ConcordDocumentLayout *
_concord_document_layout_new_custom (ConcordMemorandum          *memorandum,
                                     const ConcordRenderOptions *options,
                                     ConcordFlowFunc             build,
                                     gpointer                    data,
                                     GError                    **error)
{
  return layout_new (memorandum, options, NULL, build, data, error);
}

static ConcordDocumentLayout *
layout_new (ConcordMemorandum          *memorandum,
            const ConcordRenderOptions *options,
            ConcordLayoutCache         *cache,
            ConcordFlowFunc             build,
            gpointer                    data,
            GError                    **error)
{
  g_autoptr(ConcordDocumentLayout) self = NULL;
  static const ConcordRenderOptions defaults = { CONCORD_PAPER_A4, FALSE, NULL };
  GThread *dictionaries = NULL;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), NULL);

  self = g_new0 (ConcordDocumentLayout, 1);
  self->memorandum = g_object_ref (memorandum);
  self->options = options != NULL ? *options : defaults;
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) _concord_flow_item_free);
  self->pages = g_ptr_array_new_with_free_func (free_page);
  self->dest_pages = g_hash_table_new (g_str_hash, g_str_equal);

  if (self->options.paper == CONCORD_PAPER_LETTER)
    {
      self->page_width = 612;
      self->page_height = 792;
    }
  else
    {
      self->page_width = MM (210);
      self->page_height = MM (297);
    }
  self->margin_left = self->margin_right = MM (25);
  self->margin_top = MM (25);
  self->margin_bottom = MM (22);

  /* The caller's counterpart id is only borrowed while it is resolved. */
  if (!set_up_options (self, error))
    return NULL;
  self->options.counterpart = NULL;

  /* A fresh export: the dictionaries are read on the other core while the
   * fonts are looked up here, which the first layout would do anyway. */
  if (cache == NULL)
    dictionaries = _concord_hyphenation_prepare (concord_memorandum_get_language (memorandum),
                                                 concord_memorandum_get_translation_language (memorandum));
  self->typesetter = cache != NULL ? g_rc_box_acquire (cache->typesetter) : typesetter_new ();
  if (dictionaries != NULL)
    typesetter_load_fonts (self->typesetter);

  if (build != NULL)
    _concord_build_custom_flow (self, build, data);
  else
    _concord_build_flow (self);
  if (dictionaries != NULL)
    g_thread_join (dictionaries);
  lay_out_all (self, cache);
  paginate (self);

  return g_steal_pointer (&self);
}

void
concord_document_layout_free (ConcordDocumentLayout *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->dest_pages, g_hash_table_unref);
  g_clear_pointer (&self->glyphs, _concord_glyph_source_free);
  g_clear_pointer (&self->typesetter, typesetter_free);
  g_clear_object (&self->memorandum);
  g_free (self->counterpart_name);
  g_free (self->fingerprint);
  g_free (self->header_left);
  g_free (self->header_right);
  g_free (self->marking_centred);
  g_free (self);
}

/* Layouts are most of a laid-out document's memory (about 100 MB for a
 * thousand pages); once pages are drawn for good (into a PDF), the layouts
 * no later page needs are dropped. Drawing a page again lays its text out
 * again, with the same line breaks. */
void
_concord_document_layout_release_pages (ConcordDocumentLayout *self,
                                        guint                  first,
                                        guint                  end)
{
  for (guint p = first; p < end && p < self->pages->len; p++)
    {
      Page *page = g_ptr_array_index (self->pages, p);

      for (guint i = 0; i < page->placements->len; i++)
        {
          FlowItem *item = g_array_index (page->placements, Placement, i).item;

          /* Repeated table headers appear on many pages; keep them. */
          if (item->last_page < end && !(item->kind == FLOW_ROW && item->shaded && item->header == NULL))
            _concord_flow_item_release (item);
        }
    }
}

guint
concord_document_layout_get_n_pages (ConcordDocumentLayout *self)
{
  return self->pages->len;
}

void
concord_document_layout_get_page_size (ConcordDocumentLayout *self,
                                       double                *width,
                                       double                *height)
{
  if (width != NULL)
    *width = self->page_width;
  if (height != NULL)
    *height = self->page_height;
}

/* The page (from 0) where a section, clause or annex starts, or -1. */
int
concord_document_layout_find_page (ConcordDocumentLayout *self,
                                   const char            *id)
{
  static const char *prefixes[] = { "c-", "s-", "a-" };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      g_autofree char *dest = g_strconcat (prefixes[i], id, NULL);
      gpointer page;

      if (g_hash_table_lookup_extended (self->dest_pages, dest, NULL, &page))
        return GPOINTER_TO_INT (page);
    }

  return -1;
}

/* Drawing */

static void
show_text (ConcordDocumentLayout *self,
           cairo_t               *cr,
           StyleId                style,
           const char            *text,
           double                 x,
           double                 y,
           PangoAlignment         align,
           double                 width)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontDescription *font = pango_font_description_from_string (_concord_styles[style].font);
  g_autofree char *start = NULL;
  g_autofree char *shortened = NULL;

  /* A running head or foot shows one line of a field that may be a
   * megabyte long, on every page: only its start can be seen anyway. */
  if (style == STYLE_SMALL && g_utf8_strlen (text, RUNNING_TEXT_LIMIT + 1) > RUNNING_TEXT_LIMIT)
    {
      start = g_utf8_substring (text, 0, RUNNING_TEXT_LIMIT);
      text = shortened = g_strconcat (start, "…", NULL);
    }

  layout = pango_layout_new (typesetter_context_for (self->typesetter, text));
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_alignment (layout, align);
      /* Running heads and feet keep to one line. */
      if (style == STYLE_SMALL)
        pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_watermark (ConcordDocumentLayout *self,
                cairo_t               *cr)
{
  const char *draft = CONCORD_WORD (concord_memorandum_get_language (self->memorandum), "DRAFT");
  g_autoptr(PangoLayout) layout = pango_layout_new (typesetter_context_for (self->typesetter, draft));
  PangoFontDescription *font = pango_font_description_from_string (CONCORD_SANS " Bold 120");
  PangoRectangle ink;

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, draft, -1);
  pango_layout_get_extents (layout, NULL, &ink);

  cairo_save (cr);
  cairo_translate (cr, self->page_width / 2, self->page_height / 2);
  cairo_rotate (cr, -atan2 (self->page_height, self->page_width));
  cairo_set_source_rgba (cr, 0.6, 0.6, 0.6, 0.22);
  cairo_move_to (cr, -ink.width / 2.0 / PANGO_SCALE, -ink.height / 2.0 / PANGO_SCALE);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/* The marking centred in bold at the top and the bottom of the page,
 * clear of the running head and the page number. */
static void
draw_centred_marking (ConcordDocumentLayout *self,
                      cairo_t               *cr)
{
  double width = self->page_width - self->margin_left - self->margin_right;
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontDescription *font = pango_font_description_from_string (CONCORD_SANS " Bold 9");
  g_autofree char *start = NULL;
  const char *text = self->marking_centred;

  if (g_utf8_strlen (text, RUNNING_TEXT_LIMIT + 1) > RUNNING_TEXT_LIMIT)
    text = start = g_utf8_substring (text, 0, RUNNING_TEXT_LIMIT);
  layout = pango_layout_new (typesetter_context_for (self->typesetter, text));
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (layout, text, -1);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_move_to (cr, self->margin_left, MM (6));
  pango_cairo_show_layout (cr, layout);
  cairo_move_to (cr, self->margin_left, self->page_height - MM (9.5));
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static void
draw_furniture (ConcordDocumentLayout *self,
                cairo_t               *cr,
                guint                  page)
{
  double width = self->page_width - self->margin_left - self->margin_right;
  double footer_y = self->page_height - self->margin_bottom + MM (8);
  double header_y = self->margin_top - MM (12);
  const char *language = concord_memorandum_get_language (self->memorandum);
  g_autofree char *page_text = g_strdup_printf (CONCORD_WORD (language, "Page %u of %u"),
                                                page + 1, self->pages->len);
  g_autofree char *short_print = g_strndup (self->fingerprint, 12);

  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  show_text (self, cr, STYLE_SMALL, self->header_left, self->margin_left, header_y, PANGO_ALIGN_LEFT, width * 0.7);
  if (self->header_right != NULL)
    show_text (self, cr, STYLE_SMALL, self->header_right, self->margin_left, header_y, PANGO_ALIGN_RIGHT, width);
  show_text (self, cr, STYLE_SMALL, page_text, self->margin_left, footer_y, PANGO_ALIGN_CENTER, width);
  show_text (self, cr, STYLE_SMALL, short_print, self->margin_left, footer_y, PANGO_ALIGN_RIGHT, width);
  if (self->counterpart_name != NULL)
    {
      g_autofree char *held = g_strdup_printf (CONCORD_WORD (language, "Counterpart held by %s"),
                                              self->counterpart_name);

      show_text (self, cr, STYLE_SMALL, held, self->margin_left, footer_y, PANGO_ALIGN_LEFT, width * 0.4);
    }

  if (self->marking_centred != NULL)
    draw_centred_marking (self, cr);

  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_set_line_width (cr, 0.4);
  cairo_move_to (cr, self->margin_left, header_y + 13);
  cairo_line_to (cr, self->margin_left + width, header_y + 13);
  cairo_stroke (cr);
}

static void
set_grey (cairo_t *cr,
          double   grey)
{
  cairo_set_source_rgb (cr, grey, grey, grey);
}

static void
draw_text (ConcordDocumentLayout *self,
           cairo_t               *cr,
           const Placement       *pl,
           double                 x0,
           double                 y0)
{
  FlowItem *item = pl->item;
  double top = item->lines[pl->first_line].top;
  g_autoptr(GPtrArray) glyph_lines = NULL;
  GSList *lines;
  gboolean tagged = pl->first_line == 0 && (item->dest != NULL || item->link != NULL);

  /* Glyphs from the child process, or shaped here. */
  if (item->layout == NULL)
    glyph_lines = _concord_glyph_source_read (self->glyphs, item);
  if (glyph_lines == NULL && item->glyphs_size > 0)
    {
      g_debug ("the glyphs of a paragraph did not read back: shaped here");
      item->glyphs_size = 0;
    }
  if (glyph_lines == NULL)
    _concord_flow_item_shape (self->typesetter, item);
  lines = item->layout != NULL ? pango_layout_get_lines_readonly (item->layout) : NULL;

  if (pl->first_line == 0 && item->dest != NULL)
    {
      g_autofree char *attrs = g_strdup_printf ("name='%s'", item->dest);

      cairo_tag_begin (cr, CAIRO_TAG_DEST, attrs);
    }
  if (pl->first_line == 0 && item->link != NULL)
    {
      g_autofree char *attrs = g_strdup_printf ("dest='%s'", item->link);

      cairo_tag_begin (cr, CAIRO_TAG_LINK, attrs);
    }

  set_grey (cr, _concord_styles[item->style].grey);
  if (glyph_lines != NULL)
    for (guint k = pl->first_line; k < pl->first_line + pl->n_lines && k < glyph_lines->len; k++)
      {
        cairo_move_to (cr, x0 + item->indent + item->lines[k].x, y0 + pl->y + item->lines[k].baseline - top);
        _concord_show_glyph_runs (cr, item->text, g_ptr_array_index (glyph_lines, k));
      }
  lines = g_slist_nth (lines, pl->first_line);
  for (guint k = pl->first_line; k < pl->first_line + pl->n_lines && lines != NULL; k++, lines = lines->next)
    {
      cairo_move_to (cr, x0 + item->indent + item->lines[k].x, y0 + pl->y + item->lines[k].baseline - top);
      pango_cairo_show_layout_line (cr, lines->data);
    }

  if (pl->first_line == 0 && item->label_layout != NULL)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (item->label_layout, 0);

      cairo_move_to (cr, x0 + item->label_x, y0 + pl->y + item->lines[0].baseline - top);
      pango_cairo_show_layout_line (cr, line);
    }

  if (pl->first_line == 0 && item->link != NULL)
    {
      gpointer page;

      if (g_hash_table_lookup_extended (self->dest_pages, item->link, NULL, &page))
        {
          g_autofree char *number = g_strdup_printf ("%u", GPOINTER_TO_UINT (page) + 1);
          double width = self->page_width - self->margin_left - self->margin_right;

          show_text (self, cr, item->style, number, x0, y0 + pl->y, PANGO_ALIGN_RIGHT, width);
        }
      cairo_tag_end (cr, CAIRO_TAG_LINK);
    }
  if (pl->first_line == 0 && item->dest != NULL)
    cairo_tag_end (cr, CAIRO_TAG_DEST);
  (void) tagged;
}

static void
draw_signature_line (ConcordDocumentLayout *self,
                     cairo_t               *cr,
                     double                 x,
                     double                 y,
                     double                 width,
                     const char            *label,
                     const char            *value)
{
  cairo_set_source_rgb (cr, 0, 0, 0);
  show_text (self, cr, STYLE_TABLE, label, x, y - 11, PANGO_ALIGN_LEFT, 0);
  if (value != NULL)
    show_text (self, cr, STYLE_BODY, value, x + 70, y - 14, PANGO_ALIGN_LEFT, 0);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, x + 68, y);
  cairo_line_to (cr, x + width, y);
  cairo_stroke (cr);
}

static double
value_width (ConcordDocumentLayout *self,
             const char            *text)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontDescription *font;
  PangoRectangle logical;

  if (text == NULL)
    return 0;
  layout = pango_layout_new (typesetter_context_for (self->typesetter, text));
  font = pango_font_description_from_string (_concord_styles[STYLE_BODY].font);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);

  return (double) logical.width / PANGO_SCALE;
}

static void
draw_signature (ConcordDocumentLayout *self,
                cairo_t               *cr,
                const Placement       *pl,
                double                 x0,
                double                 y0)
{
  FlowItem *item = pl->item;
  ConcordSignature *sig = item->signature;
  g_auto(ConcordSigning) signing = { 0 };
  /* A block shows what was recorded only once that signature is; until
   * then it keeps its lines to sign on, as on a counterpart printed for
   * signing. */
  gboolean filled;
  double y = y0 + pl->y;
  double width;
  double line_y = y + 56;

  concord_signing_init (&signing, self->memorandum, sig);
  filled = (self->options.signed_copy ||
            concord_memorandum_get_status (self->memorandum) == CONCORD_STATUS_SIGNED) && signing.recorded;
  /* The lines are as long as the longest value on them (two offices make
   * a long title), to the width of the text. */
  width = MIN (item->width, MAX (330, 74 + MAX (value_width (self, signing.person),
                                                 value_width (self, signing.office))));
  cairo_set_source_rgb (cr, 0, 0, 0);
  show_text (self, cr, STYLE_CLAUSE_HEADING, signing.heading, x0, y + 4, PANGO_ALIGN_LEFT, item->width);
  if (filled && concord_signature_get_image (sig) != NULL)
    _concord_image_draw (cr, concord_signature_get_image (sig), x0 + 70, y + 20, 200, 34);
  draw_signature_line (self, cr, x0, line_y, width, CONCORD_WORD (concord_memorandum_get_language (self->memorandum), "Signature"), NULL);
  if (signing.name_line)
    draw_signature_line (self, cr, x0, line_y += 24, width, CONCORD_WORD (concord_memorandum_get_language (self->memorandum), "Name"), signing.person);
  if (signing.title_line)
    draw_signature_line (self, cr, x0, line_y += 24, width, CONCORD_WORD (concord_memorandum_get_language (self->memorandum), "Title"), signing.office);
  draw_signature_line (self, cr, x0, line_y += 24, width, CONCORD_WORD (concord_memorandum_get_language (self->memorandum), "Date"),
                       filled ? concord_signature_get_date (sig) : NULL);
  if (filled && concord_signature_get_place (sig) != NULL)
    show_text (self, cr, STYLE_TABLE, concord_signature_get_place (sig), x0 + width + 12, line_y - 12,
               PANGO_ALIGN_LEFT, 0);
}

/* The logos side by side at one height, each as wide as its proportions
 * make it, no more than a third of the line. */
static void
draw_logos (const Placement *pl,
            double           x0,
            double           y0,
            cairo_t         *cr)
{
  FlowItem *item = pl->item;
  double x = x0;

  for (guint i = 0; i < item->logos->len; i++)
    {
      GBytes *logo = g_ptr_array_index (item->logos, i);
      double w = MIN (LOGO_HEIGHT * _concord_logo_aspect (logo), item->width / 3);

      if (x + w > x0 + item->width)
        break;
      _concord_image_draw (cr, logo, x, y0 + pl->y, w, LOGO_HEIGHT);
      x += w + 18;
    }
}

void
concord_document_layout_draw_page (ConcordDocumentLayout *self,
                                   cairo_t               *cr,
                                   guint                  page_index)
{
  Page *page;

  g_return_if_fail (self != NULL);
  g_return_if_fail (page_index < self->pages->len);

  page = g_ptr_array_index (self->pages, page_index);
  for (guint i = 0; i < page->placements->len; i++)
    {
      FlowItem *item = g_array_index (page->placements, Placement, i).item;

      /* Text the child process shaped needs only its label here. */
      if (item->kind == FLOW_TEXT && item->layout == NULL && item->glyphs_size > 0 &&
          self->glyphs != NULL)
        {
          if (item->label != NULL)
            (void) shape_label (self->typesetter, item);
        }
      else
        _concord_flow_item_shape (self->typesetter, item);
    }

  cairo_save (cr);
  if (self->watermark)
    draw_watermark (self, cr);
  draw_furniture (self, cr, page_index);

  for (guint i = 0; i < page->placements->len; i++)
    {
      const Placement *pl = &g_array_index (page->placements, Placement, i);

      switch (pl->item->kind)
        {
        case FLOW_TEXT:
          draw_text (self, cr, pl, self->margin_left, self->margin_top);
          break;
        case FLOW_ROW:
          _concord_draw_row (cr, pl->item, self->margin_left, self->margin_top + pl->y, pl->from,
                             pl->to > 0 ? pl->to : pl->item->height);
          break;
        case FLOW_SIGNATURE:
          draw_signature (self, cr, pl, self->margin_left, self->margin_top);
          break;
        case FLOW_LOGOS:
          draw_logos (pl, self->margin_left, self->margin_top, cr);
          break;
        case FLOW_PAGE_BREAK:
        default:
          break;
        }
    }
  cairo_restore (cr);
}
