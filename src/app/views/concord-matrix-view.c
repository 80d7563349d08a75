/* concord-matrix-view.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-matrix-view"

#include "config.h"

#include <glib/gi18n.h>

#include "concord-app-resources.h"
#include "concord-matrix-view.h"
#include "concord-views.h"

#define PARTS_RESOURCE RESOURCE_BASE "/views/concord-matrix-parts.ui"

/* The roles-and-accountability matrix: areas in rows, parties in columns,
 * each cell a button that leads to the clauses behind it. refresh() runs
 * after every edit: it rebuilds the grid only when the areas or the
 * parties changed, and otherwise rewrites just the cells whose content
 * changed. */

typedef struct
{
  GtkWidget *button;
  GtkImage  *marker;
  GtkWidget *chip_r;
  GtkWidget *chip_b;
  GtkWidget *chip_a;
  GtkLabel  *to;
  char      *key;
} Cell;

typedef struct
{
  GtkWidget *box;
  GtkLabel  *label;
  GtkLabel  *note;
  GtkImage  *marker;
  char      *key;
} Area;

struct _ConcordMatrixView
{
  AdwBin             parent_instance;

  /* Template widgets */
  GtkStack          *stack;
  GtkGrid           *grid;

  /* Owned references */
  ConcordMemorandum *memorandum;
  ConcordMatrix     *matrix;

  /* State: what the grid shows, to compare against on refresh */
  char              *shape;
  GPtrArray         *areas;   /* Area */
  GPtrArray         *parties; /* GtkLabel, owned by the grid */
  GPtrArray         *cells;   /* Cell, area-major */
  guint              n_rebuilds;
  ConcordViewRefresh refresh;
};

G_DEFINE_FINAL_TYPE (ConcordMatrixView, concord_matrix_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_MEMORANDUM,
  N_PROPS,
};

enum {
  CLAUSES_ACTIVATED,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
cell_free (Cell *cell)
{
  g_free (cell->key);
  g_free (cell);
}

static void
area_free (Area *area)
{
  g_free (area->key);
  g_free (area);
}

/* A new reference to the part called id; then pairs of a child's id and
 * where to put a pointer to it, ending with NULL. */
static GObject *
build_part (const char *id,
            ...)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;
  const char *ids[] = { id, NULL };
  const char *child;
  GObject *object;
  va_list args;

  if (!gtk_builder_add_objects_from_resource (builder, PARTS_RESOURCE, ids, &error))
    g_error ("%s", error->message);
  /* The builder drops its objects when it goes: keep ours. */
  object = g_object_ref (gtk_builder_get_object (builder, id));
  va_start (args, id);
  while ((child = va_arg (args, const char *)) != NULL)
    *va_arg (args, gpointer *) = gtk_builder_get_object (builder, child);
  va_end (args);

  return object;
}

/* Which clauses to show for a cell: the matrix keeps their ids. */
static void
cell_clicked_cb (GtkButton         *button,
                 ConcordMatrixView *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "cell-index"));
  guint n_parties = concord_matrix_get_n_parties (self->matrix);
  const ConcordMatrixCell *c = concord_matrix_get_cell (self->matrix, index / n_parties,
                                                        index % n_parties);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (guint i = 0; i < c->clause_ids->len; i++)
    g_strv_builder_add (ids, g_ptr_array_index (c->clause_ids, i));
  strv = g_strv_builder_end (ids);
  if (strv[0] != NULL)
    g_signal_emit (self, signals[CLAUSES_ACTIVATED], 0, strv);
}

static char *
describe_shape (ConcordMatrix *matrix)
{
  GString *shape = g_string_new (NULL);

  for (guint a = 0; a < concord_matrix_get_n_areas (matrix); a++)
    g_string_append_printf (shape, "%s\x1f", concord_matrix_get_area (matrix, a));
  g_string_append_c (shape, '\x1e');
  for (guint p = 0; p < concord_matrix_get_n_parties (matrix); p++)
    g_string_append_printf (shape, "%s\x1f",
                            concord_party_get_id (concord_matrix_get_party (matrix, p)));

  return g_string_free (shape, FALSE);
}

