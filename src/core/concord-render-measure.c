/* concord-render-measure.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE
#define G_LOG_DOMAIN "concord-render"

#include "config.h"

#include <errno.h>
#include <fontconfig/fontconfig.h>
#include <glib-unix.h>
#include <pango/pangofc-font.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "concord-render-private.h"
#include "concord-util-private.h"

/* The second core for a long export. Pango and Cairo 1.16 cannot lay text
 * out on two threads at once, so the second half of the paragraphs is
 * measured by a child process forked once the flow is built: it has the
 * flow already (the fork copies it) and, from then on, a font map and
 * glyph caches of its own. It sends back each paragraph's lines and
 * glyphs and keeps no layout; this process lays out the first half
 * meanwhile, and draws the second half from the child's glyphs (or shapes
 * it again, where they cannot be used) a page at a time. Pango is
 * deterministic for the same text, fonts and measure, so the lines and
 * glyphs are those this process would have found, and the PDF's bytes do
 * not depend on which process measured what.
 *
 * On the pipe, for each text item from `first` on, in order: its index
 * (guint32), its number of lines (guint32), the lines (FlowLine each) and
 * its height (double), and where its glyphs are in the glyph file
 * (guint64 offset, guint64 size; size 0 for none). After the last item,
 * the fonts the glyphs name: their number (guint32) and, for each, the
 * length (guint32) and bytes of its key (font_key). Anything the child
 * does not deliver in full (it could not start, died, or wrote something
 * else) is measured here.
 *
 * Glyphs: so that this process does not shape the second half again to
 * draw it, the child also writes each paragraph's shaped lines (the runs
 * of glyphs Pango made, justified) to a file in memory that both share,
 * read back a paragraph at a time as its page is drawn. They are drawn
 * run by run as pango_cairo_show_layout_line() draws them, with the same
 * positions and colours (_concord_show_glyph_runs), so the bytes are those
 * of one process; a paragraph whose runs carry anything else (an
 * underline, a rise, a shape) gets no glyphs and is shaped again here. So
 * is everything, when a font the child used is not one this process has
 * or can load with the same key (take_fonts). */

struct _ConcordMeasurer
{
  GPid pid;
  int  fd;
  /* The glyph file, or -1. */
  int  glyph_fd;
};

struct _ConcordGlyphSource
{
  int        fd;
  /* The child's fonts by index: this process's own. */
  GPtrArray *fonts;
};

/* Measures a text item in this process, keeping only its lines. */
static void
measure_here (Typesetter *ts,
              FlowItem   *item)
{
  _concord_flow_item_shape (ts, item);
  _concord_flow_item_measure (item);
  _concord_flow_item_release (item);
}

/* What names a font the same way in both processes: the font map it is
 * from (the styles' faces, "n", or the system's fonts, "s": a missing
 * character's box is drawn with the map's monospace font), the face, size
 * and rendering options of its pattern (what Cairo makes its font of) and
 * Pango's description of it. NULL for a font that is not Fontconfig's. */
static char *
font_key (Typesetter *ts,
          PangoFont  *font)
{
  PangoFontMap *narrow = pango_context_get_font_map (_concord_typesetter_get_context (ts, FALSE));
  g_autoptr(PangoFontDescription) description = NULL;
  g_autofree char *described = NULL;
  FcObjectSet *objects;
  FcPattern *filtered;
  FcChar8 *name;
  char *key;

  if (!PANGO_IS_FC_FONT (font))
    return NULL;
  objects = FcObjectSetBuild (FC_FILE, FC_INDEX, FC_PIXEL_SIZE, FC_MATRIX, FC_EMBOLDEN, FC_HINTING,
                              FC_HINT_STYLE, FC_ANTIALIAS, FC_AUTOHINT, FC_RGBA, FC_LCD_FILTER,
                              FC_EMBEDDED_BITMAP, FC_VERTICAL_LAYOUT, FC_FONT_VARIATIONS, FC_VARIABLE,
                              NULL);
  filtered = FcPatternFilter (pango_fc_font_get_pattern (PANGO_FC_FONT (font)), objects);
  FcObjectSetDestroy (objects);
  name = filtered != NULL ? FcNameUnparse (filtered) : NULL;
  if (filtered != NULL)
    FcPatternDestroy (filtered);
  if (name == NULL)
    return NULL;
  description = pango_font_describe_with_absolute_size (font);
  described = pango_font_description_to_string (description);
  key = g_strdup_printf ("%s|%s|%s", pango_font_get_font_map (font) == narrow ? "n" : "s", described,
                         (const char *) name);
  FcStrFree (name);

  return key;
}

