/* concord-render-private.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "concord-render.h"

G_BEGIN_DECLS

/* Typographic styles: fonts, sizes and spacing in points. */
typedef enum
{
  STYLE_TITLE,
  STYLE_SUBTITLE,
  STYLE_HEADING,
  STYLE_CLAUSE_HEADING,
  STYLE_BODY,
  STYLE_FACTS,
  STYLE_TABLE,
  STYLE_TABLE_HEADER,
  STYLE_CONTENTS,
  STYLE_SMALL,
  N_STYLES,
} StyleId;

typedef struct
{
  const char *font;
  double      space_before;
  double      space_after;
  gboolean    justify;
  gboolean    hyphenate;
  double      grey;
} Style;

extern const Style _concord_styles[N_STYLES];

#define CONCORD_SERIF "Noto Serif, DejaVu Serif, serif"
#define CONCORD_SANS  "Noto Sans, DejaVu Sans, sans"

/* The faces of the families the styles name, standing in for the
 * system's fonts where they have every character
 * (concord-render-fonts.c). _concord_narrow_fonts_get() gives a
 * reference, or NULL when they cannot stand in. */
typedef struct _ConcordNarrowFonts ConcordNarrowFonts;

const ConcordNarrowFonts *_concord_narrow_fonts_get          (void);
PangoFontMap             *_concord_narrow_fonts_new_font_map (const ConcordNarrowFonts *fonts);
void                      _concord_narrow_fonts_unref        (const ConcordNarrowFonts *fonts);
gboolean                  _concord_narrow_fonts_cover        (const ConcordNarrowFonts *fonts,
                                                              const char               *text,
                                                              gunichar                 *lacking);

typedef enum
{
  FLOW_TEXT,
  FLOW_ROW,
  FLOW_SIGNATURE,
  FLOW_PAGE_BREAK,
  FLOW_LOGOS,
} FlowKind;

/* One line of a laid-out text, relative to the top of its layout. */
typedef struct
{
  double top;
  double baseline;
  double bottom;
  double x;
} FlowLine;

typedef struct _FlowItem FlowItem;
typedef struct _Typesetter Typesetter;

typedef struct
{
  char          *text;
  PangoAttrList *attrs;
  StyleId        style;
  double         width;
  PangoAlignment align;
  PangoLayout   *layout;
  double         height;
  /* Ruled lines to write on, in an empty cell of a form. */
  guint          fill;
  /* Side-by-side text (a bilingual memorandum's columns): the text starts
   * `offset` in from the cell's left and stops `inset` short of its
   * right; with `hang`, its first line starts with a label and a tab
   * and the lines after it are indented that far. */
  double         offset;
  double         inset;
  double         hang;
} FlowCell;

struct _FlowItem
{
  FlowKind       kind;
  StyleId        style;
  double         indent;
  double         width;
  gboolean       keep_with_next;
  gboolean       justify;

  /* FLOW_TEXT: the text to lay out, and the label hung in the margin
   * before its first line ("1.2", "(a)"). */
  char          *text;
  PangoAttrList *attrs;
  char          *label;
  double         label_x;
  PangoLayout   *layout;
  PangoLayout   *label_layout;
  FlowLine      *lines;
  guint          n_lines;
  /* Where the child process's glyphs of the text are in its glyph file
   * (concord-render-measure.c); size 0 for none. */
  guint64        glyphs_at;
  guint64        glyphs_size;

  /* FLOW_ROW: one table row; `header` is the header row that repeats at
   * the top of each page the table runs on. */
  GPtrArray     *cells;
  FlowItem      *header;
  double         padding;
  gboolean       shaded;
  /* A memorandum's own table: ruled round every cell. */
  gboolean       boxed;
  /* Room left after the item beyond its style's (after a table). */
  double         gap_after;
  /* Two texts side by side: no rule under the row. */
  gboolean       bare;
  /* Which part of what a builder built the item belongs to (a clause's
   * heading 0, its blocks 1, 2…), to set two languages side by side. */
  guint          anchor;

  /* FLOW_SIGNATURE */
  ConcordSignature *signature;
  ConcordParty     *party;
  cairo_surface_t  *image;

  /* FLOW_LOGOS: the parties' logos (GBytes, PNG or SVG) in a row. */
  GPtrArray        *logos;

  /* Navigation: a named destination, a PDF outline entry, a contents
   * entry that links to a destination and shows its page number. */
  char          *dest;
  char          *outline;
  guint          outline_level;
  char          *link;

  double         height;
  guint          last_page;
};

typedef struct
{
  FlowItem *item;
  guint     first_line;
  guint     n_lines;
  double    y;
  /* FLOW_ROW: the part of the row on this page, from its top; a row
   * taller than a page is cut into parts. to is 0 for the whole row. */
  double    from;
  double    to;
} Placement;

typedef struct
{
  GArray *placements;
} Page;

struct _ConcordDocumentLayout
{
  ConcordMemorandum    *memorandum;
  ConcordRenderOptions  options;
  char                 *counterpart_name;
  char                 *fingerprint;
  char                 *header_left;
  char                 *header_right;
  /* The protective marking when it prints centred at the top and the
   * bottom of every page, NULL otherwise. */
  char                 *marking_centred;
  gboolean              watermark;

  double                page_width;
  double                page_height;
  double                margin_left;
  double                margin_right;
  double                margin_top;
  double                margin_bottom;

  GPtrArray            *items;
  GPtrArray            *pages;
  GHashTable           *dest_pages;