static void
clear_grid (ConcordMatrixView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  g_ptr_array_set_size (self->areas, 0);
  g_ptr_array_set_size (self->parties, 0);
  g_ptr_array_set_size (self->cells, 0);
}

/* New areas or parties: new rows and columns. Their content is filled in
 * by the update that follows. */
static void
rebuild_grid (ConcordMatrixView *self)
{
  guint n_areas = concord_matrix_get_n_areas (self->matrix);
  guint n_parties = concord_matrix_get_n_parties (self->matrix);

  clear_grid (self);
  self->n_rebuilds++;
  for (guint p = 0; p < n_parties; p++)
    {
      GtkWidget *label = GTK_WIDGET (build_part ("party", NULL));

      gtk_grid_attach (self->grid, label, p + 1, 0, 1, 1);
      g_ptr_array_add (self->parties, label);
      g_object_unref (label);
    }
  for (guint a = 0; a < n_areas; a++)
    {
      Area *area = g_new0 (Area, 1);

      area->box = GTK_WIDGET (build_part ("area", "area_label", &area->label,
                                          "area_note", &area->note,
                                          "area_marker", &area->marker, NULL));
      gtk_grid_attach (self->grid, area->box, 0, a + 1, 1, 1);
      g_ptr_array_add (self->areas, area);
      g_object_unref (area->box);
      for (guint p = 0; p < n_parties; p++)
        {
          Cell *cell = g_new0 (Cell, 1);

          cell->button = GTK_WIDGET (build_part ("cell", "cell_marker", &cell->marker,
                                                 "chip_r", &cell->chip_r, "chip_b", &cell->chip_b,
                                                 "chip_a", &cell->chip_a, "cell_to", &cell->to, NULL));
          g_object_set_data (G_OBJECT (cell->button), "cell-index",
                             GUINT_TO_POINTER (a * n_parties + p));
          g_signal_connect_object (cell->button, "clicked", G_CALLBACK (cell_clicked_cb), self, 0);
          gtk_grid_attach (self->grid, cell->button, p + 1, a + 1, 1, 1);
          g_ptr_array_add (self->cells, cell);
          g_object_unref (cell->button);
        }
    }
}

/* "clause 3.2", "clauses 3.2 and 4", "clauses 3.2, 4, 5 and 12 more" */
static char *
describe_numbers (GPtrArray *numbers)
{
  GString *out = g_string_new (NULL);
  g_autofree char *list = NULL;
  guint shown = MIN (numbers->len, 3);

  for (guint i = 0; i < shown; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == shown && numbers->len == shown ? _(" and ") : ", ");
      g_string_append (out, g_ptr_array_index (numbers, i));
    }
  if (numbers->len > shown)
    {
      g_autofree char *more = g_strdup_printf (_("%s and %u more"), out->str, numbers->len - shown);

      g_string_assign (out, more);
    }

  list = g_string_free (out, FALSE);

  return g_strdup_printf (ngettext ("clause %s", "clauses %s", numbers->len), list);
}

typedef struct
{
  GHashTable       *clauses;    /* id → ConcordClause */
  GHashTable       *boundaries; /* "area␟a␟b" for each pair a boundary clause separates */
  ConcordNumbering *numbering;
} Lookup;

static char *
boundary_key (const char *area,
              const char *a,
              const char *b)
{
  /* Unordered: a boundary separates the two whichever side each is on. */
  if (g_strcmp0 (a, b) > 0)
    return g_strjoin ("\x1f", area, b, a, NULL);

  return g_strjoin ("\x1f", area, a, b, NULL);
}

/* Two owners of one area are an overlap, as lint has it, only when no
 * boundary clause in that area separates them. */
