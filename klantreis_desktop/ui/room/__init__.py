"""Room mode on the facilitator's side: the projector window with the QR code, the
participant list and the exercise, and the bridge that turns what phones send into
undoable model edits. The server itself (Qt-free) is in ``klantreis_desktop/room/``.

Nothing here is imported until the facilitator chooses Workshop › Room…
"""