struct _ConcordFontBook
{
  Typesetter *ts;
  /* PangoFont (a reference) -> its key, for each font seen. */
  GHashTable *keys;
  /* key -> PangoFont, the first font seen with it. */
  GHashTable *fonts;
};

ConcordFontBook *
_concord_font_book_new (Typesetter *ts)
{
  ConcordFontBook *book = g_new0 (ConcordFontBook, 1);

  book->ts = ts;
  book->keys = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  book->fonts = g_hash_table_new (g_str_hash, g_str_equal);

  return book;
}

void
_concord_font_book_free (ConcordFontBook *book)
{
  if (book == NULL)
    return;
  g_hash_table_unref (book->fonts);
  g_hash_table_unref (book->keys);
  g_free (book);
}

/* The key of @font, which the book keeps from now on; NULL if it has
 * none. */
static const char *
font_book_add (ConcordFontBook *book,
               PangoFont       *font)
{
  char *key;

  if (g_hash_table_lookup_extended (book->keys, font, NULL, (gpointer *) &key))
    return key;
  key = font_key (book->ts, font);
  g_hash_table_insert (book->keys, g_object_ref (font), key);
  if (key != NULL && !g_hash_table_contains (book->fonts, key))
    g_hash_table_insert (book->fonts, key, font);

  return key;
}

void
_concord_font_book_note (ConcordFontBook *book,
                         PangoLayout     *layout)
{
  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    for (GSList *r = ((PangoLayoutLine *) l->data)->runs; r != NULL; r = r->next)
      font_book_add (book, ((PangoGlyphItem *) r->data)->item->analysis.font);
}

/* The colour a run is drawn in, if it has its own (0 if not), or FALSE if
 * it carries anything show_glyph_runs does not draw as Pango does. */
static gboolean
run_is_plain (PangoGlyphItem *run,
              guint16        *rgb)
{
  gboolean coloured = FALSE;

  if (run->y_offset != 0 || (run->item->analysis.flags & PANGO_ANALYSIS_FLAG_CENTERED_BASELINE) != 0)
    return FALSE;
  for (GSList *a = run->item->analysis.extra_attrs; a != NULL; a = a->next)
    {
      PangoAttribute *attr = a->data;

      if (attr->klass->type == PANGO_ATTR_FOREGROUND)
        {
          PangoColor *color = &((PangoAttrColor *) attr)->color;

          rgb[0] = color->red;
          rgb[1] = color->green;
          rgb[2] = color->blue;
          coloured = TRUE;
        }
      else if (attr->klass->type != PANGO_ATTR_INSERT_HYPHENS)
        return FALSE;
    }
  rgb[3] = coloured;

  return TRUE;
}

typedef struct
{
  gint32  font;
  gint32  offset;
  gint32  length;
  gint32  num_chars;
  gint32  start_x_offset;
  gint32  end_x_offset;
  guint8  level;
  guint8  gravity;
  guint8  flags;
  guint8  script;
  /* Red, green, blue and whether the run has a colour of its own. */
  guint16 rgb[4];
  gint32  num_glyphs;
} RunHeader;

/* Appends @layout's lines of glyphs to @out, naming fonts by their index
 * in @fonts (key -> index + 1, filled as fonts are met); FALSE if a run
 * cannot be sent. */
