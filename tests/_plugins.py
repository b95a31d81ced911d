"""Small plugins shared by the tests of the pipeline and of batch runs."""

from __future__ import annotations

from newsfacts import Document, Quantity, hookimpl


class Numbers:
    """Reports every run of digits as a bare count."""

    newsfacts_plugin_name = "numbers"

    @hookimpl
    def newsfacts_quantities(self, document: Document) -> list[Quantity]:
        return [
            Quantity(span=t.span, text=t.text, value=float(t.text))
            for t in document.tokens
            if t.text.isdigit()
        ]
