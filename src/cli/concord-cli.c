/* concord-cli.c
 *
 * Copyright 2026 The Concord authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "concord-cli"
/* memfd_create() */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <gmodule.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "concord-core.h"
#include "concord-logo-private.h"
#include "concord-util-private.h"

/* Exit codes follow sysexits(3), as scripts expect. */
enum {
  EXIT_OK = 0,
  EXIT_FINDINGS = 1,
  EXIT_USAGE = 2,
  EXIT_DATAERR = 65,
  EXIT_IOERR = 74,
};

#define MAX_PLACEHOLDER_WARNINGS 20

typedef int (*CommandFunc) (int argc, char **argv);

typedef struct
{
  const char  *name;
  const char  *args;
  const char  *summary;
  CommandFunc  run;
  /* Whether it opens the drawing or calendar module. */
  enum {
    MODULES_NEVER,
    MODULES_ALWAYS,
    MODULES_FOR_FILES,
  }            opens_modules;
} Command;

static int
exit_code_for (const GError *error)
{
  if (error->domain != CONCORD_ERROR)
    return EXIT_IOERR;

  switch (error->code)
    {
    case CONCORD_ERROR_IO:
    case CONCORD_ERROR_HARD_LINK:
      return EXIT_IOERR;
    case CONCORD_ERROR_NOT_FOUND:
      return EXIT_USAGE;
    default:
      return EXIT_DATAERR;
    }
}

static int
report (const GError *error)
{
  g_printerr ("%s\n", error->message);

  return exit_code_for (error);
}

static int
usage_error (GOptionContext *context,
             const char     *message)
{
  g_printerr ("concord-cli: %s\n", message);
  g_printerr (_("Try “%s --help”.\n"), g_get_prgname ());
  (void) context;

  return EXIT_USAGE;
}

/* An output that is one of the command's own inputs would destroy it. */
static gboolean
is_an_input (const char         *output,
             const char * const *inputs)
{
  for (guint i = 0; inputs[i] != NULL; i++)
    if (g_str_equal (output, inputs[i]) || concord_file_is_same (output, inputs[i]))
      return TRUE;

  return FALSE;
}

static int
refuse_overwriting_input (const char *output)
{
  g_printerr (_("%s: is one of the input files; name another file to write\n"), output);

  return EXIT_USAGE;
}

/* Writes what a command made: only ever a regular file (a device or pipe
 * is refused with 74), and a file with other names (hard links) only with
 * --force, which leaves those names with the old contents. */
static int
write_output (const char *output,
              GBytes     *bytes,
              gboolean    force)
{
  g_autoptr(GError) error = NULL;

  if (concord_file_replace_atomic_full (output, g_bytes_get_data (bytes, NULL),
                                        g_bytes_get_size (bytes),
                                        force ? CONCORD_WRITE_SPLIT_HARD_LINKS : CONCORD_WRITE_DEFAULT,
                                        &error))
    return EXIT_OK;

  if (g_error_matches (error, CONCORD_ERROR, CONCORD_ERROR_HARD_LINK))
    {
      g_printerr (_("%s; use --force to write it anyway\n"), error->message);
      return EXIT_IOERR;
    }

  return report (error);
}

/* The drawing part of the core (renderer, PDF), the office part (DOCX/ODT,
 * import) and the calendar are modules, opened by the commands that need
 * them, so that validate, text and lint do not load Pango, Cairo, libzip or
 * libical at start-up, nor export-pdf libzip. Uninstalled, the modules are beside the executable; installed,
 * in PKGLIBDIR, found from the executable's folder first (an installation
 * under DESTDIR, or moved) and by its configured path otherwise. So is
 * concord-cli-full (below). */
static char *
pkglib_file (const char *file)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);

  if (self != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (self);
      g_autofree char *beside = g_build_filename (dir, file, NULL);

      if (g_file_test (beside, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&beside);
#ifdef PKGLIBDIR_FROM_BINDIR
      {
        g_autofree char *installed = g_build_filename (dir, PKGLIBDIR_FROM_BINDIR, file, NULL);

        if (g_file_test (installed, G_FILE_TEST_IS_REGULAR))
          return g_steal_pointer (&installed);
      }
#endif
    }

  return g_build_filename (PKGLIBDIR, file, NULL);
}

#ifdef CONCORD_CLI_STATIC
/* This executable is linked with GLib, GObject and GIO's lists statically
 * (src/cli/meson.build): the dynamic linker's work for GIO and the
 * libraries it needs was a third of what `validate` cost. It must never
 * load a library linked with their shared copies (Pango, librsvg), which
 * would bring a second type system into the process. The commands that
 * open a module run in concord-cli-full, the same program linked as
 * usual, which this process becomes; an SVG logo is read by a
 * concord-cli-full of its own. */
#define FULL_PROGRAM "concord-cli-full"

G_NORETURN static void
become_full_program (char **argv)
{
  g_autofree char *path = pkglib_file (FULL_PROGRAM);

  fflush (stdout);
  execv (path, argv);
  g_printerr (_("concord-cli: cannot run %s: %s\n"), path, g_strerror (errno));
  exit (EXIT_IOERR);
}

/* Whether the command needs a module with these arguments: `diff` only
 * for --pdf or --docx (plain, it is git's difftool, and quick here). */
static gboolean
opens_modules (const Command *command,
               int            argc,
               char         **argv)
{
  if (command->opens_modules != MODULES_FOR_FILES)
    return command->opens_modules == MODULES_ALWAYS;
  for (int i = 2; i < argc && strcmp (argv[i], "--") != 0; i++)
    if (g_str_has_prefix (argv[i], "--pdf") || g_str_has_prefix (argv[i], "--docx"))
      return TRUE;

  return FALSE;
}

/* The SVG, in memory that the child reads as its standard input: a file,
 * so that nothing waits for room in a pipe. */
static int
svg_input (const guchar *data,
           gsize         len)
{
  int fd = memfd_create ("concord-svg-logo", MFD_CLOEXEC);

  if (fd < 0)
    return -1;
  if (!_concord_write_all (fd, data, len) || lseek (fd, 0, SEEK_SET) != 0)
    {
      close (fd);
      return -1;
    }

  return fd;
}

/* Reads an SVG logo in `concord-cli-full read-svg`, which has it on its
 * standard input and answers 0, or 1 with librsvg's message on its
 * standard output. */