static gboolean
append_glyphs (GByteArray      *out,
               PangoLayout     *layout,
               ConcordFontBook *book,
               GHashTable      *indexes,
               GPtrArray       *keys)
{
  GSList *lines = pango_layout_get_lines_readonly (layout);
  guint32 n_lines = g_slist_length (lines);

  g_byte_array_append (out, (const guint8 *) &n_lines, sizeof n_lines);
  for (GSList *l = lines; l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      guint32 n_runs = g_slist_length (line->runs);

      g_byte_array_append (out, (const guint8 *) &n_runs, sizeof n_runs);
      for (GSList *r = line->runs; r != NULL; r = r->next)
        {
          PangoGlyphItem *run = r->data;
          RunHeader header = { 0 };
          const char *key = font_book_add (book, run->item->analysis.font);
          gpointer index;

          if (key == NULL || !run_is_plain (run, header.rgb))
            return FALSE;
          if (!g_hash_table_lookup_extended (indexes, key, NULL, &index))
            {
              g_ptr_array_add (keys, (gpointer) key);
              index = GUINT_TO_POINTER (keys->len);
              g_hash_table_insert (indexes, (gpointer) key, index);
            }
          header.font = GPOINTER_TO_INT (index) - 1;
          header.offset = run->item->offset;
          header.length = run->item->length;
          header.num_chars = run->item->num_chars;
          header.start_x_offset = run->start_x_offset;
          header.end_x_offset = run->end_x_offset;
          header.level = run->item->analysis.level;
          header.gravity = run->item->analysis.gravity;
          header.flags = run->item->analysis.flags;
          header.script = run->item->analysis.script;
          header.num_glyphs = run->glyphs->num_glyphs;
          g_byte_array_append (out, (const guint8 *) &header, sizeof header);
          g_byte_array_append (out, (const guint8 *) run->glyphs->glyphs,
                               sizeof (PangoGlyphInfo) * run->glyphs->num_glyphs);
          g_byte_array_append (out, (const guint8 *) run->glyphs->log_clusters,
                               sizeof (int) * run->glyphs->num_glyphs);
        }
    }

  return TRUE;
}

/* The glyph file is shared memory: past this, the child's paragraphs are
 * sent as lines alone and shaped again here (the 2,000-clause benchmark
 * document's second half takes some 20 MiB; a 16 MiB file's would take ten
 * times that). */
#define GLYPH_FILE_BUDGET (64 * 1024 * 1024)

/* The child's work: it never returns. */
G_GNUC_NORETURN static void
measure_and_send (Typesetter *ts,
                  GPtrArray  *items,
                  guint       first,
                  int         fd,
                  int         glyph_fd)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autoptr(GByteArray) glyphs = g_byte_array_new ();
  ConcordFontBook *book = _concord_font_book_new (ts);
  g_autoptr(GHashTable) indexes = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  guint64 written = 0;
  guint32 n_keys;

  for (guint i = first; i < items->len; i++)
    {
      FlowItem *item = g_ptr_array_index (items, i);
      guint32 index = i, n_lines;
      guint64 glyphs_at = written, glyphs_size = 0;

      if (item->kind != FLOW_TEXT)
        continue;
      _concord_flow_item_shape (ts, item);
      _concord_flow_item_measure (item);
      if (glyph_fd >= 0)
        {
          g_byte_array_set_size (glyphs, 0);
          /* A paragraph that cannot be sent is shaped again there; after
           * a failed write, where the file ends is not known, and no more
           * is written. */
          if (append_glyphs (glyphs, item->layout, book, indexes, keys) &&
              written + glyphs->len <= GLYPH_FILE_BUDGET)
            {
              if (_concord_write_all (glyph_fd, glyphs->data, glyphs->len))
                glyphs_size = glyphs->len;
              else
                glyph_fd = -1;
            }
          written += glyphs_size;
        }
      _concord_flow_item_release (item);
      n_lines = item->n_lines;
      g_byte_array_append (out, (const guint8 *) &index, sizeof index);
      g_byte_array_append (out, (const guint8 *) &n_lines, sizeof n_lines);
      g_byte_array_append (out, (const guint8 *) item->lines, sizeof (FlowLine) * n_lines);
      g_byte_array_append (out, (const guint8 *) &item->height, sizeof item->height);
      g_byte_array_append (out, (const guint8 *) &glyphs_at, sizeof glyphs_at);
      g_byte_array_append (out, (const guint8 *) &glyphs_size, sizeof glyphs_size);
    }
  n_keys = keys->len;
  g_byte_array_append (out, (const guint8 *) &n_keys, sizeof n_keys);
  for (guint k = 0; k < keys->len; k++)
    {
      guint32 length = strlen (g_ptr_array_index (keys, k));

      g_byte_array_append (out, (const guint8 *) &length, sizeof length);
      g_byte_array_append (out, g_ptr_array_index (keys, k), length);
    }

  /* Sent at the end, so that the child never waits for this process to
   * read; _exit, so that nothing of the parent's (stdio buffers, atexit
   * handlers) runs twice. */
  _exit (_concord_write_all (fd, out->data, out->len) ? 0 : 1);
}

