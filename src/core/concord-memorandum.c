/* concord-memorandum.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "concord-memorandum"

#include "config.h"

#include "concord-enums.h"
#include "concord-memorandum.h"
#include "concord-annex.h"
#include "concord-clause.h"
#include "concord-control-entry.h"
#include "concord-conflict.h"
#include "concord-dismissal.h"
#include "concord-party.h"
#include "concord-section.h"
#include "concord-signature.h"
#include "concord-term.h"
#include "concord-wording.h"
#include "concord-util-private.h"
struct _ConcordMemorandum
{
  GObject     parent_instance;
  char       *id;
  char       *title;
  char       *reference;
  char       *revision;
  int         status;
  char       *language;
  char       *effective_date;
  char       *review_date;
  char       *marking;
  /* Related memoranda, each "REFERENCE" or "RELATION REFERENCE". */
  char      **related;
  int         numbering;
  int         item_style;
  int         annex_style;
  /* Numbering that fits an existing document (concord-numbering.c). */
  int         number_format;
  gboolean    numbered_headings;
  int         annex_numbering;
  int         clause_word;
  /* Page furniture (<print>): see concord_memorandum_get_print_*(). */
  int         print_details;
  gboolean    print_parties;
  int         print_matrix;
  int         print_facts;
  int         print_status;
  int         print_signatures;
  char       *signatures_section;
  int         print_marking;
  GPtrArray  *recitals;
  /* Bilingual memoranda: the other language of equal standing, how the
   * two texts print, and the text in that language of what the
   * memorandum itself holds. */
  char       *translation_language;
  int         bilingual_layout;
  char       *translated_title;
  GPtrArray  *translated_recitals;
  GHashTable *prompts;
  GListStore *parties;
  GListStore *terms;
  GListStore *sections;
  GListStore *annexes;
  GListStore *signatures;
  GListStore *control_entries;
  GListStore *dismissals;
  GListStore *conflicts;
  /* id -> party and id -> term, made when first asked for and dropped when
   * the list changes (ids never do): lint, text and the renderer look a
   * name up for every reference. */
  GHashTable *party_index;
  GHashTable *term_index;
};

