/* SPDX-License-Identifier: MIT */
/*
 * Reading an XML dump back into a corpus. The schema checks the shape;
 * this code checks what a schema cannot (names that refer to each other,
 * ranges, partition bounds) and names the line of anything wrong.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/tree.h>

#include "../util/alloc.h"
#include "../util/file.h"
#include "schema.h"
#include "xabi/dump.h"

/* Dumps are text: refuse anything beyond this. */
#define MAX_DUMP_BYTES (1024u * 1024u * 1024u)

struct loader {
	const char *name;
	struct xabi_limits limits;
	struct xabi_corpus *c;
	struct xabi_ctx *ctx;
	XABI_VEC(uint64_t) lo, hi;
};

/* An attribute's value; NULL when absent. Caller frees with xmlFree. */
static char *get(xmlNodePtr n, const char *attr)
{
	return (char *)xmlGetProp(n, (const xmlChar *)attr);
}

static int bad(struct loader *l, xmlNodePtr n, const char *fmt, const char *arg)
{
	char msg[sizeof(l->ctx->message)];

	snprintf(msg, sizeof(msg), fmt, arg);
	return XABI_ERROR(l->ctx, XABI_EINVALID, "%s:%ld: %s", l->name,
			  xmlGetLineNo(n), msg);
}