/* The threads of this process. */
static guint
count_threads (void)
{
  g_autoptr(GDir) tasks = g_dir_open ("/proc/self/task", 0, NULL);
  guint n = 0;

  while (tasks != NULL && g_dir_read_name (tasks) != NULL)
    n++;

  return n;
}

/* Whether this process is down to its one thread, waiting up to half a
 * second for the threads Pango starts to sort fonts to end. A fork copies
 * only the calling thread: a lock another thread holds at that moment
 * (in Pango, Fontconfig or an allocator) would stay locked in the child
 * for ever. */
static gboolean
alone_in_process (void)
{
  for (guint waited = 0; waited < 1000; waited++)
    {
      guint n = count_threads ();

      if (n == 1)
        return TRUE;
      if (n == 0)
        return FALSE;
      g_usleep (500);
    }

  return FALSE;
}

ConcordMeasurer *
_concord_measurer_start (Typesetter *ts,
                         GPtrArray  *items,
                         guint       first)
{
  g_autoptr(GError) error = NULL;
  ConcordMeasurer *measurer;
  int fds[2], glyph_fd;
  pid_t pid;

  if (first >= items->len)
    return NULL;
  if (!alone_in_process ())
    {
      g_debug ("other threads are still running: every paragraph is measured here");
      return NULL;
    }
  if (!g_unix_open_pipe (fds, FD_CLOEXEC, &error))
    return NULL;
  /* Without it, the child's lines come back alone. */
  glyph_fd = memfd_create ("concord-glyphs", MFD_CLOEXEC);

  pid = fork ();
  if (pid < 0)
    {
      g_close (fds[0], NULL);
      g_close (fds[1], NULL);
      if (glyph_fd >= 0)
        g_close (glyph_fd, NULL);
      return NULL;
    }
  if (pid == 0)
    {
      close (fds[0]);
      measure_and_send (ts, items, first, fds[1], glyph_fd);
    }

  g_close (fds[1], NULL);
  g_debug ("paragraphs from item %u of %u measured by a child process", first, items->len);
  measurer = g_new0 (ConcordMeasurer, 1);
  measurer->pid = pid;
  measurer->fd = fds[0];
  measurer->glyph_fd = glyph_fd;

  return measurer;
}

/* Reads one item's measure from the child's output at *offset; FALSE if
 * it is not there in full, or is not the item expected. */
static gboolean
take_measure (GByteArray *in,
              gsize      *offset,
              guint       index,
              FlowItem   *item)
{
  guint32 got_index, n_lines;
  gsize need;

  if (in->len - *offset < 2 * sizeof (guint32))
    return FALSE;
  memcpy (&got_index, in->data + *offset, sizeof got_index);
  memcpy (&n_lines, in->data + *offset + sizeof got_index, sizeof n_lines);
  if (got_index != index || n_lines > G_MAXUINT32 / sizeof (FlowLine))
    return FALSE;
  need = 2 * sizeof (guint32) + sizeof (FlowLine) * n_lines + sizeof (double) + 2 * sizeof (guint64);
  if (in->len - *offset < need)
    return FALSE;

  *offset += 2 * sizeof (guint32);
  g_clear_pointer (&item->lines, g_free);
  item->n_lines = n_lines;
  item->lines = g_new0 (FlowLine, MAX (n_lines, 1));
  memcpy (item->lines, in->data + *offset, sizeof (FlowLine) * n_lines);
  *offset += sizeof (FlowLine) * n_lines;
  memcpy (&item->height, in->data + *offset, sizeof item->height);
  *offset += sizeof (double);
  memcpy (&item->glyphs_at, in->data + *offset, sizeof item->glyphs_at);
  *offset += sizeof (guint64);
  memcpy (&item->glyphs_size, in->data + *offset, sizeof item->glyphs_size);
  *offset += sizeof (guint64);

  return TRUE;
}