static GHashTable *
collect_boundaries (GPtrArray *clauses)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < clauses->len; i++)
    {
      ConcordClause *c = g_ptr_array_index (clauses, i);
      const char * const *a = concord_clause_get_side_a (c);
      const char * const *b = concord_clause_get_side_b (c);
      const char * const *areas = concord_clause_get_areas (c);

      if (concord_clause_get_kind (c) != CONCORD_CLAUSE_KIND_BOUNDARY || a == NULL || b == NULL || areas == NULL)
        continue;
      for (guint k = 0; areas[k] != NULL; k++)
        for (guint x = 0; a[x] != NULL; x++)
          for (guint y = 0; b[y] != NULL; y++)
            g_hash_table_add (set, boundary_key (areas[k], a[x], b[y]));
    }

  return set;
}

static char *
numbers_of_kind (Lookup                  *lookup,
                 const ConcordMatrixCell *c,
                 ConcordClauseKind        kind)
{
  g_autoptr(GPtrArray) numbers = g_ptr_array_new ();

  for (guint i = 0; i < c->clause_ids->len; i++)
    {
      const char *id = g_ptr_array_index (c->clause_ids, i);
      ConcordClause *clause = g_hash_table_lookup (lookup->clauses, id);
      const char *number = concord_numbering_lookup_clause (lookup->numbering, id);

      if (clause != NULL && concord_clause_get_kind (clause) == kind)
        g_ptr_array_add (numbers, (gpointer) (number != NULL ? number : _("unnumbered")));
    }

  return numbers->len > 0 ? describe_numbers (numbers) : NULL;
}

/* "responsible (clause 3.2); accountable to DfE (clause 20)" */
static char *
describe_roles (Lookup                  *lookup,
                const ConcordMatrixCell *c)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *r = numbers_of_kind (lookup, c, CONCORD_CLAUSE_KIND_ROLE);
  g_autofree char *b = numbers_of_kind (lookup, c, CONCORD_CLAUSE_KIND_BOUNDARY);
  g_autofree char *a = numbers_of_kind (lookup, c, CONCORD_CLAUSE_KIND_ACCOUNTABILITY);

  if (c->roles & CONCORD_MATRIX_RESPONSIBLE)
    g_ptr_array_add (parts, g_strdup_printf (_("responsible (%s)"), r ? r : ""));
  if (c->roles & CONCORD_MATRIX_BOUNDED)
    g_ptr_array_add (parts, g_strdup_printf (_("bounded (%s)"), b ? b : ""));
  if (c->roles & CONCORD_MATRIX_ACCOUNTABLE)
    g_ptr_array_add (parts, c->accountable_to != NULL
                            ? g_strdup_printf (_("accountable to %s (%s)"), c->accountable_to,
                                               a ? a : "")
                            : g_strdup_printf (_("accountable (%s)"), a ? a : ""));
  if (parts->len == 0)
    return g_strdup (_("no role"));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv ("; ", (char **) parts->pdata);
}

/* "→ its members" under the A */
static char *
cell_to_text (const ConcordMatrixCell *c)
{
  if (!(c->roles & CONCORD_MATRIX_ACCOUNTABLE) || c->accountable_to == NULL)
    return g_strdup ("");

  return g_strdup_printf (C_("matrix", "→ %s"), c->accountable_to);
}

static const char *
party_name (ConcordMatrix *matrix,
            guint          party)
{
  ConcordParty *p = concord_matrix_get_party (matrix, party);
  const char *name = concord_party_get_display_name (p, FALSE);

  /* A party still without a name is shown by its id. */
  return name != NULL ? name : concord_party_get_id (p);
}

/* The other owners of the area, split into those no boundary separates
 * from the party (an overlap) and those one does (a shared area). */
