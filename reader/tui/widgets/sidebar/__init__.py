"""The sidebar package: the widget, one module per tab (actors, attributions, matches, differences) building its rows, and the detail view of a shared passage."""

from reader.tui.widgets.sidebar.filling import SidebarList
from reader.tui.widgets.sidebar.widget import ANALYSING, Sidebar

__all__ = ["ANALYSING", "Sidebar", "SidebarList"]