/* The font of @key that the contexts give for its description, if its
 * key is @key: one this process has not laid text out in yet (a style
 * only the second half uses). */
static PangoFont *
load_font (Typesetter      *ts,
           ConcordFontBook *book,
           const char      *key)
{
  const char *described_at = strchr (key, '|');
  g_autofree char *described = NULL;
  g_autoptr(PangoFontDescription) description = NULL;
  g_autoptr(PangoFont) font = NULL;

  if (described_at == NULL || (key[0] != 'n' && key[0] != 's'))
    return NULL;
  described = g_strndup (described_at + 1, strcspn (described_at + 1, "|"));
  description = pango_font_description_from_string (described);
  font = pango_context_load_font (_concord_typesetter_get_context (ts, key[0] == 's'), description);
  if (font == NULL || g_strcmp0 (font_book_add (book, font), key) != 0)
    return NULL;

  return g_hash_table_lookup (book->fonts, key);
}

/* This process's fonts for the keys at the end of the child's output;
 * NULL if a key is missing, or names a font this process does not
 * have. */
static GPtrArray *
take_fonts (GByteArray      *in,
            gsize            offset,
            Typesetter      *ts,
            ConcordFontBook *book)
{
  g_autoptr(GPtrArray) fonts = g_ptr_array_new_with_free_func (g_object_unref);
  guint32 n_keys;

  if (in->len - offset < sizeof n_keys)
    return NULL;
  memcpy (&n_keys, in->data + offset, sizeof n_keys);
  offset += sizeof n_keys;
  for (guint32 k = 0; k < n_keys; k++)
    {
      g_autofree char *key = NULL;
      PangoFont *font;
      guint32 length;

      if (in->len - offset < sizeof length)
        return NULL;
      memcpy (&length, in->data + offset, sizeof length);
      offset += sizeof length;
      if (in->len - offset < length)
        return NULL;
      key = g_strndup ((const char *) in->data + offset, length);
      offset += length;
      font = g_hash_table_lookup (book->fonts, key);
      if (font == NULL)
        font = load_font (ts, book, key);
      if (font == NULL)
        {
          g_debug ("the child process used a font not used here (%s): its paragraphs are shaped again", key);
          return NULL;
        }
      g_ptr_array_add (fonts, g_object_ref (font));
    }
  if (offset != in->len)
    return NULL;

  return g_steal_pointer (&fonts);
}

ConcordGlyphSource *
_concord_measurer_finish (ConcordMeasurer *measurer,
                          Typesetter      *ts,
                          GPtrArray       *items,
                          guint            first,
                          ConcordFontBook *book)
{
  g_autoptr(GByteArray) in = g_byte_array_new ();
  gboolean delivered = TRUE, reported = FALSE;
  gsize offset = 0;
  int status = 0;
  g_autoptr(GPtrArray) fonts = NULL;
  ConcordGlyphSource *source;

  /* A short read is caught below, item by item. */
  (void) _concord_read_all (measurer->fd, in);

  g_close (measurer->fd, NULL);
  measurer->fd = -1;
  while (waitpid (measurer->pid, &status, 0) < 0 && errno == EINTR)
    ;
  measurer->pid = 0;
  /* A child that did not end well may have sent lines that are not its
   * last word: none of them is taken. */
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    delivered = FALSE;

  for (guint i = first; i < items->len; i++)
    {
      FlowItem *item = g_ptr_array_index (items, i);

      if (item->kind != FLOW_TEXT)
        continue;
      if (delivered && take_measure (in, &offset, i, item))
        continue;
      if (!reported)
        g_debug ("the child process ended without measuring item %u: measured here", i);
      reported = TRUE;
      delivered = FALSE;
      item->glyphs_size = 0;
      measure_here (ts, item);
    }

  if (delivered && measurer->glyph_fd >= 0)
    fonts = take_fonts (in, offset, ts, book);
  if (fonts != NULL)
    {
      struct stat file;

      /* Glyphs past the end of the file were never written. */
      if (fstat (measurer->glyph_fd, &file) != 0)
        file.st_size = 0;
      for (guint i = first; i < items->len; i++)
        {
          FlowItem *item = g_ptr_array_index (items, i);

          if (item->glyphs_at > (guint64) file.st_size ||
              item->glyphs_size > (guint64) file.st_size - item->glyphs_at)
            item->glyphs_size = 0;
        }
    }
  if (fonts == NULL)
    {
      /* Shaped again, every one. */
      for (guint i = first; i < items->len; i++)
        ((FlowItem *) g_ptr_array_index (items, i))->glyphs_size = 0;
      return NULL;
    }
  {
    guint sent = 0;

    for (guint i = first; i < items->len; i++)
      sent += ((FlowItem *) g_ptr_array_index (items, i))->glyphs_size > 0;
    g_debug ("the child process sent the glyphs of %u paragraphs", sent);
  }
  source = g_new0 (ConcordGlyphSource, 1);
  source->fd = measurer->glyph_fd;
  measurer->glyph_fd = -1;
  source->fonts = g_steal_pointer (&fonts);

  return source;
}

