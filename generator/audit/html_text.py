"""The vendor's HTML documentation (AWS models document in a small HTML subset) as plain text for a spec.

Paragraphs become paragraphs separated by a blank line, list items `- ` lines; inline markup (`<code>`, `<a>`,
`<b>`, `<i>`, `<note>`) keeps its text only. Whitespace inside a paragraph is collapsed.
"""

from __future__ import annotations

from html.parser import HTMLParser

_BLOCKS = {"p", "li", "ul", "ol", "note", "important", "dl", "dt", "dd", "br", "h1", "h2", "h3", "h4", "div"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.current: list[str] = []

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.paragraphs.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self._flush()
            if tag == "li":
                self.current.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        self.current.append(data)


def html_to_text(html: str) -> str:
    """Plain text of a documentation string; text without tags comes back with its whitespace collapsed."""
    parser = _Text()
    parser.feed(html or "")
    parser.close()
    parser._flush()
    return "\n\n".join(parser.paragraphs)