static gboolean
read_svg_in_full_program (const guchar  *data,
                          gsize          len,
                          GError       **error)
{
  g_autofree char *path = pkglib_file (FULL_PROGRAM);
  char *argv[] = { path, (char *) "read-svg", NULL };
  g_autoptr(GByteArray) message = g_byte_array_new ();
  g_autoptr(GError) local = NULL;
  int input = svg_input (data, len);
  int out = -1;
  int status = -1;
  GPid pid = 0;
  gboolean started;

  if (input < 0)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO,
                   _("cannot keep the SVG logo in a temporary file: %s"), g_strerror (errno));
      return FALSE;
    }
  started = g_spawn_async_with_pipes_and_fds (NULL, (const char * const *) argv, NULL,
                                              G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                              input, -1, -1, NULL, NULL, 0,
                                              &pid, NULL, &out, NULL, &local);
  close (input);
  if (!started)
    {
      g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO,
                   _("SVG images need %s, which cannot be run: %s"), path, local->message);
      return FALSE;
    }
  /* A failed read leaves the message short, and the status decides. */
  (void) _concord_read_all (out, message);
  g_byte_array_append (message, (const guint8 *) "", 1);
  close (out);
  /* A status never read (SIGCHLD ignored, so the child was reaped
   * already) is a failure, never a valid logo. */
  while (waitpid (pid, &status, 0) < 0)
    if (errno != EINTR)
      {
        status = -1;
        break;
      }
  g_spawn_close_pid (pid);

  if (status != -1 && WIFEXITED (status) && WEXITSTATUS (status) == 0)
    return TRUE;
  if (status != -1 && WIFEXITED (status) && WEXITSTATUS (status) == 1 && message->len > 1)
    g_set_error_literal (error, CONCORD_ERROR, CONCORD_ERROR_SCHEMA, g_strchomp ((char *) message->data));
  else
    g_set_error (error, CONCORD_ERROR, CONCORD_ERROR_IO,
                 _("SVG images need %s, which failed"), path);

  return FALSE;
}
#endif

/* A function of a module: an installation without it cannot run the
 * command, which ends with the input/output status. */
static gpointer
module_function (const char *name,
                 const char *function)
{
#ifdef CONCORD_CLI_STATIC
  /* main() has passed every command that opens one on. */
  g_printerr ("concord-cli: the statically linked executable cannot open %s for %s\n",
              name, function);
  exit (EXIT_IOERR);
#else
  g_autofree char *file = g_strconcat (name, ".", G_MODULE_SUFFIX, NULL);
  g_autofree char *path = pkglib_file (file);
  /* Lazily bound: the module and those of its libraries not built with
   * BIND_NOW then resolve only the functions a command calls (some 1,500
   * fewer symbols when an export starts). The module is built with this
   * program, so a missing symbol is not a user's problem. */
  GModule *module = g_module_open (path, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  gpointer symbol = NULL;

  if (module == NULL || !g_module_symbol (module, function, &symbol))
    {
      g_printerr (_("concord-cli: cannot load %s: %s\n"), path, g_module_error ());
      exit (EXIT_IOERR);
    }
  g_module_make_resident (module);

  return symbol;
#endif
}

/* Calls FUNCTION of the drawing, office or calendar module, with the type
 * its header declares. */
#define DRAWN(function) ((__typeof__ (function) *) module_function ("concord-draw", #function))
#define OFFICE(function) ((__typeof__ (function) *) module_function ("concord-office", #function))
#define CALENDAR(function) ((__typeof__ (function) *) module_function ("concord-calendar", #function))

/* Parses a command's options. Returns -1 when the command should go on,
 * otherwise the exit code (help was shown, or the options were wrong). */
static int
parse_options (const char    *command,
               const char    *args,
               const char    *summary,
               GOptionEntry  *entries,
               int           *argc,
               char        ***argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = g_strdup_printf ("concord-cli %s", command);

  g_set_prgname (prgname);
  context = g_option_context_new (args);
  g_option_context_set_summary (context, summary);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    return usage_error (context, error->message);

  return -1;
}

static gboolean
finish_stdout (void)
{
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      g_printerr (_("concord-cli: cannot write the output: %s\n"), g_strerror (errno));
      return FALSE;
    }

  return TRUE;
}

#ifdef CONCORD_CLI_FULL
/* `concord-cli-full read-svg` (above): not a command of its own. */
static int
read_svg (void)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GError) error = NULL;

  if (!_concord_read_all (STDIN_FILENO, data))
    {
      g_print ("%s\n", g_strerror (errno));
      return EXIT_FINDINGS;
    }
  if (_concord_svg_read (data->data, data->len, &error))
    return EXIT_OK;
  g_print ("%s\n", error->message);

  return finish_stdout () ? EXIT_FINDINGS : EXIT_IOERR;
}
#endif

static int
cmd_templates (int    argc,
               char **argv)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  int rc = parse_options ("templates", "", _("List the bundled templates: id and title."),
                          NULL, &argc, &argv);

  if (rc >= 0)
    return rc;
  if (argc != 1)
    return usage_error (NULL, _("templates takes no arguments"));

  list = concord_templates_list (&error);
  if (list == NULL)
    return report (error);

  for (guint i = 0; i < list->len; i++)
    {
      ConcordTemplateInfo *info = g_ptr_array_index (list, i);

      g_print ("%-26s %s\n", info->id, info->title ? info->title : "");
    }

  return finish_stdout () ? EXIT_OK : EXIT_IOERR;
}

static int
cmd_new (int    argc,
         char **argv)
{
  g_autofree char *template_id = NULL;
  g_autofree char *output = NULL;
  gboolean force = FALSE;
  g_autoptr(ConcordMemorandum) m = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "template", 't', 0, G_OPTION_ARG_STRING, &template_id, N_("Template to start from"), N_("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("File to write"), N_("FILE") },
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force, N_("Overwrite FILE if it exists"), NULL },
    { NULL }
  };
  int rc = parse_options ("new", "", _("Start a memorandum from a template."), entries, &argc, &argv);

  if (rc >= 0)
    return rc;
  if (argc != 1)
    return usage_error (NULL, _("new takes no arguments besides its options"));
  if (template_id == NULL)
    return usage_error (NULL, _("name a template with --template ID"));
  if (output == NULL)
    return usage_error (NULL, _("name the file to write with -o FILE"));

  m = concord_template_instantiate (template_id, &error);
  if (m == NULL)
    return report (error);

  if (strcmp (output, "-") == 0)
    {
      g_autoptr(GBytes) bytes = concord_memorandum_serialize (m);

      fwrite (g_bytes_get_data (bytes, NULL), 1, g_bytes_get_size (bytes), stdout);
      return finish_stdout () ? EXIT_OK : EXIT_IOERR;
    }

  if (!force && g_file_test (output, G_FILE_TEST_EXISTS))
    {
      g_printerr (_("%s: already exists; use --force to overwrite it\n"), output);
      return EXIT_IOERR;
    }

  {
    g_autoptr(GBytes) bytes = concord_memorandum_serialize (m);

    return write_output (output, bytes, force);
  }
}

