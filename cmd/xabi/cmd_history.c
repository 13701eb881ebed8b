/* SPDX-License-Identifier: MIT */
/*
 * xabi history: each source compared with the next as `xabi diff` does,
 * a row per pair; or, with --entity, one entity as each source declares
 * it, as `xabi show` prints it. --format html writes both as one static
 * page. Sources are loaded one at a time and freed once compared with
 * the next, so a run over twenty releases holds two corpora at most.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "commands.h"
#include "show.h"
#include "xabi/diff.h"
#include "xabi/history.h"
#include "xabi/profile.h"
#include "xabi/rules.h"
#include "xabi/source.h"

static const enum cli_opt options[] = {
	OPT_TAGS, OPT_BASELINES, OPT_ENTITY, OPT_FORMAT, OPT_OUTPUT, OPT_PROFILE,
	OPT_ARCH, OPT_AUDIENCE, OPT_IFACE, OPT_INCLUDE, OPT_SYSROOT, OPT_DEFINE, OPT_VERSION_MACRO,
	OPT_RULES, OPT_JOBS, OPT_CACHE, OPT_FULL_PARSE, OPT_PROGRESS, OPT_NO_PROGRESS, OPT_QUIET,
	OPT_MAX_CONFIGS, OPT_MAX_FACTS, OPT_HELP, OPT_END
};

static const char *const formats[] = { "text", "html", NULL };

/* Findings a row of the text table names. */
#define TOP 3

struct history {
	struct cli_opts o;
	char **sources; /* as loaded: a tree, git:REV or a dump */
	char **labels;  /* as shown: "RELEASE-4.7.0", "4.7" */
	size_t n;
	size_t width;   /* of the text table's first column */
	struct xabi_profile *profile; /* loaded with the first pair */
	struct xabi_rules rules;
	bool policy_loaded;
	struct xabi_history *page; /* --format html */
	int status;     /* the pairs' exit bits, or'ed */
	size_t n_errors, n_failed;
	size_t n_declared; /* sources that declare --entity */
};

/* A release's short name: the folder or tag, without the path to it, the
 * xen/include/public under it, "git:" or the dump's extension. */
static char *label_of(const char *source)
{
	static const char *const tails[] = { "/xen/include/public", "/include/public",
					     ".abi.xml", ".xml", "/" };
	char *s = strdup(strncmp(source, "git:", 4) ? source : source + 4);
	char *slash;

	for (bool again = true; again;) {
		again = false;
		for (size_t i = 0; i < sizeof(tails) / sizeof(*tails); i++) {
			size_t n = strlen(s), t = strlen(tails[i]);

			if (n > t && !strcmp(s + n - t, tails[i])) {
				s[n - t] = '\0';
				again = true;
			}
		}
	}
	slash = strrchr(s, '/');
	if (slash)
		memmove(s, slash + 1, strlen(slash));
	return s;
}

/* a + b + c, newly allocated. */
static char *concat(const char *a, const char *b, const char *c)
{
	size_t len = strlen(a) + strlen(b) + strlen(c) + 1;
	char *s = malloc(len);

	if (!s) {
		cli_error("out of memory");
		exit(XABI_EXIT_ERROR);
	}
	snprintf(s, len, "%s%s%s", a, b, c);
	return s;
}

static void add_source(struct history *h, char *source)
{
	h->sources = realloc(h->sources, (h->n + 1) * sizeof(*h->sources));
	h->labels = realloc(h->labels, (h->n + 1) * sizeof(*h->labels));
	if (!h->sources || !h->labels) {
		cli_error("out of memory");
		exit(XABI_EXIT_ERROR);
	}
	h->sources[h->n] = source;
	h->labels[h->n++] = label_of(source);
}

/* --tags: the repository's release tags, oldest first, each from its
 * baseline dump when --baselines has one, else from git. */