G_DEFINE_FINAL_TYPE (ConcordMemorandum, concord_memorandum, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_REFERENCE,
  PROP_REVISION,
  PROP_STATUS,
  PROP_LANGUAGE,
  PROP_EFFECTIVE_DATE,
  PROP_REVIEW_DATE,
  PROP_MARKING,
  PROP_NUMBERING,
  PROP_ITEM_STYLE,
  PROP_ANNEX_STYLE,
  PROP_NUMBER_FORMAT,
  PROP_NUMBERED_HEADINGS,
  PROP_ANNEX_NUMBERING,
  PROP_CLAUSE_WORD,
  PROP_RECITALS,
  PROP_RELATED,
  PROP_PRINT_DETAILS,
  PROP_PRINT_PARTIES,
  PROP_PRINT_MATRIX,
  PROP_PRINT_FACTS,
  PROP_PRINT_STATUS,
  PROP_PRINT_SIGNATURES,
  PROP_PRINT_SIGNATURES_SECTION,
  PROP_PRINT_MARKING,
  PROP_TRANSLATION_LANGUAGE,
  PROP_BILINGUAL_LAYOUT,
  PROP_TRANSLATED_TITLE,
  PROP_TRANSLATED_RECITALS,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
concord_memorandum_finalize (GObject *object)
{
  ConcordMemorandum *self = (ConcordMemorandum *) object;

  g_free (self->id);
  g_free (self->title);
  g_free (self->reference);
  g_free (self->language);
  g_free (self->effective_date);
  g_free (self->review_date);
  g_free (self->marking);
  g_free (self->revision);
  g_free (self->signatures_section);
  g_free (self->translation_language);
  g_free (self->translated_title);
  g_clear_pointer (&self->translated_recitals, g_ptr_array_unref);
  g_strfreev (self->related);
  g_clear_pointer (&self->recitals, g_ptr_array_unref);
  g_clear_pointer (&self->prompts, g_hash_table_unref);
  g_clear_pointer (&self->party_index, g_hash_table_unref);
  g_clear_pointer (&self->term_index, g_hash_table_unref);
  g_clear_object (&self->parties);
  g_clear_object (&self->terms);
  g_clear_object (&self->sections);
  g_clear_object (&self->annexes);
  g_clear_object (&self->signatures);
  g_clear_object (&self->control_entries);
  g_clear_object (&self->dismissals);
  g_clear_object (&self->conflicts);

  G_OBJECT_CLASS (concord_memorandum_parent_class)->finalize (object);
}

/* Page furniture: kept apart from the other properties, as <print> is
 * apart from the other details in the file. */
static gboolean
get_print_property (ConcordMemorandum *self,
                    guint              prop_id,
                    GValue            *value)
{
  switch (prop_id)
    {
    case PROP_PRINT_DETAILS:
      g_value_set_enum (value, self->print_details);
      return TRUE;
    case PROP_PRINT_PARTIES:
      g_value_set_boolean (value, self->print_parties);
      return TRUE;
    case PROP_PRINT_MATRIX:
      g_value_set_enum (value, self->print_matrix);
      return TRUE;
    case PROP_PRINT_FACTS:
      g_value_set_enum (value, self->print_facts);
      return TRUE;
    case PROP_PRINT_STATUS:
      g_value_set_enum (value, self->print_status);
      return TRUE;
    case PROP_PRINT_SIGNATURES:
      g_value_set_enum (value, self->print_signatures);
      return TRUE;
    case PROP_PRINT_SIGNATURES_SECTION:
      g_value_set_string (value, self->signatures_section);
      return TRUE;
    case PROP_PRINT_MARKING:
      g_value_set_enum (value, self->print_marking);
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
set_print_property (ConcordMemorandum *self,
                    guint              prop_id,
                    const GValue      *value)
{
  int *slot = NULL;

  switch (prop_id)
    {
    case PROP_PRINT_DETAILS:
      slot = &self->print_details;
      break;
    case PROP_PRINT_MATRIX:
      slot = &self->print_matrix;
      break;
    case PROP_PRINT_FACTS:
      slot = &self->print_facts;
      break;
    case PROP_PRINT_STATUS:
      slot = &self->print_status;
      break;
    case PROP_PRINT_SIGNATURES:
      slot = &self->print_signatures;
      break;
    case PROP_PRINT_MARKING:
      slot = &self->print_marking;
      break;
    case PROP_PRINT_PARTIES:
      concord_memorandum_set_print_parties (self, g_value_get_boolean (value));
      return TRUE;
    case PROP_PRINT_SIGNATURES_SECTION:
      concord_memorandum_set_signatures_section (self, g_value_get_string (value));
      return TRUE;
    default:
      return FALSE;
    }

  _concord_set_enum (G_OBJECT (self), slot, g_value_get_enum (value), properties[prop_id]);
  return TRUE;
}

static void
install_print_properties (GParamFlags flags)
{
  properties[PROP_PRINT_DETAILS] =
    g_param_spec_enum ("print-details", NULL, NULL, CONCORD_TYPE_COVER_DETAILS,
                       CONCORD_COVER_DETAILS_ALL, flags);
  properties[PROP_PRINT_PARTIES] = g_param_spec_boolean ("print-parties", NULL, NULL, TRUE, flags);
  properties[PROP_PRINT_MATRIX] =
    g_param_spec_enum ("print-matrix", NULL, NULL, CONCORD_TYPE_MATRIX_PLACEMENT,
                       CONCORD_MATRIX_PLACEMENT_SCHEDULE, flags);
  properties[PROP_PRINT_FACTS] =
    g_param_spec_enum ("print-facts", NULL, NULL, CONCORD_TYPE_PRINT_WHEN, CONCORD_PRINT_WHEN_DRAFTS, flags);
  properties[PROP_PRINT_STATUS] =
    g_param_spec_enum ("print-status", NULL, NULL, CONCORD_TYPE_PRINT_WHEN, CONCORD_PRINT_WHEN_DRAFTS, flags);
  properties[PROP_PRINT_SIGNATURES] =
    g_param_spec_enum ("print-signatures", NULL, NULL, CONCORD_TYPE_SIGNATURE_PLACEMENT,
                       CONCORD_SIGNATURE_PLACEMENT_END, flags);
  properties[PROP_PRINT_SIGNATURES_SECTION] =
    g_param_spec_string ("print-signatures-section", NULL, NULL, NULL, flags);
  properties[PROP_PRINT_MARKING] =
    g_param_spec_enum ("print-marking", NULL, NULL, CONCORD_TYPE_MARKING_PLACEMENT,
                       CONCORD_MARKING_PLACEMENT_RUNNING_HEAD, flags);
}

static void
concord_memorandum_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ConcordMemorandum *self = CONCORD_MEMORANDUM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_REFERENCE:
      g_value_set_string (value, self->reference);
      break;
    case PROP_REVISION:
      g_value_set_string (value, concord_memorandum_get_revision (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_EFFECTIVE_DATE:
      g_value_set_string (value, self->effective_date);
      break;
    case PROP_REVIEW_DATE:
      g_value_set_string (value, self->review_date);
      break;
    case PROP_MARKING:
      g_value_set_string (value, self->marking);
      break;
    case PROP_NUMBERING:
      g_value_set_enum (value, self->numbering);
      break;
    case PROP_ITEM_STYLE:
      g_value_set_enum (value, self->item_style);
      break;
    case PROP_ANNEX_STYLE:
      g_value_set_enum (value, self->annex_style);
      break;
    case PROP_NUMBER_FORMAT:
      g_value_set_enum (value, self->number_format);
      break;
    case PROP_NUMBERED_HEADINGS:
      g_value_set_boolean (value, self->numbered_headings);
      break;
    case PROP_ANNEX_NUMBERING:
      g_value_set_enum (value, self->annex_numbering);
      break;
    case PROP_CLAUSE_WORD:
      g_value_set_enum (value, self->clause_word);
      break;
    case PROP_RECITALS:
      g_value_set_boxed (value, self->recitals);
      break;
    case PROP_RELATED:
      g_value_set_boxed (value, self->related);
      break;
    case PROP_TRANSLATION_LANGUAGE:
      g_value_set_string (value, self->translation_language);
      break;
    case PROP_BILINGUAL_LAYOUT:
      g_value_set_enum (value, self->bilingual_layout);
      break;
    case PROP_TRANSLATED_TITLE:
      g_value_set_string (value, self->translated_title);
      break;
    case PROP_TRANSLATED_RECITALS:
      g_value_set_boxed (value, self->translated_recitals);
      break;
    default:
      if (!get_print_property (self, prop_id, value))
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_memorandum_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ConcordMemorandum *self = CONCORD_MEMORANDUM (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_TITLE:
      concord_memorandum_set_title (self, g_value_get_string (value));
      break;
    case PROP_REFERENCE:
      concord_memorandum_set_reference (self, g_value_get_string (value));
      break;
    case PROP_REVISION:
      concord_memorandum_set_revision (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      concord_memorandum_set_status (self, g_value_get_enum (value));
      break;
    case PROP_LANGUAGE:
      concord_memorandum_set_language (self, g_value_get_string (value));
      break;
    case PROP_EFFECTIVE_DATE:
      concord_memorandum_set_effective_date (self, g_value_get_string (value));
      break;
    case PROP_REVIEW_DATE:
      concord_memorandum_set_review_date (self, g_value_get_string (value));
      break;
    case PROP_MARKING:
      concord_memorandum_set_marking (self, g_value_get_string (value));
      break;
    case PROP_NUMBERING:
      concord_memorandum_set_numbering (self, g_value_get_enum (value));
      break;
    case PROP_ITEM_STYLE:
      concord_memorandum_set_item_style (self, g_value_get_enum (value));
      break;
    case PROP_ANNEX_STYLE:
      concord_memorandum_set_annex_style (self, g_value_get_enum (value));
      break;
    case PROP_NUMBER_FORMAT:
      concord_memorandum_set_number_format (self, g_value_get_enum (value));
      break;
    case PROP_NUMBERED_HEADINGS:
      concord_memorandum_set_numbered_headings (self, g_value_get_boolean (value));
      break;
    case PROP_ANNEX_NUMBERING:
      concord_memorandum_set_annex_numbering (self, g_value_get_enum (value));
      break;
    case PROP_CLAUSE_WORD:
      concord_memorandum_set_clause_word (self, g_value_get_enum (value));
      break;
    case PROP_RECITALS:
      concord_memorandum_set_recitals (self, g_value_get_boxed (value));
      break;
    case PROP_RELATED:
      concord_memorandum_set_related (self, g_value_get_boxed (value));
      break;
    case PROP_TRANSLATION_LANGUAGE:
      concord_memorandum_set_translation_language (self, g_value_get_string (value));
      break;
    case PROP_BILINGUAL_LAYOUT:
      concord_memorandum_set_bilingual_layout (self, g_value_get_enum (value));
      break;
    case PROP_TRANSLATED_TITLE:
      concord_memorandum_set_translated_title (self, g_value_get_string (value));
      break;
    case PROP_TRANSLATED_RECITALS:
      concord_memorandum_set_translated_recitals (self, g_value_get_boxed (value));
      break;
    default:
      if (!set_print_property (self, prop_id, value))
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_memorandum_class_init (ConcordMemorandumClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = concord_memorandum_finalize;
  object_class->get_property = concord_memorandum_get_property;
  object_class->set_property = concord_memorandum_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_REFERENCE] = g_param_spec_string ("reference", NULL, NULL, NULL, flags);
  properties[PROP_REVISION] = g_param_spec_string ("revision", NULL, NULL, "0", flags);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CONCORD_TYPE_STATUS, CONCORD_STATUS_DRAFT, flags);
  properties[PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, NULL, flags);
  properties[PROP_EFFECTIVE_DATE] = g_param_spec_string ("effective-date", NULL, NULL, NULL, flags);
  properties[PROP_REVIEW_DATE] = g_param_spec_string ("review-date", NULL, NULL, NULL, flags);
  properties[PROP_MARKING] = g_param_spec_string ("marking", NULL, NULL, NULL, flags);
  properties[PROP_NUMBERING] =
    g_param_spec_enum ("numbering", NULL, NULL, CONCORD_TYPE_NUMBERING_STYLE, CONCORD_NUMBERING_HIERARCHICAL, flags);
  properties[PROP_ITEM_STYLE] =
    g_param_spec_enum ("item-style", NULL, NULL, CONCORD_TYPE_ITEM_STYLE, CONCORD_ITEM_STYLE_DECIMAL, flags);
  properties[PROP_ANNEX_STYLE] =
    g_param_spec_enum ("annex-style", NULL, NULL, CONCORD_TYPE_ANNEX_STYLE, CONCORD_ANNEX_STYLE_LETTER, flags);
  properties[PROP_NUMBER_FORMAT] =
    g_param_spec_enum ("number-format", NULL, NULL, CONCORD_TYPE_NUMBER_FORMAT, CONCORD_NUMBER_FORMAT_PLAIN, flags);
  properties[PROP_NUMBERED_HEADINGS] = g_param_spec_boolean ("numbered-headings", NULL, NULL, FALSE, flags);
  properties[PROP_ANNEX_NUMBERING] =
    g_param_spec_enum ("annex-numbering", NULL, NULL, CONCORD_TYPE_ANNEX_NUMBERING, CONCORD_ANNEX_NUMBERING_NONE, flags);
  properties[PROP_CLAUSE_WORD] =
    g_param_spec_enum ("clause-word", NULL, NULL, CONCORD_TYPE_CLAUSE_WORD, CONCORD_CLAUSE_WORD_AUTO, flags);
  properties[PROP_RECITALS] = g_param_spec_boxed ("recitals", NULL, NULL, G_TYPE_PTR_ARRAY, flags);
  properties[PROP_RELATED] = g_param_spec_boxed ("related", NULL, NULL, G_TYPE_STRV, flags);
  install_print_properties (flags);
  properties[PROP_TRANSLATION_LANGUAGE] =
    g_param_spec_string ("translation-language", NULL, NULL, NULL, flags);
  properties[PROP_BILINGUAL_LAYOUT] =
    g_param_spec_enum ("bilingual-layout", NULL, NULL, CONCORD_TYPE_BILINGUAL_LAYOUT,
                       CONCORD_BILINGUAL_LAYOUT_COLUMNS, flags);
  properties[PROP_TRANSLATED_TITLE] = g_param_spec_string ("translated-title", NULL, NULL, NULL, flags);
  properties[PROP_TRANSLATED_RECITALS] =
    g_param_spec_boxed ("translated-recitals", NULL, NULL, G_TYPE_PTR_ARRAY, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
drop_index_cb (GListModel *list,
               guint       position,
               guint       removed,
               guint       added,
               gpointer    data)
{
  GHashTable **index = data;

  g_clear_pointer (index, g_hash_table_unref);
}

static void
concord_memorandum_init (ConcordMemorandum *self)
{
  self->language = g_strdup ("en-GB");
  self->print_parties = TRUE;
  self->recitals = concord_blocks_new ();
  self->translated_recitals = concord_blocks_new ();
  self->parties = g_list_store_new (CONCORD_TYPE_PARTY);
  self->terms = g_list_store_new (CONCORD_TYPE_TERM);
  g_signal_connect (self->parties, "items-changed", G_CALLBACK (drop_index_cb), &self->party_index);
  g_signal_connect (self->terms, "items-changed", G_CALLBACK (drop_index_cb), &self->term_index);
  self->sections = g_list_store_new (CONCORD_TYPE_SECTION);
  self->annexes = g_list_store_new (CONCORD_TYPE_ANNEX);
  self->signatures = g_list_store_new (CONCORD_TYPE_SIGNATURE);
  self->control_entries = g_list_store_new (CONCORD_TYPE_CONTROL_ENTRY);
  self->dismissals = g_list_store_new (CONCORD_TYPE_DISMISSAL);
  self->conflicts = g_list_store_new (CONCORD_TYPE_CONFLICT);
}

ConcordMemorandum *
concord_memorandum_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CONCORD_TYPE_MEMORANDUM, "id", id, NULL);
}

const char *
concord_memorandum_get_id (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return self->id;
}

const char *
concord_memorandum_get_title (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return self->title;
}

void
concord_memorandum_set_title (ConcordMemorandum *self,
                             const char *title)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_string (G_OBJECT (self), &self->title, title, properties[PROP_TITLE]);
}

const char *
concord_memorandum_get_reference (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return self->reference;
}

void
concord_memorandum_set_reference (ConcordMemorandum *self,
                                 const char *reference)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_string (G_OBJECT (self), &self->reference, reference, properties[PROP_REFERENCE]);
}

/* The version as the drafter writes it ("2.1"), "0" when unset. */
const char *
concord_memorandum_get_revision (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return self->revision != NULL ? self->revision : "0";
}

/* The revision as printed: NULL for "0", the model's "not yet revised". */
const char *
concord_memorandum_get_printed_revision (ConcordMemorandum *self)
{
  const char *revision = concord_memorandum_get_revision (self);

  return g_str_equal (revision, "0") ? NULL : revision;
}

void
concord_memorandum_set_revision (ConcordMemorandum *self,
                                 const char        *revision)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  if (g_strcmp0 (revision, "0") == 0)
    revision = NULL;
  _concord_set_string (G_OBJECT (self), &self->revision, revision, properties[PROP_REVISION]);
}

ConcordStatus 
concord_memorandum_get_status (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), 0);

  return self->status;
}

