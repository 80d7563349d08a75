/* concord-render.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "concord-types.h"

G_BEGIN_DECLS

typedef enum
{
  CONCORD_PAPER_A4,
  CONCORD_PAPER_LETTER,
} ConcordPaper;

typedef struct
{
  ConcordPaper  paper;
  /* A signed copy: signatures as recorded, no DRAFT watermark. */
  gboolean      signed_copy;
  /* The signatory whose counterpart this is, or NULL. */
  const char   *counterpart;
  /* The clauses' comments as an appendix; never printed otherwise. */
  gboolean      with_comments;
  /* How many processes lay a long memorandum's text out: 0 or 1, this
   * one; 2, this one and a child it forks to measure the second half,
   * which saves memory (half the layouts are never kept; that half is
   * shaped again when drawn, up to a tenth more time). Only for a caller
   * with no other threads, such as the CLI: the output is the same
   * either way. */
  guint         processes;
} ConcordRenderOptions;

/* The one page-layout engine: the PDF export, the on-screen preview and
 * printing all lay a memorandum out once and draw pages from it with
 * their own Cairo context. */
typedef struct _ConcordDocumentLayout ConcordDocumentLayout;
typedef struct _ConcordLayoutCache ConcordLayoutCache;

ConcordLayoutCache    *concord_layout_cache_new           (void);
void                   concord_layout_cache_free          (ConcordLayoutCache         *cache);
guint                  concord_layout_cache_get_misses    (ConcordLayoutCache         *cache);

ConcordDocumentLayout *concord_document_layout_new        (ConcordMemorandum          *memorandum,
                                                           const ConcordRenderOptions *options,
                                                           GError                    **error);
ConcordDocumentLayout *concord_document_layout_new_with_cache (ConcordMemorandum      *memorandum,
                                                               const ConcordRenderOptions *options,
                                                               ConcordLayoutCache     *cache,
                                                               GError                **error);
void                   concord_document_layout_free       (ConcordDocumentLayout      *self);
guint                  concord_document_layout_get_n_pages (ConcordDocumentLayout     *self);
void                   concord_document_layout_get_page_size (ConcordDocumentLayout   *self,
                                                              double                  *width,
                                                              double                  *height);
int                    concord_document_layout_find_page  (ConcordDocumentLayout      *self,
                                                           const char                 *id);
void                   concord_document_layout_draw_page  (ConcordDocumentLayout      *self,
                                                           cairo_t                    *cr,
                                                           guint                       page);

gboolean               concord_render_check_options       (ConcordMemorandum          *memorandum,
                                                           const ConcordRenderOptions *options,
                                                           GError                    **error);
gboolean               concord_document_layout_export_pdf (ConcordDocumentLayout      *layout,
                                                           const char                 *path,
                                                           GError                    **error);
gboolean               concord_export_pdf                 (ConcordMemorandum          *memorandum,
                                                           const ConcordRenderOptions *options,
                                                           const char                 *path,
                                                           GError                    **error);
GBytes                *concord_render_pdf                 (ConcordMemorandum          *memorandum,
                                                           const ConcordRenderOptions *options,
                                                           GError                    **error);

gboolean               concord_check_signed               (ConcordMemorandum          *memorandum,
                                                           const char                **element,
                                                           guint                      *index,
                                                           GError                    **error);

/* Cairo 1.16 is not safe with two threads laying text out or drawing it
 * at once (see concord-render-layout.c). A program that lays out or draws
 * on more than one thread holds this lock around each layout and each
 * drawing; it is recursive. */
void                   concord_render_lock                (void);
gboolean               concord_render_trylock             (void);
void                   concord_render_unlock              (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordDocumentLayout, concord_document_layout_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ConcordLayoutCache, concord_layout_cache_free)

G_END_DECLS
