/* SPDX-License-Identifier: MIT */
/*
 * Reading an XML dump back into a corpus. The schema checks the shape;
 * this code checks what a schema cannot (names that refer to each other,
 * ranges, partition bounds; facts that contradict each other, check.c)
 * and names the line of anything wrong.
 *
 * One file past 500 lines: one reader of one document; its element
 * handlers share the loader's state (what was read so far, the line of
 * the element) that every error message names.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../util/alloc.h"
#include "../util/file.h"
#include "../util/map.h"
#include "check.h"
#include "schema.h"
#include "xabi/dump.h"

/* Dumps are text: refuse anything beyond this. */
#define MAX_DUMP_BYTES (1024u * 1024u * 1024u)

/* Where the reader is: the children of the root it understands. */
enum section { IN_OTHER, IN_PACKAGES, IN_CONFIGURATIONS, IN_HEADERS, IN_FACTS };

struct loader {
	const char *name;
	struct xabi_limits limits;
	struct xabi_corpus *c;
	struct xabi_ctx *ctx;
	struct xabi_xml_stream *xml;
	int err;        /* the first problem: what follows is only validated */
	unsigned depth; /* of the element being read; the root is 0 */
	long root_line;
	enum section section;
	/* <configurations>: its attributes, for the first <config>. */
	char *macro, *latest_macro, *latest;
	bool versions_set, configs_done;
	XABI_VEC(uint64_t) lo, hi;
	/* The <package> being read. */
	char *package, *package_version;
	XABI_VEC(char *) members;
	/* "where" text -> its set: most facts share one of a few sets. */
	struct xabi_map *sets;
	XABI_VEC(struct xabi_bitset *) parsed_sets;
	struct xabi_dump_check *check;
};

static int bad(struct loader *l, const char *fmt, const char *arg)
{
	char msg[sizeof(l->ctx->message)];

	snprintf(msg, sizeof(msg), fmt, arg ? arg : "");
	return XABI_ERROR(l->ctx, XABI_EINVALID, "%s:%ld: %s", l->name,
			  xabi_xml_line(l->xml), msg);
}