/* The process ends after the command: taking a long memorandum apart
 * object by object costs as much as linting it, so the last one loaded is
 * left for the exit to reclaim. It stays reachable from here, so leak
 * checkers do not count it. */
static ConcordMemorandum *left_for_exit;

static void
leave_for_exit (ConcordMemorandum **m)
{
  g_clear_object (&left_for_exit);
  left_for_exit = g_steal_pointer (m);
}

/* A file with conflicts is valid (it loads, validates and prints), but
 * not finished. */
static void
warn_conflicts (const char        *path,
                ConcordMemorandum *m)
{
  GListModel *conflicts = concord_memorandum_get_conflicts (m);

  for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
    {
      g_autoptr(ConcordConflict) c = g_list_model_get_item (conflicts, i);
      g_autofree char *target = concord_conflict_dup_target (c);
      g_autofree char *what = concord_conflict_describe (c);

      g_printerr (_("%s:%u: warning: unresolved conflict in %s: %s\n"), path, concord_source_line (c),
                  target, what);
    }
}

static int
cmd_validate (int    argc,
              char **argv)
{
  int result = EXIT_OK;
  int rc = parse_options ("validate", "FILE…",
                          _("Check memoranda against the schema and their references.\n"
                            "Unfilled placeholders are reported as warnings."),
                          NULL, &argc, &argv);

  if (rc >= 0)
    return rc;
  if (argc < 2)
    return usage_error (NULL, _("name at least one file to validate"));
  _concord_xml_keep_last_tree ();

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) placeholders = NULL;
      g_autoptr(ConcordMemorandum) m = concord_memorandum_load_from_file (argv[i], &error);

      if (m == NULL)
        {
          int rc_file = report (error);

          result = MAX (result, rc_file);
          continue;
        }
      placeholders = concord_memorandum_collect_placeholders (m);

      /* A fresh template has a handful of placeholders; a large draft may
       * have hundreds, which lint lists in full. */
      for (guint j = 0; j < MIN (placeholders->len, MAX_PLACEHOLDER_WARNINGS); j++)
        {
          const ConcordFinding *f = g_ptr_array_index (placeholders, j);
          g_autofree char *line = concord_finding_to_string (f);

          if (f->line > 0)
            g_printerr (_("%s:%u: warning: %s\n"), argv[i], f->line, line);
          else
            g_printerr (_("%s: warning: %s\n"), argv[i], line);
        }
      if (placeholders->len > MAX_PLACEHOLDER_WARNINGS)
        g_printerr (_("%s: warning: %u more placeholders are still to be filled in "
                      "(concord-cli lint lists them all)\n"),
                    argv[i], placeholders->len - MAX_PLACEHOLDER_WARNINGS);
      warn_conflicts (argv[i], m);
      g_print (_("%s: valid\n"), argv[i]);
      leave_for_exit (&m);
    }

  if (!finish_stdout ())
    return EXIT_IOERR;

  return result;
}

static int
fmt_one (const char *path,
         gboolean    check,
         gboolean    force)
{
  g_autoptr(GError) error = NULL;
  int rc;
  g_autoptr(GBytes) original = concord_read_file (path, &error);
  g_autoptr(ConcordMemorandum) m = NULL;
  g_autoptr(GBytes) canonical = NULL;

  if (original == NULL)
    return report (error);

  m = concord_memorandum_load_from_data (g_bytes_get_data (original, NULL),
                                         g_bytes_get_size (original), path, &error);
  if (m == NULL)
    return report (error);

  canonical = concord_memorandum_serialize (m);
  if (g_bytes_equal (original, canonical))
    return EXIT_OK;

  if (check)
    {
      g_print (_("%s: not in canonical form\n"), path);
      return EXIT_FINDINGS;
    }

  rc = write_output (path, canonical, force);
  if (rc != EXIT_OK)
    return rc;

  g_print (_("%s: reformatted\n"), path);

  return EXIT_OK;
}

static int
cmd_fmt (int    argc,
         char **argv)
{
  gboolean check = FALSE;
  gboolean force = FALSE;
  int result = EXIT_OK;
  GOptionEntry entries[] = {
    { "check", 'c', 0, G_OPTION_ARG_NONE, &check,
      N_("Only report files that are not in canonical form (exit status 1)"), NULL },
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force,
      N_("Rewrite a file even when it has other names (hard links), which keep the old contents"), NULL },
    { NULL }
  };
  int rc = parse_options ("fmt", "FILE…",
                          _("Rewrite memoranda in canonical form, in place and atomically."),
                          entries, &argc, &argv);

  if (rc >= 0)
    return rc;
  if (argc < 2)
    return usage_error (NULL, _("name at least one file to format"));

  for (int i = 1; i < argc; i++)
    {
      int rc_file = fmt_one (argv[i], check, force);

      result = MAX (result, rc_file);
    }

  if (!finish_stdout ())
    return EXIT_IOERR;

  return result;
}

/* Loads the one file a command takes. */
static ConcordMemorandum *
load_single (int      argc,
             char   **argv,
             int     *rc)
{
  g_autoptr(GError) error = NULL;
  ConcordMemorandum *m;

  if (argc != 2)
    {
      *rc = usage_error (NULL, _("name exactly one file"));
      return NULL;
    }

  m = concord_memorandum_load_from_file (argv[1], &error);
  if (m == NULL)
    *rc = report (error);

  return m;
}

/* "FILE:LINE: warning: CODE: clause 3.2 (id): message", the form compilers
 * use, so editors can jump to the line; "FILE: ..." when no line is known. */
/* g_print ("%s", @text), without formatting it again: in a UTF-8 locale
 * the text goes out as it is, and otherwise g_print() converts it. */
static void
print_text (const char *text)
{
  static int utf8 = -1;

  if (utf8 < 0)
    utf8 = g_get_console_charset (NULL);
  if (utf8)
    fputs (text, stdout);
  else
    g_print ("%s", text);
}

static void
print_finding (const char           *path,
               const ConcordFinding *f)
{
  g_autofree char *line = concord_finding_to_string (f);
  g_autoptr(GString) out = g_string_new (path);

  /* Put together by hand: lint prints a line for every finding. */
  if (f->line > 0)
    {
      char digits[16];

      g_string_append_c (out, ':');
      g_string_append (out, _concord_uint_digits (digits, f->line));
    }
  g_string_append (out, ": ");
  g_string_append (out, concord_lint_severity_to_string (f->severity));
  g_string_append (out, ": ");
  g_string_append (out, line);
  if (f->dismissed != NULL)
    {
      /* One finding, one line, whatever the reason holds. */
      gsize start = out->len + strlen (" [dismissed: ");

      g_string_append (out, " [dismissed: ");
      g_string_append (out, f->dismissed);
      g_strdelimit (out->str + start, "\r\n\t", ' ');
      g_string_append_c (out, ']');
    }
  g_string_append_c (out, '\n');
  print_text (out->str);
}

