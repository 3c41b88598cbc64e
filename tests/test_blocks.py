"""Markdown tables as document tables: a column with nothing in it is dropped."""

from __future__ import annotations

from generator.compose.blocks import parse_blocks
from generator.document import Table, plain_text


def cells(table: Table) -> list[list[str]]:
    return [[plain_text(cell) for cell in row] for row in (table.header, *table.rows)]


def test_a_column_empty_in_every_row_is_dropped():
    [table] = parse_blocks("| For | Email | Phone |\n| --- | --- | --- |\n| Questions | | 0161 |\n| Concerns |  | |\n", "t.md", 1)
    assert cells(table) == [["For", "Phone"], ["Questions", "0161"], ["Concerns", ""]]


def test_a_column_with_something_in_one_row_stays():
    [table] = parse_blocks("| For | Email |\n| --- | --- |\n| Questions | a@b.example |\n| Concerns | |\n", "t.md", 1)
    assert cells(table) == [["For", "Email"], ["Questions", "a@b.example"], ["Concerns", ""]]


def test_a_table_with_no_rows_keeps_its_header():
    [table] = parse_blocks("| For | Email |\n| --- | --- |\n", "t.md", 1)
    assert cells(table) == [["For", "Email"]]
