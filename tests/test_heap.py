"""The heap settled once a record is open: start-up's objects leave the collector's walks."""

import gc
import weakref

from cisdesk import heap


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def cycle() -> tuple[Node, weakref.ref]:
    first, second = Node(), Node()
    first.other, second.other = second, first
    return first, weakref.ref(first)


def test_settle_collects_what_start_up_left_and_keeps_the_rest_out_of_walks() -> None:
    gc.unfreeze()
    garbage, garbage_ref = cycle()
    del garbage
    kept = [object() for _ in range(1000)]
    heap.settle()
    assert garbage_ref() is None  # collected before the rest was settled
    assert heap.settled() >= len(kept)
    gc.unfreeze()


def test_a_later_settle_gives_back_the_cycles_the_earlier_one_kept() -> None:
    gc.unfreeze()
    held, held_ref = cycle()
    heap.settle()
    del held  # e.g. the record of a database closed since
    gc.collect()
    assert held_ref() is not None  # settled: no collection walks it
    heap.settle()  # the next record opened
    assert held_ref() is None
    gc.unfreeze()