void
concord_memorandum_set_status (ConcordMemorandum *self,
                              ConcordStatus status)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_enum (G_OBJECT (self), &self->status, status, properties[PROP_STATUS]);
}

const char *
concord_memorandum_get_language (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return self->language;
}

void
concord_memorandum_set_language (ConcordMemorandum *self,
                                const char *language)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_string (G_OBJECT (self), &self->language, language, properties[PROP_LANGUAGE]);
}

const char *
concord_memorandum_get_effective_date (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return self->effective_date;
}

void
concord_memorandum_set_effective_date (ConcordMemorandum *self,
                                      const char *effective_date)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_string (G_OBJECT (self), &self->effective_date, effective_date, properties[PROP_EFFECTIVE_DATE]);
}

const char *
concord_memorandum_get_review_date (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return self->review_date;
}

void
concord_memorandum_set_review_date (ConcordMemorandum *self,
                                   const char *review_date)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_string (G_OBJECT (self), &self->review_date, review_date, properties[PROP_REVIEW_DATE]);
}

const char *
concord_memorandum_get_marking (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return self->marking;
}

void
concord_memorandum_set_marking (ConcordMemorandum *self,
                               const char *marking)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_string (G_OBJECT (self), &self->marking, marking, properties[PROP_MARKING]);
}

