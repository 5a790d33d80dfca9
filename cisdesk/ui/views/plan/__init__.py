"""Plan: the strategy tree, the element's detail and the PPT calendar, one module per part."""

from cisdesk.ui.views.plan.page import PlanPage

__all__ = ["PlanPage"]