static void
print_codes (void)
{
  guint n;
  const ConcordLintCode *codes = concord_lint_get_codes (&n);

  for (guint i = 0; i < n; i++)
    g_print ("%-26s %-8s %s\n", codes[i].code, concord_lint_severity_to_string (codes[i].severity),
             _(codes[i].meaning));
}

static int
cmd_lint (int    argc,
          char **argv)
{
  g_autoptr(ConcordMemorandum) m = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *severity_name = NULL;
  gboolean all = FALSE;
  gboolean list_codes = FALSE;
  ConcordLintSeverity threshold = CONCORD_LINT_SEVERITY_NOTE;
  gboolean open = FALSE;
  GOptionEntry entries[] = {
    { "severity", 's', 0, G_OPTION_ARG_STRING, &severity_name,
      N_("Report only findings this severe or more: error, warning or note (the default)"),
      N_("LEVEL") },
    { "all", 'a', 0, G_OPTION_ARG_NONE, &all,
      N_("Also list the findings dismissed in the file, with their reasons"), NULL },
    { "codes", 0, 0, G_OPTION_ARG_NONE, &list_codes,
      N_("List every code lint reports, with its severity and meaning"), NULL },
    { NULL }
  };
  int rc = parse_options ("lint", "FILE",
                          _("Find gaps and overlaps in roles, boundaries and accountability,\n"
                            "disputed clauses in an agreed memorandum and unfilled placeholders.\n"
                            "Each finding is an error, a warning or a note; a finding dismissed\n"
                            "in the file with a reason is not listed unless --all is given.\n"
                            "Exit status 1 when an error or a warning (at or above --severity)\n"
                            "is left that is not dismissed."),
                          entries, &argc, &argv);

  if (rc >= 0)
    return rc;
  if (severity_name != NULL && !concord_lint_severity_from_string (severity_name, &threshold))
    {
      g_autofree char *message = g_strdup_printf (_("unknown severity “%s”: use error, warning or note"),
                                                  severity_name);

      return usage_error (NULL, message);
    }
  if (list_codes)
    {
      if (argc != 1)
        return usage_error (NULL, _("--codes takes no file"));
      print_codes ();
      return finish_stdout () ? EXIT_OK : EXIT_IOERR;
    }

  _concord_xml_keep_last_tree ();
  m = load_single (argc, argv, &rc);
  if (m == NULL)
    return rc;
  findings = concord_memorandum_lint (m);
  for (guint i = 0; i < findings->len; i++)
    {
      const ConcordFinding *f = g_ptr_array_index (findings, i);

      if (f->severity > threshold)
        continue;
      open |= concord_finding_is_open (f);
      if (f->dismissed == NULL || all)
        print_finding (argv[1], f);
    }
  leave_for_exit (&m);

  if (!finish_stdout ())
    return EXIT_IOERR;

  return open ? EXIT_FINDINGS : EXIT_OK;
}

static int
cmd_text (int    argc,
          char **argv)
{
  g_autoptr(ConcordMemorandum) m = NULL;
  g_autofree char *text = NULL;
  int rc = parse_options ("text", "FILE",
                          _("Print the memorandum as plain text, numbered as printed.\n"
                            "Suitable as a git textconv: git config diff.concord.textconv "
                            "\"concord-cli text\""),
                          NULL, &argc, &argv);

  if (rc >= 0)
    return rc;

  _concord_xml_keep_last_tree ();
  m = load_single (argc, argv, &rc);
  if (m == NULL)
    return rc;
  text = concord_memorandum_to_text (m);
  leave_for_exit (&m);
  fputs (text, stdout);

  return finish_stdout () ? EXIT_OK : EXIT_IOERR;
}

static int
cmd_fingerprint (int    argc,
                 char **argv)
{
  g_autoptr(ConcordMemorandum) m = NULL;
  g_autofree char *fingerprint = NULL;
  int rc = parse_options ("fingerprint", "FILE",
                          _("Print the SHA-256 of the memorandum's canonical form."),
                          NULL, &argc, &argv);

  if (rc >= 0)
    return rc;

  m = load_single (argc, argv, &rc);
  if (m == NULL)
    return rc;

  fingerprint = concord_memorandum_fingerprint (m);
  g_print ("%s  %s\n", fingerprint, argv[1]);

  return finish_stdout () ? EXIT_OK : EXIT_IOERR;
}

/* "FILE:LINE:COLUMN: " where the first missing signature belongs. */
static void
prefix_unsigned_position (ConcordMemorandum  *m,
                          const char         *path,
                          GError            **error)
{
  g_autoptr(GBytes) bytes = concord_read_file (path, NULL);
  const char *element;
  guint index;
  int line, column;

  DRAWN (concord_check_signed) (m, &element, &index, NULL);
  if (bytes != NULL &&
      concord_xml_locate_element (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  element, index, &line, &column))
    g_prefix_error (error, "%s:%d:%d: ", path, line, column);
  else
    g_prefix_error (error, "%s: ", path);
}

static int
cmd_export_pdf (int    argc,
                char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *counterpart = NULL;
  gboolean signed_copy = FALSE;
  gboolean with_comments = FALSE;
  gboolean force = FALSE;
  int processes = g_get_num_processors () >= 2 ? 2 : 1;
  g_autoptr(ConcordMemorandum) m = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  ConcordRenderOptions options = { CONCORD_PAPER_A4, FALSE, NULL, FALSE, 0 };
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("PDF file to write"), N_("OUT.pdf") },
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force,
      N_("Write OUT.pdf even when it has other names (hard links), which keep the old contents"), NULL },
    { "paper", 'p', 0, G_OPTION_ARG_STRING, &paper, N_("Paper size: a4 (default) or letter"), N_("SIZE") },
    { "signed", 's', 0, G_OPTION_ARG_NONE, &signed_copy,
      N_("A signed copy: recorded signatures, no DRAFT mark (every signatory must have signed)"), NULL },
    { "counterpart", 'c', 0, G_OPTION_ARG_STRING, &counterpart,
      N_("Mark every page as the counterpart held by this signatory"), N_("PARTY-ID") },
    { "with-comments", 0, 0, G_OPTION_ARG_NONE, &with_comments,
      N_("Add the clauses' comments as an appendix (never in a signed copy)"), NULL },
    { "processes", 0, 0, G_OPTION_ARG_INT, &processes,
      N_("Lay a long memorandum out in 1 or 2 processes (default: 2 on a machine with two or more "
         "processors); the PDF is the same either way, and 2 needs less memory"), N_("N") },
    { NULL }
  };
  int rc = parse_options ("export-pdf", "FILE",
                          _("Lay the memorandum out and write it as PDF."), entries, &argc, &argv);

  if (rc >= 0)
    return rc;
  if (output == NULL)
    return usage_error (NULL, _("name the PDF to write with -o OUT.pdf"));
  if (paper != NULL && g_ascii_strcasecmp (paper, "a4") != 0 && g_ascii_strcasecmp (paper, "letter") != 0)
    return usage_error (NULL, _("--paper takes a4 or letter"));
  if (with_comments && signed_copy)
    return usage_error (NULL, _("a signed copy never carries comments: leave out --with-comments or --signed"));
  if (processes != 1 && processes != 2)
    return usage_error (NULL, _("--processes takes 1 or 2"));

  if (argc == 2 && is_an_input (output, (const char * const[]) { argv[1], NULL }))
    return refuse_overwriting_input (output);

  m = load_single (argc, argv, &rc);
  if (m == NULL)
    return rc;

  options.paper = paper != NULL && g_ascii_strcasecmp (paper, "letter") == 0
                  ? CONCORD_PAPER_LETTER : CONCORD_PAPER_A4;
  options.signed_copy = signed_copy;
  options.counterpart = counterpart;
  options.with_comments = with_comments;
  /* This program has no other thread by now: it may fork. */
  options.processes = (guint) processes;
  pdf = DRAWN (concord_render_pdf) (m, &options, &error);
  if (pdf == NULL)
    {
      /* The file and the place are named, as for a load error: the
       * fault is in the file. */
      if (g_error_matches (error, CONCORD_ERROR, CONCORD_ERROR_UNSIGNED))
        prefix_unsigned_position (m, argv[1], &error);
      return report (error);
    }

  return write_output (output, pdf, force);
}