ConcordNumberingStyle 
concord_memorandum_get_numbering (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), 0);

  return self->numbering;
}

void
concord_memorandum_set_numbering (ConcordMemorandum *self,
                                 ConcordNumberingStyle numbering)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_enum (G_OBJECT (self), &self->numbering, numbering, properties[PROP_NUMBERING]);
}

ConcordItemStyle 
concord_memorandum_get_item_style (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), 0);

  return self->item_style;
}

void
concord_memorandum_set_item_style (ConcordMemorandum *self,
                                  ConcordItemStyle item_style)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_enum (G_OBJECT (self), &self->item_style, item_style, properties[PROP_ITEM_STYLE]);
}

ConcordAnnexStyle 
concord_memorandum_get_annex_style (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), 0);

  return self->annex_style;
}

void
concord_memorandum_set_annex_style (ConcordMemorandum *self,
                                   ConcordAnnexStyle annex_style)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_enum (G_OBJECT (self), &self->annex_style, annex_style, properties[PROP_ANNEX_STYLE]);
}

ConcordNumberFormat
concord_memorandum_get_number_format (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), 0);

  return self->number_format;
}

void
concord_memorandum_set_number_format (ConcordMemorandum   *self,
                                      ConcordNumberFormat  number_format)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_enum (G_OBJECT (self), &self->number_format, number_format, properties[PROP_NUMBER_FORMAT]);
}

