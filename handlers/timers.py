"""What a persisted timer does when it fires: one handler per timer kind."""

from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from store.timers import Timer

TimerHandler = Callable[[Context, Timer], None]
TIMER_HANDLERS: dict[str, TimerHandler] = {}


def on_timer(kind: str) -> Callable[[TimerHandler], TimerHandler]:
    def register(handler: TimerHandler) -> TimerHandler:
        TIMER_HANDLERS[kind] = handler
        return handler
    return register
