"""A card's image and sound: the prompt's with the question, the answer's once it is shown.

Nothing is read until a card with media is shown: the file is checked and read then
(`quizgen.deckio.media.read_media`), and the image code (`tui.images`, textual-image and Pillow)
is imported the first time an image is drawn. A file that cannot be used is named in one line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.containers import VerticalGroup
from textual.widget import Widget
from textual.widgets import Static

from quizgen.deckio.media import MediaError, card_media, locate, read_media
from quizgen.model.plain import StudyCard

if TYPE_CHECKING:
    from quizgen.model.cards import AnyCard
from quizgen.visible import visible
from tui.player import NO_PLAYER, Launcher, player_for, viewer


class MediaPanel(VerticalGroup):
    """The images and sounds of the card shown; empty and hidden for a card without media."""

    DEFAULT_CSS = """
    MediaPanel { height: auto; display: none; }
    MediaPanel > .media-image { width: auto; height: 12; margin-bottom: 1; }
    MediaPanel > .media-line { color: $text-muted; margin-bottom: 1; }
    MediaPanel > .media-error { color: $text-error; margin-bottom: 1; }
    """

    def __init__(self) -> None:
        super().__init__(id="media")
        self.image: str | None = None
        """The file of the image shown last (the answer's once it is shown): what `o` opens."""
        self.sound: str | None = None
        """The file of the sound to play (the answer's once it is shown): what `p` plays."""
        self.sound_kind: str | None = None
        self._player: list[str] | None | bool = False  # the player found for the sound shown (False: not looked)
        self._sounds: Launcher | None = None  # the sound playing, once one has played

    async def show(self, card: StudyCard | AnyCard, folder: Path, answered: bool) -> None:
        """Show the media of `card` (a deck's in `folder`): the prompt's, and the answer's when `answered`."""
        refs = [r for r in card_media(card, folder) if answered or not r.field.startswith("answer_")]
        self.image = self.sound = self.sound_kind = None
        self._player = False
        await self.remove_children()
        if not refs:
            self.display = False
            return
        parts: list[Widget] = []
        for ref in refs:
            if ref.kind == "image":
                part = self._image(folder, ref.path)
                if not part.has_class("media-error"):
                    self.image = ref.file
                parts.append(part)
            else:
                parts.append(self._sound(folder, ref.path, ref.field))
        await self.mount_all(parts)
        self.display = True

    def _image(self, folder: Path, path: str) -> Widget:
        try:
            data, kind = read_media(folder, path, "image")
        except MediaError as exc:
            return Static(Text(visible(str(exc), line=True)), classes="media-error")
        if kind == "svg":
            return self._line(f"SVG image {path}: o opens it in the system viewer")
        from tui import images  # the first image of the session imports textual-image and Pillow

        try:
            widget = images.image_widget(data, classes="media-image")
        except ValueError:
            return Static(Text(visible(f"image file '{path}' cannot be drawn", line=True)), classes="media-error")
        if widget is None:
            return self._line(f"Image {path}: {images.INSTALL_HINT}; o opens it in the system viewer")
        return widget

    def _sound(self, folder: Path, path: str, field: str) -> Widget:
        from quizgen.deckio.media import media_type

        try:
            file = locate(folder, path)
            kind = media_type(file, "audio", path)
        except MediaError as exc:
            return Static(Text(visible(str(exc), line=True)), classes="media-error")
        self.sound, self.sound_kind = file, kind
        which = "answer" if field.startswith("answer_") else "question"
        return self._line(f"♪ Sound with the {which}: {path} (p plays it)")

    def player(self) -> list[str] | None:
        """The command that plays the sound shown, looked for once per card; None when no player is found."""
        if self._player is False:
            self._player = player_for(self.sound_kind) if self.sound_kind else None
        return self._player if isinstance(self._player, list) else None

    def play(self) -> str | None:
        """Play the sound shown in the background (stopping the last one); a message when it cannot."""
        command = self.player()
        if self.sound is None:
            return None
        if command is None:
            return f"{NO_PLAYER} (none found plays {(self.sound_kind or 'sound').upper()} files)."
        if self._sounds is None:
            self._sounds = Launcher()
        try:
            self._sounds.start(command, self.sound)
        except OSError as exc:
            return visible(f"The sound could not be played: {exc.strerror or exc}", line=True)
        return None

    def stop(self) -> None:
        """Stop a sound still playing."""
        if self._sounds is not None:
            self._sounds.stop()

    def open_image(self) -> str | None:
        """Open the image shown in the system's viewer, without waiting; a message when it cannot."""
        if self.image is None:
            return None
        command = viewer()
        if command is None:
            return "No image viewer found (xdg-open or open); the image is " + visible(self.image, line=True)
        try:
            Launcher().start(command, self.image, alone=False)
        except OSError as exc:
            return visible(f"The image could not be opened: {exc.strerror or exc}", line=True)
        return None

    @staticmethod
    def _line(text: str) -> Static:
        return Static(Text(visible(text, line=True)), classes="media-line")