/* Whether section headings carry numbers in continuous numbering
 * (hierarchical numbering always numbers them). */
gboolean
concord_memorandum_get_numbered_headings (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), FALSE);

  return self->numbered_headings;
}

void
concord_memorandum_set_numbered_headings (ConcordMemorandum *self,
                                          gboolean           numbered_headings)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  numbered_headings = !!numbered_headings;
  if (self->numbered_headings == numbered_headings)
    return;

  self->numbered_headings = numbered_headings;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBERED_HEADINGS]);
}

ConcordAnnexNumbering
concord_memorandum_get_annex_numbering (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), 0);

  return self->annex_numbering;
}

void
concord_memorandum_set_annex_numbering (ConcordMemorandum     *self,
                                        ConcordAnnexNumbering  annex_numbering)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_enum (G_OBJECT (self), &self->annex_numbering, annex_numbering, properties[PROP_ANNEX_NUMBERING]);
}

ConcordClauseWord
concord_memorandum_get_clause_word (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), 0);

  return self->clause_word;
}

void
concord_memorandum_set_clause_word (ConcordMemorandum *self,
                                    ConcordClauseWord  clause_word)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_enum (G_OBJECT (self), &self->clause_word, clause_word, properties[PROP_CLAUSE_WORD]);
}

GPtrArray *
concord_memorandum_get_recitals (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return self->recitals;
}

void
concord_memorandum_set_recitals (ConcordMemorandum *self,
                                GPtrArray *recitals)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_blocks (G_OBJECT (self), &self->recitals, recitals, properties[PROP_RECITALS]);
}

const char *
concord_memorandum_get_placeholder (ConcordMemorandum *self,
                                   const char *field)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return _concord_prompt_get (self->prompts, field);
}

void
concord_memorandum_set_placeholder (ConcordMemorandum *self,
                                   const char *field,
                                   const char *prompt)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_prompt_set (&self->prompts, field, prompt);
}

GListModel *
concord_memorandum_get_parties (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return G_LIST_MODEL (self->parties);
}

GListModel *
concord_memorandum_get_terms (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return G_LIST_MODEL (self->terms);
}

GListModel *
concord_memorandum_get_sections (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return G_LIST_MODEL (self->sections);
}

GListModel *
concord_memorandum_get_annexes (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return G_LIST_MODEL (self->annexes);
}

GListModel *
concord_memorandum_get_signatures (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return G_LIST_MODEL (self->signatures);
}

GListModel *
concord_memorandum_get_control_entries (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return G_LIST_MODEL (self->control_entries);
}

/* The lint findings dismissed in the file, in the file's order. */
GListModel *
concord_memorandum_get_dismissals (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return G_LIST_MODEL (self->dismissals);
}

/* Conflicts a merge left unresolved (concord-conflict.h). */
GListModel *
concord_memorandum_get_conflicts (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return G_LIST_MODEL (self->conflicts);
}

/* Only a new document made from a template takes a fresh id; otherwise the
 * id is fixed when the memorandum is created. */
void
concord_memorandum_set_id (ConcordMemorandum *self,
                           const char        *id)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));
  g_return_if_fail (id != NULL);

  if (g_strcmp0 (self->id, id) == 0)
    return;

  g_free (self->id);
  self->id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

static gpointer
find_by_key (GListStore  *store,
             const char *(*get_key) (gpointer),
             const char  *key)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (g_strcmp0 (get_key (item), key) == 0)
        return item;
    }

  return NULL;
}

/* The first object with each key, as find_by_key would find it. */
static gpointer
find_indexed (GListStore   *store,
              GHashTable  **index,
              const char *(*get_key) (gpointer),
              const char   *key)
{
  if (key == NULL)
    return NULL;

  if (*index == NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

      *index = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);
          const char *item_key = get_key (item);

          /* The store holds the items, so the index may borrow them. */
          if (item_key != NULL && !g_hash_table_contains (*index, item_key))
            g_hash_table_insert (*index, (gpointer) item_key, item);
        }
    }

  return g_hash_table_lookup (*index, key);
}

ConcordParty *
concord_memorandum_find_party (ConcordMemorandum *self,
                               const char        *id)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return find_indexed (self->parties, &self->party_index, (gpointer) concord_party_get_id, id);
}

ConcordTerm *
concord_memorandum_find_term (ConcordMemorandum *self,
                              const char        *id)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return find_indexed (self->terms, &self->term_index, (gpointer) concord_term_get_id, id);
}

ConcordSignature *
concord_memorandum_find_signature (ConcordMemorandum *self,
                                   const char        *party_id)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return find_by_key (self->signatures, (gpointer) concord_signature_get_party, party_id);
}

ConcordClause *
concord_memorandum_find_clause (ConcordMemorandum  *self,
                                const char         *id,
                                ConcordSection    **section,
                                guint              *position)
{
  guint n_sections;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  n_sections = g_list_model_get_n_items (G_LIST_MODEL (self->sections));
  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr(ConcordSection) s = g_list_model_get_item (G_LIST_MODEL (self->sections), i);
      guint n_clauses = concord_section_get_n_clauses (s);

      for (guint j = 0; j < n_clauses; j++)
        {
          ConcordClause *clause = concord_section_get_clause (s, j);

          if (g_strcmp0 (concord_clause_get_id (clause), id) == 0)
            {
              if (section != NULL)
                *section = s;
              if (position != NULL)
                *position = j;
              return clause;
            }
        }
    }

  return NULL;
}

