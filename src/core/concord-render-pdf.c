/* concord-render-pdf.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-render"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "concord-clause.h"
#include "concord-control-entry.h"
#include "concord-error.h"
#include "concord-matrix.h"
#include "concord-memorandum.h"
#include "concord-party.h"
#include "concord-render-private.h"
#include "concord-signature.h"
#include "concord-wording.h"
#include "concord-words.h"
#include "concord-xml.h"

/* Layouts are dropped a batch of pages at a time once drawn. */
#define PAGES_PER_BATCH 24

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

static void
consider_date (char       **latest,
               const char  *date)
{
  if (date != NULL && (*latest == NULL || strcmp (date, *latest) > 0))
    {
      g_free (*latest);
      *latest = g_strdup (date);
    }
}

/* The same memorandum must give the same bytes, so the PDF's dates come
 * from SOURCE_DATE_EPOCH or from the memorandum itself, never the clock. */
static char *
creation_date (ConcordMemorandum *m)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autofree char *latest = NULL;
  GListModel *entries = concord_memorandum_get_control_entries (m);
  GListModel *sigs = concord_memorandum_get_signatures (m);
  gint64 seconds;

  if (epoch != NULL && g_ascii_string_to_signed (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (seconds);

      if (time != NULL)
        return g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
    }

  consider_date (&latest, concord_memorandum_get_effective_date (m));
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(ConcordControlEntry) e = g_list_model_get_item (entries, i);

      consider_date (&latest, concord_control_entry_get_date (e));
    }
  for (guint i = 0; i < g_list_model_get_n_items (sigs); i++)
    {
      g_autoptr(ConcordSignature) s = g_list_model_get_item (sigs, i);

      consider_date (&latest, concord_signature_get_date (s));
    }

  return g_strdup_printf ("%sT00:00:00Z", latest != NULL ? latest : "2000-01-01");
}

static void
set_metadata (cairo_surface_t   *surface,
              ConcordMemorandum *m)
{
  const char *language = concord_memorandum_get_language (m);
  g_autofree char *authors = _concord_metadata_authors (m);
  g_autofree char *keywords = _concord_metadata_keywords (m);
  g_autofree char *date = creation_date (m);
  g_autofree char *subject = g_strdup_printf (CONCORD_WORD (language, "Memorandum of understanding between %s"),
                                              authors);
  const char *title = concord_memorandum_get_title (m);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  title ? title : CONCORD_WORD (language, "Memorandum of understanding"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, authors);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, keywords);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Concord " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);
}

static void
add_outline (cairo_surface_t       *surface,
             ConcordDocumentLayout *layout)
{
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < layout->items->len; i++)
    {
      FlowItem *item = g_ptr_array_index (layout->items, i);
      g_autofree char *link = NULL;
      int id;

      if (item->outline == NULL || item->dest == NULL)
        continue;

      link = g_strdup_printf ("dest='%s'", item->dest);
      id = cairo_pdf_surface_add_outline (surface, item->outline_level > 1 ? parent : CAIRO_PDF_OUTLINE_ROOT,
                                          item->outline, link, 0);
      if (item->outline_level == 1)
        parent = id;
    }
}

/* Whether some recorded signature signs for the party, first or second. */
static gboolean
party_has_signed (ConcordMemorandum *m,
                  const char        *party_id)
{
  GListModel *sigs = concord_memorandum_get_signatures (m);

  for (guint i = 0; i < g_list_model_get_n_items (sigs); i++)
    {
      g_autoptr(ConcordSignature) sig = g_list_model_get_item (sigs, i);

      if (concord_signature_signs_for (sig, party_id) && concord_signing_is_recorded (m, sig))
        return TRUE;
    }

  return FALSE;
}

/* Signatories who are not parties have signed when their own signature
 * is recorded; they are named by office or name. */
static void
list_unsigned_others (ConcordMemorandum *m,
                      GString           *missing)
{
  GListModel *sigs = concord_memorandum_get_signatures (m);

  for (guint i = 0; i < g_list_model_get_n_items (sigs); i++)
    {
      g_autoptr(ConcordSignature) sig = g_list_model_get_item (sigs, i);
      const char *name = concord_signature_get_title (sig) ? concord_signature_get_title (sig)
                                                            : concord_signature_get_person (sig);

      if (concord_signature_get_party (sig) != NULL || concord_signature_is_recorded (sig))
        continue;
      g_string_append_printf (missing, "%s%s", missing->len ? ", " : "", name ? name : _("a signatory"));
    }
}

/* Where the first missing signature belongs in the file: the party's
 * own unrecorded signature, or else the party. */