/* export-docx and export-odt: the same but for the format. */
static int
export_office (int                  argc,
               char               **argv,
               ConcordOfficeFormat  format)
{
  const char *extension = OFFICE (concord_office_extension) (format);
  g_autofree char *command = g_strconcat ("export-", extension, NULL);
  g_autofree char *placeholder = g_strconcat ("OUT.", extension, NULL);
  g_autofree char *output = NULL;
  gboolean force = FALSE;
  g_autoptr(ConcordMemorandum) m = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("File to write"), placeholder },
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force,
      N_("Write the file even when it has other names (hard links), which keep the old contents"), NULL },
    { NULL }
  };
  int rc = parse_options (command, "FILE",
                          format == CONCORD_OFFICE_ODT
                          ? _("Write the memorandum as an OpenDocument text (ODT), for LibreOffice and Word.")
                          : _("Write the memorandum as a Word document (DOCX), for Word and LibreOffice."),
                          entries, &argc, &argv);

  if (rc >= 0)
    return rc;
  if (output == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("name the file to write with -o %s"), placeholder);

      return usage_error (NULL, message);
    }
  if (argc == 2 && is_an_input (output, (const char * const[]) { argv[1], NULL }))
    return refuse_overwriting_input (output);

  m = load_single (argc, argv, &rc);
  if (m == NULL)
    return rc;

  bytes = OFFICE (concord_render_office) (m, format, &error);
  if (bytes == NULL)
    return report (error);

  return write_output (output, bytes, force);
}

static int
cmd_export_docx (int    argc,
                 char **argv)
{
  return export_office (argc, argv, CONCORD_OFFICE_DOCX);
}

static int
cmd_export_odt (int    argc,
                char **argv)
{
  return export_office (argc, argv, CONCORD_OFFICE_ODT);
}

/* Report lines quote the file, which could hold terminal controls. */
static void
print_report (const char *path,
              GPtrArray  *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      g_autofree char *line = g_strdup (g_ptr_array_index (lines, i));

      for (char *c = line; *c != '\0'; c++)
        if ((guchar) *c < 0x20 || *c == 0x7f)
          *c = '?';
      g_print ("%s: %s\n", path, line);
    }
}

/* import: a document written elsewhere as a new memorandum, or, with
 * --against, a DOCX Concord exported, back from a word processor, as a
 * revision of the memorandum it came from. */
static int
cmd_import (int    argc,
            char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *against = NULL;
  gboolean force = FALSE;
  g_autoptr(ConcordMemorandum) base = NULL;
  g_autoptr(ConcordMemorandum) theirs = NULL;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Memorandum to write"), N_("OUT.mou") },
    { "against", 'a', 0, G_OPTION_ARG_FILENAME, &against,
      N_("The memorandum a DOCX was exported from: read it as a revision of that"), N_("BASE.mou") },
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force,
      N_("Write OUT.mou even when it has other names (hard links), which keep the old contents"), NULL },
    { NULL }
  };
  int rc = parse_options ("import", "FILE.docx|FILE.odt|FILE.md",
                          _("Make a memorandum of a Word document, an OpenDocument text or a Markdown file: "
                            "headings become sections, numbered paragraphs clauses, deeper numbering items, a "
                            "parties table or \"between X and Y\" parties, and quoted or bold definitions terms; "
                            "everything else is kept as general clauses. Each guess is listed. With --against, "
                            "read a DOCX that Concord exported and a word processor edited as a revision of "
                            "BASE.mou instead: every tracked change accepted, comments as notes. Compare OUT.mou "
                            "with BASE.mou (concord-cli diff, or Compare With File in the app) to take or leave "
                            "each change."),
                          entries, &argc, &argv);

  if (rc >= 0)
    return rc;
  if (argc != 2)
    return usage_error (NULL, _("name exactly one file"));
  if (output == NULL)
    return usage_error (NULL, _("name the memorandum to write with -o OUT.mou"));
  if (is_an_input (output, (const char * const[]) { argv[1], against, NULL }))
    return refuse_overwriting_input (output);

  if (against != NULL)
    {
      base = concord_memorandum_load_from_file (against, &error);
      if (base == NULL)
        return report (error);
      theirs = OFFICE (concord_office_read_revision) (base, argv[1], notes, &error);
    }
  else
    theirs = OFFICE (concord_import_file) (argv[1], notes, &error);
  if (theirs == NULL)
    return report (error);
  print_report (argv[1], notes);

  bytes = concord_memorandum_serialize (theirs);
  rc = write_output (output, bytes, force);
  if (!finish_stdout ())
    return EXIT_IOERR;

  return rc;
}

/* diff: --color takes an optional value, so it is parsed by a callback. */
typedef enum
{
  COLOR_AUTO,
  COLOR_ALWAYS,
  COLOR_NEVER,
} ColorMode;

static ColorMode diff_color = COLOR_AUTO;

static gboolean
parse_color_cb (const char  *option_name,
                const char  *value,
                gpointer     data,
                GError     **error)
{
  (void) option_name;
  (void) data;

  if (value == NULL || g_str_equal (value, "always"))
    diff_color = COLOR_ALWAYS;
  else if (g_str_equal (value, "never"))
    diff_color = COLOR_NEVER;
  else if (g_str_equal (value, "auto"))
    diff_color = COLOR_AUTO;
  else
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--color takes always, never or auto, not “%s”"), value);
      return FALSE;
    }

  return TRUE;
}