static void
co_owners (ConcordMatrix *matrix,
           Lookup        *lookup,
           guint          area,
           guint          party,
           GPtrArray     *unseparated,
           GPtrArray     *separated)
{
  const char *id = concord_party_get_id (concord_matrix_get_party (matrix, party));
  const char *area_id = concord_matrix_get_area (matrix, area);

  for (guint q = 0; q < concord_matrix_get_n_parties (matrix); q++)
    {
      const char *other = concord_party_get_id (concord_matrix_get_party (matrix, q));
      g_autofree char *key = NULL;

      const ConcordMatrixCell *c = concord_matrix_get_cell (matrix, area, q);

      if (q == party || !(c->roles & CONCORD_MATRIX_RESPONSIBLE))
        continue;
      key = boundary_key (area_id, id, other);
      g_ptr_array_add (g_hash_table_contains (lookup->boundaries, key) ? separated : unseparated,
                       (gpointer) party_name (matrix, q));
    }
}

/* "Solace and ADCS" */
static char *
join_names (GPtrArray *names)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == names->len ? _(" and ") : ", ");
      g_string_append (out, g_ptr_array_index (names, i));
    }

  return g_string_free (out, FALSE);
}

/* What a reader must know beyond the roles: an overlap, or a shared
 * area that a boundary settles. NULL when the party owns it alone. */
static char *
describe_ownership (ConcordMatrixView *self,
                    Lookup            *lookup,
                    guint              area,
                    guint              party,
                    const char        *area_words,
                    gboolean          *overlap)
{
  g_autoptr(GPtrArray) unseparated = g_ptr_array_new ();
  g_autoptr(GPtrArray) separated = g_ptr_array_new ();
  g_autofree char *names = NULL;

  *overlap = FALSE;
  if (!(concord_matrix_get_cell (self->matrix, area, party)->roles & CONCORD_MATRIX_RESPONSIBLE))
    return NULL;

  co_owners (self->matrix, lookup, area, party, unseparated, separated);
  if (unseparated->len > 0)
    {
      *overlap = TRUE;
      g_ptr_array_insert (unseparated, 0, (gpointer) party_name (self->matrix, party));
      names = join_names (unseparated);
      if (unseparated->len == 2)
        return g_strdup_printf (_("Overlap: %s both own %s and no boundary clause separates them"),
                                names, area_words);
      return g_strdup_printf (_("Overlap: %s all own %s and no boundary clause separates them"),
                              names, area_words);
    }
  if (separated->len > 0)
    {
      names = join_names (separated);
      return g_strdup_printf (_("Shared with %s; a boundary clause separates them"), names);
    }

  return NULL;
}

static void
update_cell (ConcordMatrixView *self,
             Lookup            *lookup,
             guint              area,
             guint              party)
{
  Cell *cell = g_ptr_array_index (self->cells,
                                  area * concord_matrix_get_n_parties (self->matrix) + party);
  const ConcordMatrixCell *c = concord_matrix_get_cell (self->matrix, area, party);
  g_autofree char *area_words = concord_area_label (concord_matrix_get_area (self->matrix, area));
  g_autofree char *text = cell_to_text (c);
  g_autofree char *roles = describe_roles (lookup, c);
  g_autofree char *label = g_strdup_printf (_("%s, %s: %s"), area_words,
                                            party_name (self->matrix, party), roles);
  g_autofree char *warning = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *key = NULL;
  gboolean overlap;
  gboolean empty = c->clause_ids->len == 0;

  warning = describe_ownership (self, lookup, area, party, area_words, &overlap);
  key = g_strdup_printf ("%s\x1f%s\x1f%s\x1f%d%d", text, label, warning ? warning : "", empty,
                         c->roles);
  if (g_strcmp0 (key, cell->key) == 0)
    return;

  g_free (cell->key);
  cell->key = g_steal_pointer (&key);
  gtk_widget_set_visible (cell->chip_r, (c->roles & CONCORD_MATRIX_RESPONSIBLE) != 0);
  gtk_widget_set_visible (cell->chip_b, (c->roles & CONCORD_MATRIX_BOUNDED) != 0);
  gtk_widget_set_visible (cell->chip_a, (c->roles & CONCORD_MATRIX_ACCOUNTABLE) != 0);
  gtk_label_set_label (cell->to, text);
  gtk_widget_set_visible (GTK_WIDGET (cell->to), *text != '\0');
  gtk_widget_set_visible (GTK_WIDGET (cell->marker), overlap);
  gtk_widget_set_sensitive (cell->button, !empty);
  gtk_widget_set_focusable (cell->button, !empty);
  tooltip = warning != NULL ? g_strdup_printf ("%s\n%s", label, warning) : g_strdup (label);
  gtk_widget_set_tooltip_text (cell->button, empty ? NULL : tooltip);
  if (overlap)
    gtk_widget_add_css_class (cell->button, "overlap");
  else
    gtk_widget_remove_css_class (cell->button, "overlap");
  if (c->roles & CONCORD_MATRIX_RESPONSIBLE)
    gtk_widget_add_css_class (cell->button, "responsible");
  else
    gtk_widget_remove_css_class (cell->button, "responsible");
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, warning ? warning : "",
                                  -1);
}

