"""The sidebar package: the widget, one module per tab (actors, attributions, matches, differences) building its rows, and the detail view of a shared passage."""

from reader.tui.widgets.sidebar.widget import ANALYSING, Sidebar, SidebarList

__all__ = ["ANALYSING", "Sidebar", "SidebarList"]