#define RED   "\033[31m"
#define GREEN "\033[32m"
#define RESET "\033[m"

static void
close_mark (GString       *out,
            ConcordDiffOp  op,
            gboolean       color)
{
  if (op == CONCORD_DIFF_DELETE)
    g_string_append (out, color ? "-]" RESET : "-]");
  else if (op == CONCORD_DIFF_INSERT)
    g_string_append (out, color ? "+}" RESET : "+}");
}

static void
open_mark (GString       *out,
           ConcordDiffOp  op,
           gboolean       color)
{
  if (op == CONCORD_DIFF_DELETE)
    g_string_append (out, color ? RED "[-" : "[-");
  else if (op == CONCORD_DIFF_INSERT)
    g_string_append (out, color ? GREEN "{+" : "{+");
}

/* Prints the paragraphs of a word diff that hold a change, one per line,
 * deleted words in [-…-] and inserted ones in {+…+}: the marks say it
 * without colour, and colour only helps. */
static void
print_words (const char            *label,
             const ConcordDiffWord *words,
             guint                  n,
             gboolean               color)
{
  g_autoptr(GString) line = g_string_new (NULL);
  ConcordDiffOp open = CONCORD_DIFF_EQUAL;
  gboolean changed = FALSE;
  gboolean first = TRUE;

  for (guint i = 0; i <= n; i++)
    {
      gboolean is_break = i < n && g_str_equal (words[i].text, "\n");

      if (i < n && words[i].op != open)
        {
          close_mark (line, open, color);
          if (words[i].space_before && line->len > 0)
            g_string_append_c (line, ' ');
          open_mark (line, words[i].op, color);
          open = words[i].op;
        }
      else if (i < n && words[i].space_before && line->len > 0)
        g_string_append_c (line, ' ');

      if (i < n && words[i].op != CONCORD_DIFF_EQUAL)
        changed = TRUE;
      if (i < n && is_break && words[i].op != CONCORD_DIFF_EQUAL)
        g_string_append (line, "¶");
      else if (i < n && !is_break)
        g_string_append (line, words[i].text);

      if (i == n || is_break)
        {
          close_mark (line, open, color);
          open = CONCORD_DIFF_EQUAL;
          if (changed && first)
            g_print ("    %s: %s\n", label, line->str);
          else if (changed)
            g_print ("      %s\n", line->str);
          first = first && !changed;
          changed = FALSE;
          g_string_truncate (line, 0);
        }
    }

  /* The same words with other spacing, or split into other runs. */
  if (first)
    g_print ("    %s: %s\n", label, _("(only the spacing changed)"));
}

static void
print_change (ConcordDiff *diff,
              guint        index,
              gboolean     color)
{
  const ConcordDiffChange *change = concord_diff_get_change (diff, index);
  g_autofree char *line = concord_diff_change_describe (diff, index);
  const ConcordDiffWord *words;
  guint n;

  g_print ("%s\n", line);
  words = concord_diff_change_get_heading_words (change, &n);
  if (n > 0)
    print_words (_("heading"), words, n, color);
  words = concord_diff_change_get_body_words (change, &n);
  if (n > 0)
    print_words (_("text"), words, n, color);
}

static int
cmd_diff (int    argc,
          char **argv)
{
  g_autofree char *pdf = NULL;
  g_autofree char *docx = NULL;
  g_autofree char *author = NULL;
  g_autoptr(ConcordMemorandum) a = NULL;
  g_autoptr(ConcordMemorandum) b = NULL;
  g_autoptr(ConcordDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  gboolean force = FALSE;
  gboolean color;
  GOptionEntry entries[] = {
    { "color", 0, G_OPTION_FLAG_OPTIONAL_ARG, G_OPTION_ARG_CALLBACK, parse_color_cb,
      N_("Colour deleted words red and inserted ones green: always (the default for a bare "
         "--color), never, or auto (when the output is a terminal)"), N_("WHEN") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf,
      N_("Also write a redline report as PDF: inserted words underlined, deleted ones struck through"),
      N_("OUT.pdf") },
    { "docx", 0, 0, G_OPTION_ARG_FILENAME, &docx,
      N_("Also write NEW as a Word document with the differences as tracked changes, to accept or reject in "
         "Word or LibreOffice"), N_("OUT.docx") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author,
      N_("Whose the tracked changes are (default: your name)"), N_("NAME") },
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force,
      N_("Write OUT.pdf even when it has other names (hard links), which keep the old contents"), NULL },
    { NULL }
  };
  int rc;

  /* GOption would take the next argument as the value of a bare --color,
   * which is how git and grep spell "always". */
  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--color"))
      argv[i] = (char *) "--color=always";

  rc = parse_options ("diff", "OLD NEW",
                          _("Compare two memoranda clause by clause, matched by id, and print what\n"
                            "was added, removed, moved or changed, with printed numbers and ids.\n"
                            "Changed words are shown as [-deleted-] and {+inserted+}.\n"
                            "Exit status 0 when they are the same, 1 when they differ.\n"
                            "As a git difftool: git difftool -y -x \"concord-cli diff\" REV1 REV2 -- FILE.mou"),
                          entries, &argc, &argv);

  if (rc >= 0)
    return rc;
  if (argc != 3)
    return usage_error (NULL, _("name the two files to compare"));
  if (pdf != NULL && is_an_input (pdf, (const char * const[]) { argv[1], argv[2], NULL }))
    return refuse_overwriting_input (pdf);
  if (docx != NULL && is_an_input (docx, (const char * const[]) { argv[1], argv[2], NULL }))
    return refuse_overwriting_input (docx);
  if (author != NULL && docx == NULL)
    return usage_error (NULL, _("--author is for the tracked changes of --docx"));

  a = concord_memorandum_load_from_file (argv[1], &error);
  if (a == NULL)
    return report (error);
  b = concord_memorandum_load_from_file (argv[2], &error);
  if (b == NULL)
    return report (error);

  color = diff_color == COLOR_ALWAYS || (diff_color == COLOR_AUTO && isatty (STDOUT_FILENO));
  diff = concord_diff_new (a, b);
  for (guint i = 0; i < concord_diff_get_n_changes (diff); i++)
    print_change (diff, i, color);

  if (pdf != NULL)
    {
      g_autoptr(GBytes) bytes = DRAWN (concord_diff_render_pdf) (diff, &error);

      if (bytes == NULL)
        return report (error);
      rc = write_output (pdf, bytes, force);
      if (rc != EXIT_OK)
        return rc;
    }
  if (docx != NULL)
    {
      g_autoptr(GBytes) bytes = OFFICE (concord_render_office_redline) (diff, author, &error);

      if (bytes == NULL)
        return report (error);
      rc = write_output (docx, bytes, force);
      if (rc != EXIT_OK)
        return rc;
    }
  if (!finish_stdout ())
    return EXIT_IOERR;

  return concord_diff_is_empty (diff) ? EXIT_OK : EXIT_FINDINGS;
}

