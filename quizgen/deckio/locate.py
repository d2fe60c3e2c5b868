"""Find the YAML node behind a data path such as ('cards', 3, 'answer')."""

from __future__ import annotations

from collections.abc import Sequence

from yaml.nodes import MappingNode, Node, SequenceNode


def find(root: Node | None, path: Sequence[str | int], key: bool = False) -> Node | None:
    """The deepest node along `path`; with `key`, the key node of the last step."""
    node = root
    for i, step in enumerate(path):
        last = i == len(path) - 1
        if isinstance(node, MappingNode) and isinstance(step, str):
            for key_node, value_node in node.value:
                if key_node.value == step:
                    node = key_node if key and last else value_node
                    break
        elif isinstance(node, SequenceNode) and isinstance(step, int):
            if 0 <= step < len(node.value):
                node = node.value[step]
    return node


def position(root: Node | None, path: Sequence[str | int], key: bool = False) -> tuple[int, int]:
    """1-based (line, column) of the node behind `path`."""
    node = find(root, path, key)
    if node is None:
        return 1, 1
    return node.start_mark.line + 1, node.start_mark.column + 1
