/* SPDX-License-Identifier: MIT */
/*
 * The history page (xabi/history.h): a static HTML file a person opens
 * in a browser, with nothing fetched from anywhere (inline CSS, no
 * scripts, no fonts). Each pair and each release's entity is rendered
 * into a buffer as it is added, so the caller can free the corpora; the
 * timeline, which needs every pair's counts, is written first at the end.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/alloc.h"
#include "xabi/history.h"
#include "xabi/text.h"

/* Findings of a pair the timeline names. */
#define TOP 3

struct pair {
	char *old, *new;
	char *failure;
	size_t counts[XABI_SEV_COUNT];
	int exit_bits;
	size_t n_top;
	char *top[TOP];
};

struct buffer {
	FILE *fp;
	char *text;
	size_t len;
};

struct xabi_history {
	size_t n_pairs;
	struct pair *pairs;
	struct buffer findings; /* a <section> per pair */
	struct buffer entity;   /* a <section> per release */
	/* The entity as the last release declared it, lines aside, and the
	 * first release since which it has been so: a release that changes
	 * nothing says so in a line instead of repeating the tables. */
	char *entity_last;
	char *entity_since;
};

static const char *const severity_class[] = { "info", "warning", "error" };

/* Every string from the inputs goes out through here: what a terminal
 * would act on as \xNN (as in the text report), then HTML's specials. */
static void put(FILE *fp, const char *s)
{
	char *safe = xabi_text_escape(s, false);

	for (const char *p = safe ? safe : s; *p; p++)
		switch (*p) {
		case '&': fputs("&amp;", fp); break;
		case '<': fputs("&lt;", fp); break;
		case '>': fputs("&gt;", fp); break;
		case '"': fputs("&quot;", fp); break;
		case '\'': fputs("&#39;", fp); break;
		default: fputc(*p, fp);
		}
	free(safe);
}

size_t xabi_history_top(const struct xabi_diff *d, const struct xabi_change **out,
			size_t max)
{
	enum xabi_severity sev = d->counts[XABI_SEV_ERROR] ? XABI_SEV_ERROR : XABI_SEV_WARNING;
	size_t n = 0;

	for (size_t i = 0; i < d->n_changes && n < max; i++)
		if (d->changes[i].severity == sev)
			out[n++] = &d->changes[i];
	return n;
}

char *xabi_history_headline(const struct xabi_change *c)
{
	char line[16] = "";

	if (c->line) /* a whole header has none */
		snprintf(line, sizeof(line), ":%u", c->line);
	return xabi_xasprintf("%s%s %s %s%s%s", c->file, line,
			      xabi_change_kind(c->kind)->id, c->scope ? c->scope : "",
			      c->scope ? "." : "", c->name ? c->name : "");
}

int xabi_history_new(struct xabi_history **out, struct xabi_ctx *ctx)
{
	struct xabi_history *h = xabi_xcalloc(1, sizeof(*h));

	*out = NULL;
	h->findings.fp = open_memstream(&h->findings.text, &h->findings.len);
	h->entity.fp = open_memstream(&h->entity.text, &h->entity.len);
	if (!h->findings.fp || !h->entity.fp) {
		xabi_history_free(h);
		return XABI_ERROR(ctx, XABI_EGENERIC, "out of memory");
	}
	*out = h;
	return 0;
}

static void buffer_release(struct buffer *b)
{
	if (b->fp)
		fclose(b->fp);
	free(b->text);
}

void xabi_history_free(struct xabi_history *h)
{
	if (!h)
		return;
	for (size_t i = 0; i < h->n_pairs; i++) {
		struct pair *p = &h->pairs[i];

		free(p->old);
		free(p->new);
		free(p->failure);
		for (size_t k = 0; k < p->n_top; k++)
			free(p->top[k]);
	}
	free(h->pairs);
	free(h->entity_last);
	free(h->entity_since);
	buffer_release(&h->findings);
	buffer_release(&h->entity);
	free(h);
}

/* "file:line" of a change (no line for a whole header). */
static void put_location(FILE *fp, const char *file, unsigned line)
{
	fputs("<code class=\"loc\">", fp);
	put(fp, file);
	if (line)
		fprintf(fp, ":%u", line);
	fputs("</code>", fp);
}

static void put_side(FILE *fp, const struct xabi_fact *f)
{
	char *attrs;

	if (!f) {
		fputs("(none)", fp);
		return;
	}
	put(fp, f->name);
	attrs = xabi_fact_attrs_text(f);
	if (*attrs) {
		fputc(' ', fp);
		put(fp, attrs);
	}
	free(attrs);
}