/* Loads the three versions before anything is written, so malformed input
 * leaves every file as it was. */
static int
load_three (char              **paths,
            ConcordMemorandum **sides)
{
  for (int i = 0; i < 3; i++)
    {
      g_autoptr(GError) error = NULL;

      sides[i] = concord_memorandum_load_from_file (paths[i], &error);
      if (sides[i] == NULL)
        return report (error);
    }

  return EXIT_OK;
}

static int
cmd_merge (int    argc,
           char **argv)
{
  g_autofree char *output = NULL;
  ConcordMemorandum *sides[3] = { NULL, NULL, NULL };
  g_autoptr(ConcordMerge) merge = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gboolean force = FALSE;
  guint n;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the merged memorandum to OUT instead of OURS"), N_("OUT") },
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force,
      N_("Write even when the file has other names (hard links), which keep the old contents"), NULL },
    { NULL }
  };
  int rc = parse_options ("merge", "BASE OURS THEIRS",
                          _("Merge two memoranda changed from one base, clause by clause and word by\n"
                            "word, matched by id. Writes OURS unless -o is given.\n"
                            "Exit status 0 when clean, 1 when conflicts remain (ours is kept there).\n"
                            "As a git merge driver: git config merge.concord.driver\n"
                            "\"concord-cli merge %O %A %B\" and \"*.mou merge=concord\" in .gitattributes."),
                          entries, &argc, &argv);

  if (rc >= 0)
    return rc;
  if (argc != 4)
    return usage_error (NULL, _("name the base, our and their files"));
  if (output != NULL && is_an_input (output, (const char * const[]) { argv[1], argv[3], NULL }))
    return refuse_overwriting_input (output);

  rc = load_three (argv + 1, sides);
  if (rc == EXIT_OK)
    {
      merge = concord_merge_new (sides[0], sides[1], sides[2]);
      bytes = concord_memorandum_serialize (concord_merge_get_result (merge));
      n = concord_merge_get_n_conflicts (merge);
      for (guint i = 0; i < n; i++)
        {
          ConcordConflict *c = concord_merge_get_conflict (merge, i);

          g_printerr (_("%s: conflict: %s %s: %s\n"), argv[2], concord_conflict_get_object (c),
                      concord_conflict_get_ref (c) != NULL ? concord_conflict_get_ref (c) : "-",
                      concord_conflict_get_field (c));
        }
      rc = write_output (output != NULL ? output : argv[2], bytes, force);
      if (rc == EXIT_OK && n > 0)
        rc = EXIT_FINDINGS;
    }
  for (int i = 0; i < 3; i++)
    g_clear_object (&sides[i]);

  return rc;
}

/* Review reminders: the memorandum's dates as an iCalendar file. */
static int
cmd_ics (int    argc,
         char **argv)
{
  g_autoptr(ConcordMemorandum) m = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *calendar = NULL;
  gboolean force = FALSE;
  guint n_events = 0;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("File to write (standard output if none)"), N_("OUT.ics") },
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force, N_("Overwrite FILE if it exists"), NULL },
    { NULL }
  };
  int rc = parse_options ("ics", "FILE",
                          _("Write the review date and the dates the clauses name as an iCalendar file, "
                            "one all-day event each, naming the clause it comes from."),
                          entries, &argc, &argv);

  if (rc >= 0)
    return rc;

  m = load_single (argc, argv, &rc);
  if (m == NULL)
    return rc;

  calendar = CALENDAR (concord_memorandum_to_icalendar) (m, NULL, &n_events, &error);
  if (calendar == NULL)
    return report (error);
  if (concord_memorandum_get_placeholder (m, "review-date") != NULL)
    g_printerr (_("%s: warning: the review date is still to be filled in\n"), argv[1]);
  if (n_events == 0)
    g_printerr (_("%s: warning: the memorandum names no dates; the calendar is empty\n"), argv[1]);

  if (output == NULL || strcmp (output, "-") == 0)
    {
      fputs (calendar, stdout);
      return finish_stdout () ? EXIT_OK : EXIT_IOERR;
    }
  if (!force && g_file_test (output, G_FILE_TEST_EXISTS))
    {
      g_printerr (_("%s: already exists; use --force to overwrite it\n"), output);
      return EXIT_IOERR;
    }
  {
    gsize length = strlen (calendar);
    g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&calendar), length);

    return write_output (output, bytes, force);
  }
}

/* The clause library: the folder of saved clauses and sections the app
 * inserts from. */
static int
cmd_library (int    argc,
             char **argv)
{
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "dir", 'd', 0, G_OPTION_ARG_FILENAME, &dir, N_("Library folder (the user’s own if none)"), N_("DIR") },
    { "name", 'n', 0, G_OPTION_ARG_STRING, &name, N_("Entry to write, for add (from the heading if none)"),
      N_("NAME") },
    { NULL }
  };
  int rc = parse_options ("library", "list | add FILE ID | show NAME",
                          _("List the clause library, save a clause or section of FILE to it by its id, or show "
                            "an entry. An entry saved again under its name is a new version."),
                          entries, &argc, &argv);
  const char *action;

  if (rc >= 0)
    return rc;
  if (argc < 2)
    return usage_error (NULL, _("name what to do: list, add FILE ID or show NAME"));
  action = argv[1];
  if (dir == NULL)
    dir = concord_library_default_dir ();

  if (strcmp (action, "list") == 0)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) list = NULL;

      if (argc != 2)
        return usage_error (NULL, _("library list takes no arguments"));
      list = concord_library_list (dir, problems, &error);
      if (list == NULL)
        return report (error);
      for (guint i = 0; i < problems->len; i++)
        g_printerr (_("warning: %s\n"), (char *) g_ptr_array_index (problems, i));
      for (guint i = 0; i < list->len; i++)
        {
          ConcordLibraryEntry *entry = g_ptr_array_index (list, i);

          g_print ("%-32s %-8s %s  %s\n", entry->name,
                   entry->kind == CONCORD_LIBRARY_SECTION ? "section" : "clause", entry->version, entry->title);
        }
      return finish_stdout () ? EXIT_OK : EXIT_IOERR;
    }

  if (strcmp (action, "show") == 0)
    {
      g_autoptr(ConcordLibraryEntry) entry = NULL;

      if (argc != 3)
        return usage_error (NULL, _("name the entry to show: library show NAME"));
      entry = concord_library_find (dir, argv[2], &error);
      if (entry == NULL)
        return report (error);
      g_print ("%s %s %s\n\n%s", entry->name, entry->kind == CONCORD_LIBRARY_SECTION ? "section" : "clause",
               entry->version, entry->text);
      return finish_stdout () ? EXIT_OK : EXIT_IOERR;
    }

  if (strcmp (action, "add") == 0)
    {
      g_autoptr(ConcordMemorandum) m = NULL;
      g_autoptr(ConcordLibraryEntry) entry = NULL;
      GObject *item;

      if (argc != 4)
        return usage_error (NULL, _("name the file and the clause or section: library add FILE ID"));
      m = concord_memorandum_load_from_file (argv[2], &error);
      if (m == NULL)
        return report (error);
      item = G_OBJECT (concord_memorandum_find_clause (m, argv[3], NULL, NULL));
      if (item == NULL)
        item = G_OBJECT (concord_memorandum_find_section (m, argv[3]));
      if (item == NULL)
        {
          g_printerr (_("%s: no clause or section has the id “%s”\n"), argv[2], argv[3]);
          return EXIT_USAGE;
        }
      entry = concord_library_add (dir, m, item, name, &error);
      if (entry == NULL)
        return report (error);
      g_print (_("%s: saved as %s, version %s\n"), argv[3], entry->name, entry->version);
      return finish_stdout () ? EXIT_OK : EXIT_IOERR;
    }

  return usage_error (NULL, _("library takes list, add or show"));
}

