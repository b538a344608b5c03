"""The line above each pane: which article it is, its title and its source."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from reader.core.model import Article
from reader.tui.view.names import outlet_name


def title_content(article: Article) -> Content:
    """``A  Title`` then ``outlet · date`` in italics; every part is data, not markup."""
    details = " · ".join(part for part in (outlet_name(article), article.date, article.author) if part)
    parts = [Content.styled(f"{article.id} ", "bold reverse"), Content(" "), Content.styled(article.label, "bold")]
    if details:
        parts.extend([Content.styled("  —  ", "dim"), Content.styled(details, "italic")])
    return Content.assemble(*parts)


class ArticleTitle(Static):
    """One line, cropped with an ellipsis when the pane is narrow."""

    def show(self, article: Article) -> None:
        self.update(title_content(article))
