/* concord-util-private.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean  _concord_set_blocks       (GObject     *object,
                                     GPtrArray  **slot,
                                     GPtrArray   *value,
                                     GParamSpec  *pspec);
gboolean  _concord_set_string       (GObject     *object,
                                     char       **slot,
                                     const char  *value,
                                     GParamSpec  *pspec);
gboolean  _concord_set_strv         (GObject     *object,
                                     char      ***slot,
                                     const char * const *value,
                                     GParamSpec  *pspec);
gboolean  _concord_set_enum         (GObject     *object,
                                     int         *slot,
                                     int          value,
                                     GParamSpec  *pspec);

/* Prompts of unfilled fields ("Name of signatory"), by field name. */
const char *_concord_prompt_get     (GHashTable  *prompts,
                                     const char  *field);
void        _concord_prompt_set     (GHashTable **prompts,
                                     const char  *field,
                                     const char  *prompt);

/* A file built into the core (build-aux/embed-data.py): the schema
 * ("schema/concord.rng"), the templates ("templates/index.ini" and the
 * files it names) and the Welsh hyphenation patterns
 * ("hyphen/hyph_cy.dic"); NULL for any other name. */
GBytes     *_concord_embedded_lookup (const char  *name);

/* write(2) until all of @data is written, through interruptions; FALSE
 * (errno set) when the descriptor takes no more. */
gboolean    _concord_write_all      (int          fd,
                                     const void  *data,
                                     gsize        len);
/* Appends to @into what read(2) gives until the end; FALSE (errno set)
 * if reading fails first, with what came before it appended. */
gboolean    _concord_read_all       (int          fd,
                                     GByteArray  *into);

/* The digits of @n in @buffer, as "%u" prints them, without printf:
 * numbering and lint's output put numbers together for every clause. */
const char *_concord_uint_digits    (char         buffer[16],
                                     guint        n);

/* From now on, loading keeps the last file's parsed tree until the
 * process exits instead of freeing it: for commands that load and exit. */
void        _concord_xml_keep_last_tree (void);

/* For the loader: @body becomes the clause's own, without the copy and the
 * notification of concord_clause_set_body(): nothing watches a clause that
 * is being read. */
typedef struct _ConcordClause ConcordClause;
void        _concord_clause_take_body (ConcordClause *clause,
                                       GPtrArray     *body);

G_END_DECLS