static const Command commands[] = {
  { "templates", "", N_("list template ids and titles"), cmd_templates, MODULES_NEVER },
  { "new", "--template ID -o FILE", N_("start a memorandum from a template"), cmd_new,
    MODULES_NEVER },
  { "validate", "FILE…", N_("schema and reference checks"), cmd_validate, MODULES_NEVER },
  { "fmt", "[--check] FILE…", N_("rewrite canonically (atomic); --check only reports"), cmd_fmt,
    MODULES_NEVER },
  { "lint", "FILE", N_("gaps and overlaps in roles, boundaries, accountability"), cmd_lint,
    MODULES_NEVER },
  { "text", "FILE", N_("plain text, numbered as printed (a git textconv)"), cmd_text,
    MODULES_NEVER },
  { "diff", "OLD NEW", N_("clause-aligned differences [--color[=WHEN]] [--pdf OUT.pdf] [--docx OUT.docx]"),
    cmd_diff, MODULES_FOR_FILES },
  { "export-pdf", "FILE -o OUT.pdf", N_("lay out and write PDF [--paper a4|letter] [--signed] [--counterpart ID] [--with-comments]"),
    cmd_export_pdf, MODULES_ALWAYS },
  { "export-docx", "FILE -o OUT.docx", N_("write a Word document (DOCX)"), cmd_export_docx,
    MODULES_ALWAYS },
  { "export-odt", "FILE -o OUT.odt", N_("write an OpenDocument text (ODT)"), cmd_export_odt,
    MODULES_ALWAYS },
  { "import", "FILE.docx|FILE.odt|FILE.md [--against BASE.mou] -o OUT.mou",
    N_("make a memorandum of a DOCX, ODT or Markdown file, or read a DOCX back as a revision of BASE"),
    cmd_import, MODULES_ALWAYS },
  { "merge", "BASE OURS THEIRS [-o OUT]", N_("three-way merge by clause and word (a git merge driver)"),
    cmd_merge, MODULES_NEVER },
  { "fingerprint", "FILE", N_("SHA-256 of the canonical form"), cmd_fingerprint, MODULES_NEVER },
  { "ics", "FILE [-o OUT.ics]", N_("the review date and dated commitments as iCalendar"), cmd_ics,
    MODULES_ALWAYS },
  { "library", "list|add FILE ID|show NAME", N_("the clause library: list, save to it, show an entry"),
    cmd_library, MODULES_NEVER },
};

static void
print_help (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: concord-cli COMMAND [OPTIONS…] [ARGUMENTS…]"));
  fprintf (out, "%s\n\n", _("Draft, check and format memorandums of understanding."));
  fprintf (out, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *synopsis = g_strdup_printf ("%s %s", commands[i].name, commands[i].args);

      fprintf (out, "  %-32s %s\n", synopsis, _(commands[i].summary));
    }
  fprintf (out, "\n%s\n", _("“concord-cli COMMAND --help” describes a command."));
  fprintf (out, "%s\n", _("Exit status: 0 success, 1 differences or findings, 2 usage error,\n"
                           "65 bad input data, 74 input/output error."));
}

int
main (int    argc,
      char **argv)
{
  /* A buffer of its own for standard output, so that the first print does
   * not ask malloc for one: after a long memorandum's parse tree is freed,
   * that request had malloc sort all its freed chunks first (4% of
   * validating 2,000 clauses). Line-buffered on a terminal, as usual. */
  static char stdout_buffer[BUFSIZ];

  setvbuf (stdout, stdout_buffer, isatty (STDOUT_FILENO) ? _IOLBF : _IOFBF, sizeof stdout_buffer);
  /* Only the locale's parts that commands use: its charset, its
   * translations and, for the clause library's order, its collation.
   * Each of the other nine would be a file to find and map at every
   * start; numbers stay as C prints them, as PDF and XML want. */
  setlocale (LC_CTYPE, "");
  setlocale (LC_MESSAGES, "");
  setlocale (LC_COLLATE, "");
  /* `meson devenv` and the tests point CONCORD_LOCALEDIR at the build
   * folder's compiled catalogues; installed, the prefix's are used. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CONCORD_LOCALEDIR") != NULL ? g_getenv ("CONCORD_LOCALEDIR")
                                                                         : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("concord-cli");

  if (argc < 2)
    {
      print_help (stderr);
      return EXIT_USAGE;
    }

  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 || strcmp (argv[1], "help") == 0)
    {
      print_help (stdout);
      return finish_stdout () ? EXIT_OK : EXIT_IOERR;
    }

  if (strcmp (argv[1], "--version") == 0)
    {
      g_print ("concord-cli %s\n", PACKAGE_VERSION);
      return finish_stdout () ? EXIT_OK : EXIT_IOERR;
    }

#ifdef CONCORD_CLI_STATIC
  _concord_logo_set_svg_reader (read_svg_in_full_program);
#endif
#ifdef CONCORD_CLI_FULL
  if (strcmp (argv[1], "read-svg") == 0 && argc == 2)
    return read_svg ();
#endif

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      {
#ifdef CONCORD_CLI_STATIC
        if (opens_modules (&commands[i], argc, argv))
          become_full_program (argv);
#endif
        return commands[i].run (argc - 1, argv + 1);
      }

  g_printerr (_("concord-cli: unknown command “%s”\n"), argv[1]);
  print_help (stderr);

  return EXIT_USAGE;
}