static void put_where(FILE *fp, const struct xabi_diff *d, const struct xabi_change *c)
{
	char *where = xabi_space_where(&d->space, c->where);
	char *views = xabi_view_names(c->views);

	fputs("<span class=\"where\">where: ", fp);
	put(fp, where ? where : "?");
	if (views && *views) {
		fputs(" (", fp);
		put(fp, views);
		fputc(')', fp);
	}
	fputs("</span>", fp);
	free(where);
	free(views);
}

/* The changes a root explains, folded away: they are not counted. */
static void put_consequences(FILE *fp, const struct xabi_diff *d, const struct xabi_change *c)
{
	if (!c->n_consequences)
		return;
	fprintf(fp, "<details><summary>explains %zu change%s</summary><ul>\n",
		c->n_consequences, c->n_consequences == 1 ? "" : "s");
	for (size_t i = 0; i < c->n_consequences; i++) {
		const struct xabi_change *e = &c->consequences[i];

		fputs("<li>", fp);
		put_location(fp, e->file, e->line);
		fprintf(fp, " <span class=\"kind\">%s</span> ", xabi_change_kind(e->kind)->id);
		put(fp, e->message);
		fputs(" ", fp);
		put_where(fp, d, e);
		fputs("</li>\n", fp);
	}
	fputs("</ul></details>\n", fp);
}

static void put_finding(FILE *fp, const struct xabi_diff *d, const struct xabi_change *c)
{
	const char *sev = severity_class[c->severity];

	fprintf(fp, "<div class=\"finding %s\"><div class=\"head\">"
		"<span class=\"sev\">%s</span> ", sev, sev);
	put_location(fp, c->file, c->line);
	fprintf(fp, " <span class=\"kind\">%s</span> <b>", xabi_change_kind(c->kind)->id);
	if (c->scope) {
		put(fp, c->scope);
		fputc('.', fp);
	}
	put(fp, c->name ? c->name : "");
	fputs("</b></div>\n<p>", fp);
	put(fp, c->message);
	if (c->note) {
		fputs("; ", fp);
		put(fp, c->note);
	}
	fputs("</p>\n<p class=\"detail\">", fp);
	if (c->old || c->new) {
		fputs("<code>", fp);
		put_side(fp, c->old);
		fputs(" &#8594; ", fp);
		put_side(fp, c->new);
		fputs("</code><br>", fp);
	}
	put_where(fp, d, c);
	fputs("</p>\n", fp);
	put_consequences(fp, d, c);
	fputs("</div>\n", fp);
}

static void put_pair_title(FILE *fp, const struct pair *p)
{
	put(fp, p->old);
	fputs(" &#8594; ", fp);
	put(fp, p->new);
}

/* A pair's section: errors and warnings open, info folded (a release
 * adds hundreds of things; what breaks is what a reader looks for). */
static void put_pair_section(FILE *fp, size_t index, const struct pair *p,
			     const struct xabi_diff *d)
{
	static const char *const titles[] = { "info", "warnings", "errors" };

	fprintf(fp, "<section id=\"pair-%zu\"><h2>", index + 1);
	put_pair_title(fp, p);
	fputs("</h2>\n", fp);
	if (p->failure) {
		fputs("<p class=\"failure\">not compared: ", fp);
		put(fp, p->failure);
		fputs("</p></section>\n", fp);
		return;
	}
	if (!d->n_changes)
		fputs("<p>No ABI change.</p>\n", fp);
	for (int sev = XABI_SEV_ERROR; sev >= XABI_SEV_INFO; sev--) {
		if (!d->counts[sev])
			continue;
		fprintf(fp, "<details class=\"group\"%s><summary>%zu %s</summary>\n",
			sev == XABI_SEV_INFO ? "" : " open", d->counts[sev],
			d->counts[sev] == 1 && sev != XABI_SEV_INFO ?
			(sev == XABI_SEV_ERROR ? "error" : "warning") : titles[sev]);
		for (size_t i = 0; i < d->n_changes; i++)
			if ((int)d->changes[i].severity == sev)
				put_finding(fp, d, &d->changes[i]);
		fputs("</details>\n", fp);
	}
	fputs("</section>\n", fp);
}


int xabi_history_add_pair(struct xabi_history *h, const char *old, const char *new,
			  const struct xabi_diff *d, const char *failure,
			  struct xabi_ctx *ctx)
{
	const struct xabi_change *top[TOP];
	struct pair *p;

