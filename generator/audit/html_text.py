"""The vendor's HTML documentation (AWS models document in a small HTML subset) as plain text for a spec.

Paragraphs become paragraphs separated by a blank line; a list becomes one block of `- ` lines (an item's
paragraphs joined); inline markup (`<code>`, `<a>`, `<b>`, `<i>`) keeps its text only. Whitespace inside a
paragraph is collapsed.
"""

from __future__ import annotations

from html.parser import HTMLParser

_BLOCKS = {"p", "note", "important", "dl", "dt", "dd", "br", "h1", "h2", "h3", "h4", "div"}
_LISTS = {"ul", "ol"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.items: list[str] = []  # the items of the list being read
        self.current: list[str] = []
        self.list_depth = 0

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        self.current = []
        if not text:
            return
        if self.list_depth:
            self.items.append(text)
        else:
            self.blocks.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _LISTS:
            self._flush()
            self.list_depth += 1
        elif tag == "li":
            self._flush()
        elif tag in _BLOCKS and not self.list_depth:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "li":
            self._flush()
        elif tag in _LISTS:
            self._flush()
            self.list_depth = max(0, self.list_depth - 1)
            if not self.list_depth and self.items:
                self.blocks.append("\n".join(f"- {item}" for item in self.items))
                self.items = []
        elif tag in _BLOCKS and not self.list_depth:
            self._flush()

    def handle_data(self, data: str) -> None:
        self.current.append(data)


def html_to_text(html: str) -> str:
    """Plain text of a documentation string; text without tags comes back with its whitespace collapsed."""
    parser = _Text()
    parser.feed(html or "")
    parser.close()
    parser._flush()
    if parser.items:
        parser.blocks.append("\n".join(f"- {item}" for item in parser.items))
    return "\n\n".join(parser.blocks)