  /* Owns the fonts the layouts refer to. */
  Typesetter           *typesetter;
  /* The glyphs a child process shaped, or NULL. */
  struct _ConcordGlyphSource *glyphs;
};

/* The context text is laid out with, or with @system the one with all
 * the system's fonts (the same when the styles' faces cannot stand in
 * for them). */
PangoContext *_concord_typesetter_get_context (Typesetter *ts,
                                               gboolean    system);

/* Laying out and measuring one item (concord-render-layout.c). */
void       _concord_flow_item_shape     (Typesetter       *ts,
                                         FlowItem         *item);
void       _concord_flow_item_measure   (FlowItem         *item);
void       _concord_flow_item_release   (FlowItem         *item);

/* Measuring the text of items[first..] in a child process, whose line
 * breaks come back over a pipe (concord-render-measure.c). */
typedef struct _ConcordMeasurer ConcordMeasurer;
/* The child's shaped glyphs, drawn here without shaping again. */
typedef struct _ConcordGlyphSource ConcordGlyphSource;
/* The fonts this process has laid text out in, by what names them in
 * both processes. */
typedef struct _ConcordFontBook ConcordFontBook;

ConcordMeasurer *_concord_measurer_start  (Typesetter      *ts,
                                           GPtrArray       *items,
                                           guint            first);
ConcordGlyphSource *_concord_measurer_finish (ConcordMeasurer *measurer,
                                              Typesetter      *ts,
                                              GPtrArray       *items,
                                              guint            first,
                                              ConcordFontBook *book);
void             _concord_measurer_free   (ConcordMeasurer *measurer);

ConcordFontBook *_concord_font_book_new   (Typesetter      *ts);
void             _concord_font_book_note  (ConcordFontBook *book,
                                           PangoLayout     *layout);
void             _concord_font_book_free  (ConcordFontBook *book);

/* An item's lines of glyph runs (each a GSList of PangoGlyphItem), or
 * NULL if it has none or they do not read back. */
GPtrArray       *_concord_glyph_source_read (ConcordGlyphSource *source,
                                             const FlowItem     *item);
void             _concord_glyph_source_free (ConcordGlyphSource *source);
void             _concord_show_glyph_runs   (cairo_t            *cr,
                                             const char         *text,
                                             GSList             *runs);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordMeasurer, _concord_measurer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordFontBook, _concord_font_book_free)

/* Other reports (the redline of a diff) are laid out, paginated and
 * written by the same engine: a build function fills the flow through a
 * builder instead of the memorandum's own build. */
typedef struct _ConcordFlowBuilder ConcordFlowBuilder;
typedef void (*ConcordFlowFunc) (ConcordFlowBuilder *builder,
                                 gpointer            data);

ConcordDocumentLayout *_concord_document_layout_new_custom (ConcordMemorandum          *memorandum,
                                                            const ConcordRenderOptions *options,
                                                            ConcordFlowFunc             build,
                                                            gpointer                    data,
                                                            GError                    **error);
void       _concord_build_custom_flow   (ConcordDocumentLayout *self,
                                         ConcordFlowFunc   build,
                                         gpointer          data);
void       _concord_flow_add_heading    (ConcordFlowBuilder *builder,
                                         StyleId           style,
                                         const char       *text,
                                         guint             outline_level);
void       _concord_flow_add_marked     (ConcordFlowBuilder *builder,
                                         StyleId           style,
                                         double            indent,
                                         const char       *text,
                                         PangoAttrList    *attrs);
GBytes    *_concord_document_layout_write_pdf (ConcordDocumentLayout *layout,
                                               const char            *title,
                                               GError               **error);

FlowItem  *_concord_flow_item_new       (FlowKind          kind,
                                         StyleId           style);
void       _concord_flow_item_free      (FlowItem         *item);
void       _concord_build_flow          (ConcordDocumentLayout *self);
void       _concord_flow_zip_columns    (GPtrArray        *out,
                                         GPtrArray        *left,
                                         GPtrArray        *right,
                                         double            column,
                                         double            gap);
void       _concord_document_layout_release_pages (ConcordDocumentLayout *self,
                                                   guint                  first,
                                                   guint                  end);
/* Tables (concord-render-table.c), and what they need of the builder. */
void       _concord_flow_add_table      (ConcordFlowBuilder *builder,
                                         const ConcordTable *table,
                                         double            indent);
void       _concord_flow_cell_free      (gpointer          data);
double     _concord_cell_height         (const FlowCell   *cell);
double     _concord_row_cut             (FlowItem         *row,
                                         double            from,
                                         double            room);
void       _concord_draw_row            (cairo_t          *cr,
                                         FlowItem         *row,
                                         double            x0,
                                         double            y,
                                         double            from,
                                         double            to);
double     _concord_flow_builder_get_width (ConcordFlowBuilder *builder);
void       _concord_flow_builder_add    (ConcordFlowBuilder *builder,
                                         FlowItem         *item);
char      *_concord_flow_builder_cell_text (ConcordFlowBuilder *builder,
                                            const ConcordBlock *cell,
                                            PangoAttrList     **attrs);
void       _concord_hyphenate_append    (GString          *out,
                                         const char       *text,
                                         const char       *language);
GThread   *_concord_hyphenation_prepare (const char       *language,
                                         const char       *other_language);
char      *_concord_describe_header     (ConcordMemorandum *memorandum);
char      *_concord_metadata_authors    (ConcordMemorandum *memorandum);
char      *_concord_metadata_keywords   (ConcordMemorandum *memorandum);
void       _concord_append_breakable    (GString          *out,
                                         const char       *text,
                                         guint            *run);

G_END_DECLS