/* Every clause in printed order, borrowed from their sections. */
GPtrArray *
concord_memorandum_list_clauses (ConcordMemorandum *self)
{
  GPtrArray *clauses;
  guint n_sections;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  clauses = g_ptr_array_new ();
  n_sections = g_list_model_get_n_items (G_LIST_MODEL (self->sections));
  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr(ConcordSection) s = g_list_model_get_item (G_LIST_MODEL (self->sections), i);
      guint n_clauses = concord_section_get_n_clauses (s);

      for (guint j = 0; j < n_clauses; j++)
        g_ptr_array_add (clauses, concord_section_get_clause (s, j));
    }

  return clauses;
}

guint
concord_memorandum_count_clauses (ConcordMemorandum *self)
{
  guint n_sections;
  guint total = 0;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), 0);

  n_sections = g_list_model_get_n_items (G_LIST_MODEL (self->sections));
  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr(ConcordSection) s = g_list_model_get_item (G_LIST_MODEL (self->sections), i);

      total += concord_section_get_n_clauses (s);
    }

  return total;
}

/* Copying. Every writable property is copied through GObject, so a
 * property added later is copied without changes here; what is not a
 * property (child lists, prompts, signature images) is copied by hand;
 * clauses, most of a memorandum, have a faster copy of their own.
 * Blocks are immutable and shared; the arrays that hold them are not. */

typedef struct
{
  guint        n_specs;
  GParamSpec **specs;
  const char **names;
} CopyPlan;

static const CopyPlan *
copy_plan_for (GType type)
{
  static GMutex lock;
  static GHashTable *plans;
  CopyPlan *plan;

  g_mutex_lock (&lock);
  if (plans == NULL)
    plans = g_hash_table_new (NULL, NULL);
  plan = g_hash_table_lookup (plans, GSIZE_TO_POINTER (type));
  if (plan == NULL)
    {
      GObjectClass *klass = g_type_class_ref (type);
      guint n_all;
      g_autofree GParamSpec **all = g_object_class_list_properties (klass, &n_all);

      plan = g_new0 (CopyPlan, 1);
      plan->specs = g_new0 (GParamSpec *, n_all);
      plan->names = g_new0 (const char *, n_all);
      for (guint i = 0; i < n_all; i++)
        if ((all[i]->flags & G_PARAM_READWRITE) == G_PARAM_READWRITE)
          {
            plan->specs[plan->n_specs] = all[i];
            plan->names[plan->n_specs++] = all[i]->name;
          }
      g_hash_table_insert (plans, GSIZE_TO_POINTER (type), plan);
    }
  g_mutex_unlock (&lock);

  return plan;
}

static gpointer
copy_properties (GObject *source)
{
  const CopyPlan *plan = copy_plan_for (G_OBJECT_TYPE (source));
  GValue values[32] = { G_VALUE_INIT };
  GObject *copy;

  g_assert (plan->n_specs <= G_N_ELEMENTS (values));
  for (guint i = 0; i < plan->n_specs; i++)
    {
      g_value_init (&values[i], plan->specs[i]->value_type);
      g_object_get_property (source, plan->names[i], &values[i]);
    }
  copy = g_object_new_with_properties (G_OBJECT_TYPE (source), plan->n_specs, plan->names, values);
  for (guint i = 0; i < plan->n_specs; i++)
    g_value_unset (&values[i]);

  return copy;
}

typedef const char *(*GetPromptFunc) (gpointer object, const char *field);
typedef void (*SetPromptFunc) (gpointer object, const char *field, const char *prompt);

/* Prompts are kept by field name, and the fields are properties. */
static void
copy_prompts (GObject       *source,
              GObject       *copy,
              GetPromptFunc  get_prompt,
              SetPromptFunc  set_prompt)
{
  const CopyPlan *plan = copy_plan_for (G_OBJECT_TYPE (source));

  for (guint i = 0; i < plan->n_specs; i++)
    {
      const char *prompt = get_prompt (source, plan->names[i]);

      if (prompt != NULL)
        set_prompt (copy, plan->names[i], prompt);
    }
}

static void
copy_store (GListStore *source,
            GListStore *copy,
            gpointer  (*copy_item) (GObject *item))
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (source));
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (source), i);

      g_ptr_array_add (items, copy_item (item));
    }
  g_list_store_splice (copy, 0, 0, items->pdata, items->len);
}

static gpointer
copy_party (GObject *source)
{
  GObject *copy = copy_properties (source);

  copy_prompts (source, copy, (GetPromptFunc) concord_party_get_placeholder,
                (SetPromptFunc) concord_party_set_placeholder);

  return copy;
}

static gpointer
copy_signature (GObject *source)
{
  GObject *copy = copy_properties (source);

  copy_prompts (source, copy, (GetPromptFunc) concord_signature_get_placeholder,
                (SetPromptFunc) concord_signature_set_placeholder);
  concord_signature_set_image (CONCORD_SIGNATURE (copy),
                               concord_signature_get_image (CONCORD_SIGNATURE (source)));

  return copy;
}

/**
 * concord_memorandum_copy:
 * @self: a memorandum
 *
 * A deep copy: every property and every child object, so that the copy can
 * be handed to another thread (to lay it out, say) while @self is edited.
 *
 * Returns: (transfer full): the copy
 */
ConcordMemorandum *
concord_memorandum_copy (ConcordMemorandum *self)
{
  g_autoptr(ConcordMemorandumCopier) copier = NULL;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  copier = concord_memorandum_copier_new (self);
  concord_memorandum_copier_step (copier, G_MAXUINT);

  return concord_memorandum_copier_finish (copier);
}