static bool is(xmlNodePtr n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static int parse_u64(const char *s, int base, uint64_t *out)
{
	char *end;

	if (!s || !*s)
		return -1;
	errno = 0;
	*out = strtoull(s, &end, base);
	return errno || *end ? -1 : 0;
}

static int load_config(struct loader *l, xmlNodePtr n)
{
	char *id = get(n, "id"), *arch = get(n, "arch"), *aud = get(n, "audience"),
	     *part = get(n, "partition");
	uint64_t idv = 0, pv = 0;
	int a = xabi_corpus_find_arch(l->c, arch);
	int u = xabi_corpus_find_audience(l->c, aud);
	int err = 0;

	if (l->limits.max_configs && l->c->n_configs >= l->limits.max_configs)
		err = XABI_ERROR(l->ctx, XABI_ELIMIT, "%s:%ld: more than %zu configurations "
				 "(raise the limit with --max-configs)", l->name,
				 xmlGetLineNo(n), l->limits.max_configs);
	else if (parse_u64(id, 10, &idv) || idv != l->c->n_configs)
		err = bad(l, n, "configuration id '%s' out of sequence", id);
	else if (a < 0)
		err = bad(l, n, "configuration names an unknown arch '%s'", arch);
	else if (u < 0)
		err = bad(l, n, "configuration names an unknown audience '%s'", aud);
	else if (parse_u64(part, 10, &pv) || pv >= l->c->n_partitions)
		err = bad(l, n, "configuration names an unknown partition '%s'", part);
	else
		xabi_corpus_add_config(l->c, (unsigned)a, (unsigned)u, (unsigned)pv);
	xmlFree(id);
	xmlFree(arch);
	xmlFree(aud);
	xmlFree(part);
	return err;
}

/* Partitions must be contiguous from 0 and end after latest. */
static int set_versions(struct loader *l, xmlNodePtr n, const char *macro,
			const char *latest_macro, const char *latest_text)
{
	uint64_t latest = 0;
	size_t k = l->lo.n;

	if (macro && parse_u64(latest_text, 16, &latest))
		return bad(l, n, "bad or missing latest version '%s'", latest_text ? latest_text : "");
	if (!k || l->lo.items[0] != 0)
		return bad(l, n, "%s", "partitions must start at 0x00000000");
	for (size_t i = 0; i < k; i++)
		if (l->hi.items[i] <= l->lo.items[i] ||
		    (i + 1 < k && l->hi.items[i] != l->lo.items[i + 1]))
			return bad(l, n, "%s", "partitions must be ascending and contiguous");
	if (macro ? l->hi.items[k - 1] != latest + 1 : (k != 1 || l->hi.items[0] != UINT64_MAX))
		return bad(l, n, "%s", "the last partition must end just after the latest version");
	xabi_corpus_set_versions(l->c, macro, latest_macro, latest,
				 macro ? l->lo.items : NULL, macro ? k : 0);
	return 0;
}

static int load_configurations(struct loader *l, xmlNodePtr top)
{
	char *macro = get(top, "version-macro"), *latest_macro = get(top, "latest-macro"),
	     *latest = get(top, "latest");
	bool versions_set = false;
	int err = 0;

	for (xmlNodePtr n = top->children; !err && n; n = n->next) {
		char *a = NULL, *b = NULL, *p = NULL;

		if (is(n, "arch")) {
			a = get(n, "name");
			b = get(n, "target");
			if (xabi_corpus_find_arch(l->c, a) >= 0)
				err = bad(l, n, "arch '%s' listed twice", a);
			else if (l->c->n_arches == XABI_MAX_ARCHES)
				err = XABI_ERROR(l->ctx, XABI_ELIMIT, "%s:%ld: more than %d "
						 "arches", l->name, xmlGetLineNo(n),
						 XABI_MAX_ARCHES);
			else
				xabi_corpus_add_arch(l->c, a, b);
		} else if (is(n, "audience")) {
			a = get(n, "name");
			b = get(n, "defines");
			p = get(n, "pinned");
			if (xabi_corpus_find_audience(l->c, a) >= 0)
				err = bad(l, n, "audience '%s' listed twice", a);
			else if (l->c->n_audiences == XABI_MAX_AUDIENCES)
				err = XABI_ERROR(l->ctx, XABI_ELIMIT, "%s:%ld: more than %d "
						 "audiences", l->name, xmlGetLineNo(n),
						 XABI_MAX_AUDIENCES);
			else
				xabi_corpus_add_audience(l->c, a, b, !strcmp(p, "yes"));
		} else if (is(n, "partition")) {
			uint64_t lo = 0, hi = 0;

			a = get(n, "lo");
			b = get(n, "hi");
			if (parse_u64(a, 16, &lo) || parse_u64(b, 16, &hi))
				err = bad(l, n, "bad partition bound '%s'", a);
			XABI_VEC_PUSH(&l->lo, lo);
			XABI_VEC_PUSH(&l->hi, hi);
		} else if (is(n, "config")) {
			if (!versions_set) {
				err = set_versions(l, n, macro, latest_macro, latest);
				versions_set = true;
			}
			if (!err)
				err = load_config(l, n);
		}
		xmlFree(a);
		xmlFree(b);
		xmlFree(p);
	}
	xmlFree(macro);
	xmlFree(latest_macro);
	xmlFree(latest);
	return err;
}

/* A set attribute as a bitset over the configurations; caller frees. */
static int get_set(struct loader *l, xmlNodePtr n, const char *attr,
		   struct xabi_bitset **out)
{
	char *text = get(n, attr);
	struct xabi_ctx local;
	int err;

	*out = xabi_corpus_new_set(l->c);
	err = xabi_bitset_parse(*out, text ? text : "", &local);
	if (err)
		err = bad(l, n, "%s", local.message);
	xmlFree(text);
	return err;
}

static int load_headers(struct loader *l, xmlNodePtr top)
{
	int err = 0;

	for (xmlNodePtr n = top->children; !err && n; n = n->next) {
		struct xabi_bitset *set = NULL;
		char *path, *state, *msg;
		enum xabi_header_state st;

		if (is(n, "header")) {
			path = get(n, "path");
			err = get_set(l, n, "parsed", &set);
			if (!err)
				xabi_corpus_add_header(l->c, path, set);
			xmlFree(path);
		} else if (is(n, "note")) {
			path = get(n, "path");
			state = get(n, "state");
			msg = get(n, "message");
			err = get_set(l, n, "where", &set);
			if (!err && xabi_header_state_parse(state, &st))
				err = bad(l, n, "unknown header state '%s'", state);
			if (!err)
				xabi_corpus_add_note(l->c, path, st, msg, set);
			xmlFree(path);
			xmlFree(state);
			xmlFree(msg);
		}
		xabi_bitset_free(set);
	}
	return err;
}

static int load_fact(struct loader *l, xmlNodePtr n)
{
	struct xabi_fact f = { 0 };
	const char *const *keys;
	char *values[XABI_MAX_ATTRS] = { 0 }, *scope, *name, *file, *line, *comment;
	struct xabi_bitset *where = NULL;
	uint64_t linev = 0;
	int err;

	if (xabi_kind_parse((const char *)n->name, &f.kind))
		return bad(l, n, "unknown fact <%s>", (const char *)n->name);
	scope = get(n, "scope");
	name = get(n, "name");
	file = get(n, "file");
	line = get(n, "line");
	comment = get(n, "comment");
	keys = xabi_kind_attrs(f.kind);
	for (unsigned i = 0; keys[i]; i++) {
		values[i] = get(n, keys[i]);
		if (values[i])
			f.attrs[f.n_attrs++] = (struct xabi_attr){ keys[i], values[i] };
	}
	err = get_set(l, n, "where", &where);
	if (!err && (parse_u64(line, 10, &linev) || linev > UINT32_MAX))
		err = bad(l, n, "bad line '%s'", line);
	if (!err) {
		f.scope = scope;
		f.name = name;
		f.file = file;
		f.line = (unsigned)linev;
		f.comment = comment;
		err = xabi_corpus_add_fact(l->c, &f, where, l->ctx);
	}
	if (!err && l->limits.max_facts && l->c->n_facts > l->limits.max_facts)
		err = XABI_ERROR(l->ctx, XABI_ELIMIT, "%s:%ld: more than %zu distinct facts "
				 "(raise the limit with --max-facts)", l->name,
				 xmlGetLineNo(n), l->limits.max_facts);
	for (unsigned i = 0; i < XABI_MAX_ATTRS; i++)
		xmlFree(values[i]);
	xmlFree(scope);
	xmlFree(name);
	xmlFree(file);
	xmlFree(line);
	xmlFree(comment);
	xabi_bitset_free(where);
	return err;
}

static void load_packages(struct loader *l, xmlNodePtr top)
{
	for (xmlNodePtr n = top->children; n; n = n->next) {
		char *name, *version;
		const char **members = NULL;
		size_t count = 0;

		if (!is(n, "package"))
			continue;
		name = get(n, "name");
		version = get(n, "version");
		for (xmlNodePtr m = n->children; m; m = m->next)
			if (is(m, "member")) {
				members = xabi_xrealloc(members, (count + 1) * sizeof(*members));
				members[count++] = get(m, "path");
			}
		xabi_corpus_add_package(l->c, name, version, members, count);
		for (size_t i = 0; i < count; i++)
			xmlFree((char *)members[i]);
		free(members);
		xmlFree(name);
		xmlFree(version);
	}
}

static int load(struct loader *l, xmlNodePtr root)
{
	char *profile = get(root, "profile");
	int err = xabi_corpus_new(&l->c, profile);

	xmlFree(profile);
	for (xmlNodePtr n = root->children; !err && n; n = n->next) {
		if (is(n, "packages"))
			load_packages(l, n);
		else if (is(n, "configurations"))
			err = load_configurations(l, n);
		else if (is(n, "headers"))
			err = load_headers(l, n);
		else if (is(n, "facts"))
			for (xmlNodePtr f = n->children; !err && f; f = f->next)
				if (f->type == XML_ELEMENT_NODE)
					err = load_fact(l, f);
	}
	if (!err && !l->c->n_configs)
		err = bad(l, root, "%s", "the dump lists no configuration");
	return err;
}

int xabi_dump_read_memory(struct xabi_corpus **out, const char *data, size_t len,
			  const char *name, const struct xabi_limits *limits,
			  struct xabi_ctx *ctx)
{
	struct loader l = { .name = name, .ctx = ctx };
	xmlDocPtr doc = NULL;
	xmlNodePtr root;
	char *version = NULL;
	uint64_t v = 0;
	int err;

	*out = NULL;
	if (limits)
		l.limits = *limits;
	err = xabi_xml_parse(&doc, data, len, name, ctx);
	if (err)
		return err;
	root = xmlDocGetRootElement(doc);
	if (!root || !is(root, "xabi-dump")) {
		err = XABI_ERROR(ctx, XABI_EINVALID, "%s: not an xabi dump (its root "
				 "element is <%s>, not <xabi-dump>)", name,
				 root ? (const char *)root->name : "");
		goto out;
	}
	version = get(root, "format-version");
	if (version && !parse_u64(version, 10, &v) && v > XABI_DUMP_FORMAT_VERSION) {
		err = XABI_ERROR(ctx, XABI_EUNSUPPORTED,
				 "%s: dump format version %s is newer than this xabi "
				 "reads (%d); upgrade xabi or dump again", name,
				 version, XABI_DUMP_FORMAT_VERSION);
		goto out;
	}
	err = xabi_schema_validate_doc(doc, "xabi-dump.xsd", name, ctx);
	if (!err)
		err = load(&l, root);
	if (!err) {
		xabi_corpus_finish(l.c);
		*out = l.c;
		l.c = NULL;
	}
out:
	xabi_corpus_free(l.c);
	free(l.lo.items);
	free(l.hi.items);
	xmlFree(version);
	xmlFreeDoc(doc);
	return err;
}

int xabi_dump_read(struct xabi_corpus **out, const char *path,
		   const struct xabi_limits *limits, struct xabi_ctx *ctx)
{
	char *data;
	size_t len;
	int err = xabi_file_read(&data, &len, path, MAX_DUMP_BYTES, ctx);

	*out = NULL;
	if (err)
		return err;
	err = xabi_dump_read_memory(out, data, len, path, limits, ctx);
	free(data);
	return err;
}

bool xabi_dump_is_dump(const char *path)
{
	char head[512] = "";
	FILE *fp = fopen(path, "rb");
	size_t n;

	if (!fp)
		return false;
	n = fread(head, 1, sizeof(head) - 1, fp);
	fclose(fp);
	head[n] = '\0';
	return strstr(head, "<xabi-dump") != NULL;
}

int xabi_schema_validate_file(const char *path, const char *schema,
			      struct xabi_ctx *ctx)
{
	char *data;
	size_t len;
	xmlDocPtr doc;
	int err = xabi_file_read(&data, &len, path, MAX_DUMP_BYTES, ctx);

	if (err)
		return err;
	err = xabi_xml_parse(&doc, data, len, path, ctx);
	if (!err)
		err = xabi_schema_validate_doc(doc, schema, path, ctx);
	xmlFreeDoc(doc);
	free(data);
	return err;
}