static int sources_from_tags(struct history *h)
{
	struct xabi_ctx ctx = { 0 };
	char **tags = NULL;
	size_t n = 0;

	if (xabi_git_tags(&tags, &n, h->o.tags, &ctx)) {
		cli_error("%s", ctx.message);
		return XABI_EXIT_ERROR;
	}
	for (size_t i = 0; i < n; i++) {
		char *dump = h->o.baselines ?
			     concat(h->o.baselines, "/", tags[i]) : NULL;
		char *with_ext = dump ? concat(dump, ".abi.xml", "") : NULL;
		struct stat st;

		if (with_ext && stat(with_ext, &st) == 0 && S_ISREG(st.st_mode))
			add_source(h, with_ext);
		else
			add_source(h, concat("git:", tags[i], ""));
		if (h->sources[h->n - 1] != with_ext)
			free(with_ext);
		free(dump);
		free(tags[i]);
	}
	free(tags);
	return 0;
}

static int check_usage(struct history *h)
{
	const struct cli_opts *o = &h->o;
	bool html = !strcmp(o->format, "html");

	if (o->tags && o->n_args)
		return cli_usage_error(&cmd_history, "give the sources or --tags, not both");
	if (o->baselines && !o->tags)
		return cli_usage_error(&cmd_history, "--baselines reads the dumps of --tags");
	if (html && !o->output)
		return cli_usage_error(&cmd_history, "--format html writes a folder: give -o DIR");
	if (!html && o->output)
		return cli_usage_error(&cmd_history, "-o DIR is for --format html; the table "
				       "goes to standard output");
	if (html && mkdir(o->output, 0777) != 0 && errno != EEXIST) {
		cli_error("cannot create '%s': %s", o->output, strerror(errno));
		return XABI_EXIT_ERROR;
	}
	return 0;
}

static void print_header(struct history *h)
{
	for (size_t i = 0; i + 1 < h->n; i++) {
		size_t w = strlen(h->labels[i]) + 4 + strlen(h->labels[i + 1]);

		if (w > h->width)
			h->width = w;
	}
	if (h->width < strlen("releases"))
		h->width = strlen("releases");
	printf("%-*s  exit  errors  warnings   info  most important findings\n",
	       (int)h->width, "releases");
}

/* One row of the table: the pair, its exit bits and counts, and its
 * first error roots (else warnings), one a line. */
static void print_row(struct history *h, size_t i, const struct xabi_diff *d)
{
	const struct xabi_change *top[TOP];
	size_t n = d ? xabi_history_top(d, top, TOP) : 0;
	int pad = (int)(h->width - strlen(h->labels[i]) - strlen(h->labels[i + 1]) - 4);

	cli_put(stdout, h->labels[i]);
	fputs(" -> ", stdout);
	cli_put(stdout, h->labels[i + 1]);
	printf("%*s", pad, "");
	if (!d) {
		printf("  not compared (see the error above)\n");
		fflush(stdout);
		return;
	}
	printf("  %4d  %6zu  %8zu  %5zu", xabi_diff_exit_bits(d), d->counts[XABI_SEV_ERROR],
	       d->counts[XABI_SEV_WARNING], d->counts[XABI_SEV_INFO]);
	for (size_t k = 0; k < n; k++) {
		char *line = xabi_history_headline(top[k]);

		if (k)
			printf("\n%*s", (int)h->width + 31, "");
		fputs("  ", stdout);
		cli_put(stdout, line);
		free(line);
	}
	putchar('\n');
	fflush(stdout); /* a row as soon as it is known; main() checks errors */
}

/* Compare the loaded pair (either may be NULL: it did not load, and said
 * why) and record the row. A pair that cannot be compared is a row that
 * says so, not the end of the run. */