static void
update_area (ConcordMatrixView *self,
             guint              index)
{
  Area *area = g_ptr_array_index (self->areas, index);
  g_autofree char *words = concord_area_label (concord_matrix_get_area (self->matrix, index));
  gboolean unowned = concord_matrix_count_owners (self->matrix, index) == 0;
  g_autofree char *key = g_strdup_printf ("%s\x1f%d", words, unowned);

  if (g_strcmp0 (key, area->key) == 0)
    return;

  g_free (area->key);
  area->key = g_steal_pointer (&key);
  gtk_label_set_label (area->label, words);
  gtk_widget_set_visible (GTK_WIDGET (area->note), unowned);
  gtk_widget_set_visible (GTK_WIDGET (area->marker), unowned);
  if (unowned)
    gtk_widget_add_css_class (area->box, "unowned");
  else
    gtk_widget_remove_css_class (area->box, "unowned");
  gtk_accessible_update_property (GTK_ACCESSIBLE (area->box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, words,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  unowned ? _("No party is responsible for this area") : "",
                                  -1);
}

static void
update_parties (ConcordMatrixView *self)
{
  for (guint p = 0; p < self->parties->len; p++)
    {
      ConcordParty *party = concord_matrix_get_party (self->matrix, p);
      GtkLabel *label = g_ptr_array_index (self->parties, p);
      const char *full = concord_party_get_display_name (party, TRUE);
      g_autofree char *name = concord_view_shorten (party_name (self->matrix, p), CONCORD_VIEW_LABEL_CHARS);
      g_autofree char *tip = concord_view_shorten (full ? full : party_name (self->matrix, p),
                                                   CONCORD_VIEW_TOOLTIP_CHARS);

      if (g_strcmp0 (gtk_label_get_label (label), name) != 0)
        gtk_label_set_label (label, name);
      if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (label)), tip) != 0)
        gtk_widget_set_tooltip_text (GTK_WIDGET (label), tip);
    }
}

static void
update_cells (ConcordMatrixView *self)
{
  g_autoptr(GPtrArray) clauses = concord_memorandum_list_clauses (self->memorandum);
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(ConcordNumbering) numbering = concord_numbering_new (self->memorandum);
  g_autoptr(GHashTable) boundaries = collect_boundaries (clauses);
  Lookup lookup = { index, boundaries, numbering };

  for (guint i = 0; i < clauses->len; i++)
    g_hash_table_insert (index, (gpointer) concord_clause_get_id (g_ptr_array_index (clauses, i)),
                         g_ptr_array_index (clauses, i));
  for (guint a = 0; a < concord_matrix_get_n_areas (self->matrix); a++)
    {
      update_area (self, a);
      for (guint p = 0; p < concord_matrix_get_n_parties (self->matrix); p++)
        update_cell (self, &lookup, a, p);
    }
}

