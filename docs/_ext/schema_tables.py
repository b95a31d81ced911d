"""Render the shipped JSON Schema as tables, at build time.

``{jsonschema}`` (no argument) reads :func:`newsfacts.json_schema`, the very file the
package ships and the tests validate the output against, and renders the top-level
object and then each ``$defs`` entry as a table of its fields (name, type, required,
description). References to other definitions become links to their tables, so the
reference page can never drift from the contract.
"""

from __future__ import annotations

from typing import Any


def _anchor(name: str) -> str:
    return f"schema-{name.replace('_', '-')}"


def setup(app: Any) -> dict[str, Any]:
    from docutils import nodes
    from docutils.parsers.rst import Directive

    def inline(text: str) -> list[nodes.Node]:
        """Text with `code` in backticks as literals, as the schema's descriptions write it."""
        out: list[nodes.Node] = []
        for i, piece in enumerate(text.split("`")):
            if piece:
                out.append(nodes.literal(piece, piece) if i % 2 else nodes.Text(piece))
        return out

    def ref(name: str) -> nodes.Node:
        node = nodes.reference("", "", internal=True, refid=_anchor(name))
        node += nodes.literal(name, name)
        return node

    def describe(schema: dict[str, Any]) -> list[nodes.Node]:
        """Inline nodes saying what a (sub)schema accepts."""
        if "$ref" in schema:
            return [ref(schema["$ref"].rsplit("/", 1)[-1])]
        if "oneOf" in schema:
            out: list[nodes.Node] = []
            for i, option in enumerate(schema["oneOf"]):
                if i:
                    out.append(nodes.Text(" or "))
                out.extend(describe(option))
            return out
        if "enum" in schema:
            out = []
            for i, value in enumerate(schema["enum"]):
                if i:
                    out.append(nodes.Text(" | "))
                out.append(nodes.literal(f'"{value}"', f'"{value}"'))
            return out
        kind = schema.get("type")
        if isinstance(kind, list):
            return [nodes.Text(" or ".join(kind))]
        if kind == "array":
            if "prefixItems" in schema:
                out = [nodes.Text("[")]
                for i, item in enumerate(schema["prefixItems"]):
                    if i:
                        out.append(nodes.Text(", "))
                    out.extend(describe(item))
                return [*out, nodes.Text("]")]
            items = schema.get("items", {})
            size = schema.get("minItems")
            prefix = f"array of {size} " if size and size == schema.get("maxItems") else "array of "
            return [nodes.Text(prefix), *describe(items)]
        if kind == "object" and isinstance(schema.get("additionalProperties"), dict):
            return [nodes.Text("object of names to "), *describe(schema["additionalProperties"])]
        text = str(kind or "any")
        if kind == "string" and schema.get("minLength"):
            text = "non-empty string"
        if kind == "integer" and schema.get("minimum") == 0:
            text = "integer ≥ 0"
        if "pattern" in schema:
            return [nodes.Text(f"{text} matching "), nodes.literal("", schema["pattern"])]
        return [nodes.Text(text)]

    def table(schema: dict[str, Any]) -> nodes.Node:
        props: dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", ()))
        tbl = nodes.table(classes=["schema-table"])
        group = nodes.tgroup(cols=4)
        tbl += group
        for width in (18, 34, 10, 38):
            group += nodes.colspec(colwidth=width)
        head = nodes.thead()
        group += head
        body = nodes.tbody()
        group += body
        header = nodes.row()
        for title in ("field", "type", "required", "description"):
            header += nodes.entry("", nodes.paragraph("", title))
        head += header
        for name, sub in props.items():
            row = nodes.row()
            row += nodes.entry("", nodes.paragraph("", "", nodes.literal(name, name)))
            row += nodes.entry("", nodes.paragraph("", "", *describe(sub)))
            row += nodes.entry("", nodes.paragraph("", "yes" if name in required else "no"))
            row += nodes.entry("", nodes.paragraph("", "", *inline(sub.get("description", ""))))
            body += row
        return tbl

    class JsonSchema(Directive):
        has_content = False

        def run(self) -> list[nodes.Node]:
            from newsfacts import json_schema

            schema = json_schema()
            out: list[nodes.Node] = [
                nodes.paragraph("", "", *inline(schema.get("description", ""))),
                table(schema),
            ]
            extra = schema.get("additionalProperties")
            if extra is False:
                out.append(nodes.paragraph("", "No other fields are allowed."))
            for name, sub in schema.get("$defs", {}).items():
                target = nodes.target("", "", ids=[_anchor(name)])
                out.append(target)
                out.append(nodes.rubric("", "", nodes.literal(name, name)))
                if sub.get("description"):
                    out.append(nodes.paragraph("", "", *inline(sub["description"])))
                if "properties" in sub:
                    out.append(table(sub))
                else:
                    para = nodes.paragraph("", "", nodes.Text("Accepts: "), *describe(sub))
                    out.append(para)
            return out

    app.add_directive("jsonschema", JsonSchema)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