	h->pairs = xabi_xrealloc(h->pairs, (h->n_pairs + 1) * sizeof(*h->pairs));
	p = &h->pairs[h->n_pairs++];
	*p = (struct pair){ .old = xabi_xstrdup_or_null(old), .new = xabi_xstrdup_or_null(new),
			    .failure = xabi_xstrdup_or_null(failure) };
	if (d) {
		memcpy(p->counts, d->counts, sizeof(p->counts));
		p->exit_bits = xabi_diff_exit_bits(d);
		p->n_top = xabi_history_top(d, top, TOP);
		for (size_t k = 0; k < p->n_top; k++)
			p->top[k] = xabi_history_headline(top[k]);
	}
	put_pair_section(h->findings.fp, h->n_pairs - 1, p, d);
	if (ferror(h->findings.fp))
		return XABI_ERROR(ctx, XABI_EGENERIC, "out of memory");
	return 0;
}

/* A section as a table; a column empty in every row (the scope of a
 * top-level entity) is left out, as `xabi show` does. */
static void put_entity_section(FILE *fp, const struct xabi_entity_section *s)
{
	static const char *const heads[] = { "name", "attributes", "where", "declared at" };
	bool shown[XABI_ENTITY_COLUMNS] = { false };

	for (size_t i = 0; i < s->n_rows; i++)
		for (int k = 0; k < XABI_ENTITY_COLUMNS; k++)
			shown[k] |= *s->rows[i].col[k] != '\0';
	fputs("<table class=\"entity\"><caption>", fp);
	put(fp, s->title);
	fputs("</caption>\n<tr>", fp);
	for (int k = 0; k < XABI_ENTITY_COLUMNS; k++)
		if (shown[k])
			fprintf(fp, "<th>%s</th>", heads[k]);
	fputs("</tr>\n", fp);
	for (size_t i = 0; i < s->n_rows; i++) {
		fputs("<tr>", fp);
		for (int k = 0; k < XABI_ENTITY_COLUMNS; k++) {
			if (!shown[k])
				continue;
			fputs("<td>", fp);
			put(fp, s->rows[i].col[k]);
			fputs("</td>", fp);
		}
		fputs("</tr>\n", fp);
	}
	fputs("</table>\n", fp);
}

/* What the entity is, without where it is declared (lines move with
 * every edit of a header). Caller frees. */
static char *entity_signature(const struct xabi_entity *e)
{
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);

	if (!fp)
		return NULL;
	for (size_t i = 0; e && i < e->n_sections; i++) {
		fprintf(fp, "%s\n", e->sections[i].title);
		for (size_t j = 0; j < e->sections[i].n_rows; j++)
			for (int k = 0; k < XABI_ENTITY_COLUMNS; k++)
				if (k != XABI_ENTITY_LOCATION)
					fprintf(fp, "%s\t", e->sections[i].rows[j].col[k]);
	}
	fputs(e ? "declared" : "absent", fp);
	if (fclose(fp)) {
		free(text);
		return NULL;
	}
	return text;
}

int xabi_history_add_entity(struct xabi_history *h, const char *label,
			    const struct xabi_entity *e, struct xabi_ctx *ctx)
{
	FILE *fp = h->entity.fp;
	char *signature = entity_signature(e);
	bool same = signature && h->entity_last && !strcmp(signature, h->entity_last);

	fputs("<section class=\"release\"><h3>", fp);
	put(fp, label);
	fputs("</h3>\n", fp);
	if (same) {
		fputs("<p class=\"same\">unchanged since ", fp);
		put(fp, h->entity_since);
		fputs("</p>\n", fp);
	} else if (!e) {
		fputs("<p class=\"absent\">not declared</p>\n", fp);
	}
	for (size_t i = 0; !same && e && i < e->n_sections; i++)
		put_entity_section(fp, &e->sections[i]);
	fputs("</section>\n", fp);
	if (!same) {
		free(h->entity_last);
		free(h->entity_since);
		h->entity_last = signature;
		h->entity_since = xabi_xstrdup(label);
	} else {
		free(signature);
	}
	if (ferror(fp))
		return XABI_ERROR(ctx, XABI_EGENERIC, "out of memory");
	return 0;
}