void
concord_matrix_view_refresh (ConcordMatrixView *self)
{
  g_autofree char *shape = NULL;

  g_return_if_fail (CONCORD_IS_MATRIX_VIEW (self));

  concord_view_refresh_clear (&self->refresh);

  g_clear_pointer (&self->matrix, concord_matrix_free);
  if (self->memorandum == NULL)
    {
      clear_grid (self);
      g_clear_pointer (&self->shape, g_free);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->matrix = concord_matrix_new (self->memorandum);
  shape = describe_shape (self->matrix);
  if (g_strcmp0 (shape, self->shape) != 0)
    {
      g_free (self->shape);
      self->shape = g_steal_pointer (&shape);
      rebuild_grid (self);
    }
  update_parties (self);
  update_cells (self);
  gtk_stack_set_visible_child_name (self->stack,
                                    concord_matrix_get_n_areas (self->matrix) > 0 &&
                                    concord_matrix_get_n_parties (self->matrix) > 0
                                    ? "matrix" : "empty");
}

static gboolean
refresh_idle_cb (gpointer data)
{
  ConcordMatrixView *self = data;

  self->refresh.source_id = 0;
  concord_matrix_view_refresh (self);

  return G_SOURCE_REMOVE;
}

/* Refreshes once the current burst of edits is over, and not at all while
 * the view is not on screen: it catches up when it is shown again. */
void
concord_matrix_view_queue_refresh (ConcordMatrixView *self)
{
  g_return_if_fail (CONCORD_IS_MATRIX_VIEW (self));

  concord_view_refresh_queue (&self->refresh, GTK_WIDGET (self), TRUE, refresh_idle_cb);
}

static void
concord_matrix_view_map (GtkWidget *widget)
{
  ConcordMatrixView *self = (ConcordMatrixView *) widget;

  GTK_WIDGET_CLASS (concord_matrix_view_parent_class)->map (widget);
  if (self->refresh.stale)
    concord_matrix_view_refresh (self);
}

static void
concord_matrix_view_dispose (GObject *object)
{
  ConcordMatrixView *self = (ConcordMatrixView *) object;

  concord_view_refresh_clear (&self->refresh);
  /* AdwBin unparents its child in its own dispose: let go of it first,
   * so that a template child is not disposed twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), CONCORD_TYPE_MATRIX_VIEW);
  g_clear_object (&self->memorandum);
  g_clear_pointer (&self->matrix, concord_matrix_free);

  G_OBJECT_CLASS (concord_matrix_view_parent_class)->dispose (object);
}

static void
concord_matrix_view_finalize (GObject *object)
{
  ConcordMatrixView *self = (ConcordMatrixView *) object;

  g_free (self->shape);
  g_ptr_array_unref (self->areas);
  g_ptr_array_unref (self->parties);
  g_ptr_array_unref (self->cells);

  G_OBJECT_CLASS (concord_matrix_view_parent_class)->finalize (object);
}

static void
concord_matrix_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ConcordMatrixView *self = CONCORD_MATRIX_VIEW (object);

  switch (prop_id)
    {
    case PROP_MEMORANDUM:
      g_value_set_object (value, self->memorandum);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_matrix_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ConcordMatrixView *self = CONCORD_MATRIX_VIEW (object);

  switch (prop_id)
    {
    case PROP_MEMORANDUM:
      concord_matrix_view_set_memorandum (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
concord_matrix_view_class_init (ConcordMatrixViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = concord_matrix_view_dispose;
  widget_class->map = concord_matrix_view_map;
  object_class->finalize = concord_matrix_view_finalize;
  object_class->get_property = concord_matrix_view_get_property;
  object_class->set_property = concord_matrix_view_set_property;

  properties[PROP_MEMORANDUM] =
    g_param_spec_object ("memorandum", NULL, NULL, CONCORD_TYPE_MEMORANDUM,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ConcordMatrixView::clauses-activated:
   * @clause_ids: the ids of the clauses behind the activated cell, in printed order
   */
  signals[CLAUSES_ACTIVATED] =
    g_signal_new ("clauses-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRV);

  /* Referring to the resource links it in, so programs that use only this
   * widget (the tests, a benchmark) have its template. */
  g_assert (concord_app_get_resource () != NULL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/views/concord-matrix-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ConcordMatrixView, stack);
  gtk_widget_class_bind_template_child (widget_class, ConcordMatrixView, grid);
  gtk_widget_class_set_css_name (widget_class, "matrixview");
}

static void
concord_matrix_view_init (ConcordMatrixView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->areas = g_ptr_array_new_with_free_func ((GDestroyNotify) area_free);
  self->parties = g_ptr_array_new ();
  self->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) cell_free);
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

GtkWidget *
concord_matrix_view_new (void)
{
  return g_object_new (CONCORD_TYPE_MATRIX_VIEW, NULL);
}

ConcordMemorandum *
concord_matrix_view_get_memorandum (ConcordMatrixView *self)
{
  g_return_val_if_fail (CONCORD_IS_MATRIX_VIEW (self), NULL);

  return self->memorandum;
}

void
concord_matrix_view_set_memorandum (ConcordMatrixView *self,
                                    ConcordMemorandum *memorandum)
{
  g_return_if_fail (CONCORD_IS_MATRIX_VIEW (self));
  g_return_if_fail (memorandum == NULL || CONCORD_IS_MEMORANDUM (memorandum));

  if (!g_set_object (&self->memorandum, memorandum))
    return;

  concord_matrix_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMORANDUM]);
}

