/* concord-layout-task.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-layout-task"

#include "config.h"

#include <stdlib.h>

#include "concord-layout-task.h"

/* The one asynchronous layout call that the preview, printing and export
 * share: the memorandum is copied when it is called, so editing goes on
 * meanwhile, and laid out on a worker thread under the render lock, once
 * for each set of options (a counterpart each, say). */

typedef struct
{
  ConcordMemorandum    *memorandum;
  ConcordRenderOptions *options;
  char                **counterparts;
  guint                 n_options;
  ConcordLayoutCache   *cache;
  ConcordLayoutFunc     func;
  gpointer              func_data;
  gboolean              keep_layouts;
} LayoutJob;

/* Layouts still running on a worker when the process exits would use
 * fonts that the exit handlers of Pango, HarfBuzz and the GL driver are
 * freeing (a crash after the window closed, seen in the UI tests): exit
 * waits for them. Closing a window cancels its layouts first. */
static GMutex jobs_mutex;
static GCond jobs_done;
static guint n_jobs;

static void
wait_for_jobs (void)
{
  g_mutex_lock (&jobs_mutex);
  while (n_jobs > 0)
    g_cond_wait (&jobs_done, &jobs_mutex);
  g_mutex_unlock (&jobs_mutex);
}

static void
job_started (void)
{
  static gsize registered;

  if (g_once_init_enter (&registered))
    {
      atexit (wait_for_jobs);
      g_once_init_leave (&registered, 1);
    }
  g_mutex_lock (&jobs_mutex);
  n_jobs++;
  g_mutex_unlock (&jobs_mutex);
}

static void
job_ended (void)
{
  g_mutex_lock (&jobs_mutex);
  if (--n_jobs == 0)
    g_cond_broadcast (&jobs_done);
  g_mutex_unlock (&jobs_mutex);
}

static void
layout_job_free (gpointer data)
{
  LayoutJob *job = data;

  g_clear_object (&job->memorandum);
  g_free (job->options);
  g_strfreev (job->counterparts);
  g_free (job);
}

static void
free_layouts_locked (GPtrArray *layouts)
{
  concord_render_lock ();
  g_ptr_array_unref (layouts);
  concord_render_unlock ();
}

static gboolean
lay_out (LayoutJob     *job,
         GPtrArray     *layouts,
         GCancellable  *cancellable,
         GError       **error)
{
  for (guint i = 0; i < job->n_options; i++)
    {
      ConcordDocumentLayout *layout;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      job->options[i].counterpart = job->counterparts[i][0] != '\0' ? job->counterparts[i] : NULL;
      layout = job->cache != NULL
        ? concord_document_layout_new_with_cache (job->memorandum, &job->options[i], job->cache, error)
        : concord_document_layout_new (job->memorandum, &job->options[i], error);
      if (layout == NULL)
        return FALSE;
      g_ptr_array_add (layouts, layout);
      if (job->func != NULL && !job->func (layout, i, job->func_data, cancellable, error))
        return FALSE;
    }

  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

static void
lay_out_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  LayoutJob *job = task_data;
  GPtrArray *layouts = g_ptr_array_new_with_free_func ((GDestroyNotify) concord_document_layout_free);
  GError *error = NULL;
  gboolean ok;

  concord_render_lock ();
  ok = lay_out (job, layouts, cancellable, &error);
  /* The layouts keep the copy alive as long as they need it; the job's
   * reference goes here, on the worker, not on the main thread. */
  g_clear_object (&job->memorandum);
  concord_render_unlock ();

  if (!ok || !job->keep_layouts)
    {
      free_layouts_locked (layouts);
      layouts = ok ? g_ptr_array_new () : NULL;
    }

  if (!ok)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, layouts, (GDestroyNotify) g_ptr_array_unref);
  job_ended ();
}

/**
 * concord_layout_take_async:
 * @options: (array length=n_options): one layout is made for each
 * @cache: (nullable): measurements kept from layout to layout (the
 *   caller's, used on the worker only while a call runs)
 * @func: (nullable): what to do with each layout on the worker
 * @keep_layouts: whether concord_layout_finish() gives the layouts back
 *   (else they are freed on the worker, as after writing a PDF)
 *
 * Lays out @copy, a copy of a memorandum that nothing else uses (it is
 * freed on the worker), on a worker thread.
 */
void
concord_layout_take_async (ConcordMemorandum          *copy,
                           const ConcordRenderOptions *options,
                           guint                       n_options,
                           ConcordLayoutCache         *cache,
                           ConcordLayoutFunc           func,
                           gpointer                    func_data,
                           gboolean                    keep_layouts,
                           GCancellable               *cancellable,
                           GAsyncReadyCallback         callback,
                           gpointer                    user_data)
{
  g_autoptr(GTask) task = NULL;
  LayoutJob *job;

  g_return_if_fail (CONCORD_IS_MEMORANDUM (copy));
  g_return_if_fail (options != NULL || n_options == 0);

  job = g_new0 (LayoutJob, 1);
  job->memorandum = copy;
  job->options = g_memdup2 (options, sizeof (ConcordRenderOptions) * MAX (n_options, 1));
  job->counterparts = g_new0 (char *, n_options + 1);
  /* The counterpart ids are the caller's: copied, with "" for none. */
  for (guint i = 0; i < n_options; i++)
    {
      job->counterparts[i] = g_strdup (options[i].counterpart != NULL ? options[i].counterpart : "");
      job->options[i].counterpart = NULL;
    }
  job->n_options = n_options;
  job->cache = cache;
  job->func = func;
  job->func_data = func_data;
  job->keep_layouts = keep_layouts;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, concord_layout_take_async);
  g_task_set_task_data (task, job, layout_job_free);
  job_started ();
  g_task_run_in_thread (task, lay_out_thread);
}

/**
 * concord_layout_async:
 *
 * Lays out a copy of @memorandum, taken now, on a worker thread, as
 * concord_layout_take_async() does.
 */
void
concord_layout_async (ConcordMemorandum          *memorandum,
                      const ConcordRenderOptions *options,
                      guint                       n_options,
                      ConcordLayoutCache         *cache,
                      ConcordLayoutFunc           func,
                      gpointer                    func_data,
                      gboolean                    keep_layouts,
                      GCancellable               *cancellable,
                      GAsyncReadyCallback         callback,
                      gpointer                    user_data)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (memorandum));

  concord_layout_take_async (concord_memorandum_copy (memorandum), options, n_options, cache, func, func_data,
                             keep_layouts, cancellable, callback, user_data);
}

/**
 * concord_layout_finish:
 *
 * Returns: (transfer full) (element-type ConcordDocumentLayout): the
 *   layouts in the order of the options (none unless kept), or %NULL with
 *   @error set, %G_IO_ERROR_CANCELLED if the call was cancelled
 */
GPtrArray *
concord_layout_finish (GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == concord_layout_take_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
