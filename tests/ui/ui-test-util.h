/* ui-test-util.h: what the UI tests share.
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <gtk/gtk.h>

#include "concord-body-editor.h"
#include "concord-outline-part.h"
#include "concord-preview.h"
#include "concord-window.h"

G_BEGIN_DECLS

#define UI_TIMEOUT_US (10 * G_USEC_PER_SEC)

typedef gboolean (*Predicate) (gpointer data);

void     ui_wait_for_within  (Predicate   predicate,
                              gpointer    data,
                              gint64      timeout_us);
void     ui_wait_for         (Predicate   predicate,
                              gpointer    data);
gboolean ui_is_ready         (gpointer    widget);
gboolean ui_is_opened        (gpointer    window);
void     ui_wait_frames      (GtkWidget  *widget,
                              guint       n_frames);
void     ui_save_screenshot  (GtkWidget  *widget,
                              const char *name,
                              guint       n_frames);
void     ui_load_style_sheet (void);

ConcordWindow *ui_new_window     (void);
void           ui_destroy_window (ConcordWindow *window);
void           ui_open_file      (ConcordWindow *window,
                                  GFile         *file);

/* Predicates for ui_wait_for() on a widget. */
gboolean ui_widget_mapped    (gpointer widget);
gboolean ui_widget_hidden    (gpointer widget);
gboolean ui_widget_on_screen (gpointer widget);

void     ui_trace_criticals  (void);

/* Files and windows */
char              *ui_copy_published (const char    *scratch,
                                      const char    *name,
                                      const char    *as);
ConcordWindow     *ui_open_path      (const char    *path);
ConcordMemorandum *ui_memorandum     (ConcordWindow *window);
ConcordMemorandum *ui_reload         (const char    *path);
char              *ui_saved_xml      (const char    *path);

/* Actions, the outline and the pane shown */
void        ui_activate     (gpointer                widget,
                             const char             *action);
void        ui_select_item  (ConcordWindow          *window,
                             gpointer                item);
GObject    *ui_outline_part (ConcordWindow          *window,
                             ConcordOutlinePartKind  kind);
char       *ui_outline_text (ConcordWindow          *window,
                             gpointer                item);
GtkWidget  *ui_pane_row     (ConcordWindow          *window,
                             const char             *title);
void        ui_type_into    (ConcordWindow          *window,
                             const char             *title,
                             const char             *text);

/* Text */
void  ui_type_at_end (GtkTextBuffer     *buffer,
                      const char        *text);
char *ui_chip_texts  (ConcordBodyEditor *editor);

GtkWidget  *ui_find_button  (GtkWidget              *root,
                             const char             *label);

/* Dialogs */
AdwMessageDialog *ui_find_dialog (void);
gboolean          ui_no_dialog   (gpointer data);
void              ui_choose_file (GFile   *file);

/* Other programs: the command line tool and pdftotext */
char *ui_run_with_exit (const char * const *argv,
                        int                *exit_code);
char *ui_run       (const char * const *argv);
char *ui_cli_path  (void);
char *ui_pdftotext (const char         *pdf);
char *ui_cli_text  (const char         *mou);
char *ui_pdf_text  (const char         *mou);
char *ui_preview_text (ConcordPreview  *preview,
                       guint           *generation);
void  ui_assert_clause_numbers (ConcordMemorandum *m,
                                const char        *pdf);

G_END_DECLS