/* The matrix the view shows, valid until the next refresh. */
ConcordMatrix *
concord_matrix_view_get_matrix (ConcordMatrixView *self)
{
  g_return_val_if_fail (CONCORD_IS_MATRIX_VIEW (self), NULL);

  return self->matrix;
}

GtkWidget *
concord_matrix_view_get_cell (ConcordMatrixView *self,
                              guint              area,
                              guint              party)
{
  guint index;

  g_return_val_if_fail (CONCORD_IS_MATRIX_VIEW (self), NULL);
  g_return_val_if_fail (self->matrix != NULL, NULL);
  g_return_val_if_fail (area < self->areas->len && party < self->parties->len, NULL);

  index = area * self->parties->len + party;

  return ((Cell *) g_ptr_array_index (self->cells, index))->button;
}

GtkWidget *
concord_matrix_view_get_area_header (ConcordMatrixView *self,
                                     guint              area)
{
  g_return_val_if_fail (CONCORD_IS_MATRIX_VIEW (self), NULL);
  g_return_val_if_fail (area < self->areas->len, NULL);

  return ((Area *) g_ptr_array_index (self->areas, area))->box;
}

int
concord_matrix_view_find_area (ConcordMatrixView *self,
                               const char        *area)
{
  g_return_val_if_fail (CONCORD_IS_MATRIX_VIEW (self), -1);

  for (guint a = 0; self->matrix != NULL && a < concord_matrix_get_n_areas (self->matrix); a++)
    if (g_strcmp0 (concord_matrix_get_area (self->matrix, a), area) == 0)
      return (int) a;

  return -1;
}

int
concord_matrix_view_find_party (ConcordMatrixView *self,
                                const char        *party_id)
{
  g_return_val_if_fail (CONCORD_IS_MATRIX_VIEW (self), -1);

  for (guint p = 0; self->matrix != NULL && p < concord_matrix_get_n_parties (self->matrix); p++)
    if (g_strcmp0 (concord_party_get_id (concord_matrix_get_party (self->matrix, p)),
                   party_id) == 0)
      return (int) p;

  return -1;
}

/* How many times the grid was built afresh: for tests that check an edit
 * inside the matrix rewrites cells, not the grid. */
guint
concord_matrix_view_get_n_rebuilds (ConcordMatrixView *self)
{
  g_return_val_if_fail (CONCORD_IS_MATRIX_VIEW (self), 0);

  return self->n_rebuilds;
}