static void
locate_unsigned_party (ConcordMemorandum  *m,
                       const char         *party_id,
                       guint               party_index,
                       const char        **element,
                       guint              *index)
{
  GListModel *sigs = concord_memorandum_get_signatures (m);

  *element = "party";
  *index = party_index;
  for (guint i = 0; i < g_list_model_get_n_items (sigs); i++)
    {
      g_autoptr(ConcordSignature) sig = g_list_model_get_item (sigs, i);

      if (concord_signature_signs_for (sig, party_id))
        {
          *element = "signature";
          *index = i;
          return;
        }
    }
}

static void
locate_unsigned_other (ConcordMemorandum  *m,
                       const char        **element,
                       guint              *index)
{
  GListModel *sigs = concord_memorandum_get_signatures (m);

  for (guint i = 0; i < g_list_model_get_n_items (sigs); i++)
    {
      g_autoptr(ConcordSignature) sig = g_list_model_get_item (sigs, i);

      if (concord_signature_get_party (sig) == NULL && !concord_signature_is_recorded (sig))
        {
          *element = "signature";
          *index = i;
          return;
        }
    }
}

/**
 * concord_check_signed:
 * @memorandum: a memorandum
 * @element: (out) (optional): where the first missing signature belongs:
 *   "signature", "party" or, when there are no signatories, "memorandum"
 * @index: (out) (optional): which of the file's @element elements, from 0
 * @error: why a signed copy cannot be made
 *
 * A signed copy shows signatures as recorded, so there must be
 * signatories and every one must have signed; the error names those who
 * have not. @element and @index let a caller point at the place in the
 * file (concord_xml_locate_element()).
 */
gboolean
concord_check_signed (ConcordMemorandum  *m,
                      const char        **element,
                      guint              *index,
                      GError            **error)
{
  GListModel *parties = concord_memorandum_get_parties (m);
  g_autoptr(GString) missing = g_string_new (NULL);
  guint n_signatories = g_list_model_get_n_items (concord_memorandum_get_signatures (m));
  const char *where = "memorandum";
  guint where_index = 0;
  guint n_conflicts = g_list_model_get_n_items (concord_memorandum_get_conflicts (m));

  /* What was signed must be one text, not two alternatives. */
  if (n_conflicts > 0)
    {
      if (element != NULL)
        *element = "conflicts";
      if (index != NULL)
        *index = 0;
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_UNSIGNED,
                   g_dngettext (GETTEXT_PACKAGE,
                                "a signed copy cannot hold a conflict left by a merge, and %u is unresolved "
                                "(resolve it in Concord first)",
                                "a signed copy cannot hold conflicts left by a merge, and %u are unresolved "
                                "(resolve them in Concord first)", n_conflicts),
                   n_conflicts);
      return FALSE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(ConcordParty) p = g_list_model_get_item (parties, i);
      const char *name;

      if (concord_party_get_kind (p) != CONCORD_PARTY_KIND_SIGNATORY)
        continue;
      n_signatories++;
      if (party_has_signed (m, concord_party_get_id (p)))
        continue;
      if (missing->len == 0)
        locate_unsigned_party (m, concord_party_get_id (p), i, &where, &where_index);
      name = concord_party_get_display_name (p, FALSE);
      g_string_append_printf (missing, "%s%s", missing->len ? ", " : "", name ? name : concord_party_get_id (p));
    }
  if (missing->len == 0)
    locate_unsigned_other (m, &where, &where_index);
  list_unsigned_others (m, missing);

  if (element != NULL)
    *element = where;
  if (index != NULL)
    *index = where_index;

  if (n_signatories == 0)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_UNSIGNED,
                   _("a signed copy needs signatories, and this memorandum has none "
                     "(no signatory party and no signature)"));
      return FALSE;
    }
  if (missing->len == 0)
    return TRUE;

  g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_UNSIGNED,
               _("a signed copy needs every signatory's signature (person and date); not signed yet: %s"),
               missing->str);

  return FALSE;
}

/* Cairo 1.16 reserves an object for the structure parent of each link
 * annotation but never writes it, so its cross-reference table points at
 * the wrong bytes and checkers call the file damaged. The missing objects
 * are written here as null objects, just before the table, and the table
 * and its offset are updated: every other byte stays as cairo wrote it. */
