/* SPDX-License-Identifier: MIT */
/*
 * The XML report for bots (rules/xabi-report.xsd): every finding, a root
 * change with the changes it explains nested in it, each with its kind, severity, compatibility class, the entity, both sides, the file and
 * line to comment on, and where it applies both as text and as
 * (arch, audience, interface range) elements.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlwriter.h>

#include "../util/xml.h"
#include "xabi/report.h"

#define BAD(rc) ((rc) < 0)

struct writer {
	xmlTextWriterPtr w;
	int rc;
};

static void start(struct writer *x, const char *name)
{
	if (!BAD(x->rc))
		x->rc = xmlTextWriterStartElement(x->w, BAD_CAST name);
}

static void end(struct writer *x)
{
	if (!BAD(x->rc))
		x->rc = xmlTextWriterEndElement(x->w);
}

static void attr(struct writer *x, const char *name, const char *value)
{
	if (!BAD(x->rc))
		x->rc = xabi_xml_write_attr(x->w, name, value);
}

static void element(struct writer *x, const char *name, const char *text)
{
	if (!BAD(x->rc))
		x->rc = xabi_xml_write_element(x->w, name, text);
}

static void attr_u(struct writer *x, const char *name, unsigned long long v)
{
	if (!BAD(x->rc))
		x->rc = xmlTextWriterWriteFormatAttribute(x->w, BAD_CAST name, "%llu", v);
}

static void attr_version(struct writer *x, const char *name, uint64_t v)
{
	if (!BAD(x->rc))
		x->rc = xmlTextWriterWriteFormatAttribute(x->w, BAD_CAST name, "0x%08llx",
							  (unsigned long long)v);
}

static void side(struct writer *x, const char *tag, const struct xabi_corpus *c,
		 const char *source)
{
	start(x, tag);
	attr(x, "source", source);
	attr(x, "profile", c->profile);
	attr(x, "xabi-version", c->xabi_version);
	attr(x, "libclang-version", c->libclang_version);
	if (c->space.version_macro)
		attr_version(x, "latest", c->space.latest);
	attr_u(x, "configurations", c->space.n_configs);
	attr_u(x, "facts", c->n_facts);
	for (size_t i = 0; i < c->n_packages; i++) {
		start(x, "package");
		attr(x, "name", c->packages[i].name);
		attr(x, "version", c->packages[i].version);
		end(x);
	}
	for (size_t i = 0; i < c->n_facts; i++) {
		const struct xabi_fact *lib = c->facts[i];
		size_t symbols = 0;

		if (lib->kind != XABI_KIND_LIBRARY)
			continue;
		for (size_t j = 0; j < c->n_facts; j++)
			symbols += c->facts[j]->kind == XABI_KIND_SYMBOL &&
				   !strcmp(c->facts[j]->scope, lib->name) &&
				   !strcmp(xabi_fact_attr(c->facts[j], "defined"), "yes");
		start(x, "library");
		attr(x, "file", lib->file);
		attr(x, "soname", xabi_fact_attr(lib, "soname"));
		attr_u(x, "symbols", symbols);
		end(x);
	}
	end(x);
}

static void configurations(struct writer *x, const struct xabi_space *s)
{
	start(x, "configurations");
	attr(x, "version-macro", s->version_macro);
	for (size_t i = 0; i < s->n_arches; i++) {
		start(x, "arch");
		attr(x, "name", s->arches[i].name);
		end(x);
	}
	for (size_t i = 0; i < s->n_audiences; i++) {
		start(x, "audience");
		attr(x, "name", s->audiences[i].name);
		end(x);
	}
	end(x);
}

static void fact_side(struct writer *x, const char *tag, const struct xabi_fact *f)
{
	if (!f)
		return;
	start(x, tag);
	attr(x, "name", f->name);
	for (unsigned i = 0; i < f->n_attrs; i++)
		attr(x, f->attrs[i].key, f->attrs[i].value);
	attr(x, "file", f->file);
	if (f->kind != XABI_KIND_HEADER)
		attr_u(x, "line", f->line);
	attr(x, "comment", f->comment);
	end(x);
}

/* Where as elements: per arch and audience, runs of partitions. */
static void where(struct writer *x, const struct xabi_space *s,
		  const struct xabi_bitset *set)
{
	char *text = xabi_space_where(s, set);

	start(x, "where");
	attr(x, "text", text);
	free(text);
	for (size_t i = xabi_bitset_next(set, 0); i < set->nbits;) {
		const struct xabi_config *k = &s->configs[i];
		size_t j = i;

		/* Configurations are arch-major, then audience, then partition. */
		while (j + 1 < set->nbits && xabi_bitset_test(set, j + 1) &&
		       s->configs[j + 1].arch == k->arch &&
		       s->configs[j + 1].audience == k->audience)
			j++;
		start(x, "config");
		attr(x, "arch", s->arches[k->arch].name);
		attr(x, "audience", s->audiences[k->audience].name);
		if (s->version_macro) {
			uint64_t hi = s->partitions[s->configs[j].partition].hi - 1;

			attr_version(x, "iface-from", s->audiences[k->audience].pinned ?
				     s->latest : s->partitions[k->partition].lo);
			attr_version(x, "iface-to", s->audiences[k->audience].pinned ||
				     hi > s->latest ? s->latest : hi);
		}
		end(x);
		i = xabi_bitset_next(set, j + 1);
	}
	end(x);
}