static const char style[] =
	"body{font-family:sans-serif;margin:1.5em auto;max-width:75em;padding:0 1em;"
	"color:#1a1a1a;background:#fff;line-height:1.4}\n"
	"h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #ccc;"
	"padding-bottom:.2em;margin-top:2em}h3{font-size:1.05em;margin:1.2em 0 .4em}\n"
	"table{border-collapse:collapse;margin:.5em 0}\n"
	"th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}\n"
	"th{background:#f0f0f0}td.n{text-align:right;font-variant-numeric:tabular-nums}\n"
	"tr.error td{background:#fde2e2}tr.warning td{background:#fff4d6}\n"
	"tr.failure td{background:#eee;font-style:italic}\n"
	"td.top{font-family:monospace;font-size:.9em}\n"
	"code,.loc{font-family:monospace;font-size:.95em}\n"
	".finding{border-left:4px solid #999;padding:.3em .8em;margin:.6em 0;background:#fafafa}\n"
	".finding p{margin:.3em 0}.finding.error{border-color:#c0392b}\n"
	".finding.warning{border-color:#d4a017}.finding.info{border-color:#2980b9}\n"
	".sev{font-weight:bold;text-transform:uppercase;font-size:.8em}\n"
	".error .sev{color:#c0392b}.warning .sev{color:#9a6b00}.info .sev{color:#2980b9}\n"
	".kind{color:#555}.where,.detail{color:#444;font-size:.9em}\n"
	"details.group>summary{font-weight:bold;cursor:pointer;margin:.6em 0}\n"
	"details li{margin:.2em 0;font-size:.9em}\n"
	"caption{text-align:left;font-weight:bold;padding:.2em 0}\n"
	"table.entity td{font-family:monospace;font-size:.9em}\n"
	".absent,.failure,.same{color:#666;font-style:italic}\n"
	"section.release{margin-left:1em}section.release h3{margin-left:-1em}\n"
	"footer{margin-top:3em;color:#777;font-size:.85em}\n";

static void put_timeline_row(FILE *fp, size_t index, const struct pair *p)
{
	const char *cls = p->failure ? "failure" : p->counts[XABI_SEV_ERROR] ? "error" :
			  p->counts[XABI_SEV_WARNING] ? "warning" : "clean";

	fprintf(fp, "<tr class=\"%s\"><td><a href=\"#pair-%zu\">", cls, index + 1);
	put_pair_title(fp, p);
	fputs("</a></td>", fp);
	if (p->failure) {
		fputs("<td colspan=\"5\">not compared: ", fp);
		put(fp, p->failure);
		fputs("</td></tr>\n", fp);
		return;
	}
	fprintf(fp, "<td class=\"n\">%d</td><td class=\"n\">%zu</td><td class=\"n\">%zu</td>"
		"<td class=\"n\">%zu</td><td class=\"top\">", p->exit_bits,
		p->counts[XABI_SEV_ERROR], p->counts[XABI_SEV_WARNING], p->counts[XABI_SEV_INFO]);
	for (size_t k = 0; k < p->n_top; k++) {
		if (k)
			fputs("<br>", fp);
		put(fp, p->top[k]);
	}
	fputs("</td></tr>\n", fp);
}

static void put_title(FILE *fp, const struct xabi_history *h)
{
	fputs("ABI history", fp);
	if (!h->n_pairs)
		return;
	fputs(": ", fp);
	put(fp, h->pairs[0].old);
	fputs(" &#8594; ", fp);
	put(fp, h->pairs[h->n_pairs - 1].new);
}

int xabi_history_write_html(const struct xabi_history *h, const char *entity, FILE *fp,
			    struct xabi_ctx *ctx)
{
	if (fflush(h->findings.fp) || fflush(h->entity.fp))
		return XABI_ERROR(ctx, XABI_EIO, "out of memory while writing the page");
	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	      "<title>", fp);
	put_title(fp, h);
	fprintf(fp, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<h1>", style);
	put_title(fp, h);
	fputs("</h1>\n<p>Each release compared with the next under every configuration "
	      "(arch, audience, interface version). A finding is a root change; the "
	      "changes it explains are folded under it and not counted. Exit status "
	      "bits: 4 the ABI changed, 8 an incompatible change.</p>\n", fp);
	fputs("<h2 id=\"timeline\">Timeline</h2>\n<table class=\"timeline\">\n"
	      "<tr><th>releases</th><th>exit</th><th>errors</th><th>warnings</th>"
	      "<th>info</th><th>most important findings</th></tr>\n", fp);
	for (size_t i = 0; i < h->n_pairs; i++)
		put_timeline_row(fp, i, &h->pairs[i]);
	fputs("</table>\n", fp);
	if (entity) {
		fputs("<h2 id=\"entity\">", fp);
		put(fp, entity);
		fputs(" across the releases</h2>\n", fp);
		fwrite(h->entity.text, 1, h->entity.len, fp);
	}
	fwrite(h->findings.text, 1, h->findings.len, fp);
	fprintf(fp, "<footer>Written by xabi %s.</footer>\n</body>\n</html>\n", XABI_VERSION);
	return ferror(fp) ? XABI_ERROR(ctx, XABI_EIO, "cannot write the page") : 0;
}
