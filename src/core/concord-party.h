/* concord-party.h
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "concord-types.h"

G_BEGIN_DECLS

#define CONCORD_TYPE_PARTY (concord_party_get_type ())

G_DECLARE_FINAL_TYPE (ConcordParty, concord_party, CONCORD, PARTY, GObject)

ConcordParty     *concord_party_new                  (const char       *id);
const char       *concord_party_get_id               (ConcordParty     *self);
const char       *concord_party_get_name             (ConcordParty     *self);
void              concord_party_set_name             (ConcordParty     *self,
                                                      const char       *name);
const char       *concord_party_get_short_name       (ConcordParty     *self);
void              concord_party_set_short_name       (ConcordParty     *self,
                                                      const char       *short_name);
const char       *concord_party_get_display_name     (ConcordParty     *self,
                                                      gboolean          full);
ConcordPartyKind  concord_party_get_kind             (ConcordParty     *self);
void              concord_party_set_kind             (ConcordParty     *self,
                                                      ConcordPartyKind  kind);
const char       *concord_party_get_description      (ConcordParty     *self);
void              concord_party_set_description      (ConcordParty     *self,
                                                      const char       *description);
const char       *concord_party_get_signatory_person (ConcordParty     *self);
void              concord_party_set_signatory_person (ConcordParty     *self,
                                                      const char       *person);
const char       *concord_party_get_signatory_title  (ConcordParty     *self);
void              concord_party_set_signatory_title  (ConcordParty     *self,
                                                      const char       *title);
const char       *concord_party_get_colour           (ConcordParty     *self);
void              concord_party_set_colour           (ConcordParty     *self,
                                                      const char       *colour);
const char       *concord_party_get_placeholder      (ConcordParty     *self,
                                                      const char       *field);
void              concord_party_set_placeholder      (ConcordParty     *self,
                                                      const char       *field,
                                                      const char       *prompt);
const char       *concord_party_get_organisation     (ConcordParty     *self);
void              concord_party_set_organisation     (ConcordParty     *self,
                                                      const char       *organisation);
gboolean          concord_party_get_office_holder    (ConcordParty     *self);
void              concord_party_set_office_holder    (ConcordParty     *self,
                                                      gboolean          office_holder);
GBytes           *concord_party_get_logo             (ConcordParty     *self);
void              concord_party_set_logo             (ConcordParty     *self,
                                                      GBytes           *logo);

const char *concord_party_get_translated_name (ConcordParty *self);
void concord_party_set_translated_name (ConcordParty *self, const char *value);

const char *concord_party_get_translated_short_name (ConcordParty *self);
void concord_party_set_translated_short_name (ConcordParty *self, const char *value);

G_END_DECLS