static GByteArray *
repair_xref (GByteArray *pdf)
{
  const char *data = (const char *) pdf->data;
  const char *marker = NULL;
  g_autoptr(GString) patch = NULL;
  g_autoptr(GString) table = NULL;
  guint64 xref, count;
  const char *p, *entries, *after;
  GByteArray *out;

  g_autofree char *digits = NULL;

  /* The trailer is plain text at the very end; the body before it holds
   * binary streams, so search backwards by hand. */
  for (gsize i = pdf->len >= 10 ? pdf->len - 10 : 0; i > 0 && pdf->len - i < 256; i--)
    if (memcmp (data + i, "startxref\n", 10) == 0)
      {
        marker = data + i;
        break;
      }
  if (marker == NULL)
    return pdf;
  digits = g_strndup (marker + 10, strspn (marker + 10, "0123456789"));
  if (!g_ascii_string_to_unsigned (digits, 10, 0, pdf->len, &xref, NULL))
    return pdf;

  p = data + xref;
  if (strncmp (p, "xref\n0 ", 7) != 0)
    return pdf;
  count = g_ascii_strtoull (p + 7, (char **) &entries, 10);
  if (*entries != '\n' || entries + 1 + count * 20 > data + pdf->len)
    return pdf;
  entries++;
  after = entries + count * 20;

  patch = g_string_new (NULL);
  table = g_string_new (NULL);
  for (guint64 i = 0; i < count; i++)
    {
      const char *entry = entries + i * 20;
      guint64 offset = g_ascii_strtoull (entry, NULL, 10);
      g_autofree char *head = g_strdup_printf ("%" G_GUINT64_FORMAT " 0 obj", i);

      if (entry[17] == 'n' && (offset >= pdf->len || strncmp (data + offset, head, strlen (head)) != 0))
        {
          g_string_append_printf (table, "%010" G_GUINT64_FORMAT " 00000 n \n", xref + patch->len);
          g_string_append_printf (patch, "%s\nnull\nendobj\n", head);
        }
      else
        g_string_append_len (table, entry, 20);
    }

  if (patch->len == 0)
    return pdf;

  out = g_byte_array_sized_new (pdf->len + patch->len);
  g_byte_array_append (out, pdf->data, xref);
  g_byte_array_append (out, (const guint8 *) patch->str, patch->len);
  g_byte_array_append (out, (const guint8 *) data + xref, entries - (data + xref));
  g_byte_array_append (out, (const guint8 *) table->str, table->len);
  g_byte_array_append (out, (const guint8 *) after, marker - after);
  {
    g_autofree char *tail = g_strdup_printf ("startxref\n%" G_GUINT64_FORMAT "\n%%%%EOF\n", xref + patch->len);

    g_byte_array_append (out, (const guint8 *) tail, strlen (tail));
  }
  g_byte_array_unref (pdf);

  return out;
}

/**
 * concord_render_check_options:
 *
 * Whether @memorandum can be drawn with @options: a signed copy needs its
 * signatures recorded.
 */
gboolean
concord_render_check_options (ConcordMemorandum          *memorandum,
                              const ConcordRenderOptions *options,
                              GError                    **error)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), FALSE);

  return options == NULL || !options->signed_copy || concord_check_signed (memorandum, NULL, NULL, error);
}

/* Writes a layout made earlier as a PDF file, replacing @path atomically. */
gboolean
concord_document_layout_export_pdf (ConcordDocumentLayout  *layout,
                                    const char             *path,
                                    GError                **error)
{
  g_autoptr(GBytes) pdf = NULL;

  g_return_val_if_fail (layout != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  pdf = _concord_document_layout_write_pdf (layout, NULL, error);
  if (pdf == NULL)
    return FALSE;

  return concord_file_replace_atomic (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), error);
}

GBytes *
concord_render_pdf (ConcordMemorandum          *memorandum,
                    const ConcordRenderOptions *options,
                    GError                    **error)
{
  g_autoptr(ConcordDocumentLayout) layout = NULL;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (memorandum), NULL);

  if (options != NULL && options->signed_copy && !concord_check_signed (memorandum, NULL, NULL, error))
    return NULL;

  layout = concord_document_layout_new (memorandum, options, error);
  if (layout == NULL)
    return NULL;

  return _concord_document_layout_write_pdf (layout, NULL, error);
}

/* Writes every page of a layout as PDF, with its outline and metadata: the
 * memorandum's, or for another report (title not NULL) that title. */
GBytes *
_concord_document_layout_write_pdf (ConcordDocumentLayout *layout,
                                    const char            *title,
                                    GError               **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (append_bytes, buffer,
                                                 layout->page_width, layout->page_height);
  set_metadata (surface, layout->memorandum);
  if (title != NULL)
    {
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, title);
    }
  cr = cairo_create (surface);
  for (guint first = 0; first < concord_document_layout_get_n_pages (layout); first += PAGES_PER_BATCH)
    {
      guint end = MIN (first + PAGES_PER_BATCH, concord_document_layout_get_n_pages (layout));

      for (guint i = first; i < end; i++)
        {
          concord_document_layout_draw_page (layout, cr, i);
          cairo_show_page (cr);
        }
      _concord_document_layout_release_pages (layout, first, end);
    }
  add_outline (surface, layout);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO, _("cannot make the PDF: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }

  buffer = repair_xref (buffer);

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

gboolean
concord_export_pdf (ConcordMemorandum          *memorandum,
                    const ConcordRenderOptions *options,
                    const char                 *path,
                    GError                    **error)
{
  g_autoptr(GBytes) pdf = concord_render_pdf (memorandum, options, error);

  if (pdf == NULL)
    return FALSE;

  return concord_file_replace_atomic (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), error);
}