/* A limit is not a shape problem: stop reading at once. */
static int over_limit(struct loader *l, const char *what, size_t limit,
		      const char *option)
{
	xabi_xml_stop(l->xml);
	return XABI_ERROR(l->ctx, XABI_ELIMIT, "%s:%ld: more than %zu %s%s%s%s",
			  l->name, xabi_xml_line(l->xml), limit, what,
			  option ? " (raise the limit with " : "", option ? option : "",
			  option ? ")" : "");
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


static int load_config(struct loader *l, const struct xabi_xml_attrs *a)
{
	const char *id = xabi_xml_attr(a, "id"), *arch = xabi_xml_attr(a, "arch"),
		   *aud = xabi_xml_attr(a, "audience"), *part = xabi_xml_attr(a, "partition");
	uint64_t idv = 0, pv = 0;
	int arch_i = arch ? xabi_space_find_arch(&l->c->space, arch) : -1;
	int aud_i = aud ? xabi_space_find_audience(&l->c->space, aud) : -1;

	if (l->limits.max_configs && l->c->space.n_configs >= l->limits.max_configs)
		return over_limit(l, "configurations", l->limits.max_configs, "--max-configs");
	if (parse_u64(id, 10, &idv) || idv != l->c->space.n_configs)
		return bad(l, "configuration id '%s' out of sequence", id);
	if (arch_i < 0)
		return bad(l, "configuration names an unknown arch '%s'", arch);
	if (aud_i < 0)
		return bad(l, "configuration names an unknown audience '%s'", aud);
	if (parse_u64(part, 10, &pv) || pv >= l->c->space.n_partitions)
		return bad(l, "configuration names an unknown partition '%s'", part);
	xabi_space_add_config(&l->c->space, (unsigned)arch_i, (unsigned)aud_i, (unsigned)pv);
	return 0;
}

/* Partitions must be contiguous from 0 and end after latest. */
static int set_versions(struct loader *l)
{
	uint64_t latest = 0;
	size_t k = l->lo.n;

	if (l->macro && parse_u64(l->latest, 16, &latest))
		return bad(l, "bad or missing latest version '%s'", l->latest);
	if (!k || l->lo.items[0] != 0)
		return bad(l, "%s", "partitions must start at 0x00000000");
	for (size_t i = 0; i < k; i++)
		if (l->hi.items[i] <= l->lo.items[i] ||
		    (i + 1 < k && l->hi.items[i] != l->lo.items[i + 1]))
			return bad(l, "%s", "partitions must be ascending and contiguous");
	if (l->macro ? l->hi.items[k - 1] != latest + 1 : (k != 1 || l->hi.items[0] != UINT64_MAX))
		return bad(l, "%s", "the last partition must end just after the latest version");
	xabi_space_set_versions(&l->c->space, l->macro, l->latest_macro, latest,
				 l->macro ? l->lo.items : NULL, l->macro ? k : 0);
	return 0;
}

static int load_arch(struct loader *l, const struct xabi_xml_attrs *a)
{
	const char *name = xabi_xml_attr(a, "name"), *target = xabi_xml_attr(a, "target");

	if (!name || !target)
		return bad(l, "%s", "an arch needs a name and a target");
	if (xabi_space_find_arch(&l->c->space, name) >= 0)
		return bad(l, "arch '%s' listed twice", name);
	if (l->c->space.n_arches == XABI_MAX_ARCHES)
		return over_limit(l, "arches", XABI_MAX_ARCHES, NULL);
	xabi_space_add_arch(&l->c->space, name, target);
	return 0;
}

static int load_audience(struct loader *l, const struct xabi_xml_attrs *a)
{
	const char *name = xabi_xml_attr(a, "name"), *defines = xabi_xml_attr(a, "defines"),
		   *pinned = xabi_xml_attr(a, "pinned");

	if (!name || !defines || !pinned)
		return bad(l, "%s", "an audience needs a name, defines and pinned");
	if (xabi_space_find_audience(&l->c->space, name) >= 0)
		return bad(l, "audience '%s' listed twice", name);
	if (l->c->space.n_audiences == XABI_MAX_AUDIENCES)
		return over_limit(l, "audiences", XABI_MAX_AUDIENCES, NULL);
	xabi_space_add_audience(&l->c->space, name, defines, !strcmp(pinned, "yes"));
	return 0;
}

static int load_partition(struct loader *l, const struct xabi_xml_attrs *a)
{
	const char *lo_text = xabi_xml_attr(a, "lo");
	uint64_t lo = 0, hi = 0;

	if (parse_u64(lo_text, 16, &lo) || parse_u64(xabi_xml_attr(a, "hi"), 16, &hi))
		return bad(l, "bad partition bound '%s'", lo_text);
	XABI_VEC_PUSH(&l->lo, lo);
	XABI_VEC_PUSH(&l->hi, hi);
	return 0;
}

static int load_configurations(struct loader *l, const char *element,
			       const struct xabi_xml_attrs *a)
{
	int err;

	if (!strcmp(element, "arch"))
		return load_arch(l, a);
	if (!strcmp(element, "audience"))
		return load_audience(l, a);
	if (!strcmp(element, "partition"))
		return load_partition(l, a);
	if (strcmp(element, "config"))
		return 0;
	if (!l->versions_set) {
		l->versions_set = true;
		if ((err = set_versions(l)))
			return err;
	}
	return load_config(l, a);
}

/* A set attribute as a bitset over the configurations; the loader owns it. */
static int get_set(struct loader *l, const struct xabi_xml_attrs *a, const char *attr,
		   const struct xabi_bitset **out)
{
	const char *text = xabi_xml_attr(a, attr);
	struct xabi_bitset *set;
	struct xabi_ctx local;

	/* Sets are as wide as the configuration list: it must be complete. */
	if (!l->configs_done)
		return bad(l, "%s", "a set comes before the configurations end");
	if (!text)
		text = "";
	*out = set = xabi_map_get(l->sets, text);
	if (set)
		return 0;
	set = xabi_space_new_set(&l->c->space);
	XABI_VEC_PUSH(&l->parsed_sets, set);
	if (xabi_bitset_parse(set, text, &local))
		return bad(l, "%s", local.message);
	xabi_map_put(l->sets, text, set);
	*out = set;
	return 0;
}

static int load_headers(struct loader *l, const char *element, const struct xabi_xml_attrs *a)
{
	const char *path = xabi_xml_attr(a, "path"), *state = xabi_xml_attr(a, "state"),
		   *message = xabi_xml_attr(a, "message");
	const struct xabi_bitset *set;
	enum xabi_header_state st;
	int err;

	if (strcmp(element, "header") && strcmp(element, "note"))
		return 0;
	if (!path)
		return bad(l, "a <%s> needs a path", element);
	if (!strcmp(element, "header")) {
		const char *digest = xabi_xml_attr(a, "digest");

		if ((err = get_set(l, a, "parsed", &set)))
			return err;
		xabi_corpus_add_header(l->c, path, set);
		if (digest)
			xabi_corpus_set_header_digest(l->c, path, digest);
		return 0;
	}
	if ((err = get_set(l, a, "where", &set)))
		return err;
	if (!state || xabi_header_state_parse(state, &st))
		return bad(l, "unknown header state '%s'", state);
	xabi_corpus_add_note(l->c, path, st, message ? message : "", set);
	return 0;
}

static int load_fact(struct loader *l, const char *element, const struct xabi_xml_attrs *a)
{
	struct xabi_fact f = { 0 };
	const char *const *keys;
	const char *line = xabi_xml_attr(a, "line");
	const struct xabi_bitset *where;
	uint64_t linev = 0;
	int err;

	if (xabi_kind_parse(element, &f.kind))
		return bad(l, "unknown fact <%s>", element);
	f.scope = xabi_xml_attr(a, "scope");
	f.name = xabi_xml_attr(a, "name");
	f.file = xabi_xml_attr(a, "file");
	f.comment = xabi_xml_attr(a, "comment");
	if (!f.name || !f.file)
		return bad(l, "a <%s> needs a name and a file", element);
	keys = xabi_kind_attrs(f.kind);
	for (unsigned i = 0; keys[i]; i++) {
		const char *value = xabi_xml_attr(a, keys[i]);

		if (value)
			f.attrs[f.n_attrs++] = (struct xabi_attr){ keys[i], value };
	}
	if ((err = get_set(l, a, "where", &where)))
		return err;
	if (parse_u64(line, 10, &linev) || linev > UINT32_MAX)
		return bad(l, "bad line '%s'", line);
	f.line = (unsigned)linev;
	if ((err = xabi_dump_check_fact(l->check, l->c, &f, where, xabi_xml_line(l->xml),
					l->name, l->ctx)))
		return err;
	if ((err = xabi_corpus_add_fact(l->c, &f, where, l->ctx)))
		return err;
	if (l->limits.max_facts && l->c->n_facts > l->limits.max_facts)
		return over_limit(l, "distinct facts", l->limits.max_facts, "--max-facts");
	return 0;
}

static void end_package(struct loader *l)
{
	xabi_corpus_add_package(l->c, l->package ? l->package : "",
				l->package_version ? l->package_version : "",
				(const char **)l->members.items, l->members.n);
	for (size_t i = 0; i < l->members.n; i++)
		free(l->members.items[i]);
	l->members.n = 0;
	XABI_FREE(l->package);
	XABI_FREE(l->package_version);
}

/* Attribute `name` in the corpus's strings, or NULL when absent. */
static const char *intern_attr(struct xabi_corpus *c, const struct xabi_xml_attrs *a,
			       const char *name)
{
	const char *v = xabi_xml_attr(a, name);

	return v ? xabi_corpus_intern(c, v) : NULL;
}

/* The root: what it is, which format, which profile, which producer. */
static int load_root(struct loader *l, const char *element, const struct xabi_xml_attrs *a)
{
	const char *version = xabi_xml_attr(a, "format-version");
	uint64_t v = 0;
	int err;

	l->root_line = xabi_xml_line(l->xml);
	if (strcmp(element, "xabi-dump")) {
		xabi_xml_stop(l->xml);
		return XABI_ERROR(l->ctx, XABI_EINVALID, "%s: not an xabi dump (its root "
				  "element is <%s>, not <xabi-dump>)", l->name, element);
	}
	if (version && !parse_u64(version, 10, &v) && v > XABI_DUMP_FORMAT_VERSION) {
		xabi_xml_stop(l->xml);
		return XABI_ERROR(l->ctx, XABI_EUNSUPPORTED,
				  "%s: dump format version %s is newer than this xabi "
				  "reads (%d); upgrade xabi or dump again", l->name,
				  version, XABI_DUMP_FORMAT_VERSION);
	}
	err = xabi_corpus_new(&l->c, xabi_xml_attr(a, "profile"));
	if (err)
		return err;
	l->c->xabi_version = intern_attr(l->c, a, "xabi-version");
	l->c->libclang_version = intern_attr(l->c, a, "libclang-version");
	l->c->options = intern_attr(l->c, a, "options");
	return 0;
}

static enum section section_of(const char *element)
{
	static const char *const names[] = {
		[IN_PACKAGES] = "packages", [IN_CONFIGURATIONS] = "configurations",
		[IN_HEADERS] = "headers", [IN_FACTS] = "facts",
	};

	for (size_t i = 1; i < sizeof(names) / sizeof(*names); i++)
		if (!strcmp(element, names[i]))
			return (enum section)i;
	return IN_OTHER;
}

static int load_section(struct loader *l, const char *element, const struct xabi_xml_attrs *a)
{
	l->section = section_of(element);
	if (l->section == IN_CONFIGURATIONS) {
		l->macro = xabi_xstrdup_or_null(xabi_xml_attr(a, "version-macro"));
		l->latest_macro = xabi_xstrdup_or_null(xabi_xml_attr(a, "latest-macro"));
		l->latest = xabi_xstrdup_or_null(xabi_xml_attr(a, "latest"));
	}
	return 0;
}

static int load_entry(struct loader *l, const char *element, const struct xabi_xml_attrs *a)
{
	switch (l->section) {
	case IN_PACKAGES:
		if (strcmp(element, "package"))
			return 0;
		l->package = xabi_xstrdup_or_null(xabi_xml_attr(a, "name"));
		l->package_version = xabi_xstrdup_or_null(xabi_xml_attr(a, "version"));
		return 0;
	case IN_CONFIGURATIONS:
		return load_configurations(l, element, a);
	case IN_HEADERS:
		return load_headers(l, element, a);
	case IN_FACTS:
		return load_fact(l, element, a);
	case IN_OTHER:
		break;
	}
	return 0;
}

static void on_start(void *payload, const char *element, const struct xabi_xml_attrs *a)
{
	struct loader *l = payload;
	unsigned depth = l->depth++;
	const char *path;

	if (l->err)
		return;
	if (depth == 0)
		l->err = load_root(l, element, a);
	else if (depth == 1)
		l->err = load_section(l, element, a);
	else if (depth == 2)
		l->err = load_entry(l, element, a);
	else if (depth == 3 && l->section == IN_PACKAGES && !strcmp(element, "member") &&
		 (path = xabi_xml_attr(a, "path")))
		XABI_VEC_PUSH(&l->members, xabi_xstrdup(path));
}

static void on_end(void *payload, const char *element)
{
	struct loader *l = payload;
	unsigned depth = --l->depth;

	if (l->err)
		return;
	if (depth == 2 && l->section == IN_PACKAGES && !strcmp(element, "package"))
		end_package(l);
	else if (depth == 1) {
		l->configs_done |= l->section == IN_CONFIGURATIONS;
		l->section = IN_OTHER;
	}
}

static void loader_release(struct loader *l)
{
	xabi_corpus_free(l->c);
	free(l->lo.items);
	free(l->hi.items);
	free(l->macro);
	free(l->latest_macro);
	free(l->latest);
	free(l->package);
	free(l->package_version);
	for (size_t i = 0; i < l->members.n; i++)
		free(l->members.items[i]);
	free(l->members.items);
	xabi_map_free(l->sets);
	for (size_t i = 0; i < l->parsed_sets.n; i++)
		xabi_bitset_free(l->parsed_sets.items[i]);
	free(l->parsed_sets.items);
	xabi_dump_check_free(l->check);
}

/*
 * The dump streams by: the schema validates it as the loader reads it,
 * and no tree is built. Problems of shape (the schema's) come first, then
 * the loader's: a loader's problem found early only stops the loading.
 */
int xabi_dump_read_memory(struct xabi_corpus **out, const char *data, size_t len,
			  const char *name, const struct xabi_limits *limits,
			  struct xabi_ctx *ctx)
{
	struct xabi_xml_stream xml = { .start = on_start, .end = on_end };
	struct loader l = { .name = name, .ctx = ctx, .xml = &xml, .sets = xabi_map_new(256),
			    .check = xabi_dump_check_new() };
	int err;

	*out = NULL;
	if (limits)
		l.limits = *limits;
	xml.payload = &l;
	err = xabi_xml_stream(&xml, data, len, name, "xabi-dump.xsd", ctx);
	if (!err)
		err = l.err;
	if (!err && !l.c)
		err = XABI_ERROR(ctx, XABI_EINVALID, "%s: not an xabi dump (no root element)",
				 name);
	if (!err && !l.c->space.n_configs)
		err = XABI_ERROR(ctx, XABI_EINVALID, "%s:%ld: the dump lists no configuration",
				 name, l.root_line);
	if (!err)
		err = xabi_dump_check_finish(l.check, l.c, name, ctx);
	if (!err) {
		xabi_corpus_finish(l.c);
		*out = l.c;
		l.c = NULL;
	}
	loader_release(&l);
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

/* The root alone: load it, then stop before anything else is read. */
static void on_root(void *payload, const char *element, const struct xabi_xml_attrs *a)
{
	struct loader *l = payload;

	if (!l->c && !l->err)
		l->err = load_root(l, element, a);
	xabi_xml_stop(l->xml);
}

int xabi_dump_read_maker(struct xabi_corpus **out, const char *path, struct xabi_ctx *ctx)
{
	/* The root's start tag is in the first lines; what follows is not
	 * parsed, so its end need not be read. */
	char head[16384];
	struct xabi_xml_stream xml = { .start = on_root };
	struct loader l = { .name = path, .ctx = ctx, .xml = &xml };
	ssize_t n;
	int fd, err = xabi_file_open(&fd, path, ctx);

	*out = NULL;
	if (err)
		return err;
	n = read(fd, head, sizeof(head));
	close(fd);
	if (n < 0)
		return XABI_ERROR(ctx, XABI_EIO, "cannot read '%s': %s", path, strerror(errno));
	xml.payload = &l;
	err = xabi_xml_stream(&xml, head, (size_t)n, path, "xabi-dump.xsd", ctx);
	if (!err)
		err = l.err;
	if (!err && !l.c)
		err = XABI_ERROR(ctx, XABI_EINVALID, "%s: not an xabi dump (no root element)",
				 path);
	if (!err) {
		*out = l.c;
		l.c = NULL;
	}
	xabi_corpus_free(l.c);
	return err;
}

bool xabi_dump_is_dump(const char *path)
{
	char head[512] = "";
	ssize_t n;
	int fd;

	if (xabi_file_open(&fd, path, NULL))
		return false;
	n = read(fd, head, sizeof(head) - 1);
	close(fd);
	head[n > 0 ? n : 0] = '\0';
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
