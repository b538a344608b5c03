"""The sidebar package: the widget, and one module per tab (actors, attributions, matches) building its rows."""

from reader.tui.widgets.sidebar.widget import ANALYSING, Sidebar, SidebarList

__all__ = ["ANALYSING", "Sidebar", "SidebarList"]