static gboolean
id_in_model (GListModel *model,
             const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *item_id = NULL;

      g_object_get (item, "id", &item_id, NULL);
      if (g_strcmp0 (item_id, id) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Whether anything in @self (itself, a clause, party, section, term or
 * annex) has @id. */
gboolean
concord_memorandum_has_id (ConcordMemorandum *self,
                           const char        *id)
{
  ConcordMemorandum *m = self;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), FALSE);

  return g_strcmp0 (concord_memorandum_get_id (m), id) == 0 ||
         concord_memorandum_find_clause (m, id, NULL, NULL) != NULL ||
         id_in_model (concord_memorandum_get_parties (m), id) ||
         id_in_model (concord_memorandum_get_sections (m), id) ||
         id_in_model (concord_memorandum_get_terms (m), id) ||
         id_in_model (concord_memorandum_get_annexes (m), id);
}

/* A copy made a few clauses at a time, so that a caller on the main
 * thread can copy a memorandum of thousands of clauses between frames. */
struct _ConcordMemorandumCopier
{
  ConcordMemorandum *source;
  ConcordMemorandum *copy;
  /* The next clause to copy: its section and its place there. */
  guint              section;
  guint              clause;
};

/**
 * concord_memorandum_copier_new:
 *
 * Starts a copy of @self as concord_memorandum_copy() makes it: everything
 * but the clauses now, the clauses by concord_memorandum_copier_step().
 * @self must not change until the copy is finished; a caller whose
 * memorandum does change frees the copier and starts again.
 */
ConcordMemorandumCopier *
concord_memorandum_copier_new (ConcordMemorandum *self)
{
  ConcordMemorandumCopier *copier;
  guint n;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  copier = g_new0 (ConcordMemorandumCopier, 1);
  copier->source = g_object_ref (self);
  copier->copy = copy_properties (G_OBJECT (self));
  copy_prompts (G_OBJECT (self), G_OBJECT (copier->copy), (GetPromptFunc) concord_memorandum_get_placeholder,
                (SetPromptFunc) concord_memorandum_set_placeholder);
  copy_store (self->parties, copier->copy->parties, copy_party);
  copy_store (self->terms, copier->copy->terms, copy_properties);
  copy_store (self->sections, copier->copy->sections, copy_properties);
  copy_store (self->annexes, copier->copy->annexes, copy_properties);
  copy_store (self->signatures, copier->copy->signatures, copy_signature);
  copy_store (self->control_entries, copier->copy->control_entries, copy_properties);
  copy_store (self->dismissals, copier->copy->dismissals, copy_properties);
  copy_store (self->conflicts, copier->copy->conflicts, (gpointer) concord_conflict_copy);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->sections));
  g_assert (n == g_list_model_get_n_items (G_LIST_MODEL (copier->copy->sections)));

  return copier;
}

/* Copies up to @max_clauses more clauses; whether the copy is complete. */
gboolean
concord_memorandum_copier_step (ConcordMemorandumCopier *copier,
                                guint                    max_clauses)
{
  guint n_sections;

  g_return_val_if_fail (copier != NULL, TRUE);

  n_sections = MIN (g_list_model_get_n_items (G_LIST_MODEL (copier->source->sections)),
                    g_list_model_get_n_items (G_LIST_MODEL (copier->copy->sections)));
  while (copier->section < n_sections && max_clauses > 0)
    {
      g_autoptr(ConcordSection) from = g_list_model_get_item (G_LIST_MODEL (copier->source->sections),
                                                              copier->section);
      g_autoptr(ConcordSection) to = g_list_model_get_item (G_LIST_MODEL (copier->copy->sections),
                                                            copier->section);
      guint n = concord_section_get_n_clauses (from);

      for (; copier->clause < n && max_clauses > 0; copier->clause++, max_clauses--)
        {
          g_autoptr(ConcordClause) clause = concord_clause_copy (concord_section_get_clause (from, copier->clause),
                                                                 NULL);

          concord_section_append_clause (to, clause);
        }
      if (copier->clause >= n)
        {
          copier->section++;
          copier->clause = 0;
        }
    }

  return copier->section >= n_sections;
}

/* The copy, once concord_memorandum_copier_step() has said it is complete. */
ConcordMemorandum *
concord_memorandum_copier_finish (ConcordMemorandumCopier *copier)
{
  g_return_val_if_fail (copier != NULL, NULL);

  return g_steal_pointer (&copier->copy);
}

void
concord_memorandum_copier_free (ConcordMemorandumCopier *copier)
{
  if (copier == NULL)
    return;
  g_clear_object (&copier->source);
  g_clear_object (&copier->copy);
  g_free (copier);
}

/* Related memoranda by reference, each "MOU-X" or, with how this one
 * relates to it, "umbrella MOU-X" (see concord_related_parse()). */
const char * const *
concord_memorandum_get_related (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return (const char * const *) self->related;
}

void
concord_memorandum_set_related (ConcordMemorandum  *self,
                                const char * const *related)
{
  const char *relation, *reference;

  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));
  for (guint i = 0; related != NULL && related[i] != NULL; i++)
    g_return_if_fail (concord_related_parse (related[i], &relation, &reference));

  _concord_set_strv (G_OBJECT (self), &self->related, related, properties[PROP_RELATED]);
}

ConcordCoverDetails
concord_memorandum_get_print_details (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), 0);

  return self->print_details;
}

void
concord_memorandum_set_print_details (ConcordMemorandum   *self,
                                      ConcordCoverDetails  details)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_enum (G_OBJECT (self), &self->print_details, details, properties[PROP_PRINT_DETAILS]);
}