static int compare_pair(struct history *h, size_t i, const struct xabi_corpus *old,
			const struct xabi_corpus *new)
{
	struct xabi_diff *d = NULL;
	struct xabi_ctx ctx = { 0 };
	int rc = 0;

	if (old && new && !h->policy_loaded)
		h->policy_loaded = !cli_load_policy(&h->o, new, &h->profile, &h->rules);
	if (old && new && h->policy_loaded)
		cli_diff(&h->o, old, new, h->profile, &h->rules, &d);
	if (d) {
		h->status |= xabi_diff_exit_bits(d);
		h->n_errors += d->counts[XABI_SEV_ERROR] != 0;
	} else {
		h->status |= XABI_EXIT_ERROR;
		h->n_failed++;
	}
	if (!h->page)
		print_row(h, i, d);
	else if (xabi_history_add_pair(h->page, h->labels[i], h->labels[i + 1], d,
				       d ? NULL : "see the messages of the run", &ctx)) {
		cli_error("%s", ctx.message);
		rc = XABI_EXIT_ERROR;
	}
	xabi_diff_free(d);
	return rc;
}

/* --entity: the entity as source i declares it, printed or added to the
 * page. */
static int follow_entity(struct history *h, size_t i, const struct xabi_corpus *c)
{
	struct xabi_entity *e = NULL;
	struct xabi_ctx ctx = { 0 };
	int rc = 0;

	if (c && xabi_entity_find(&e, c, h->o.entity, &ctx) != 0 && ctx.code != XABI_ENOTFOUND) {
		cli_error("%s", ctx.message);
		return XABI_EXIT_ERROR;
	}
	h->n_declared += e != NULL;
	if (h->page) {
		if (xabi_history_add_entity(h->page, h->labels[i], e, &ctx)) {
			cli_error("%s", ctx.message);
			rc = XABI_EXIT_ERROR;
		}
	} else {
		printf("%s== ", i ? "\n" : "");
		cli_put(stdout, h->labels[i]);
		printf(" ==\n");
		if (e)
			show_print_entity(e);
		else
			printf("%s\n", c ? "not declared" : "not loaded (see the error above)");
		fflush(stdout);
	}
	xabi_entity_free(e);
	return rc;
}

static void note_progress(const struct history *h, size_t i)
{
	if (!cli_progress_wanted(&h->o))
		return;
	fprintf(stderr, "xabi: history: %zu/%zu: ", i + 1, h->n);
	cli_put(stderr, h->sources[i]);
	fputc('\n', stderr);
}

/* Walk the sources in order, holding the previous one only. */
static int walk(struct history *h)
{
	struct xabi_corpus *prev = NULL;
	bool diffs = !h->o.entity || h->page;
	int rc = 0;

	for (size_t i = 0; !rc && i < h->n; i++) {
		struct xabi_corpus *c = NULL;

		note_progress(h, i);
		/* What did not change since the source before is taken from it. */
		h->o.reference = prev;
		h->o.reference_source = i ? h->sources[i - 1] : NULL;
		if (cli_load(&h->o, h->sources[i], &c))
			c = NULL;
		h->o.reference = NULL;
		if (h->o.entity)
			rc = follow_entity(h, i, c);
		if (!rc && diffs && i)
			rc = compare_pair(h, i - 1, prev, c);
		if (!c)
			h->status |= XABI_EXIT_ERROR;
		xabi_corpus_free(prev);
		prev = c;
	}
	xabi_corpus_free(prev);
	return rc;
}

static int write_page(FILE *fp, void *payload, struct xabi_ctx *ctx)
{
	const struct history *h = payload;

	return xabi_history_write_html(h->page, h->o.entity, fp, ctx);
}

static int finish(struct history *h)
{
	struct cli_opts page = h->o;
	char *path;
	int rc;

	if (h->o.entity && !h->n_declared) {
		cli_error("no source declares an enum, enumerator, macro, record, field, "
			  "typedef, function or variable named '%s'", h->o.entity);
		h->status |= XABI_EXIT_ERROR;
	}
	if (!h->page) {
		if (!h->o.entity)
			printf("\n%zu pair%s, %zu with errors, %zu not compared; exit status %d\n",
			       h->n - 1, h->n == 2 ? "" : "s", h->n_errors, h->n_failed, h->status);
		return h->status;
	}
	path = concat(h->o.output, "/index.html", "");
	page.output = path;
	rc = cli_write_output(&page, write_page, h);
	if (!rc)
		printf("%s: %zu pair%s, %zu with errors, %zu not compared; exit status %d\n",
		       path, h->n - 1, h->n == 2 ? "" : "s", h->n_errors, h->n_failed, h->status);
	free(path);
	return rc ? rc : h->status;
}