void
_concord_glyph_source_free (ConcordGlyphSource *source)
{
  if (source == NULL)
    return;
  g_close (source->fd, NULL);
  g_ptr_array_unref (source->fonts);
  g_free (source);
}

static void
glyph_runs_free (gpointer data)
{
  g_slist_free_full (data, (GDestroyNotify) pango_glyph_item_free);
}

/* What Pango and Cairo rely on: the run's clusters within its text, in
 * order (backwards in right-to-left text), and its number of
 * characters. */
static gboolean
run_holds_together (PangoGlyphItem *run,
                    const char     *text)
{
  const int *clusters = run->glyphs->log_clusters;
  gboolean backward = (run->item->analysis.level & 1) != 0;

  for (int g = 0; g < run->glyphs->num_glyphs; g++)
    if (clusters[g] < 0 || clusters[g] >= MAX (run->item->length, 1) ||
        (g > 0 && (backward ? clusters[g] > clusters[g - 1] : clusters[g] < clusters[g - 1])))
      return FALSE;

  return run->item->num_chars == g_utf8_strlen (text + run->item->offset, run->item->length);
}

/* Reads one run at *at in @data (@size bytes); NULL if it is not there
 * in full or does not hold together. */
static PangoGlyphItem *
read_run (ConcordGlyphSource *source,
          const FlowItem     *item,
          const guint8       *data,
          gsize               size,
          gsize              *at)
{
  RunHeader header;
  PangoGlyphItem *run;
  gsize text_length = strlen (item->text);

  if (size - *at < sizeof header)
    return NULL;
  memcpy (&header, data + *at, sizeof header);
  *at += sizeof header;
  if (header.font < 0 || (guint) header.font >= source->fonts->len || header.num_glyphs < 0 ||
      header.offset < 0 || header.length < 0 || (gsize) header.offset > text_length ||
      (gsize) header.length > text_length - header.offset ||
      (gsize) header.num_glyphs > (size - *at) / (sizeof (PangoGlyphInfo) + sizeof (int)))
    return NULL;

  run = g_slice_new0 (PangoGlyphItem);
  run->item = pango_item_new ();
  run->item->offset = header.offset;
  run->item->length = header.length;
  run->item->num_chars = header.num_chars;
  run->item->analysis.font = g_object_ref (g_ptr_array_index (source->fonts, header.font));
  run->item->analysis.level = header.level;
  run->item->analysis.gravity = header.gravity;
  run->item->analysis.flags = header.flags;
  run->item->analysis.script = header.script;
  if (header.rgb[3])
    run->item->analysis.extra_attrs =
      g_slist_prepend (NULL, pango_attr_foreground_new (header.rgb[0], header.rgb[1], header.rgb[2]));
  run->start_x_offset = header.start_x_offset;
  run->end_x_offset = header.end_x_offset;
  run->glyphs = pango_glyph_string_new ();
  pango_glyph_string_set_size (run->glyphs, header.num_glyphs);
  memcpy (run->glyphs->glyphs, data + *at, sizeof (PangoGlyphInfo) * header.num_glyphs);
  *at += sizeof (PangoGlyphInfo) * header.num_glyphs;
  memcpy (run->glyphs->log_clusters, data + *at, sizeof (int) * header.num_glyphs);
  *at += sizeof (int) * header.num_glyphs;
  if (!run_holds_together (run, item->text))
    {
      pango_glyph_item_free (run);
      return NULL;
    }

  return run;
}