static void change(struct writer *x, const struct xabi_diff *d, const struct xabi_change *c)
{
	const struct xabi_change_kind *k = xabi_change_kind(c->kind);
	char *views = xabi_view_names(c->views);

	start(x, "change");
	attr(x, "kind", k->id);
	attr(x, "severity", xabi_severity_name(c->severity));
	attr(x, "compat", xabi_compat_name(k->compat));
	attr(x, "views", views);
	attr(x, "file", c->file);
	attr_u(x, "line", c->line);
	attr(x, "suppressed-by", c->suppressed_by);
	attr(x, "annotation", c->annotation);
	free(views);
	start(x, "entity");
	attr(x, "kind", xabi_kind_name(c->entity));
	attr(x, "name", c->name);
	attr(x, "parent", c->scope);
	end(x);
	fact_side(x, "old", c->old);
	fact_side(x, "new", c->new);
	where(x, &d->space, c->where);
	element(x, "message", c->message);
	if (c->note)
		element(x, "note", c->note);
	if (c->n_consequences) {
		start(x, "explains");
		for (size_t i = 0; i < c->n_consequences; i++)
			change(x, d, &c->consequences[i]);
		end(x);
	}
	end(x);
}

int xabi_report_xml(const struct xabi_diff *d, const struct xabi_report_info *info,
		    FILE *fp, struct xabi_ctx *ctx)
{
	xmlOutputBufferPtr out;
	struct writer x = { NULL, 0 };

	xabi_libxml_init();
	out = xmlOutputBufferCreateFile(fp, NULL);
	x.w = out ? xmlNewTextWriter(out) : NULL;
	if (!x.w) {
		xmlOutputBufferClose(out);
		return XABI_ERROR(ctx, XABI_EGENERIC, "cannot create an XML writer");
	}
	xmlTextWriterSetIndent(x.w, 1);
	xmlTextWriterSetIndentString(x.w, BAD_CAST "  ");
	x.rc = xmlTextWriterStartDocument(x.w, NULL, "UTF-8", NULL);
	start(&x, "xabi-report");
	attr_u(&x, "schema-version", XABI_REPORT_SCHEMA_VERSION);
	side(&x, "old", d->old, info->old_source);
	side(&x, "new", d->new, info->new_source);
	configurations(&x, &d->space);
	start(&x, "summary");
	attr_u(&x, "changes", d->n_changes);
	attr_u(&x, "errors", d->counts[XABI_SEV_ERROR]);
	attr_u(&x, "warnings", d->counts[XABI_SEV_WARNING]);
	attr_u(&x, "infos", d->counts[XABI_SEV_INFO]);
	attr_u(&x, "suppressed", d->n_suppressed);
	attr_u(&x, "exit-status", (unsigned long long)xabi_diff_exit_bits(d));
	end(&x);
	for (size_t i = 0; i < d->n_remarks; i++)
		element(&x, "remark", d->remarks[i]);
	for (size_t i = 0; i < d->n_changes; i++)
		change(&x, d, &d->changes[i]);
	for (size_t i = 0; info->show_suppressed && i < d->n_suppressed; i++)
		change(&x, d, &d->suppressed[i]);
	if (!BAD(x.rc))
		x.rc = xmlTextWriterEndDocument(x.w);
	xmlFreeTextWriter(x.w);
	return BAD(x.rc) ? XABI_ERROR(ctx, XABI_EIO, "cannot write the report") : 0;
}
