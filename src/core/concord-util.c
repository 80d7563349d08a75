/* concord-util.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <unistd.h>

#include "concord-block.h"
#include "concord-util-private.h"

/* Setters notify only on a real change, so bindings and undo do not see
 * phantom edits. */
gboolean
_concord_set_string (GObject     *object,
                     char       **slot,
                     const char  *value,
                     GParamSpec  *pspec)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;

  {
    /* Copied before the old value goes: @value may point into it. */
    char *copy = g_strdup (value);

    g_free (*slot);
    *slot = copy;
  }
  g_object_notify_by_pspec (object, pspec);

  return TRUE;
}

/* A text's blocks, copied (NULL is no text); notifies only on a change. */
gboolean
_concord_set_blocks (GObject     *object,
                     GPtrArray  **slot,
                     GPtrArray   *value,
                     GParamSpec  *pspec)
{
  if (concord_blocks_equal (*slot, value))
    return FALSE;

  g_clear_pointer (slot, g_ptr_array_unref);
  *slot = concord_blocks_copy (value);
  g_object_notify_by_pspec (object, pspec);

  return TRUE;
}

gboolean
_concord_set_strv (GObject             *object,
                   char              ***slot,
                   const char * const  *value,
                   GParamSpec          *pspec)
{
  if (value != NULL && value[0] == NULL)
    value = NULL;

  if (*slot == NULL && value == NULL)
    return FALSE;

  if (*slot != NULL && value != NULL && g_strv_equal ((const char * const *) *slot, value))
    return FALSE;

  {
    /* Copied before the old value goes: @value may point into it. */
    char **copy = g_strdupv ((char **) value);

    g_strfreev (*slot);
    *slot = copy;
  }
  g_object_notify_by_pspec (object, pspec);

  return TRUE;
}

gboolean
_concord_set_enum (GObject    *object,
                   int        *slot,
                   int         value,
                   GParamSpec *pspec)
{
  if (*slot == value)
    return FALSE;

  *slot = value;
  g_object_notify_by_pspec (object, pspec);

  return TRUE;
}

const char *
_concord_prompt_get (GHashTable *prompts,
                     const char *field)
{
  if (prompts == NULL)
    return NULL;

  return g_hash_table_lookup (prompts, field);
}

void
_concord_prompt_set (GHashTable **prompts,
                     const char  *field,
                     const char  *prompt)
{
  if (prompt == NULL || *prompt == '\0')
    {
      if (*prompts != NULL)
        g_hash_table_remove (*prompts, field);
      return;
    }

  if (*prompts == NULL)
    *prompts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_hash_table_insert (*prompts, g_strdup (field), g_strdup (prompt));
}

gboolean
_concord_write_all (int         fd,
                    const void *data,
                    gsize       len)
{
  const guint8 *p = data;

  while (len > 0)
    {
      gssize n = write (fd, p, MIN (len, (gsize) G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      p += n;
      len -= (gsize) n;
    }

  return TRUE;
}

gboolean
_concord_read_all (int         fd,
                   GByteArray *into)
{
  guint8 buffer[65536];

  for (;;)
    {
      gssize n = read (fd, buffer, sizeof buffer);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return FALSE;
      if (n == 0)
        return TRUE;
      g_byte_array_append (into, buffer, (guint) n);
    }
}

const char *
_concord_uint_digits (char  buffer[16],
                      guint n)
{
  char *p = buffer + 15;

  *p = '\0';
  do
    *--p = (char) ('0' + n % 10);
  while ((n /= 10) > 0);

  return p;
}