GPtrArray *
_concord_glyph_source_read (ConcordGlyphSource *source,
                            const FlowItem     *item)
{
  g_autofree guint8 *data = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  gsize at = 0;
  guint32 n_lines;

  if (source == NULL || item->glyphs_size == 0 || item->glyphs_size > G_MAXSIZE / 2)
    return NULL;
  data = g_malloc (item->glyphs_size);
  for (gsize done = 0; done < item->glyphs_size; )
    {
      ssize_t got = pread (source->fd, data + done, item->glyphs_size - done, item->glyphs_at + done);

      if (got < 0 && errno == EINTR)
        continue;
      if (got <= 0)
        return NULL;
      done += got;
    }

  if (item->glyphs_size < sizeof n_lines)
    return NULL;
  memcpy (&n_lines, data, sizeof n_lines);
  at += sizeof n_lines;
  if (n_lines != item->n_lines)
    return NULL;
  lines = g_ptr_array_new_full (n_lines, glyph_runs_free);
  for (guint32 l = 0; l < n_lines; l++)
    {
      GSList *runs = NULL;
      guint32 n_runs;

      if (item->glyphs_size - at < sizeof n_runs)
        return NULL;
      memcpy (&n_runs, data + at, sizeof n_runs);
      at += sizeof n_runs;
      for (guint32 r = 0; r < n_runs; r++)
        {
          PangoGlyphItem *run = read_run (source, item, data, item->glyphs_size, &at);

          if (run == NULL)
            {
              glyph_runs_free (runs);
              return NULL;
            }
          runs = g_slist_prepend (runs, run);
        }
      g_ptr_array_add (lines, g_slist_reverse (runs));
    }
  if (at != item->glyphs_size)
    return NULL;

  return g_steal_pointer (&lines);
}

/* Draws a line's runs at the current point as pango_cairo_show_layout_line()
 * does (pango_renderer_draw_layout_line() in Pango 1.50): each run from
 * where the last ended, in its own colour if it has one. The run's offset
 * goes into its glyphs' own, which gives the very positions Pango
 * computes (sums of multiples of 1/1024, exact in a double). */
void
_concord_show_glyph_runs (cairo_t    *cr,
                          const char *text,
                          GSList     *runs)
{
  double x, y;
  int x_off = 0;

  cairo_get_current_point (cr, &x, &y);
  for (GSList *r = runs; r != NULL; r = r->next)
    {
      PangoGlyphItem *run = r->data;
      PangoGlyphString *glyphs = run->glyphs;
      int width = pango_glyph_string_get_width (glyphs);
      guint16 rgb[4] = { 0 };

      /* The runs read here carry a colour at most (read_run). */
      (void) run_is_plain (run, rgb);
      x_off += run->start_x_offset;
      for (int g = 0; g < glyphs->num_glyphs; g++)
        glyphs->glyphs[g].geometry.x_offset += x_off;
      if (rgb[3])
        {
          cairo_save (cr);
          cairo_set_source_rgba (cr, rgb[0] / 65535., rgb[1] / 65535., rgb[2] / 65535., 1.);
        }
      cairo_move_to (cr, x, y);
      pango_cairo_show_glyph_item (cr, text, run);
      if (rgb[3])
        cairo_restore (cr);
      for (int g = 0; g < glyphs->num_glyphs; g++)
        glyphs->glyphs[g].geometry.x_offset -= x_off;
      x_off += width + run->end_x_offset;
    }
  cairo_move_to (cr, x, y);
}

void
_concord_measurer_free (ConcordMeasurer *measurer)
{
  if (measurer == NULL)
    return;

  if (measurer->fd >= 0)
    g_close (measurer->fd, NULL);
  if (measurer->glyph_fd >= 0)
    g_close (measurer->glyph_fd, NULL);
  if (measurer->pid > 0)
    while (waitpid (measurer->pid, NULL, 0) < 0 && errno == EINTR)
      ;
  g_free (measurer);
}
