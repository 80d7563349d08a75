/* concord-signature.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "concord-types.h"
#include "concord-block.h"

G_BEGIN_DECLS
#define CONCORD_TYPE_SIGNATURE (concord_signature_get_type ())
G_DECLARE_FINAL_TYPE (ConcordSignature, concord_signature, CONCORD, SIGNATURE, GObject)
ConcordSignature *concord_signature_new (void);
const char *concord_signature_get_party (ConcordSignature *self);
void concord_signature_set_party (ConcordSignature *self, const char *party);
const char *concord_signature_get_person (ConcordSignature *self);
void concord_signature_set_person (ConcordSignature *self, const char *person);
const char *concord_signature_get_title (ConcordSignature *self);
void concord_signature_set_title (ConcordSignature *self, const char *title);
const char *concord_signature_get_date (ConcordSignature *self);
void concord_signature_set_date (ConcordSignature *self, const char *date);
const char *concord_signature_get_place (ConcordSignature *self);
void concord_signature_set_place (ConcordSignature *self, const char *place);
const char *concord_signature_get_placeholder (ConcordSignature *self, const char *field);
void concord_signature_set_placeholder (ConcordSignature *self, const char *field, const char *prompt);
GBytes *concord_signature_get_image (ConcordSignature *self);
void concord_signature_set_image (ConcordSignature *self, GBytes *image);
gboolean concord_signature_check_image (const guchar *data, gsize len, GError **error);
gboolean concord_signature_is_recorded (ConcordSignature *self);
const char *concord_signature_get_second_title (ConcordSignature *self);
void concord_signature_set_second_title (ConcordSignature *self, const char *title);
const char *concord_signature_get_also_for (ConcordSignature *self);
void concord_signature_set_also_for (ConcordSignature *self, const char *party);
gboolean concord_signature_signs_for (ConcordSignature *self, const char *party_id);
const char *concord_signature_get_key (ConcordSignature *self);

G_END_DECLS
