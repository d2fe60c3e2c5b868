"""The base of the app's screens: typed access to the study app."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.screen import Screen

if TYPE_CHECKING:
    from tui.app import StudyApp


class AppScreen(Screen[None]):
    """A screen of the study app."""

    @property
    def study_app(self) -> StudyApp:
        """The running study app, with its library and clock."""
        return cast("StudyApp", self.app)


class Backdrop(AppScreen):
    """The empty screen under a session that starts at once (one deck file given).

    The deck list comes over it when the session ends, so neither the list nor its module is
    built before the first card.
    """