static void history_release(struct history *h)
{
	for (size_t i = 0; i < h->n; i++) {
		free(h->sources[i]);
		free(h->labels[i]);
	}
	free(h->sources);
	free(h->labels);
	xabi_history_free(h->page);
	xabi_rules_release(&h->rules);
	xabi_profile_free(h->profile);
	cli_opts_release(&h->o);
}

static int run(int argc, char **argv)
{
	struct history h = { .rules = XABI_RULES_INIT };
	struct xabi_ctx ctx = { 0 };
	int rc = cli_parse(&cmd_history, argc, argv, &h.o);

	if (rc >= 0)
		return rc;
	rc = check_usage(&h);
	if (!rc && h.o.tags)
		rc = sources_from_tags(&h);
	for (size_t i = 0; !rc && i < h.o.n_args; i++)
		add_source(&h, strdup(h.o.args[i]));
	if (!rc && h.n < (h.o.entity ? 1u : 2u))
		rc = h.o.tags ? (cli_error("fewer than two tags match '%s'", h.o.tags),
				 XABI_EXIT_ERROR) :
				cli_usage_error(&cmd_history, "give at least two sources");
	if (!rc && !strcmp(h.o.format, "html") && xabi_history_new(&h.page, &ctx)) {
		cli_error("%s", ctx.message);
		rc = XABI_EXIT_ERROR;
	}
	if (!rc) {
		cli_preload_frontend(&h.o);
		/* As diff does: the run-time rule needs the latest version. */
		h.o.keep_latest = true;
		if (!h.page && !h.o.entity)
			print_header(&h);
		rc = walk(&h);
	}
	if (!rc)
		rc = finish(&h);
	history_release(&h);
	return rc;
}

const struct cli_command cmd_history = {
	.name = "history",
	.run = run,
	.summary = "compare each release with the next, or follow one entity",
	.usage = "[OPTIONS] SOURCE... | --tags PATTERN [--baselines DIR]",
	.description =
		"Compare each SOURCE (a header tree, git:REV or an ABI dump, oldest\n"
		"first) with the next exactly as 'xabi diff' does, and print a row per\n"
		"pair: its exit status bits, its errors, warnings and info, and its most\n"
		"important findings (the first error roots, else warnings). --tags takes\n"
		"the sources from the repository's tags, oldest version first, each\n"
		"from --baselines DIR/TAG.abi.xml when 'xabi baseline' wrote it.\n"
		"\n"
		"With --entity NAME, show NAME as each source declares it, as 'xabi\n"
		"show' does for one. --format html -o DIR writes DIR/index.html, a\n"
		"static page (no scripts, nothing fetched): the timeline, each pair's\n"
		"findings grouped by root change, and, with --entity, the entity's\n"
		"timeline. Only two sources are held in memory at a time. The exit\n"
		"status combines the pairs' (1 when one could not be compared).",
	.options = options,
	.formats = formats,
	.output_folder = true,
	.min_args = 0,
	.max_args = 4096,
	.examples =
		"  xabi history xen-4.6 xen-4.7 xen-4.8\n"
		"  xabi history --tags 'RELEASE-4.*' --baselines abi-baselines\n"
		"  xabi history --entity hvmmem_type_t git:RELEASE-4.6.0 git:RELEASE-4.7.0\n"
		"  xabi history --format html -o history --entity hvmmem_type_t \\\n"
		"      --tags 'RELEASE-*' --baselines abi-baselines\n",
};