gboolean
concord_memorandum_get_print_parties (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), TRUE);

  return self->print_parties;
}

void
concord_memorandum_set_print_parties (ConcordMemorandum *self,
                                      gboolean           print_parties)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  print_parties = !!print_parties;
  if (self->print_parties == print_parties)
    return;
  self->print_parties = print_parties;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRINT_PARTIES]);
}

ConcordMatrixPlacement
concord_memorandum_get_print_matrix (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), 0);

  return self->print_matrix;
}

void
concord_memorandum_set_print_matrix (ConcordMemorandum      *self,
                                     ConcordMatrixPlacement  placement)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_enum (G_OBJECT (self), &self->print_matrix, placement, properties[PROP_PRINT_MATRIX]);
}

ConcordPrintWhen
concord_memorandum_get_print_facts (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), 0);

  return self->print_facts;
}

void
concord_memorandum_set_print_facts (ConcordMemorandum *self,
                                    ConcordPrintWhen   when)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_enum (G_OBJECT (self), &self->print_facts, when, properties[PROP_PRINT_FACTS]);
}

ConcordPrintWhen
concord_memorandum_get_print_status (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), 0);

  return self->print_status;
}

void
concord_memorandum_set_print_status (ConcordMemorandum *self,
                                     ConcordPrintWhen   when)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_enum (G_OBJECT (self), &self->print_status, when, properties[PROP_PRINT_STATUS]);
}

ConcordSignaturePlacement
concord_memorandum_get_print_signatures (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), 0);

  return self->print_signatures;
}

void
concord_memorandum_set_print_signatures (ConcordMemorandum         *self,
                                         ConcordSignaturePlacement  placement)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_enum (G_OBJECT (self), &self->print_signatures, placement,
                     properties[PROP_PRINT_SIGNATURES]);
}

/* The section whose end holds the signatures, with
 * CONCORD_SIGNATURE_PLACEMENT_SECTION. */
const char *
concord_memorandum_get_signatures_section (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return self->signatures_section;
}

void
concord_memorandum_set_signatures_section (ConcordMemorandum *self,
                                           const char        *section_id)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_string (G_OBJECT (self), &self->signatures_section, section_id,
                       properties[PROP_PRINT_SIGNATURES_SECTION]);
}

ConcordMarkingPlacement
concord_memorandum_get_print_marking (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), 0);

  return self->print_marking;
}

void
concord_memorandum_set_print_marking (ConcordMemorandum       *self,
                                      ConcordMarkingPlacement  placement)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_enum (G_OBJECT (self), &self->print_marking, placement, properties[PROP_PRINT_MARKING]);
}

/* Whether a clause's facts or status line prints in this memorandum. */
gboolean
concord_memorandum_prints_line (ConcordMemorandum *self,
                                ConcordPrintWhen   when)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), FALSE);

  switch (when)
    {
    case CONCORD_PRINT_WHEN_ALWAYS:
      return TRUE;
    case CONCORD_PRINT_WHEN_NEVER:
      return FALSE;
    case CONCORD_PRINT_WHEN_DRAFTS:
    default:
      return self->status == CONCORD_STATUS_DRAFT;
    }
}

/* The section with @id, borrowed, or NULL. */
ConcordSection *
concord_memorandum_find_section (ConcordMemorandum *self,
                                 const char        *id)
{
  guint n;

  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  if (id == NULL)
    return NULL;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->sections));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ConcordSection) s = g_list_model_get_item (G_LIST_MODEL (self->sections), i);

      if (g_strcmp0 (concord_section_get_id (s), id) == 0)
        return s;
    }

  return NULL;
}

/* The other language of a bilingual memorandum ("en" beside a Welsh
 * text), NULL for a memorandum in one language. */
const char *
concord_memorandum_get_translation_language (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return self->translation_language;
}

void
concord_memorandum_set_translation_language (ConcordMemorandum *self,
                                             const char        *language)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_string (G_OBJECT (self), &self->translation_language,
                       language != NULL && *language != '\0' ? language : NULL,
                       properties[PROP_TRANSLATION_LANGUAGE]);
}

gboolean
concord_memorandum_is_bilingual (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), FALSE);

  return self->translation_language != NULL;
}

ConcordBilingualLayout
concord_memorandum_get_bilingual_layout (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), CONCORD_BILINGUAL_LAYOUT_COLUMNS);

  return self->bilingual_layout;
}

void
concord_memorandum_set_bilingual_layout (ConcordMemorandum      *self,
                                         ConcordBilingualLayout  layout)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_enum (G_OBJECT (self), &self->bilingual_layout, layout, properties[PROP_BILINGUAL_LAYOUT]);
}

const char *
concord_memorandum_get_translated_title (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return self->translated_title;
}

void
concord_memorandum_set_translated_title (ConcordMemorandum *self,
                                         const char        *title)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_string (G_OBJECT (self), &self->translated_title, title, properties[PROP_TRANSLATED_TITLE]);
}

GPtrArray *
concord_memorandum_get_translated_recitals (ConcordMemorandum *self)
{
  g_return_val_if_fail (CONCORD_IS_MEMORANDUM (self), NULL);

  return self->translated_recitals;
}

void
concord_memorandum_set_translated_recitals (ConcordMemorandum *self,
                                            GPtrArray         *recitals)
{
  g_return_if_fail (CONCORD_IS_MEMORANDUM (self));

  _concord_set_blocks (G_OBJECT (self), &self->translated_recitals, recitals, properties[PROP_TRANSLATED_RECITALS]);
}
